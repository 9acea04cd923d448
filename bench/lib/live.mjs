// Pieces of the live-class benchmark: a headless receiver that speaks the media service's real socket.io
// signalling with a real join token and receives over a plain RTP transport (load tests only,
// MEDIA_ALLOW_PLAIN_TRANSPORTS=1), and a reader for the media service's Prometheus metrics.
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { io } from 'socket.io-client';
import { BenchError } from './harness.mjs';

/** Header extensions and RTCP feedback that would turn on sender-side bandwidth estimation for the plain transport. */
const BWE_EXTENSIONS = new Set([
  'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
  'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
]);
const BWE_FEEDBACK = new Set(['transport-cc', 'goog-remb']);

/**
 * The router's capabilities minus sender-side bandwidth estimation. A plain receiver sends no RTCP feedback, so with
 * transport-cc or REMB negotiated mediasoup would stay at its initial estimate and forward only low simulcast layers;
 * without them it forwards the preferred (highest) layer, as it does for a browser with bandwidth to spare on loopback.
 */
export function receiverCapabilities(routerCaps) {
  return {
    codecs: (routerCaps.codecs ?? []).map((c) => ({ ...c, rtcpFeedback: (c.rtcpFeedback ?? []).filter((f) => !BWE_FEEDBACK.has(f.type)) })),
    headerExtensions: (routerCaps.headerExtensions ?? []).filter((h) => !BWE_EXTENSIONS.has(h.uri)),
  };
}

/**
 * One trainee without a browser: asks the API for a join token (as the web client does), connects to `/live`,
 * creates a plain RTP transport towards its own UDP socket on loopback (SRTP-encrypted by the media worker, as it
 * encrypts for browsers; nothing here decrypts), joins, resumes every consumer it is given and counts what arrives.
 */
export class PlainReceiver {
  /**
   * performance.now() marks: start (token asked), token, connected, joined, videoConsumer (first video newConsumer),
   * videoResumed (its resumeConsumer answered), firstVideo, firstAudio.
   */
  marks = {};
  consumers = new Map();
  bytes = 0;
  packets = 0;
  rtcpPackets = 0;
  #firstBySsrc = new Map();
  #socket = null;
  #udp = null;
  #waiters = [];

  constructor({ index, mediaUrl, fetchToken, srtp = true }) {
    this.index = index;
    this.mediaUrl = mediaUrl;
    this.fetchToken = fetchToken;
    this.srtp = srtp;
  }

  async join() {
    try {
      await this.#join();
    } finally {
      this.marks.settled = performance.now();
    }
  }

  async #join() {
    this.marks.start = performance.now();
    const token = await this.fetchToken();
    this.marks.token = performance.now();
    const udp = createSocket({ type: 'udp4', recvBufferSize: 4 * 1024 * 1024 });
    this.#udp = udp;
    udp.on('message', (msg) => this.#onPacket(msg));
    await new Promise((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(0, '127.0.0.1', () => {
        udp.off('error', reject);
        resolve();
      });
    });
    const socket = io(this.mediaUrl, { path: '/live', auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 15_000 });
    this.#socket = socket;
    socket.on('notification', (n) => this.#onNotification(n));
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', (err) => reject(new BenchError(`receiver ${this.index}: connect refused (${err.data?.code ?? err.message})`)));
    });
    this.marks.connected = performance.now();
    const caps = await this.request({ type: 'getRouterRtpCapabilities' });
    await this.request({
      type: 'createPlainTransport',
      ip: '127.0.0.1',
      port: udp.address().port,
      ...(this.srtp ? { srtpParameters: { cryptoSuite: 'AES_CM_128_HMAC_SHA1_80', keyBase64: randomBytes(30).toString('base64') } } : {}),
    });
    await this.request({ type: 'join', rtpCapabilities: receiverCapabilities(caps.rtpCapabilities) });
    this.marks.joined = performance.now();
  }

  request(req) {
    const socket = this.#socket;
    return new Promise((resolve, reject) => {
      socket.timeout(15_000).emit('request', req, (err, result) => {
        if (err) reject(new BenchError(`receiver ${this.index}: ${req.type} timed out`));
        else if (result.ok) resolve(result.data);
        else reject(new BenchError(`receiver ${this.index}: ${req.type} refused (${result.error.code}: ${result.error.message})`));
      });
    });
  }

  /** Resolves with the ms from start to the first video packet (null on timeout). */
  firstVideo(timeoutMs) {
    if (this.marks.firstVideo !== undefined) return Promise.resolve(this.marks.firstVideo - this.marks.start);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      this.#waiters.push(() => {
        clearTimeout(timer);
        resolve(this.marks.firstVideo - this.marks.start);
      });
    });
  }

  close() {
    this.#socket?.close();
    try {
      this.#udp?.close();
    } catch {
      /* already closed */
    }
  }

  #onNotification(n) {
    if (n.type !== 'newConsumer') return;
    const ssrc = n.rtpParameters?.encodings?.[0]?.ssrc;
    const entry = { kind: n.kind, source: n.source, peerId: n.peerId, ssrc, paused: n.producerPaused };
    this.consumers.set(n.consumerId, entry);
    if (n.kind === 'video') this.marks.videoConsumer ??= performance.now();
    // A packet may have raced the notification: look it up now.
    const seen = this.#firstBySsrc.get(ssrc);
    if (seen !== undefined) this.#mark(entry.kind, seen, `${entry.peerId.slice(0, 8)}:${entry.source}`);
    this.request({ type: 'resumeConsumer', consumerId: n.consumerId }).then(
      () => {
        if (n.kind === 'video') this.marks.videoResumed ??= performance.now();
      },
      () => undefined,
    );
  }

  #onPacket(msg) {
    if (msg.length < 12) return;
    this.bytes += msg.length;
    const pt = msg[1];
    // RTCP (sender reports) share the port (rtcp-mux, RFC 5761): packet types 192-223.
    if (pt >= 192 && pt <= 223) {
      this.rtcpPackets += 1;
      return;
    }
    this.packets += 1;
    const ssrc = msg.readUInt32BE(8);
    if (this.#firstBySsrc.has(ssrc)) return;
    const now = performance.now();
    this.#firstBySsrc.set(ssrc, now);
    for (const c of this.consumers.values()) if (c.ssrc === ssrc) this.#mark(c.kind, now, `${c.peerId.slice(0, 8)}:${c.source}`);
  }

  #mark(kind, at, source) {
    if (kind === 'audio') {
      this.marks.firstAudio ??= at;
      return;
    }
    if (this.marks.firstVideo !== undefined) return;
    this.marks.firstVideo = at;
    this.firstVideoSource = source;
    for (const w of this.#waiters.splice(0)) w();
  }
}

/** The samples of a Prometheus text page: `name{labels}` → value. */
export function parseMetrics(text) {
  const out = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

/** The first series of a metric (any labels). */
export function metric(samples, name) {
  for (const [k, v] of samples) if (k === name || k.startsWith(`${name}{`)) return v;
  return undefined;
}

export async function scrape(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new BenchError(`${url} answered ${res.status}`);
  return { at: performance.now(), samples: parseMetrics(await res.text()) };
}

/** Busy and total jiffies of the whole machine (/proc/stat), to say how loaded it was. */
export function machineCpu() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = line[3] + (line[4] ?? 0);
    const total = line.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) of a process so far (/proc/<pid>/stat), or null. */
export function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the whole line (11 and 12 after the command name).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
