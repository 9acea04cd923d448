import { expect, test, type APIRequestContext, type Locator } from '@playwright/test'
import { apiLogin, DEMO, gql, loginAs, PASSWORD, screenshot } from './support'
import { expectConnected, livePages, loginWithEmail } from './live-support'

// Polls in the live class: the lecturer asks, two trainees vote, the results move live on every screen.

async function loginApi(request: APIRequestContext, email: string) {
  const res = await gql(request, `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password: PASSWORD } })
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined()
  return res.data.login.accessToken as string
}

/** The demo live class NA-2026-TT01: its session is open now, lecturer@demo.local teaches it, both demo trainees hold a seat. */
async function liveSessionId(request: APIRequestContext) {
  const admin = await apiLogin(request, 'ADMIN')
  const res = await gql(request, `query { classes { code sessions { id } } }`, {}, admin.accessToken)
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined()
  return (res.data.classes as { code: string; sessions: { id: string }[] }[]).find((c) => c.code === 'NA-2026-TT01')!.sessions[0]!.id
}

/** [votes, percent] of each option of a poll card, in order. */
const results = async (poll: Locator) =>
  poll.getByTestId('poll-option').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-votes')), Number(e.getAttribute('data-percent'))]))

test.describe('live polls', () => {
  test.setTimeout(180_000)

  test('the lecturer asks a poll, two trainees vote, results follow live, and a closed poll takes no votes', async ({ browser, request }) => {
    const sessionId = await liveSessionId(request)
    const question = `Xã anh/chị đã số hoá hồ sơ một cửa chưa? (${Date.now()})`
    const { open, closeAll } = livePages(browser)
    try {
      const lecturer = await open()
      await loginAs(lecturer, 'LECTURER')
      await lecturer.goto(`/sessions/${sessionId}/live`)
      await expectConnected(lecturer)
      const trainees = [await open(), await open()]
      await loginWithEmail(trainees[0]!, DEMO.TRAINEE)
      await loginWithEmail(trainees[1]!, 'trainee2@demo.local')
      for (const t of trainees) {
        await t.goto(`/sessions/${sessionId}/live`)
        await expectConnected(t)
        await t.getByTestId('live-tab-polls').click()
        // Trainees vote; they never see the form for asking.
        await expect(t.getByTestId('live-polls')).toBeVisible()
        await expect(t.getByTestId('poll-form')).toHaveCount(0)
      }

      // The lecturer asks a question with three options; a duplicate option is refused first, naming the field.
      await lecturer.getByTestId('live-tab-polls').click()
      await lecturer.getByTestId('poll-question').fill(question)
      await lecturer.getByTestId('poll-add-option').click()
      const inputs = lecturer.getByTestId('poll-option-input')
      await expect(inputs).toHaveCount(3)
      await inputs.nth(0).fill('Đã xong')
      await inputs.nth(1).fill('Đang làm')
      await inputs.nth(2).fill('đã  xong')
      await lecturer.getByTestId('poll-create').click()
      await expect(lecturer.getByTestId('poll-option-error')).toHaveText('Phương án này bị trùng với một phương án ở trên.')
      await inputs.nth(2).fill('Chưa bắt đầu')
      await lecturer.getByTestId('poll-create').click()
      const lecturerPoll = lecturer.getByTestId('poll').filter({ hasText: question })
      await expect(lecturerPoll).toHaveAttribute('data-status', 'OPEN')
      await expect(lecturer.getByTestId('poll-question')).toHaveValue('')
      const pollId = (await lecturerPoll.getAttribute('data-poll-id'))!

      // The poll reaches both trainees without a reload; each votes.
      const [firstPoll, secondPoll] = trainees.map((t) => t.locator(`[data-testid="poll"][data-poll-id="${pollId}"]`))
      await expect(firstPoll!).toBeVisible()
      await expect(secondPoll!).toBeVisible()
      await firstPoll!.getByLabel('Đã xong').check()
      await firstPoll!.getByTestId('poll-vote').click()
      await expect(firstPoll!.getByTestId('poll-vote')).toHaveText('Đổi lựa chọn')
      await secondPoll!.getByLabel('Đang làm').check()
      await secondPoll!.getByTestId('poll-vote').click()

      // The lecturer's bars follow, live.
      await expect.poll(() => results(lecturerPoll)).toEqual([[1, 50], [1, 50], [0, 0]])
      await expect(lecturerPoll.getByTestId('poll-total')).toHaveText('2 người đã bình chọn')
      await expect(lecturerPoll.getByTestId('poll-bar').first()).toHaveAttribute('style', /width: 50%/)
      // The poll is not anonymous: the lecturer sees who chose what.
      await expect(lecturerPoll.getByTestId('poll-voters')).toHaveCount(2)
      await expect.poll(() => results(firstPoll!)).toEqual([[1, 50], [1, 50], [0, 0]])

      // The first trainee changes their mind: counts follow on every screen.
      await firstPoll!.getByLabel('Đang làm').check()
      await firstPoll!.getByTestId('poll-vote').click()
      await expect.poll(() => results(lecturerPoll)).toEqual([[0, 0], [2, 100], [0, 0]])
      await expect(lecturerPoll.getByTestId('poll-total')).toHaveText('2 người đã bình chọn')
      await expect.poll(() => results(secondPoll!)).toEqual([[0, 0], [2, 100], [0, 0]])
      await screenshot(lecturer, 'polls-lecturer-open', { fullPage: false })
      await screenshot(trainees[0]!, 'polls-trainee-open', { fullPage: false })

      // The lecturer closes the poll: the trainees' choices and buttons are disabled at once.
      await lecturerPoll.getByTestId('poll-close').click()
      await expect(lecturerPoll).toHaveAttribute('data-status', 'CLOSED')
      await expect(lecturerPoll.getByTestId('poll-close')).toHaveCount(0)
      for (const p of [firstPoll!, secondPoll!]) {
        await expect(p).toHaveAttribute('data-status', 'CLOSED')
        await expect(p.getByTestId('poll-status')).toHaveText('Đã kết thúc')
        await expect(p.getByTestId('poll-vote')).toBeDisabled()
        for (const input of await p.locator('input').all()) await expect(input).toBeDisabled()
      }
      expect(await results(secondPoll!)).toEqual([[0, 0], [2, 100], [0, 0]])
      await screenshot(lecturer, 'polls-lecturer-closed', { fullPage: false })
      await screenshot(trainees[1]!, 'polls-trainee-closed', { fullPage: false })

      // And the API refuses a vote on the closed poll.
      const token = await loginApi(request, 'trainee2@demo.local')
      const options = await gql(request, `query($s: ID!){ sessionPolls(sessionId: $s){ polls { id options { id } } } }`, { s: sessionId }, token)
      const optionId = options.data.sessionPolls.polls.find((p: { id: string }) => p.id === pollId).options[0].id
      const refused = await gql(request, `mutation($p: ID!, $o: [ID!]!){ votePoll(pollId: $p, optionIds: $o){ id } }`, { p: pollId, o: [optionId] }, token)
      expect(refused.errors?.[0]?.extensions?.code).toBe('poll/closed')

      // The session's attendance page shows the final results, read-only.
      await lecturer.goto(`/sessions/${sessionId}/attendance`)
      const sheet = lecturer.locator(`[data-testid="poll"][data-poll-id="${pollId}"]`)
      await expect(sheet).toHaveAttribute('data-status', 'CLOSED')
      await expect.poll(() => results(sheet)).toEqual([[0, 0], [2, 100], [0, 0]])
      await expect(lecturer.getByTestId('live-polls').getByTestId('poll-form')).toHaveCount(0)
      await sheet.scrollIntoViewIfNeeded()
      await screenshot(lecturer, 'polls-attendance-page', { fullPage: false })
    } finally {
      await closeAll()
    }
  })
})
