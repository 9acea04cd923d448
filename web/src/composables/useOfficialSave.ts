import { ref } from 'vue'
import type { CombinedError } from '@urql/vue'
import { toAppError, type AppError } from '@/api/errors'
import type { FieldErrors } from './officialValidation'

/** Splits a failed save into field reasons (shown under fields) and a general error (shown above). */
export function useSaveErrors() {
  const fieldErrors = ref<FieldErrors | null>(null)
  const saveError = ref<AppError | null>(null)

  function reset() {
    fieldErrors.value = null
    saveError.value = null
  }

  function fromResult(error: CombinedError | undefined): boolean {
    if (!error) return false
    const appError = toAppError(error)
    if (appError.code === 'validation/invalid_input' && appError.fields && Object.keys(appError.fields).length) {
      fieldErrors.value = appError.fields
      saveError.value = null
    } else {
      saveError.value = appError
    }
    return true
  }

  return { fieldErrors, saveError, reset, fromResult }
}
