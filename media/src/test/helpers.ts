import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { MEDIA_TOKEN_AUDIENCE, type ClientToServerEvents, type JoinTokenClaims, type LiveRole, type ServerToClientEvents } from '@gd/schema';
import { SignJWT } from 'jose';
import pino from 'pino';
import { io, type Socket as ClientSocket } from 'socket.io-client';
import { loadConfig, type MediaConfig } from '../config';
import type { LiveSocket } from '../peer';

export const TEST_SECRET = 'media-spec-secret-0123456789abcdef';

export const silentLogger = pino({ level: 'silent' });

export function testConfig(overrides: Partial<MediaConfig> = {}): MediaConfig {
  return {
    ...loadConfig({
      MEDIA_PORT: '0',
      MEDIA_HOST: '127.0.0.1',
      MEDIA_JOIN_SECRET: TEST_SECRET,
      LOG_LEVEL: 'silent',
      // One real mediasoup worker on loopback, on any free port.
      MEDIA_WORKERS: '1',
      MEDIA_RTC_PORT_MIN: '0',
      MEDIA_LISTEN_IP: '127.0.0.1',
    }),
    ...overrides,
  };
}

export interface TokenOptions {
  sub?: string;
  role?: LiveRole | string;
  sid?: string;
  name?: string;
  audience?: string;
  secret?: string;
  /** Seconds from now; negative for an already expired token. */
  expiresIn?: number;
}

export async function joinToken(options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: options.role ?? 'TRAINEE', sid: options.sid ?? 'session-1', ...(options.name ? { name: options.name } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.sub ?? 'user-1')
    .setAudience(options.audience ?? MEDIA_TOKEN_AUDIENCE)
    .setIssuedAt(now - 120)
    .setExpirationTime(now + (options.expiresIn ?? 300))
    .sign(new TextEncoder().encode(options.secret ?? TEST_SECRET));
}

export type TestClient = ClientSocket<ServerToClientEvents, ClientToServerEvents>;

export function connectClient(address: AddressInfo, token: string | undefined): TestClient {
  return io(`http://127.0.0.1:${address.port}`, {
    path: '/live',
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 5_000,
  });
}

/** Resolves on `connect`, rejects with the `connect_error`. */
export function connected(client: TestClient): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('connect_error', reject);
  });
}

/** Resolves with the `connect_error` (fails if the connection is accepted). */
export function refused(client: TestClient): Promise<Error & { data?: { code?: string } }> {
  return new Promise((resolve, reject) => {
    client.once('connect', () => reject(new Error('connection was accepted')));
    client.once('connect_error', resolve);
  });
}

export function nextEvent<T>(emitter: { once(event: string, fn: (value: T) => void): unknown }, event: string): Promise<T> {
  return new Promise((resolve) => emitter.once(event, resolve));
}

export function claims(overrides: Partial<JoinTokenClaims> = {}): JoinTokenClaims {
  return { sub: 'user-1', role: 'TRAINEE', sid: 'session-1', aud: MEDIA_TOKEN_AUDIENCE, exp: 0, ...overrides };
}

/** Just enough of a socket.io server socket for Peer and Room unit tests. */
export class FakeSocket extends EventEmitter {
  readonly id: string;
  connected = true;
  readonly sent: unknown[] = [];
  disconnectCalls = 0;

  constructor(id = 'socket-1') {
    super();
    this.id = id;
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'notification') {
      this.sent.push(args[0]);
      return true;
    }
    return super.emit(event, ...args);
  }

  disconnect(): this {
    this.disconnectCalls += 1;
    if (this.connected) {
      this.connected = false;
      super.emit('disconnect', 'server namespace disconnect');
    }
    return this;
  }

  /** Simulates the client sending a request and returns what the ack received. */
  request(payload: unknown): Promise<unknown> {
    return new Promise((resolve) => super.emit('request', payload, resolve));
  }

  asLiveSocket(): LiveSocket {
    return this as unknown as LiveSocket;
  }
}

// ---------------------------------------------------------------------------------------------
// A signalling client that speaks the whole protocol without a browser: it creates real mediasoup
// transports, joins with the router's own capabilities and produces with fixed RTP parameters
// (mediasoup accepts producers before any packet flows), so rooms, consumers and permissions are real.
// ---------------------------------------------------------------------------------------------

export class LiveRequestFailed extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

type Req = import('@gd/schema').SignallingRequest;
type Res = import('@gd/schema').SignallingResponseMap;
type Note = import('@gd/schema').SignallingNotification;

export class LiveTestClient {
  readonly notifications: Note[] = [];
  sendTransportId = '';
  recvTransportId = '';
  #waiters: { match: (n: Note) => boolean; resolve: (n: Note) => void }[] = [];

  constructor(readonly socket: TestClient) {
    socket.on('notification', (n) => {
      this.notifications.push(n);
      this.#waiters = this.#waiters.filter((w) => (w.match(n) ? (w.resolve(n), false) : true));
    });
  }

  static async connect(address: AddressInfo, token: TokenOptions): Promise<LiveTestClient> {
    return new LiveTestClient(await connected(connectClient(address, await joinToken(token))));
  }

  request<T extends Req['type']>(request: Extract<Req, { type: T }>): Promise<Res[T]> {
    return new Promise((resolve, reject) =>
      this.socket.emit('request', request, (result) => {
        if (result.ok) resolve(result.data as Res[T]);
        else reject(new LiveRequestFailed(result.error.code, result.error.message));
      }),
    );
  }

  /** The error code a request is refused with (fails if it succeeds). */
  async refusal(request: Req): Promise<string> {
    try {
      await this.request(request as never);
    } catch (err) {
      if (err instanceof LiveRequestFailed) return err.code;
      throw err;
    }
    throw new Error(`${request.type} was accepted`);
  }

  /** The first notification (already received or coming) that matches. */
  next<T extends Note['type']>(type: T, match: (n: Extract<Note, { type: T }>) => boolean = () => true): Promise<Extract<Note, { type: T }>> {
    const test = (n: Note) => n.type === type && match(n as Extract<Note, { type: T }>);
    const seen = this.notifications.find(test);
    if (seen) return Promise.resolve(seen as Extract<Note, { type: T }>);
    return new Promise((resolve) => this.#waiters.push({ match: test, resolve: resolve as (n: Note) => void }));
  }

  of<T extends Note['type']>(type: T): Extract<Note, { type: T }>[] {
    return this.notifications.filter((n) => n.type === type) as Extract<Note, { type: T }>[];
  }

  /** getRouterRtpCapabilities, a receive transport (and a send one when asked), then join. */
  async enter(options: { send?: boolean } = {}): Promise<Res['join']> {
    const caps = await this.request({ type: 'getRouterRtpCapabilities' });
    this.recvTransportId = (await this.request({ type: 'createWebRtcTransport', direction: 'recv' })).transportId;
    if (options.send) this.sendTransportId = (await this.request({ type: 'createWebRtcTransport', direction: 'send' })).transportId;
    return this.request({ type: 'join', rtpCapabilities: caps.rtpCapabilities });
  }

  async produce(source: 'mic' | 'webcam' | 'screen', { paused }: { paused?: boolean } = {}): Promise<string> {
    const kind = source === 'mic' ? 'audio' : 'video';
    return (await this.request({ type: 'produce', transportId: this.sendTransportId, kind, source, rtpParameters: rtpParametersFor(source), ...(paused === undefined ? {} : { paused }) }))
      .producerId;
  }

  disconnect(): void {
    this.socket.disconnect();
  }
}

let ssrc = 1000;

/** What a browser would send: Opus for the mic, VP8 with three simulcast encodings for camera and screen. */
export function rtpParametersFor(source: 'mic' | 'webcam' | 'screen') {
  if (source === 'mic') {
    return {
      mid: '0',
      codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2, parameters: { useinbandfec: 1 }, rtcpFeedback: [] }],
      headerExtensions: [],
      encodings: [{ ssrc: ssrc++ }],
      rtcp: { cname: 'test' },
    };
  }
  return {
    mid: source === 'webcam' ? '1' : '2',
    codecs: [
      {
        mimeType: 'video/VP8',
        payloadType: 96,
        clockRate: 90000,
        parameters: {},
        rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }, { type: 'goog-remb' }],
      },
    ],
    headerExtensions: [],
    encodings: [{ ssrc: ssrc++, scaleResolutionDownBy: 4 }, { ssrc: ssrc++, scaleResolutionDownBy: 2 }, { ssrc: ssrc++ }],
    rtcp: { cname: 'test' },
  };
}
