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

  /** Lower is less loaded: consumers first (they cost the CPU), then routers. */
  load(): [number, number] {
    return [this.consumers, this.routers];
  }
}

export type WorkerPoolOptions = Pick<MediaConfig, 'workers' | 'rtcPortMin' | 'listenIp' | 'announcedIp' | 'workerBin' | 'logLevel'> & {
  logger: Logger;
  /** Called when a worker dies: the process cannot serve its rooms any more. */
  onWorkerDied?: (slot: WorkerSlot, error: Error) => void;
};

/**
 * One mediasoup Worker per CPU core (MEDIA_WORKERS), each with a WebRtcServer on port
 * MEDIA_RTC_PORT_MIN + index over UDP and TCP, so the media ports are few and fixed for firewalls.
 */
export class WorkerPool {
  readonly slots: WorkerSlot[];
  readonly bin: WorkerBin;
  #closed = false;

  private constructor(slots: WorkerSlot[], bin: WorkerBin) {
    this.slots = slots;
    this.bin = bin;
  }

  static async create(options: WorkerPoolOptions): Promise<WorkerPool> {
    const { lib, bin } = loadMediasoup(options.workerBin);
    options.logger.info({ workerBin: bin.path, source: bin.source, mediasoup: bin.mediasoupVersion, workers: options.workers }, 'starting mediasoup workers');
    const slots: WorkerSlot[] = [];
    // A wildcard listen address cannot be announced to browsers: fall back to loopback (local runs) and say so.
    const wildcard = options.listenIp === '0.0.0.0' || options.listenIp === '::';
    const announced = options.announcedIp ?? (wildcard ? '127.0.0.1' : undefined);
    if (!options.announcedIp && wildcard) {
      options.logger.warn('MEDIA_ANNOUNCED_IP not set: announcing 127.0.0.1, so only browsers on this machine can connect');
    }
    try {
      for (let index = 0; index < options.workers; index++) {
        const worker = await lib.createWorker({ logLevel: options.logLevel === 'debug' || options.logLevel === 'trace' ? 'warn' : 'error' });
        // Created before the server so a failure below still closes this worker.
        const pending = { worker, index };
        let webRtcServer: types.WebRtcServer;
        try {
          const port = options.rtcPortMin === 0 ? undefined : options.rtcPortMin + index;
          const listen = (protocol: 'udp' | 'tcp') => ({
            protocol,
            ip: options.listenIp,
            ...(announced ? { announcedAddress: announced } : {}),
            // No port: mediasoup takes any free one (tests).
            ...(port !== undefined ? { port } : {}),
          });
          webRtcServer = await worker.createWebRtcServer({ listenInfos: [listen('udp'), listen('tcp')] });
        } catch (err) {
          pending.worker.close();
          throw err;
        }
        const slot = new WorkerSlot(index, worker, webRtcServer);
        worker.on('died', (error) => {
          options.logger.fatal({ err: error, worker: index, pid: worker.pid }, 'mediasoup worker died');
          options.onWorkerDied?.(slot, error);
        });
        slots.push(slot);
      }
    } catch (err) {
      for (const s of slots) s.worker.close();
      throw err;
    }
    return new WorkerPool(slots, bin);
  }

  /** The worker with the fewest consumers, then the fewest routers (ties: the lowest index). */
  leastLoaded(): WorkerSlot {
    let best = this.slots[0]!;
    for (const slot of this.slots) {
      const [c, r] = slot.load();
      const [bc, br] = best.load();
      if (c < bc || (c === bc && r < br)) best = slot;
    }
    return best;
  }

  /** A router for a new room on the least-loaded worker; the slot's counts follow the router's life. */
  async createRouter(): Promise<{ router: types.Router; slot: WorkerSlot }> {
    if (this.#closed) throw new Error('worker pool is closed');
    const slot = this.leastLoaded();
    slot.routers += 1;
    try {
      const router = await slot.worker.createRouter({ mediaCodecs: MEDIA_CODECS });
      router.observer.once('close', () => {
        slot.routers -= 1;
      });
      return { router, slot };
    } catch (err) {
      slot.routers -= 1;
      throw err;
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
  }
}
