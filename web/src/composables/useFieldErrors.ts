import { computed, type Ref, ref, watch, type WatchSource } from 'vue'

type Errors = Record<string, string>

/**
 * The error state every form shares: the server's field reasons from the last save (kept until the draft is
 * edited) take precedence over the client's own checks, which show only once the user has tried to submit.
 */
export function useFieldErrors(options: {
  /** The server's `validation/invalid_input` fields, as the parent receives them. */
  serverErrors: () => Errors | null | undefined
  /** The client's checks of the current draft. */
  client: Ref<Errors>
  /** Changing this drops the server's complaints (usually the draft itself). */
  draft?: WatchSource
  /** Re-keys or rewords server errors for forms whose fields differ from the API's. */
  mapServer?: (errors: Errors) => Errors
}) {
  const submitted = ref(false)
  const server = ref<Errors>({})
  watch(options.serverErrors, (e) => (server.value = options.mapServer ? options.mapServer(e ?? {}) : { ...(e ?? {}) }))
  if (options.draft) watch(() => JSON.stringify((options.draft as () => unknown)()), () => (server.value = {}))

  /** The reason (or message) to show under `field`, or null. */
  const reasonOf = (field: string): string | null =>
    server.value[field] ?? (submitted.value ? (options.client.value[field] ?? null) : null)
  /** How many fields currently show an error. */
  const errorCount = computed(
    () => new Set([...Object.keys(server.value), ...(submitted.value ? Object.keys(options.client.value) : [])]).size,
  )
  /** Drops the server's complaint about one field (when the user changes it). */
  const clear = (field: string) => {
    delete server.value[field]
  }
  /** Marks the form submitted; true when the client's checks pass and the draft may go to the server. */
  const validate = () => {
    submitted.value = true
    return Object.keys(options.client.value).length === 0
  }
  return { submitted, reasonOf, errorCount, clear, validate }
}
