import type { CombinedError } from '@urql/vue'

/** The figures `nomination/quota_full` carries, so the message can name the quota (the generic mapper drops them). */
export function quotaFullOf(error: CombinedError | undefined | null): { communeName: string; quota: number; used: number; requested: number; left: number } | null {
  const ext = error?.graphQLErrors?.[0]?.extensions as Record<string, unknown> | undefined
  if (!ext || ext.code !== 'nomination/quota_full') return null
  return {
    communeName: String(ext.communeName ?? ''),
    quota: Number(ext.quota),
    used: Number(ext.used),
    requested: Number(ext.requested),
    left: Number(ext.left),
  }
}
