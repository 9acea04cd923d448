import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import urql, { Client, fetchExchange } from '@urql/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ClassImportPage from './ClassImportPage.vue'
import { createAppI18n } from '@/i18n'
import { primeVueLocales } from '@/i18n/primevue-locales'

/** The page with the app's plugins and the two routes it links to. */
async function mountPage(locale: 'vi' | 'en' = 'vi') {
  const stub = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/classes/:id', name: 'class', component: stub },
      { path: '/classes/:id/import', name: 'class-import', component: stub },
    ],
  })
  await router.push('/classes/c1/import')
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false })
  const wrapper = mount(ClassImportPage, {
    attachTo: document.body,
    props: { id: 'c1' },
    global: { plugins: [createPinia(), createAppI18n(locale), [PrimeVue, { theme: 'none', locale: primeVueLocales[locale] }], router, [urql, client]] },
  })
  await flushPromises()
  return { wrapper, router }
}
type Wrapper = Awaited<ReturnType<typeof mountPage>>['wrapper']

type Status = 'ANALYSING' | 'READY' | 'INVALID' | 'FAILED' | 'COMMITTING' | 'COMMITTED'

function anImport(status: Status, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'OfficialImport',
    id: 'imp-1',
    fileName: 'Danh sách Quỳnh Lưu.xlsx',
    status,
    totalRows: 500,
    processedRows: status === 'ANALYSING' ? 200 : 500,
    progressPercent: status === 'ANALYSING' ? 40 : 100,
    toCreate: 480,
    toUpdate: 12,
    unchanged: 1,
    toEnrol: 70,
    toWaitlist: 423,
    alreadyEnrolled: 0,
    errorCount: status === 'INVALID' ? 7 : 0,
    fileError: null,
    committedAt: null,
    ...extra,
  }
}

/**
 * A fake API: the upload endpoint answers `upload`, each status poll takes the next of `statuses` (the last one
 * repeats), and the commit mutation answers `commit`.
 */
function fakeApi(options: { statuses: ReturnType<typeof anImport>[]; upload?: { status: number; body: unknown }; commit?: ReturnType<typeof anImport> }) {
  const calls: string[] = []
  const statuses = [...options.statuses]
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input)
      const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
      if (url.startsWith('/api/imports/officials')) {
        calls.push(`upload ${url}`)
        const answer = options.upload ?? { status: 201, body: { id: 'imp-1' } }
        return json(answer.body, answer.status)
      }
      const body = JSON.parse(String(init?.body))
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?'
      calls.push(operation)
      switch (operation) {
        case 'ImportClassHeader':
          return json({ data: { class: { __typename: 'TrainingClass', id: 'c1', code: 'NA-2026-L04', title: 'Lớp 4', capacity: 60, enrolledCount: 0, waitlistCount: 0 } } })
        case 'OfficialImportStatus':
          return json({ data: { officialImport: statuses.length > 1 ? statuses.shift() : statuses[0] } })
        case 'OfficialImportErrors':
          return json({
            data: {
              officialImport: {
                __typename: 'OfficialImport',
                id: 'imp-1',
                errors: [{ __typename: 'ImportRowError', row: 59, column: 'Ngày sinh', reason: 'invalid_date', message: 'Ngày sinh không có thật: 31/02/1980.', value: '31/02/1980' }],
              },
            },
          })
        case 'OfficialImportPreview':
          return json({ data: { officialImport: { __typename: 'OfficialImport', id: 'imp-1', preview: [] } } })
        case 'CommitOfficialImport':
          return json({ data: { commitOfficialImport: options.commit } })
      }
      return json({ errors: [{ message: 'unhandled', extensions: { code: 'internal/error' } }] })
    }),
  )
  return calls
}

async function chooseAndUpload(wrapper: Wrapper, name = 'Danh sách Quỳnh Lưu.xlsx') {
  const input = wrapper.get<HTMLInputElement>('[data-testid="import-file-input"]')
  const file = new File([new Uint8Array(2048)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

const step = (wrapper: Wrapper) => wrapper.find('[data-step]').attributes('data-step')

describe('ClassImportPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('goes from upload to a progress bar fed by polling, then to the preview where a READY import can be committed', async () => {
    const calls = fakeApi({ statuses: [anImport('ANALYSING'), anImport('READY')], commit: anImport('COMMITTED', { committedAt: '2026-11-22T03:00:00Z' }) })
    const { wrapper, router } = await mountPage()
    await flushPromises()
    expect(step(wrapper)).toBe('upload')
    expect(wrapper.find('[data-testid="import-commit"]').exists()).toBe(false)
    expect(wrapper.get('[aria-current="step"]').text()).toContain('Chọn tệp')

    await chooseAndUpload(wrapper)
    expect(calls).toContain(`upload /api/imports/officials?classId=c1&fileName=${encodeURIComponent('Danh sách Quỳnh Lưu.xlsx')}`)
    expect(step(wrapper)).toBe('analysing')
    expect(wrapper.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('40')
    expect(wrapper.get('[data-testid="import-progress-text"]').text()).toBe('Đã kiểm tra 200/500 dòng')
    expect(router.currentRoute.value.query.import).toBe('imp-1')

    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(step(wrapper)).toBe('preview')
    expect(wrapper.get('[data-testid="import-count-toCreate"]').text()).toBe('480')
    expect(wrapper.get('[data-testid="import-count-toWaitlist"]').text()).toBe('423')
    expect(wrapper.find('[data-testid="import-ready"]').exists()).toBe(true)
    const commit = wrapper.get('[data-testid="import-commit"]')
    expect(commit.attributes('disabled')).toBeUndefined()

    // Settled: no more polling.
    const polls = calls.filter((c) => c === 'OfficialImportStatus').length
    await vi.advanceTimersByTimeAsync(3_000)
    expect(calls.filter((c) => c === 'OfficialImportStatus').length).toBe(polls)

    await commit.trigger('click')
    await flushPromises()
    expect(calls).toContain('CommitOfficialImport')
    expect(step(wrapper)).toBe('done')
    expect(wrapper.get('[data-testid="import-back-to-class"]').attributes('href')).toBe('/classes/c1')
  })

  it('explains that nothing was written when the file has errors, lists them, offers no commit and goes back to step 1', async () => {
    fakeApi({ statuses: [anImport('INVALID')] })
    const { wrapper } = await mountPage()
    await chooseAndUpload(wrapper)
    await flushPromises()
    expect(step(wrapper)).toBe('preview')
    expect(wrapper.find('[data-testid="import-commit"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="import-invalid"]').text()).toContain('chưa có dữ liệu nào được ghi vào hệ thống')
    const error = wrapper.get('[data-testid="import-error"]')
    expect(error.attributes('data-row')).toBe('59')
    expect(error.get('[data-testid="import-error-column"]').text()).toBe('Ngày sinh')
    expect(error.get('[data-testid="import-error-message"]').text()).toBe('Ngày sinh không có thật: 31/02/1980.')
    expect(error.get('[data-testid="import-error-value"]').text()).toBe('31/02/1980')

    await wrapper.get('[data-testid="import-upload-again"]').trigger('click')
    await flushPromises()
    expect(step(wrapper)).toBe('upload')
    expect(wrapper.find('[data-testid="import-file-chosen"]').exists()).toBe(false)
  })

  it('words the row errors by their reason code in English (the server writes Vietnamese)', async () => {
    fakeApi({ statuses: [anImport('INVALID')] })
    const { wrapper } = await mountPage('en')
    await chooseAndUpload(wrapper)
    await flushPromises()
    expect(wrapper.get('[data-testid="import-invalid"]').text()).toBe('The file has errors, so nothing has been saved. Fix the rows below in the file and upload it again.')
    expect(wrapper.get('[data-testid="import-error-message"]').text()).toBe('Not a valid date.')
  })

  it('shows the file-level message of a FAILED import', async () => {
    fakeApi({ statuses: [anImport('FAILED', { totalRows: null, fileError: { __typename: 'ImportFileError', code: 'import/unreadable_file', message: 'Không đọc được tệp: tệp bị hỏng.' } })] })
    const { wrapper } = await mountPage()
    await chooseAndUpload(wrapper)
    expect(step(wrapper)).toBe('failed')
    expect(wrapper.get('[data-testid="import-file-error"]').text()).toBe('Không đọc được tệp: tệp bị hỏng.')
    expect(wrapper.find('[data-testid="import-commit"]').exists()).toBe(false)
  })

  it('keeps polling while committing and ends on the result', async () => {
    fakeApi({ statuses: [anImport('READY'), anImport('COMMITTING', { processedRows: 100 }), anImport('COMMITTED')], commit: anImport('COMMITTING', { processedRows: 0 }) })
    const { wrapper } = await mountPage()
    await chooseAndUpload(wrapper)
    await wrapper.get('[data-testid="import-commit"]').trigger('click')
    await flushPromises()
    expect(step(wrapper)).toBe('committing')
    expect(wrapper.get('[aria-current="step"]').text()).toContain('Ghi vào hệ thống')
    expect(wrapper.find('[data-testid="import-commit"]').exists()).toBe(false)
    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(step(wrapper)).toBe('done')
  })

  it('says in Vietnamese why the server refused the upload', async () => {
    fakeApi({ statuses: [anImport('READY')], upload: { status: 413, body: { code: 'import/too_large', message: 'Tệp quá lớn' } } })
    const { wrapper } = await mountPage()
    await chooseAndUpload(wrapper)
    expect(step(wrapper)).toBe('upload')
    expect(wrapper.get('[data-testid="error-notice"]').text()).toContain('Tệp quá lớn để tải lên.')
  })

  it('takes a file dropped on the drop zone and shows its name and size', async () => {
    const calls = fakeApi({ statuses: [anImport('READY')] })
    const { wrapper } = await mountPage()
    const file = new File([new Uint8Array(40_508)], 'Quỳnh Lưu.csv', { type: 'text/csv' })
    await wrapper.get('[data-testid="import-dropzone"]').trigger('drop', { dataTransfer: { files: [file] } })
    expect(wrapper.get('[data-testid="import-file-name"]').text()).toBe('Quỳnh Lưu.csv')
    expect(wrapper.get('[data-testid="import-file-size"]').text()).toBe('(40 KB)')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(calls.some((c) => c.includes('fileName=Qu%E1%BB%B3nh%20L%C6%B0u.csv'))).toBe(true)
    expect(step(wrapper)).toBe('preview')
  })

  it('refuses a file that is not a spreadsheet before uploading', async () => {
    const calls = fakeApi({ statuses: [anImport('READY')] })
    const { wrapper } = await mountPage()
    await chooseAndUpload(wrapper, 'ds.pdf')
    expect(wrapper.get('[data-testid="import-file-problem"]').text()).toBe('Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).')
    expect(wrapper.get('[data-testid="import-upload"]').attributes('disabled')).toBeDefined()
    expect(calls.some((c) => c.startsWith('upload'))).toBe(false)
  })
})
