import { expect, test, type Page } from '@playwright/test'
import { apiLogin, DEMO, gql, loginAs, screenshot } from './support'
import { expectConnected, expectReceiving, livePages, loginWithEmail, openLiveSession, receiveStats } from './live-support'

test('the directory and the profile update live when an admin changes an official', async ({ page, request }) => {
  const admin = await apiLogin(request, 'ADMIN')
  const coordinator = await apiLogin(request, 'COORDINATOR')
  const mine = await gql(
    request,
    `query { officials(first: 1) { edges { node { id fullName } } } }`,
    {},
    coordinator.accessToken,
  )
  const target = mine.data.officials.edges[0].node as { id: string; fullName: string }

  await loginAs(page, 'COORDINATOR')
  await page.goto('/officials')
  await expect(page.getByTestId('official-name').first()).toHaveText(target.fullName)

  const renamed = `${target.fullName} Trực Tuyến`
  const update = await gql(
    request,
    `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id fullName } }`,
    { id: target.id, input: { fullName: renamed } },
    admin.accessToken,
  )
  expect(update.errors).toBeUndefined()
  // No reload: the graphql-ws subscription tells the page to re-read.
  await expect(page.getByTestId('officials-table')).toContainText(renamed)

  await page.goto(`/officials/${target.id}`)
  await expect(page.getByTestId('official-heading')).toHaveText(renamed)
  await gql(
    request,
    `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id } }`,
    { id: target.id, input: { fullName: target.fullName } },
    admin.accessToken,
  )
  await expect(page.getByTestId('official-heading')).toHaveText(target.fullName)
})

// ---------------------------------------------------------------------------------------------------------------
// The live class (mediasoup SFU): a lecturer and two trainees in Chromium with fake cameras and microphones.
// ---------------------------------------------------------------------------------------------------------------


/** Waits until the page receives more audio than it had. */
async function expectMoreAudio(page: Page) {
  const before = (await receiveStats(page)).audioBytesReceived
  await expect.poll(async () => (await receiveStats(page)).audioBytesReceived, { timeout: 15_000 }).toBeGreaterThan(before + 2_000)
}

test.describe('live class', () => {
  test.setTimeout(180_000)

  test('the lecturer publishes, two trainees receive audio and video, and raised hands keep their order', async ({ browser, request }) => {
    const { classId, sessionId, trainees } = await openLiveSession(request)
    const { open, closeAll } = livePages(browser)
    try {
      // The lecturer enters from the class page's timetable.
      const lecturer = await open()
      await loginAs(lecturer, 'LECTURER')
      await lecturer.goto(`/classes/${classId}`)
      await lecturer.getByTestId('session-live').first().click()
      await expect(lecturer).toHaveURL(new RegExp(`/sessions/${sessionId}/live$`))
      await expectConnected(lecturer)
      await expect(lecturer.getByTestId('live-heading')).toHaveText('Lớp học trực tuyến')

      const first = await open()
      await loginWithEmail(first, DEMO.TRAINEE)
      const second = await open()
      await loginWithEmail(second, 'trainee2@demo.local')
      const joinsFrom = Date.now()
      await first.goto(`/sessions/${sessionId}/live`)
      await second.goto(`/sessions/${sessionId}/live`)
      for (const p of [first, second]) await expectConnected(p)
      const joinsUntil = Date.now()

      // Everyone sees everyone, by name.
      await expect(lecturer.getByTestId('live-tile')).toHaveCount(3)
      await expect(first.getByTestId('live-tile-name')).toContainText([trainees[0]!.user.official!.fullName])
      await expect(second.getByTestId('live-grid')).toContainText('ThS. Trần Thị Minh Hà')

      // Audio and video arrive at both trainees; the lecturer sees them (trainees come in muted).
      await expectReceiving(first)
      await expectReceiving(second)
      await expectReceiving(lecturer, { audio: false })
      await expect(second.getByTestId('live-mic')).toHaveText('Bật micro')

      // Raise hands: the second trainee first, then the first one; the lecturer sees that order.
      await second.getByTestId('live-hand').click()
      await expect(second.getByTestId('live-hand')).toHaveAttribute('aria-pressed', 'true')
      await first.getByTestId('live-hand').click()
      await lecturer.getByTestId('live-tab-hands').click()
      const names = trainees.map((t) => t.user.official!.fullName)
      await expect(lecturer.getByTestId('live-hand')).toHaveText([names[1]!, names[0]!])
      await screenshot(lecturer, 'live-lecturer-hands', { fullPage: false })

      // Taking the next hand asks the second trainee to unmute and leaves the first in the queue.
      await lecturer.getByTestId('live-take-next').click()
      await expect(second.getByTestId('live-unmute-request')).toBeVisible()
      await expect(first.getByTestId('live-unmute-request')).toBeHidden()
      await expect(lecturer.getByTestId('live-hand')).toHaveText([names[0]!])
      // Trainees come in muted: nobody receives their microphones (nothing to set up per arrival) until they speak.
      const receivedMics = (page: Page) => page.evaluate(() => (window as unknown as { __gdLive: { receiving(): string[] } }).__gdLive.receiving().filter((s) => s.endsWith(':mic')).length)
      expect(await receivedMics(lecturer)).toBe(0)
      // The trainee accepts: the lecturer now hears them.
      await second.getByTestId('live-unmute-accept').click()
      await expect(second.getByTestId('live-mic')).toHaveText('Tắt micro')
      await expect.poll(() => receivedMics(lecturer)).toBe(1)
      await expectMoreAudio(lecturer)

      // Chat reaches the others.
      await first.getByTestId('live-tab-chat').click()
      await first.getByTestId('live-chat-input').fill('Em chào cô, em nghe rõ ạ.')
      await first.getByTestId('live-chat-send').click()
      await lecturer.getByTestId('live-tab-chat').click()
      await expect(lecturer.getByTestId('live-chat-message').last()).toContainText('Em chào cô, em nghe rõ ạ.')

      await screenshot(first, 'live-trainee-room', { fullPage: false })
      await screenshot(lecturer, 'live-lecturer-room', { fullPage: false })
      // On a phone the grid, the controls and the chat stack.
      await first.setViewportSize({ width: 390, height: 844 })
      await expect(first.getByTestId('live-controls')).toBeVisible()
      await screenshot(first, 'live-trainee-phone')

      // A trainee leaving disappears from the others' grids.
      const leftFrom = Date.now()
      await second.getByTestId('live-leave').click()
      await expect(lecturer.getByTestId('live-tile')).toHaveCount(2)
      const leftUntil = Date.now()

      // Attendance shows all three with the stretches the media service wrote as they happened: the trainee who left
      // has a closed one ending when they left, the other trainee and the lecturer are still counting.
      const admin = await apiLogin(request, 'ADMIN')
      const ATTENDANCE = `query($s: ID!){ sessionAttendance(sessionId: $s){
        rows { official { id } intervals { from to source } } staff { displayName roles intervals { from to } } } }`
      type Span = { from: string; to: string; source?: string }
      /** The newest live stretch (earlier tests may have left older ones, and a QR check-in is IN_ROOM). */
      const latest = (spans: Span[]) => spans.filter((i) => (i.source ?? 'LIVE') === 'LIVE').at(-1)
      const slack = 3_000
      await expect
        .poll(async () => {
          const a = (await gql(request, ATTENDANCE, { s: sessionId }, admin.accessToken)).data.sessionAttendance as {
            rows: { official: { id: string }; intervals: Span[] }[]
            staff: { displayName: string; roles: string[]; intervals: Span[] }[]
          }
          const now = Date.now()
          const row = (i: number) => latest(a.rows.find((r) => r.official.id === trainees[i]!.user.official!.id)?.intervals ?? [])
          const [one, two] = [row(0), row(1)]
          const lecturerRow = a.staff.find((p) => p.displayName.startsWith('ThS. Trần Thị Minh Hà'))
          const teaching = lecturerRow && latest(lecturerRow.intervals)
          return {
            firstJoined: !!one && +new Date(one.from) >= joinsFrom - slack && +new Date(one.from) <= joinsUntil + slack,
            firstStillIn: !!one && +new Date(one.to) >= now - 20_000,
            secondJoined: !!two && +new Date(two.from) >= joinsFrom - slack && +new Date(two.from) <= joinsUntil + slack,
            secondLeft: !!two && +new Date(two.to) >= leftFrom - slack && +new Date(two.to) <= leftUntil + slack,
            lecturer: !!lecturerRow?.roles.includes('LECTURER') && !!teaching && +new Date(teaching.from) < joinsFrom && +new Date(teaching.to) >= now - 20_000,
          }
        }, { timeout: 20_000 })
        .toEqual({ firstJoined: true, firstStillIn: true, secondJoined: true, secondLeft: true, lecturer: true })
      // The lecturer sees the same on the session's attendance page (in another tab, staying in the room).
      const sheet = await lecturer.context().newPage()
      await sheet.goto(`/sessions/${sessionId}/attendance`)
      for (const t of trainees) {
        await expect(sheet.getByTestId('attendance-row').filter({ hasText: t.user.official!.fullName }).getByTestId('attendance-intervals')).toContainText('Trực tuyến')
      }
      await expect(sheet.getByTestId('attendance-staff-row').filter({ hasText: 'ThS. Trần Thị Minh Hà' })).toContainText('Giảng viên')
      await screenshot(sheet, 'live-attendance')
    } finally {
      await closeAll()
    }
  })
})
