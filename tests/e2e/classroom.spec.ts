import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { apiLogin, gql, loginAs, PASSWORD, screenshot } from './support'
import { expectReceiving } from './live-support'

// ---------------------------------------------------------------------------------------------------------------
// The classroom device (/sessions/:id/classroom): the school's room PC on the projector, signed in with the
// lecturer's account, joins as CLASSROOM. attendance.spec.ts covers the check-in itself on the stand-alone QR page
// (expired codes, corrections, export); this spec covers the device page: its own rotating code, its camera and
// microphone reaching a trainee at home, the trainees on the projector, and the media service's /metrics meanwhile.
// ---------------------------------------------------------------------------------------------------------------

const MEDIA_METRICS = 'http://127.0.0.1:3101/metrics'
const CLASSROOM_NAME = 'Phòng học trực tuyến – Trường Chính trị tỉnh Nghệ An'

/** The demo live class NA-2026-TT01 has one session open whenever the stack was seeded. */
async function liveSession(request: APIRequestContext) {
  const admin = await apiLogin(request, 'ADMIN')
  const res = await gql(request, '{ classes { id code sessions { id } } }', {}, admin.accessToken)
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined()
  const cls = res.data.classes.find((c: { code: string }) => c.code === 'NA-2026-TT01')
  return cls.sessions[0].id as string
}


/** The value of one Prometheus series (`name` or `name{labels}` as a regex source). */
function series(text: string, name: string): number {
  const m = new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)
  expect(m, `${name} in /metrics`).not.toBeNull()
  return Number(m![1])
}

async function phoneAs(browser: Browser, email: string, redirect: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const page = await context.newPage()
  await page.goto(`/login?redirect=${encodeURIComponent(redirect)}`)
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.locator('#login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  return page
}

test('the classroom device shows a rotating check-in code, sends the room to a trainee at home and shows the trainees; /metrics follows the room', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const sessionId = await liveSession(request)
  const contexts: BrowserContext[] = []
  const open = async (viewport = { width: 1600, height: 900 }) => {
    const context = await browser.newContext({ permissions: ['camera', 'microphone'], viewport })
    contexts.push(context)
    return context.newPage()
  }
  try {
    // The room PC, signed in as the lecturer, opens the classroom page: it joins as the classroom device.
    const room = await open()
    await loginAs(room, 'LECTURER')
    await room.goto(`/sessions/${sessionId}/classroom`)
    await expect(room.getByTestId('live-room')).toHaveAttribute('data-status', 'connected', { timeout: 30_000 })
    await expect(room.getByTestId('live-heading')).toHaveText('Màn hình phòng học')
    await expect(room).toHaveTitle(/Màn hình phòng học/)
    // Its own tile is the room (not the lecturer), and it publishes the room camera and microphone.
    await expect(room.getByTestId('live-tile-name').first()).toContainText(CLASSROOM_NAME)
    await expect(room.getByTestId('live-mic')).toHaveText('Tắt micro')
    await expect(room.getByTestId('live-cam')).toHaveText('Tắt camera')
    // No lecturer controls on the device.
    await expect(room.getByTestId('live-lock')).toHaveCount(0)

    // The check-in code is in view beside the video (no scrolling on the projector) and is a signed code.
    const qr = room.getByTestId('checkin-qr')
    await expect(qr).toHaveAttribute('data-code', /^[\w-]+\.[\w-]+\.[\w-]+$/)
    await expect(qr.locator('svg')).toBeInViewport()
    await expect(room.getByTestId('checkin-qr-remaining')).toContainText('Mã đổi sau')
    const firstCode = (await qr.getAttribute('data-code'))!
    const firstUrl = (await qr.getAttribute('data-url'))!
    expect(firstUrl).toBe(`http://127.0.0.1:5180/checkin?code=${encodeURIComponent(firstCode)}`)

    // A trainee at home joins: they receive the room's camera and microphone.
    const home = await open({ width: 1366, height: 900 })
    await loginAs(home, 'TRAINEE')
    await home.goto(`/sessions/${sessionId}/live`)
    await expect(home.getByTestId('live-room')).toHaveAttribute('data-status', 'connected', { timeout: 30_000 })
    await expect(home.getByTestId('live-grid')).toContainText(CLASSROOM_NAME)
    await expect(home.getByTestId('live-grid')).toContainText('Phòng học')
    await expectReceiving(home)

    // The projector shows the trainee, with their camera (their microphone comes in muted).
    const trainee = await apiLogin(request, 'TRAINEE')
    const traineeName = trainee.user.official!.fullName
    await expect(room.getByTestId('live-grid')).toContainText(traineeName)
    await expectReceiving(room, { audio: false })

    // /metrics while the room is live: one room, both peers, their consumers, the worker's CPU, real bitrates.
    const scrape = async () => (await (await request.get(MEDIA_METRICS)).text()) as string
    const before = await scrape()
    expect(series(before, 'gd_media_rooms')).toBeGreaterThanOrEqual(1)
    expect(series(before, 'gd_media_peers')).toBeGreaterThanOrEqual(2)
    // The trainee receives the room's camera and microphone; the room receives the trainee's camera and (paused) mic.
    expect(series(before, 'gd_media_consumers')).toBeGreaterThanOrEqual(4)
    const cpuSeries = 'gd_media_worker_cpu_seconds_total\\{worker="\\d+",pid="\\d+"\\}'
    const cpu = (text: string) => [...text.matchAll(new RegExp(`^${cpuSeries} ([0-9.e+-]+)$`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0)
    expect(before).toMatch(new RegExp(`^${cpuSeries} `, 'm'))
    await expect
      .poll(async () => {
        const now = await scrape()
        return {
          // Video at a few hundred kbit/s at least flows in (the room and the trainee) and out (to both).
          recv: series(now, 'gd_media_recv_bitrate_bps') > 200_000,
          send: series(now, 'gd_media_send_bitrate_bps') > 200_000,
          // Forwarding media costs the worker CPU time, and under a core per second of wall time on loopback.
          cpuGrows: cpu(now) > cpu(before),
        }
      }, { timeout: 20_000, intervals: [2_000] })
      .toEqual({ recv: true, send: true, cpuGrows: true })
    const t0 = Date.now()
    const c0 = cpu(await scrape())
    await room.waitForTimeout(3_000)
    const cpuShare = (cpu(await scrape()) - c0) / ((Date.now() - t0) / 1000)
    expect(cpuShare).toBeGreaterThan(0)
    expect(cpuShare).toBeLessThan(1.5)

    await screenshot(room, 'classroom-device', { fullPage: false })
    await screenshot(home, 'classroom-trainee-at-home', { fullPage: false })

    // A trainee sitting in the room has the app open on their phone (signed in already)…
    const phone = await phoneAs(browser, 'trainee2@demo.local', '/')
    contexts.push(phone.context())
    await expect(phone.getByTestId('login-submit')).toHaveCount(0)
    // …the code on the projector rotates (a new one halfway through its ~30 s life)…
    await expect(qr).not.toHaveAttribute('data-code', firstCode, { timeout: 30_000 })
    const currentUrl = (await qr.getAttribute('data-url'))!
    expect(currentUrl).not.toBe(firstUrl)
    // …and scanning it checks them in.
    await phone.goto(new URL(currentUrl).pathname + new URL(currentUrl).search)
    await expect(phone.getByTestId('checkin-success')).toBeVisible()
    await expect(phone.getByTestId('checkin-class')).toContainText('NA-2026-TT01')
    await screenshot(phone, 'classroom-checkin-phone')

    // The trainee leaves: the projector drops their tile.
    await home.getByTestId('live-leave').click()
    await expect(room.getByTestId('live-grid')).not.toContainText(traineeName)
    await expect(room.getByTestId('live-alone')).toBeVisible()
    await screenshot(room, 'classroom-device-alone', { fullPage: false })
  } finally {
    for (const c of contexts) await c.close()
  }
})
