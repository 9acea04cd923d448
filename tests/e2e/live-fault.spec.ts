import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { DEMO, gql, loginAs, screenshot } from './support'
import { expectReceiving, loginWithEmail, openLiveSession, receiveStats, type ReceiveStats } from './live-support'

// ---------------------------------------------------------------------------------------------------------------
// Resilience of the live class (issue 4, item 7): the mediasoup worker serving the room is killed mid-session, it
// stalls for a few seconds (ICE restart, no rejoin), and a trainee's network drops for 20 s. Media must come back by
// itself, in the same room, with the same role.
// ---------------------------------------------------------------------------------------------------------------

const MEDIA = 'http://127.0.0.1:3101'


/**
 * Milliseconds from `since` until the page's video frames (and audio bytes) grow again. Samples taken before
 * `since + settleMs` do not count: right after a kill the old transport may still decode what it had buffered.
 * A transport recreated after a reset starts its counters from zero, so growth is judged between two samples.
 */
async function msUntilMediaFlows(page: Page, since: number, { audio = true, settleMs = 400, timeoutMs = 20_000 } = {}): Promise<number> {
  let previous: (ReceiveStats & { at: number }) | null = null
  while (Date.now() - since < timeoutMs) {
    const at = Date.now()
    const now = { ...(await receiveStats(page).catch(() => ({ framesDecoded: 0, audioBytesReceived: 0, videoBytesReceived: 0 }))), at }
    if (previous && previous.at >= since + settleMs && now.framesDecoded > previous.framesDecoded && (!audio || now.audioBytesReceived > previous.audioBytesReceived)) {
      return now.at - since
    }
    previous = now
    await page.waitForTimeout(150)
  }
  throw new Error(`media did not come back within ${timeoutMs} ms`)
}

/** The pid of the mediasoup worker that hosts the (only) room, from the media service's Prometheus metrics. */
async function roomWorkerPid(request: APIRequestContext): Promise<number> {
  const text = await (await request.get(`${MEDIA}/metrics`)).text()
  const busy = [...text.matchAll(/^gd_media_worker_routers\{worker="(\d+)",pid="(\d+)"\} (\d+)$/gm)].filter((m) => Number(m[3]) > 0)
  expect(busy, text).toHaveLength(1)
  return Number(busy[0]![2])
}

async function metric(request: APIRequestContext, name: string): Promise<number> {
  const text = await (await request.get(`${MEDIA}/metrics`)).text()
  return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN)
}

async function openRoom(browser: Browser, contexts: BrowserContext[], sessionId: string, who: 'LECTURER' | string, prepare?: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ permissions: ['camera', 'microphone'] })
  contexts.push(context)
  const page = await context.newPage()
  await prepare?.(page)
  if (who === 'LECTURER') await loginAs(page, 'LECTURER')
  else await loginWithEmail(page, who)
  await page.goto(`/sessions/${sessionId}/live`)
  await expect(page.getByTestId('live-room')).toHaveAttribute('data-status', 'connected', { timeout: 30_000 })
  return page
}

const ATTENDANCE = `query($s: ID!){ sessionAttendance(sessionId: $s){ rows { official { id } intervals { from to source } } } }`
type Span = { from: string; to: string; source?: string }

async function liveSpans(request: APIRequestContext, token: string, sessionId: string, officialId: string): Promise<Span[]> {
  const a = (await gql(request, ATTENDANCE, { s: sessionId }, token)).data.sessionAttendance as { rows: { official: { id: string }; intervals: Span[] }[] }
  return (a.rows.find((r) => r.official.id === officialId)?.intervals ?? []).filter((i) => (i.source ?? 'LIVE') === 'LIVE')
}

/** One RTCPeerConnection of a page, as {@link recordPeerConnections} saw it. */
type PcRecord = {
  createdAt: number
  closedAt: number | null
  states: { at: number; state: string }[]
  /** ICE ufrags of the descriptions it was given, each time it changed (an ICE restart changes both sides'). */
  localUfrags: { at: number; ufrag: string }[]
  remoteUfrags: { at: number; ufrag: string }[]
}

/**
 * Init script: wraps the page's RTCPeerConnection so the test sees every connection the page opens, its connection
 * states and ICE ufrags. An ICE restart keeps the connection and changes its ufrags; a full rejoin or a media reset
 * opens new connections instead. (Serialized into the page: plain JavaScript, no class fields.)
 */
function recordPeerConnections() {
  const Native = window.RTCPeerConnection
  const records: PcRecord[] = []
  ;(window as unknown as { __gdPcs: PcRecord[] }).__gdPcs = records
  const note = (list: PcRecord['localUfrags'], d?: { sdp?: string } | null) => {
    const ufrag = /a=ice-ufrag:(\S+)/.exec(d?.sdp ?? '')?.[1]
    if (ufrag && list.at(-1)?.ufrag !== ufrag) list.push({ at: Date.now(), ufrag })
  }
  const recordOf = new WeakMap<RTCPeerConnection, PcRecord>()
  class Recorded extends Native {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args)
      const rec: PcRecord = { createdAt: Date.now(), closedAt: null, states: [], localUfrags: [], remoteUfrags: [] }
      recordOf.set(this, rec)
      records.push(rec)
      this.addEventListener('connectionstatechange', () => rec.states.push({ at: Date.now(), state: this.connectionState }))
    }
    setLocalDescription(d?: RTCLocalSessionDescriptionInit) {
      note(recordOf.get(this)!.localUfrags, d)
      return super.setLocalDescription(d)
    }
    setRemoteDescription(d: RTCSessionDescriptionInit) {
      note(recordOf.get(this)!.remoteUfrags, d)
      return super.setRemoteDescription(d)
    }
    close() {
      const rec = recordOf.get(this)!
      rec.closedAt ??= Date.now()
      super.close()
    }
  }
  window.RTCPeerConnection = Recorded as typeof RTCPeerConnection
}

const peerConnections = (page: Page) => page.evaluate(() => (window as unknown as { __gdPcs?: PcRecord[] }).__gdPcs ?? [])

/** What a page sends and is answered on its live signalling socket (socket.io text frames, seen from Playwright). */
interface Signalling {
  /** Live sockets the page opened: a full rejoin opens a new one. */
  sockets: number
  requests: { at: number; type: string; ack: string }[]
  answers: Map<string, { ok: boolean; type?: string }>
}

/** Starts recording a page's live signalling; call before the page opens the room. */
function recordSignalling(page: Page): Signalling {
  const wire: Signalling = { sockets: 0, requests: [], answers: new Map() }
  page.on('websocket', (ws) => {
    if (!new URL(ws.url()).pathname.startsWith('/live/')) return
    const socket = ++wire.sockets
    // socket.io over engine.io: `42<ack id>["request",{...}]` out, `43<ack id>[{ok,data}]` back.
    ws.on('framesent', ({ payload }) => {
      const m = /^42(\d*)(\[[\s\S]*\])$/.exec(String(payload))
      if (!m) return
      const [event, body] = JSON.parse(m[2]!) as [string, { type?: string }]
      if (event === 'request' && body?.type) wire.requests.push({ at: Date.now(), type: body.type, ack: `${socket}:${m[1]}` })
    })
    ws.on('framereceived', ({ payload }) => {
      const m = /^43(\d+)(\[[\s\S]*\])$/.exec(String(payload))
      if (!m) return
      const [result] = JSON.parse(m[2]!) as [{ ok: boolean; data?: { type?: string } }]
      wire.answers.set(`${socket}:${m[1]}`, { ok: result.ok, type: result.data?.type })
    })
  })
  return wire
}

async function until(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

test.describe('live class resilience', () => {
  test.setTimeout(180_000)

  test('the worker process serving the room is killed: every browser has media again within 5 s, nobody leaves', async ({ browser, request }) => {
    const { sessionId, trainees, admin } = await openLiveSession(request)
    const contexts: BrowserContext[] = []
    try {
      const lecturer = await openRoom(browser, contexts, sessionId, 'LECTURER')
      const joinsFrom = Date.now()
      const first = await openRoom(browser, contexts, sessionId, DEMO.TRAINEE)
      const second = await openRoom(browser, contexts, sessionId, 'trainee2@demo.local')
      await expect(lecturer.getByTestId('live-tile')).toHaveCount(3)
      await expectReceiving(first)
      await expectReceiving(second)
      // Trainees come in muted: the lecturer receives their video only.
      await expectReceiving(lecturer, { audio: false })
      await first.getByTestId('live-hand').click()
      await expect(first.getByTestId('live-hand')).toHaveAttribute('aria-pressed', 'true')
      const deathsBefore = await metric(request, 'gd_media_worker_deaths_total')

      const pid = await roomWorkerPid(request)
      const killedAt = Date.now()
      process.kill(pid, 'SIGKILL')

      const pages = { lecturer, first, second }
      const recovery = Object.fromEntries(
        await Promise.all(
          Object.entries(pages).map(async ([name, page]) => [name, await msUntilMediaFlows(page, killedAt, { audio: page !== lecturer })] as const),
        ),
      )
      console.info(`[live-fault] worker ${pid} killed; media flowing again after (ms): ${JSON.stringify(recovery)}`)
      for (const ms of Object.values(recovery)) expect(ms).toBeLessThanOrEqual(5_000)

      // The media service is alive, replaced the worker and moved the room; nobody left the room.
      expect(await metric(request, 'gd_media_worker_deaths_total')).toBe(deathsBefore + 1)
      expect(await roomWorkerPid(request)).not.toBe(pid)
      const health = await (await request.get(`${MEDIA}/health`)).json()
      expect(health).toMatchObject({ status: 'ok', rooms: 1, peers: 3 })
      for (const page of Object.values(pages)) {
        await expect(page.getByTestId('live-room')).toHaveAttribute('data-status', 'connected')
        await expect(page.getByTestId('live-tile')).toHaveCount(3)
      }
      // Classroom state survived: the raised hand is still up, and the lecturer still moderates.
      await expect(first.getByTestId('live-hand')).toHaveAttribute('aria-pressed', 'true')
      // Everyone republished as they were: the lecturer's microphone is on, the trainees' stay muted.
      await expect(lecturer.getByTestId('live-mic')).toHaveText('Tắt micro')
      for (const page of [first, second]) await expect(page.getByTestId('live-mic')).toHaveText('Bật micro')
      await lecturer.getByTestId('live-tab-hands').click()
      await expect(lecturer.getByTestId('live-hand')).toHaveText([trainees[0]!.user.official!.fullName])
      await screenshot(lecturer, 'live-fault-after-worker-kill')

      // Attendance: the reset is not an absence, the trainee's stretch opened before the kill is still running.
      await expect
        .poll(async () => {
          const spans = await liveSpans(request, admin.accessToken, sessionId, trainees[0]!.user.official!.id)
          const last = spans.at(-1)
          return !!last && +new Date(last.from) >= joinsFrom - 3_000 && +new Date(last.from) < killedAt && +new Date(last.to) >= killedAt
        })
        .toBe(true)
    } finally {
      for (const c of contexts) await c.close()
    }
  })

  test('a trainee whose network drops for 20 s comes back to the same room, with the same role, by itself', async ({ browser, request }) => {
    const { sessionId, trainees, admin } = await openLiveSession(request)
    const official = trainees[0]!.user.official!
    const contexts: BrowserContext[] = []
    try {
      const lecturer = await openRoom(browser, contexts, sessionId, 'LECTURER')
      const joinsFrom = Date.now()
      const first = await openRoom(browser, contexts, sessionId, DEMO.TRAINEE)
      await expectReceiving(first)
      await first.getByTestId('live-hand').click()
      await expect(first.getByTestId('live-hand')).toHaveAttribute('aria-pressed', 'true')

      // Wi-Fi gone: the socket drops at once (Chromium's offline mode closes it), the page says it is reconnecting
      // and keeps trying in the background.
      const droppedAt = Date.now()
      await first.context().setOffline(true)
      await expect(first.getByTestId('live-room')).toHaveAttribute('data-status', 'reconnecting', { timeout: 5_000 })
      await expect(first.getByTestId('live-error')).toBeVisible()
      await screenshot(first, 'live-fault-offline')
      await first.waitForTimeout(20_000 - (Date.now() - droppedAt))
      await expect(first.getByTestId('live-room')).toHaveAttribute('data-status', 'reconnecting')

      const backAt = Date.now()
      await first.context().setOffline(false)
      const ms = await msUntilMediaFlows(first, backAt, { settleMs: 0 })
      console.info(`[live-fault] network back after ${backAt - droppedAt} ms offline; media flowing again after ${ms} ms`)
      expect(ms).toBeLessThanOrEqual(5_000)

      // Same room, same role (only trainees raise hands), and the raised hand kept its place.
      await expect(first.getByTestId('live-room')).toHaveAttribute('data-status', 'connected')
      await expect(first.getByTestId('live-hand')).toHaveAttribute('aria-pressed', 'true')
      await expect(lecturer.getByTestId('live-tile')).toHaveCount(2)
      await lecturer.getByTestId('live-tab-hands').click()
      await expect(lecturer.getByTestId('live-hand')).toHaveText([official.fullName])
      await expectReceiving(lecturer, { audio: false })
      expect(await (await request.get(`${MEDIA}/health`)).json()).toMatchObject({ rooms: 1, peers: 2 })

      // Attendance: present until the drop, absent for the gap, present again since coming back.
      const slack = 3_000
      await expect
        .poll(async () => {
          const spans = await liveSpans(request, admin.accessToken, sessionId, official.id)
          const now = Date.now()
          const before = spans.find((sp) => +new Date(sp.from) >= joinsFrom - slack && +new Date(sp.from) < droppedAt)
          const after = spans.at(-1)
          return {
            presentUntilTheDrop: !!before && +new Date(before.to) >= droppedAt - slack && +new Date(before.to) <= droppedAt + slack,
            presentAgain: !!after && after !== before && +new Date(after.from) >= backAt - slack && +new Date(after.from) <= backAt + 5_000 + slack && +new Date(after.to) >= now - 20_000,
          }
        })
        .toEqual({ presentUntilTheDrop: true, presentAgain: true })
    } finally {
      for (const c of contexts) await c.close()
    }
  })

  test("the lecturer's network drops while sharing the screen: the screen share comes back with the camera", async ({ browser, request }) => {
    const { sessionId } = await openLiveSession(request)
    const contexts: BrowserContext[] = []
    try {
      const lecturer = await openRoom(browser, contexts, sessionId, 'LECTURER')
      await lecturer.getByTestId('live-screen').click()
      await expect(lecturer.getByTestId('live-screen')).toHaveText(/Dừng|Stop/, { timeout: 15_000 })
      const trainee = await openRoom(browser, contexts, sessionId, DEMO.TRAINEE)
      await expect(trainee.getByTestId('live-screen-tile').getByTestId('live-video')).toBeVisible({ timeout: 15_000 })
      await expectReceiving(trainee)

      await lecturer.context().setOffline(true)
      await expect(lecturer.getByTestId('live-room')).toHaveAttribute('data-status', 'reconnecting', { timeout: 5_000 })
      await lecturer.waitForTimeout(3_000)
      const backAt = Date.now()
      await lecturer.context().setOffline(false)
      await expect(lecturer.getByTestId('live-room')).toHaveAttribute('data-status', 'connected', { timeout: 15_000 })

      // Still sharing, without being asked again, and the trainee sees the screen and the camera again.
      await expect(lecturer.getByTestId('live-screen')).toHaveText(/Dừng|Stop/)
      await expect(trainee.getByTestId('live-screen-tile').getByTestId('live-video')).toBeVisible({ timeout: 10_000 })
      const ms = await msUntilMediaFlows(trainee, backAt, { audio: false, settleMs: 0 })
      console.info(`[live-fault] lecturer back online; the trainee decodes again after ${ms} ms`)
      await screenshot(trainee, 'live-fault-screen-back')
    } finally {
      for (const c of contexts) await c.close()
    }
  })

  test('the worker serving the room stalls: browsers restart ICE on the same connections, media is back within 5 s, nobody rejoins', async ({ browser, request }) => {
    const { sessionId } = await openLiveSession(request)
    const contexts: BrowserContext[] = []
    const wires = new Map<Page, Signalling>()
    const watch = async (page: Page) => {
      await page.addInitScript(recordPeerConnections)
      wires.set(page, recordSignalling(page))
    }
    try {
      const lecturer = await openRoom(browser, contexts, sessionId, 'LECTURER', watch)
      const first = await openRoom(browser, contexts, sessionId, DEMO.TRAINEE, watch)
      await expectReceiving(first)
      await expectReceiving(lecturer, { audio: false })
      const pages = { lecturer, first }
      const before = new Map<Page, PcRecord[]>()
      for (const page of Object.values(pages)) before.set(page, await peerConnections(page))
      const transports = [...before.values()].flat().filter((pc) => pc.closedAt === null).length
      expect(transports).toBe(4)
      const pid = await roomWorkerPid(request)

      // Freeze the worker (SIGSTOP): no RTP, no answers to Chromium's ICE consent checks, while the sockets stay up.
      // After about 5 s of unanswered checks Chromium reports the transport `disconnected` and the client asks for an
      // ICE restart; the server's answer waits for the worker. The worker resumes 1 s after the first request (or once
      // every transport asked), inside the 2.5 s the client gives an ICE restart before a full rejoin (a stall that
      // outlasts it ends in a full rejoin: new sockets and RTCPeerConnections, which this test would catch).
      const stoppedAt = Date.now()
      const restartRequests = () => [...wires.values()].flatMap((w) => w.requests.filter((r) => r.type === 'restartIce' && r.at >= stoppedAt))
      let resumedAt = 0
      let firstRequestAt = 0
      process.kill(pid, 'SIGSTOP')
      try {
        await until(() => restartRequests().length > 0, 30_000, 'a transport asking for an ICE restart')
        firstRequestAt = restartRequests()[0]!.at
        await until(() => restartRequests().length >= transports || Date.now() >= firstRequestAt + 1_000, 2_000, 'the wait')
      } finally {
        process.kill(pid, 'SIGCONT')
        resumedAt = Date.now()
      }

      const recovery = Object.fromEntries(
        await Promise.all(
          Object.entries(pages).map(async ([name, page]) => [name, await msUntilMediaFlows(page, resumedAt, { audio: page !== lecturer, settleMs: 0 })] as const),
        ),
      )

      // Every transport that went down asked once, got new ICE parameters, restarted ICE on the same RTCPeerConnection
      // (new ufrags on both sides) and is connected again; nobody opened a new socket, joined again or made new transports.
      const restarted: Record<string, { asked: number; appliedMs: number[] }> = {}
      for (const [name, page] of Object.entries(pages)) {
        const wire = wires.get(page)!
        let asked: Signalling['requests'] = []
        let appliedMs: number[] = []
        await expect
          .poll(
            async () => {
              asked = wire.requests.filter((r) => r.type === 'restartIce' && r.at >= stoppedAt)
              const pcs = await peerConnections(page)
              const drops = (pc: PcRecord) => pc.states.filter((s) => s.at >= stoppedAt && (s.state === 'disconnected' || s.state === 'failed')).length
              const changed = (list: PcRecord['localUfrags']) => list.length >= 2 && list.at(-1)!.at >= stoppedAt
              const dropped = pcs.filter((pc) => drops(pc) > 0)
              const healed = dropped.filter((pc) => pc.closedAt === null && changed(pc.localUfrags) && changed(pc.remoteUfrags) && pc.states.at(-1)?.state === 'connected')
              appliedMs = healed.map((pc) => Math.max(pc.localUfrags.at(-1)!.at, pc.remoteUfrags.at(-1)!.at) - resumedAt)
              return {
                // Each drop sent one restartIce, and the server answered each with new ICE parameters.
                requestsPerDrop: pcs.reduce((n, pc) => n + drops(pc), 0) === asked.length,
                answered: asked.every((r) => wire.answers.get(r.ack)?.ok === true && wire.answers.get(r.ack)?.type === 'iceRestarted'),
                connections: pcs.length,
                open: pcs.filter((pc) => pc.closedAt === null).length,
                allDroppedHealed: healed.length === dropped.length,
              }
            },
            { timeout: 10_000 },
          )
          .toEqual({
            requestsPerDrop: true,
            answered: true,
            connections: before.get(page)!.length,
            open: before.get(page)!.filter((pc) => pc.closedAt === null).length,
            allDroppedHealed: true,
          })
        restarted[name] = { asked: asked.length, appliedMs }
        expect(wire.sockets, `${name}: live sockets opened`).toBe(1)
        expect(wire.requests.filter((r) => r.at >= stoppedAt && (r.type === 'join' || r.type === 'createWebRtcTransport')), name).toEqual([])
        await expect(page.getByTestId('live-room')).toHaveAttribute('data-status', 'connected')
      }
      const asked = restartRequests().length
      console.info(
        `[live-fault] worker ${pid} stopped for ${resumedAt - stoppedAt} ms (first restartIce ${firstRequestAt - stoppedAt} ms after the stop); ` +
          `ICE restarts ${JSON.stringify(restarted)} (applied ms after resume); media flowing again after (ms): ${JSON.stringify(recovery)}`,
      )
      expect(asked).toBeGreaterThanOrEqual(1)
      for (const ms of Object.values(recovery)) expect(ms).toBeLessThanOrEqual(5_000)

      // Media keeps flowing on the new ICE credentials, in the same room with the same two peers.
      await expectReceiving(first)
      await expectReceiving(lecturer, { audio: false })
      expect(await (await request.get(`${MEDIA}/health`)).json()).toMatchObject({ rooms: 1, peers: 2 })
      await expect(lecturer.getByTestId('live-tile')).toHaveCount(2)
    } finally {
      for (const c of contexts) await c.close()
    }
  })
})
