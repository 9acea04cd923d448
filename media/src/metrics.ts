/**
 * Prometheus text exposition, written by hand: a handful of gauges does not justify a client
 * library, and the format is stable (https://prometheus.io/docs/instrumenting/exposition_formats/).
 */
export interface MediaStats {
  rooms: number;
  peers: number;
}

interface Sample {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  value: number;
}

export function renderMetrics(stats: MediaStats, startedAtMs: number): string {
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
  ];
  return samples.map((s) => `# HELP ${s.name} ${s.help}\n# TYPE ${s.name} ${s.type}\n${s.name} ${s.value}\n`).join('');
}

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
