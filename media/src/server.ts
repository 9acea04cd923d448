import { createWriteStream, type WriteStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  LIVE_SOCKET_PATH,
  type ClientToServerEvents,
  type LiveConnectErrorData,
  type LiveErrorCode,
  type LiveSocketData,
  type ServerToClientEvents,
} from '@gd/schema';
import { Server as IoServer, type DefaultEventsMap } from 'socket.io';
import { createAttendance, type AttendanceRecorder } from './attendance';
import { JoinTokenError, secretKey, verifyJoinToken } from './auth';
import type { MediaConfig } from './config';
import type { Logger } from './logger';
import { METRICS_CONTENT_TYPE, renderMetrics, type DetailedStats, type MediaStats } from './metrics';
import { Peer, type LiveSocket } from './peer';
import { Room, type KeyFrameTraceEvent } from './room';
import { iceServersFor } from './turn';
import { WorkerPool } from './workers';

type LiveIoServer = IoServer<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, LiveSocketData>;

export interface HealthBody extends MediaStats {
  status: 'ok' | 'shutting_down';
  service: 'media';
  uptimeSeconds: number;
}

/** Longest a graceful close waits for sockets and HTTP connections before cutting them. */
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * The media process: HTTP (`/health`, `/metrics`) plus socket.io signalling on `/live`.
 * Built from a validated config so tests can run it on an ephemeral port.
 */
export class MediaServer {
  readonly #config: MediaConfig;
  readonly #logger: Logger;
  readonly #key: Uint8Array;
  readonly #http: HttpServer;
  readonly #io: LiveIoServer;
  readonly #startedAt = Date.now();
  /** Promises, so two peers arriving together for a new session share one room. */
  readonly #rooms = new Map<string, Promise<Room>>();
  /** The same rooms once created, for synchronous counting and shutdown. */
  readonly #settledRooms = new Map<string, Room>();
  #closing: Promise<void> | undefined;
  /** Rooms moved to a new router after their worker died (for /metrics). */
  #roomResets = 0;
  #pool: WorkerPool | undefined;
  #attendance: AttendanceRecorder | undefined;
  /** MEDIA_KEYFRAME_TRACE_FILE, opened on first use. */
  #keyFrameTrace: WriteStream | undefined;

  constructor(config: MediaConfig, logger: Logger) {
    this.#config = config;
    this.#logger = logger;
    this.#key = secretKey(config.joinSecret);
    this.#http = createServer((req, res) => this.#onHttp(req, res));
    // Idle keep-alive connections outlive a proxy's 60 s idle timeout, so a reused one is never reset under a client.
    this.#http.keepAliveTimeout = 65_000;
    this.#http.headersTimeout = 66_000;
    this.#io = new IoServer(this.#http, {
      path: LIVE_SOCKET_PATH,
      serveClient: false,
      // Signalling messages are small; SDP-sized payloads later stay well under this.
      maxHttpBufferSize: 256 * 1024,
      cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: true } : undefined,
    });
    this.#io.use((socket, next) => {
      this.#authenticate(socket).then(
        () => next(),
        (err: unknown) => next(this.#refusal(err)),
      );
    });
    this.#io.on('connection', (socket) => {
      this.#onConnection(socket).catch((err: unknown) => {
        this.#logger.error({ err }, 'peer setup failed');
        socket.disconnect(true);
      });
    });
  }

  /** Starts the mediasoup workers, then listens. Throws WorkerBinError when no worker binary is available. */
  async listen(): Promise<AddressInfo> {
    this.#pool = await WorkerPool.create({
      ...this.#config,
      logger: this.#logger,
      // The pool replaces the worker; each room on it moves itself to a new router (Room#recover).
      onWorkerDied: (slot) => this.#logger.warn({ worker: slot.index, pid: slot.worker.pid }, 'rooms on the dead worker are moving'),
    });
    this.#attendance = createAttendance(this.#config.databaseUrl, this.#logger);
    await new Promise<void>((resolve, reject) => {
      this.#http.once('error', reject);
      this.#http.listen(this.#config.port, this.#config.host, () => {
        this.#http.off('error', reject);
        resolve();
      });
    });
    const address = this.#http.address() as AddressInfo;
    this.#logger.info({ host: address.address, port: address.port, path: LIVE_SOCKET_PATH }, 'media service listening');
    return address;
  }

  stats(): MediaStats {
    let rooms = 0;
    let peers = 0;
    for (const room of this.#openRooms()) {
      rooms += 1;
      peers += room.peerCount;
    }
    return { rooms, peers };
  }

  /** The worker pool (after listen()). */
  get pool(): WorkerPool | undefined {
    return this.#pool;
  }

  /** Everything /metrics shows: counts, per-worker CPU and load, and the bitrate through all transports. */
  async detailedStats(): Promise<DetailedStats> {
    const pool = this.#pool;
    await pool?.refreshUsage();
    let recvBitrate = 0;
    let sendBitrate = 0;
    const transports = [...this.#openRooms()].flatMap((room) =>
      room.members().flatMap((peer) => [...peer.transportList(), ...peer.plainTransportList()]),
    );
    await Promise.all(
      transports.map(async (t) => {
        try {
          for (const s of await t.getStats()) {
            recvBitrate += s.recvBitrate;
            sendBitrate += s.sendBitrate;
          }
        } catch {
          /* closed meanwhile */
        }
      }),
    );
    return {
      ...this.stats(),
      consumers: pool?.slots.reduce((n, s) => n + s.consumers, 0) ?? 0,
      workers: pool?.slots.map((s) => ({ index: s.index, pid: s.worker.pid, cpuSeconds: s.cpuSeconds, routers: s.routers, consumers: s.consumers })) ?? [],
      recvBitrate,
      sendBitrate,
      workerDeaths: pool?.deaths ?? 0,
      roomResets: this.#roomResets,
    };
  }

  health(): HealthBody {
    return {
      status: this.#closing ? 'shutting_down' : 'ok',
      service: 'media',
      uptimeSeconds: Math.round((Date.now() - this.#startedAt) / 1000),
      ...this.stats(),
    };
  }

  /** Graceful stop: refuse new peers, close rooms (which disconnects peers), then the HTTP server. */
  close(): Promise<void> {
    this.#closing ??= this.#doClose();
    return this.#closing;
  }

  #writeKeyFrameTrace(event: KeyFrameTraceEvent): void {
    if (!this.#keyFrameTrace) {
      this.#keyFrameTrace = createWriteStream(this.#config.keyFrameTraceFile as string, { flags: 'a' });
      this.#keyFrameTrace.on('error', (err) => this.#logger.warn({ err }, 'key-frame trace not written'));
    }
    this.#keyFrameTrace.write(`${JSON.stringify(event)}\n`);
  }

  async #doClose(): Promise<void> {
    this.#logger.info('media service closing');
    for (const room of this.#openRooms()) room.close('shutdown');
    this.#pool?.close();
    await this.#attendance?.stop();
    const cutOff = setTimeout(() => this.#http.closeAllConnections(), CLOSE_TIMEOUT_MS);
    cutOff.unref();
    // io.close() also closes the attached HTTP server and waits for it.
    await new Promise<void>((resolve) => {
      this.#io.close((err) => {
        if (err && (err as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') {
          this.#logger.warn({ err }, 'http close error');
        }
        resolve();
      });
      this.#http.closeIdleConnections();
    });
    clearTimeout(cutOff);
    await new Promise<void>((resolve) => (this.#keyFrameTrace ? this.#keyFrameTrace.end(resolve) : resolve()));
    this.#logger.info('media service closed');
  }

  *#openRooms(): Iterable<Room> {
    for (const room of this.#settledRooms.values()) if (!room.closed) yield room;
  }

  async #authenticate(socket: LiveSocket): Promise<void> {
    if (this.#closing) throw new RefusedError('live/shutting_down', 'media service is shutting down');
    if (!this.#pool) throw new RefusedError('live/shutting_down', 'media service is starting');
    const token: unknown = socket.handshake.auth?.token;
    const claims = await verifyJoinToken(token, this.#key);
    const refusal = this.#settledRooms.get(claims.sid)?.refusal(claims.sub, claims.role);
    if (refusal === 'live/removed') throw new RefusedError(refusal, 'a moderator removed you from this session');
    if (refusal === 'live/room_locked') throw new RefusedError(refusal, 'the lecturer has locked this session');
    socket.data.claims = claims;
  }

  #refusal(err: unknown): Error & { data: LiveConnectErrorData } {
    let code: LiveErrorCode = 'live/unauthorized';
    let message = 'unauthorized';
    if (err instanceof JoinTokenError || err instanceof RefusedError) {
      code = err.code;
      message = err.message;
    } else {
      this.#logger.error({ err }, 'handshake failed');
      code = 'live/internal';
      message = 'handshake failed';
    }
    this.#logger.debug({ code }, 'connection refused');
    return Object.assign(new Error(message), { data: { code } });
  }

  async #onConnection(socket: LiveSocket): Promise<void> {
    const claims = socket.data.claims;
    const peer = await Peer.create({ socket, claims, logger: this.#logger });
    await socket.join(claims.sid);
    // The room we got may close (its last peer left) between creation and join: take a fresh one.
    for (;;) {
      if (!socket.connected || this.#closing) {
        peer.close('disconnected');
        return;
      }
      const room = await this.#roomFor(claims.sid);
      if (room.closed) continue;
      // Checked again: the room may have been locked while this socket was being set up.
      if (room.refusal(claims.sub, claims.role)) {
        peer.close('disconnected');
        return;
      }
      room.join(peer);
      return;
    }
  }

  #roomFor(sessionId: string): Promise<Room> {
    const existing = this.#rooms.get(sessionId);
    if (existing) return existing;
    const pool = this.#pool;
    if (!pool) return Promise.reject(new Error('worker pool not started'));
    const { turnUrls, turnSecret } = this.#config;
    const attendance = this.#attendance;
    const created = Room.create({
      id: sessionId,
      logger: this.#logger,
      pool,
      iceServersFor: (peer) => iceServersFor(peer.userId, turnUrls, turnSecret),
      allowPlainTransports: this.#config.allowPlainTransports,
      traceKeyFrame: this.#config.keyFrameTraceFile ? (event) => this.#writeKeyFrameTrace(event) : undefined,
    }).then((room) => {
      this.#settledRooms.set(sessionId, room);
      room.on('peerJoined', (peer) => attendance?.opened(peer));
      room.on('peerLeft', (peer) => attendance?.closed(peer));
      room.on('mediaReset', (ms) => {
        this.#roomResets += 1;
        this.#logger.warn({ room: sessionId, ms }, 'room recovered from a worker death');
      });
      room.once('close', () => {
        if (this.#settledRooms.get(sessionId) === room) this.#settledRooms.delete(sessionId);
        if (this.#rooms.get(sessionId) === created) this.#rooms.delete(sessionId);
      });
      return room;
    });
    created.catch(() => this.#rooms.delete(sessionId));
    this.#rooms.set(sessionId, created);
    return created;
  }

  #onHttp(req: IncomingMessage, res: ServerResponse): void {
    // socket.io handles its own path before this listener sees the request.
    const url = new URL(req.url ?? '/', 'http://media.local');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'application/json', JSON.stringify({ error: 'method not allowed' }));
      return;
    }
    switch (url.pathname) {
      case '/health': {
        const body = this.health();
        send(body.status === 'ok' ? 200 : 503, 'application/json', JSON.stringify(body));
        return;
      }
      case '/metrics':
        this.detailedStats().then(
          (stats) => send(200, METRICS_CONTENT_TYPE, renderMetrics(stats, this.#startedAt)),
          (err: unknown) => {
            this.#logger.error({ err }, 'metrics failed');
            send(500, 'application/json', JSON.stringify({ error: 'metrics failed' }));
          },
        );
        return;
      default:
        send(404, 'application/json', JSON.stringify({ error: 'not found' }));
    }
  }
}

class RefusedError extends Error {
  constructor(
    readonly code: LiveErrorCode,
    message: string,
  ) {
    super(message);
  }
}
