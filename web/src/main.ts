import { createApp, shallowRef, watch } from 'vue'
import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ToastService from 'primevue/toastservice'
import urql from '@urql/vue'
import 'primeicons/primeicons.css'
import './styles.css'
import App from './App.vue'
import { createAppI18n, initialLocale } from './i18n'
import { primeVueLocales } from './i18n/primevue-locales'
import { createAppRouter } from './router'
import { useAuthStore } from './stores/auth'
import { createGraphQLClient } from './api/client'
import { GdPreset } from './theme'

const locale = initialLocale()
document.documentElement.lang = locale

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(createAppI18n(locale))
app.use(PrimeVue, {
  theme: { preset: GdPreset, options: { darkModeSelector: '.gd-dark' } },
  locale: primeVueLocales[locale],
})
app.use(ConfirmationService)
app.use(ToastService)

const auth = useAuthStore(pinia)
let graphql = createGraphQLClient(auth)
const client = shallowRef(graphql.client)
// A new user must never see the previous user's cached answers or keep their live connection.
watch(
  () => auth.user?.id,
  (next, previous) => {
    if (next === previous) return
    graphql.dispose()
    graphql = createGraphQLClient(auth)
    client.value = graphql.client
  },
)
app.use(urql, client)

const router = createAppRouter()
app.use(router)
void router.isReady().then(() => app.mount('#app'))
