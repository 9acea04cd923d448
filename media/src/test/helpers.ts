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
    ...loadConfig({ MEDIA_PORT: '0', MEDIA_HOST: '127.0.0.1', MEDIA_JOIN_SECRET: TEST_SECRET, LOG_LEVEL: 'silent' }),
    ...overrides,
  };
}

export interface TokenOptions {
  sub?: string;
  role?: LiveRole | string;
  sid?: string;
  audience?: string;
  secret?: string;
  /** Seconds from now; negative for an already expired token. */
  expiresIn?: number;
}

export async function joinToken(options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: options.role ?? 'TRAINEE', sid: options.sid ?? 'session-1' })
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
