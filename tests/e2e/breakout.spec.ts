import { expect, test, type Page } from '@playwright/test'
import { choose, DEMO, loginAs, screenshot } from './support'
import { expectConnected, livePages, loginWithEmail, openLiveSession, receiveStats } from './live-support'

// Breakout rooms in the live class: a lecturer and two trainees in Chromium with fake cameras and microphones
// (same setup as live.spec.ts).

const frames = async (page: Page) => (await receiveStats(page)).framesDecoded

/** Waits until the page has decoded `more` frames beyond `from`. */
async function expectFramesBeyond(page: Page, from: number, more = 20) {
  await expect.poll(() => frames(page), { timeout: 30_000 }).toBeGreaterThan(from + more)
}

test.describe('breakout rooms', () => {
  test.setTimeout(180_000)

  test('a trainee is moved into a breakout room and back while media keeps flowing', async ({ browser, request }) => {
    const { sessionId, trainees } = await openLiveSession(request)
    const [a] = trainees.map((t) => ({ id: t.user.id, name: t.user.official!.fullName }))
    const { open, closeAll } = livePages(browser)
    try {
      const lecturer = await open()
      await loginAs(lecturer, 'LECTURER')
      await lecturer.goto(`/sessions/${sessionId}/live`)
      await expectConnected(lecturer)
      const first = await open()
      await loginWithEmail(first, DEMO.TRAINEE)
      const second = await open()
      await loginWithEmail(second, 'trainee2@demo.local')
      await first.goto(`/sessions/${sessionId}/live`)
      await second.goto(`/sessions/${sessionId}/live`)
      for (const p of [first, second]) await expectConnected(p)
      await expect(lecturer.getByTestId('live-tile')).toHaveCount(3)
      await expectFramesBeyond(first, 0)
      await expectFramesBeyond(second, 0)
      // Trainees see no breakout controls.
      await expect(first.getByTestId('breakout-panel')).toHaveCount(0)

      // Two empty rooms (no automatic split): everyone stays in the main room.
      const panel = lecturer.getByTestId('breakout-panel')
      await panel.getByTestId('breakout-count').fill('2')
      await panel.getByTestId('breakout-auto-assign').click()
      await expect(panel.locator('#breakout-auto-assign')).not.toBeChecked()
      await panel.getByTestId('breakout-create').click()
      await expect(panel.getByTestId('breakout-space-br-1')).toContainText('Phòng 1')
      await expect(panel.getByTestId('breakout-space-main')).toContainText(a!.name)
      await expect(first.getByTestId('live-breakout-banner')).toHaveCount(0)

      // A moves into room 1; B stays in main and keeps receiving the lecturer's video across the move.
      const bBefore = await frames(second)
      await choose(lecturer, `breakout-move-${a!.id}`, 'Phòng 1')
      await expect(first.getByTestId('live-breakout-banner')).toHaveText('Bạn đang ở phòng thảo luận: Phòng 1')
      await expect(panel.getByTestId('breakout-space-br-1')).toContainText(a!.name)
      // A's grid: only its room (itself); B's grid: itself and the lecturer.
      await expect(first.getByTestId('live-tile')).toHaveCount(1)
      await expect(second.getByTestId('live-tile')).toHaveCount(2)
      await expect(second.getByTestId('live-grid')).not.toContainText(a!.name)
      await expect(lecturer.getByTestId('live-tile')).toHaveCount(2)
      await expectFramesBeyond(second, bBefore, 40)
      await expect(second.getByTestId('live-breakout-banner')).toHaveCount(0)

      // The lecturer visits room 1: A receives the lecturer's video there.
      const aBefore = await frames(first)
      await panel.getByTestId('breakout-visit-br-1').click()
      await expect(lecturer.getByTestId('live-breakout-banner')).toHaveText('Bạn đang ở phòng thảo luận: Phòng 1')
      await expect(first.getByTestId('live-tile')).toHaveCount(2)
      await expect(first.getByTestId('live-grid')).toContainText('ThS. Trần Thị Minh Hà')
      await expectFramesBeyond(first, aBefore, 40)
      await expect(second.getByTestId('live-tile')).toHaveCount(1)

      // A message to every room reaches both trainees, in and out of the room.
      await panel.getByTestId('breakout-broadcast-text').fill('Còn 2 phút, các nhóm chuẩn bị trình bày')
      await panel.getByTestId('breakout-broadcast').click()
      for (const p of [first, second]) await expect(p.getByTestId('live-breakout-broadcast')).toContainText('Còn 2 phút, các nhóm chuẩn bị trình bày')

      await panel.scrollIntoViewIfNeeded()
      await screenshot(lecturer, 'breakout-lecturer-panel', { fullPage: false })
      await screenshot(first, 'breakout-trainee-banner', { fullPage: false })

      // Close all with a 3 s countdown that the trainees see; then A is back in main with the lecturer's video.
      await panel.getByTestId('breakout-close-seconds').fill('3')
      await panel.getByTestId('breakout-close').click()
      for (const p of [first, second]) await expect(p.getByTestId('live-breakout-countdown')).toContainText(/sẽ đóng sau [1-3] giây/)
      await screenshot(first, 'breakout-trainee-countdown', { fullPage: false })
      await expect(first.getByTestId('live-breakout-countdown')).toHaveCount(0, { timeout: 10_000 })
      await expect(first.getByTestId('live-breakout-banner')).toHaveCount(0)
      await expect(lecturer.getByTestId('live-breakout-banner')).toHaveCount(0)
      await expect(panel.getByTestId('breakout-create')).toBeVisible()
      for (const p of [lecturer, first, second]) await expect(p.getByTestId('live-tile')).toHaveCount(3)
      await expectFramesBeyond(first, await frames(first), 40)
      await expectFramesBeyond(second, await frames(second), 40)
    } finally {
      await closeAll()
    }
  })
})
