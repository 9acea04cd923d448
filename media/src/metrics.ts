/**
 * Prometheus text exposition, written by hand: a handful of gauges does not justify a client
 * library, and the format is stable (https://prometheus.io/docs/instrumenting/exposition_formats/).
 */
export interface MediaStats {
  rooms: number;
  peers: number;
}

export interface WorkerStats {
  index: number;
  pid: number;
  /** User + system CPU seconds of the worker process (worker.getResourceUsage()). */
  cpuSeconds: number;
  routers: number;
  consumers: number;
}

export interface DetailedStats extends MediaStats {
  consumers: number;
  workers: WorkerStats[];
  /** Bits per second received from / sent to clients, summed over all transports (WebRTC, and load tests' plain RTP ones). */
  recvBitrate: number;
  sendBitrate: number;
  /** mediasoup workers that died (each is replaced), and rooms moved to a new router because of it. */
  workerDeaths?: number;
  roomResets?: number;
}

interface Sample {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  value: number;
  /** Extra series of the same metric, with labels. */
  labelled?: { labels: Record<string, string | number>; value: number }[];
}

const series = (name: string, labels: Record<string, string | number>, value: number) =>
  `${name}{${Object.entries(labels)
    .map(([k, v]) => `${k}="${String(v)}"`)
    .join(',')}} ${value}\n`;

export function renderMetrics(stats: DetailedStats, startedAtMs: number): string {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  const samples: Sample[] = [
    { name: 'process_cpu_user_seconds_total', help: 'Total user CPU time spent in seconds.', type: 'counter', value: cpu.user / 1e6 },
    { name: 'process_cpu_system_seconds_total', help: 'Total system CPU time spent in seconds.', type: 'counter', value: cpu.system / 1e6 },
    { name: 'process_cpu_seconds_total', help: 'Total user and system CPU time spent in seconds.', type: 'counter', value: (cpu.user + cpu.system) / 1e6 },
    { name: 'process_resident_memory_bytes', help: 'Resident memory size in bytes.', type: 'gauge', value: mem.rss },
    { name: 'process_heap_bytes', help: 'V8 heap used in bytes.', type: 'gauge', value: mem.heapUsed },
    { name: 'process_start_time_seconds', help: 'Start time of the process since unix epoch in seconds.', type: 'gauge', value: Math.floor(startedAtMs / 1000) },
    { name: 'gd_media_rooms', help: 'Live rooms currently open on this media node.', type: 'gauge', value: stats.rooms },
    { name: 'gd_media_peers', help: 'Peers currently connected to this media node.', type: 'gauge', value: stats.peers },
    { name: 'gd_media_consumers', help: 'mediasoup consumers (one per received track) on this media node.', type: 'gauge', value: stats.consumers },
    { name: 'gd_media_recv_bitrate_bps', help: 'Bits per second received from browsers over all transports.', type: 'gauge', value: stats.recvBitrate },
    { name: 'gd_media_send_bitrate_bps', help: 'Bits per second sent to browsers over all transports.', type: 'gauge', value: stats.sendBitrate },
    { name: 'gd_media_worker_deaths_total', help: 'mediasoup workers that died and were replaced.', type: 'counter', value: stats.workerDeaths ?? 0 },
    { name: 'gd_media_room_resets_total', help: 'Rooms moved to a new router after their worker died.', type: 'counter', value: stats.roomResets ?? 0 },
  ];
  const perWorker: Sample[] = [
    { name: 'gd_media_worker_cpu_seconds_total', help: 'CPU seconds (user + system) used by each mediasoup worker.', type: 'counter', value: 0, labelled: stats.workers.map((w) => ({ labels: { worker: w.index, pid: w.pid }, value: w.cpuSeconds })) },
    { name: 'gd_media_worker_routers', help: 'Routers (rooms) on each mediasoup worker.', type: 'gauge', value: 0, labelled: stats.workers.map((w) => ({ labels: { worker: w.index, pid: w.pid }, value: w.routers })) },
    { name: 'gd_media_worker_consumers', help: 'Consumers on each mediasoup worker.', type: 'gauge', value: 0, labelled: stats.workers.map((w) => ({ labels: { worker: w.index }, value: w.consumers })) },
  ];
  return [
    ...samples.map((s) => `# HELP ${s.name} ${s.help}\n# TYPE ${s.name} ${s.type}\n${s.name} ${s.value}\n`),
    ...perWorker.map((s) => `# HELP ${s.name} ${s.help}\n# TYPE ${s.name} ${s.type}\n${(s.labelled ?? []).map((l) => series(s.name, l.labels, l.value)).join('')}`),
  ].join('');
}

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
