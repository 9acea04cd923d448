import type { types } from 'mediasoup';
import type { MediaConfig } from './config';
import type { Logger } from './logger';
import { loadMediasoup, type WorkerBin } from './worker-bin';

/** Codecs every room's router offers: Opus for speech, VP8 (simulcast) for cameras and screens, H264 as a fallback. */
export const MEDIA_CODECS: types.RouterRtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, parameters: { 'x-google-start-bitrate': 1000 } },
  {
    kind: 'video',
    mimeType: 'video/H264',
    clockRate: 90000,
    parameters: { 'packetization-mode': 1, 'profile-level-id': '42e01f', 'level-asymmetry-allowed': 1, 'x-google-start-bitrate': 1000 },
  },
];

/** One mediasoup worker process, its WebRtcServer (one UDP + one TCP port) and what runs on it. */
export class WorkerSlot {
  routers = 0;
  consumers = 0;
  /** CPU seconds (user + system) last read from the worker, for /metrics. */
  cpuSeconds = 0;

  constructor(
    readonly index: number,
    readonly worker: types.Worker,
    readonly webRtcServer: types.WebRtcServer,
  ) {}

  /** False once the worker process has died or was closed: no new routers go there. */
  get alive(): boolean {
    return !this.worker.closed;
  }

  /** Lower is less loaded: consumers first (they cost the CPU), then routers. */
  load(): [number, number] {
    return [this.consumers, this.routers];
  }
}

export type WorkerPoolOptions = Pick<MediaConfig, 'workers' | 'rtcPortMin' | 'listenIp' | 'announcedIp' | 'workerBin' | 'logLevel'> & {
  logger: Logger;
  /**
   * Called when a worker dies. Its routers are already closed (the rooms on it recover by themselves, see
   * Room); the pool replaces the worker in the same slot, on the same port.
   */
  onWorkerDied?: (slot: WorkerSlot, error: Error) => void;
  /** Called when a replacement worker is serving in place of a dead one. */
  onWorkerReplaced?: (slot: WorkerSlot, previous: WorkerSlot) => void;
};

/** Longest createRouter() waits for a live worker when every worker is dead and being replaced. */
const LIVE_WORKER_WAIT_MS = 10_000;
/** Delays between attempts to start a replacement worker (the last one repeats). */
const RESPAWN_BACKOFF_MS = [0, 250, 1_000, 2_000, 5_000];

type Mediasoup = ReturnType<typeof loadMediasoup>['lib'];

/**
 * One mediasoup Worker per CPU core (MEDIA_WORKERS), each with a WebRtcServer on port
 * MEDIA_RTC_PORT_MIN + index over UDP and TCP, so the media ports are few and fixed for firewalls.
 * A worker that dies is replaced in its slot (same index, same port) once its process is gone.
 */
export class WorkerPool {
  readonly slots: WorkerSlot[];
  readonly bin: WorkerBin;
  /** Workers that died since the pool started (for /metrics). */
  deaths = 0;
  /** Replacement workers started. */
  respawns = 0;
  #closed = false;
  readonly #lib: Mediasoup;
  readonly #options: WorkerPoolOptions;
  /** Resolved (and renewed) whenever a replacement worker comes up: createRouter() may be waiting for one. */
  #revived = deferred();

  private constructor(slots: WorkerSlot[], bin: WorkerBin, lib: Mediasoup, options: WorkerPoolOptions) {
    this.slots = slots;
    this.bin = bin;
    this.#lib = lib;
    this.#options = options;
    for (const slot of slots) this.#watch(slot);
  }

  static async create(options: WorkerPoolOptions): Promise<WorkerPool> {
    const { lib, bin } = loadMediasoup(options.workerBin);
    options.logger.info({ workerBin: bin.path, source: bin.source, mediasoup: bin.mediasoupVersion, workers: options.workers }, 'starting mediasoup workers');
    if (!options.announcedIp && (options.listenIp === '0.0.0.0' || options.listenIp === '::')) {
      options.logger.warn('MEDIA_ANNOUNCED_IP not set: announcing 127.0.0.1, so only browsers on this machine can connect');
    }
    const slots: WorkerSlot[] = [];
    try {
      for (let index = 0; index < options.workers; index++) slots.push(await startWorker(lib, options, index));
    } catch (err) {
      for (const s of slots) s.worker.close();
      throw err;
    }
    return new WorkerPool(slots, bin, lib, options);
  }

  /** The live worker with the fewest consumers, then the fewest routers (ties: the lowest index); undefined if none. */
  leastLoaded(): WorkerSlot | undefined {
    let best: WorkerSlot | undefined;
    for (const slot of this.slots) {
      if (!slot.alive) continue;
      if (!best) {
        best = slot;
        continue;
      }
      const [c, r] = slot.load();
      const [bc, br] = best.load();
      if (c < bc || (c === bc && r < br)) best = slot;
    }
    return best;
  }

  /**
   * A router for a room on the least-loaded live worker; the slot's counts follow the router's life. When every
   * worker is dead (a single-core node) it waits for a replacement, up to LIVE_WORKER_WAIT_MS.
   */
  async createRouter(): Promise<{ router: types.Router; slot: WorkerSlot }> {
    const deadline = Date.now() + LIVE_WORKER_WAIT_MS;
    for (;;) {
      if (this.#closed) throw new Error('worker pool is closed');
      const slot = this.leastLoaded();
      if (slot) {
        slot.routers += 1;
        try {
          const router = await slot.worker.createRouter({ mediaCodecs: MEDIA_CODECS });
          router.observer.once('close', () => {
            slot.routers -= 1;
          });
          return { router, slot };
        } catch (err) {
          slot.routers -= 1;
          // The worker died under us: try the next live one (or its replacement).
          if (slot.alive) throw err;
          continue;
        }
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no live mediasoup worker');
      await Promise.race([this.#revived.promise, sleep(left)]);
    }
  }

  /** Reads each worker's CPU time (for /metrics); a dead or busy worker keeps its last value. */
  async refreshUsage(): Promise<void> {
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.worker.closed) return;
        try {
          const u = await slot.worker.getResourceUsage();
          // ru_utime / ru_stime are in milliseconds.
          slot.cpuSeconds = (u.ru_utime + u.ru_stime) / 1000;
        } catch {
          /* keep the last reading */
        }
      }),
    );
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const slot of this.slots) slot.worker.close();
    this.#revived.resolve();
  }

  #watch(slot: WorkerSlot): void {
    const { logger } = this.#options;
    slot.worker.once('died', (error) => {
      this.deaths += 1;
      logger.error({ err: error, worker: slot.index, pid: slot.worker.pid }, 'mediasoup worker died: replacing it');
      // Its routers and transports are closed already; the consumer count goes with them.
      slot.consumers = 0;
      try {
        this.#options.onWorkerDied?.(slot, error);
      } catch (err) {
        logger.error({ err }, 'onWorkerDied failed');
      }
      void this.#respawn(slot);
    });
  }

  /** Starts a worker in a dead one's slot. mediasoup reports 'died' after the process exited, so its ports are free. */
  async #respawn(dead: WorkerSlot): Promise<void> {
    const { logger } = this.#options;
    for (let attempt = 0; !this.#closed; attempt++) {
      const delay = RESPAWN_BACKOFF_MS[Math.min(attempt, RESPAWN_BACKOFF_MS.length - 1)]!;
      if (delay > 0) await sleep(delay);
      if (this.#closed) return;
      const started = Date.now();
      try {
        const slot = await startWorker(this.#lib, this.#options, dead.index);
        if (this.#closed) {
          slot.worker.close();
          return;
        }
        this.slots[dead.index] = slot;
        this.respawns += 1;
        this.#watch(slot);
        logger.warn({ worker: dead.index, pid: slot.worker.pid, previousPid: dead.worker.pid, ms: Date.now() - started, attempt }, 'mediasoup worker replaced');
        const revived = this.#revived;
        this.#revived = deferred();
        revived.resolve();
        this.#options.onWorkerReplaced?.(slot, dead);
        return;
      } catch (err) {
        logger.error({ err, worker: dead.index, attempt }, 'cannot start a replacement mediasoup worker');
      }
    }
  }
}

/** A worker and its WebRtcServer on MEDIA_RTC_PORT_MIN + index (any free port when that is 0). */
async function startWorker(lib: Mediasoup, options: WorkerPoolOptions, index: number): Promise<WorkerSlot> {
  // A wildcard listen address cannot be announced to browsers: fall back to loopback (local runs).
  const wildcard = options.listenIp === '0.0.0.0' || options.listenIp === '::';
  const announced = options.announcedIp ?? (wildcard ? '127.0.0.1' : undefined);
  const worker = await lib.createWorker({ logLevel: options.logLevel === 'debug' || options.logLevel === 'trace' ? 'warn' : 'error' });
  try {
    const port = options.rtcPortMin === 0 ? undefined : options.rtcPortMin + index;
    const listen = (protocol: 'udp' | 'tcp') => ({
      protocol,
      ip: options.listenIp,
      ...(announced ? { announcedAddress: announced } : {}),
      // No port: mediasoup takes any free one (tests).
      ...(port !== undefined ? { port } : {}),
    });
    const webRtcServer = await worker.createWebRtcServer({ listenInfos: [listen('udp'), listen('tcp')] });
    return new WorkerSlot(index, worker, webRtcServer);
  } catch (err) {
    worker.close();
    throw err;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
