import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import ConfirmationService from 'primevue/confirmationservice'
import urql, { Client, fetchExchange } from '@urql/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { vi } from 'vitest'
import type { Component } from 'vue'
import { createAppI18n, type AppLocale } from '@/i18n'
import { primeVueLocales } from '@/i18n/primevue-locales'

type Handler = (variables: Record<string, any>) => { data?: unknown; errors?: unknown[] }

/** Replaces fetch with a fake /graphql answering per operation name. */
export function stubGraphQL(handlers: Record<string, Handler>) {
  const calls: { operation: string; variables: Record<string, any> }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body))
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?'
      calls.push({ operation, variables: body.variables })
      const handler = handlers[operation]
      const result = handler ? handler(body.variables) : { data: null, errors: [{ message: 'unhandled', extensions: { code: 'internal/error' } }] }
      return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } })
    }),
  )
  return calls
}

/** Mounts a component with the app's real plugins (PrimeVue, i18n, Pinia, router, urql). */
export async function mountApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: AppLocale; path?: string } = {},
) {
  const { locale = 'vi', path = '/', ...rest } = options
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:pathMatch(.*)*', component: { render: () => null } }],
  })
  await router.push(path)
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false })
  const wrapper = mount(component, {
    attachTo: document.body,
    ...rest,
    global: {
      plugins: [
        createPinia(),
        createAppI18n(locale),
        [PrimeVue, { theme: 'none', locale: primeVueLocales[locale] }],
        ToastService,
        ConfirmationService,
        router,
        [urql, client],
      ],
      ...(rest.global ?? {}),
    },
  } as ComponentMountingOptions<C>)
  return { wrapper, router }
}
