import { ref } from 'vue'
import type { AppError } from '@/api/errors'
import { useAuthStore } from '@/stores/auth'

/** REST path of the bulk enrolment import (proxied to the API by vite.config.ts and nginx.conf). */
export const IMPORT_UPLOAD_URL = '/api/imports/officials'

const CODE_PATTERN = /^[a-z_]+\/[a-z_]+$/

/** The REST error body `{ code, message }` as an AppError (the code only: the web words it itself). */
async function restError(response: Response): Promise<AppError> {
  try {
    const body = (await response.json()) as { code?: unknown }
    if (typeof body.code === 'string' && CODE_PATTERN.test(body.code)) return { code: body.code }
  } catch {
    // Not JSON (a proxy's error page): fall through.
  }
  if (response.status === 413) return { code: 'import/too_large' }
  if (response.status === 401) return { code: 'auth/unauthenticated' }
  if (response.status === 403) return { code: 'auth/forbidden' }
  return { code: response.status >= 500 ? 'internal/error' : 'unknown' }
}

/**
 * Sends a spreadsheet to `POST /api/imports/officials` with the signed-in user's bearer token (refreshed first when
 * about to expire, and once more if the API says it expired) and returns the new import's id; on failure `error`
 * holds the server's code (`import/too_large`, `class/not_found`, …) and the result is null.
 */
export function useImportUpload() {
  const auth = useAuthStore()
  const uploading = ref(false)
  const error = ref<AppError | null>(null)

  async function send(file: Blob, url: string, token: string | null) {
    const headers: Record<string, string> = { 'content-type': file.type || 'application/octet-stream' }
    if (token) headers.authorization = `Bearer ${token}`
    return fetch(url, { method: 'POST', headers, body: file })
  }

  async function upload(file: File, classId: string): Promise<string | null> {
    uploading.value = true
    error.value = null
    const url = `${IMPORT_UPLOAD_URL}?classId=${encodeURIComponent(classId)}&fileName=${encodeURIComponent(file.name)}`
    try {
      let response = await send(file, url, await auth.freshAccessToken())
      if (response.status === 401) {
        const first = await restError(response.clone())
        if (first.code === 'auth/token_expired' && (await auth.refresh())) {
          response = await send(file, url, await auth.freshAccessToken())
        }
      }
      if (!response.ok) {
        error.value = await restError(response)
        return null
      }
      const body = (await response.json()) as { id?: unknown }
      if (typeof body.id !== 'string') {
        error.value = { code: 'unknown' }
        return null
      }
      return body.id
    } catch {
      error.value = { code: 'network' }
      return null
    } finally {
      uploading.value = false
    }
  }

  return { upload, uploading, error }
}
