import { ref } from 'vue'
import type { AppError } from '@/api/errors'
import { useAuthStore } from '@/stores/auth'

/** The file name a `Content-Disposition` header gives (the UTF-8 `filename*` first); null when there is none. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim())
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header)
  return plain ? plain[1]!.trim() : null
}

/** The error a failed download answered with (`{ code }` JSON from /api/...), or a network/unknown one. */
export async function downloadError(response: Response): Promise<AppError> {
  try {
    const body = (await response.json()) as { code?: unknown }
    if (typeof body.code === 'string' && /^[a-z_]+\/[a-z_]+$/.test(body.code)) return { code: body.code }
  } catch {
    // not JSON: a proxy error page
  }
  return { code: response.status === 401 ? 'auth/unauthenticated' : response.status === 403 ? 'auth/forbidden' : 'unknown' }
}

/**
 * Downloads a file of the API (`/api/exports/...`) with the access token: fetch → blob → a temporary link the
 * browser saves under the server's file name. `busy` names the download in flight, `error` the last failure.
 */
export function useXlsxDownload() {
  const auth = useAuthStore()
  const busy = ref<string | null>(null)
  const error = ref<AppError | null>(null)

  async function download(path: string, fallbackName: string): Promise<boolean> {
    busy.value = path
    error.value = null
    try {
      const response = await auth.authorizedFetch(path)
      if (!response.ok) {
        error.value = await downloadError(response)
        return false
      }
      const blob = await response.blob()
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = filenameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName
      document.body.appendChild(a)
      a.click()
      a.remove()
      // Let the browser start reading the blob before it is released.
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return true
    } catch {
      error.value = { code: 'network' }
      return false
    } finally {
      busy.value = null
    }
  }

  return { download, busy, error }
}
