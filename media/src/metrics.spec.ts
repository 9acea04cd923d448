import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { renderMetrics, type DetailedStats } from './metrics';
import { MediaServer } from './server';
import { LiveTestClient, silentLogger, testConfig, type TokenOptions } from './test/helpers';

/** The value of one series in Prometheus text (`name` or `name{labels}`), or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe(renderMetrics.name, () => {
  const stats: DetailedStats = {
    rooms: 2,
    peers: 9,
    consumers: 31,
    workers: [
      { index: 0, pid: 4242, cpuSeconds: 12.5, routers: 1, consumers: 20 },
      { index: 1, pid: 4343, cpuSeconds: 3.25, routers: 1, consumers: 11 },
    ],
    recvBitrate: 2_400_000,
    sendBitrate: 18_000_000,
  };

  it('writes every gauge and counter with HELP and TYPE, per worker with labels', () => {
    const text = renderMetrics(stats, Date.UTC(2026, 10, 22));
    for (const name of ['gd_media_rooms', 'gd_media_peers', 'gd_media_consumers', 'gd_media_recv_bitrate_bps', 'gd_media_send_bitrate_bps']) {
      expect(text).toContain(`# HELP ${name} `);
      expect(text).toContain(`# TYPE ${name} gauge\n`);
    }
    expect(text).toContain('# TYPE gd_media_worker_cpu_seconds_total counter\n');
    expect(sample(text, 'gd_media_rooms')).toBe(2);
    expect(sample(text, 'gd_media_peers')).toBe(9);
    expect(sample(text, 'gd_media_consumers')).toBe(31);
    expect(sample(text, 'gd_media_send_bitrate_bps')).toBe(18_000_000);
    expect(sample(text, 'gd_media_recv_bitrate_bps')).toBe(2_400_000);
    expect(sample(text, 'gd_media_worker_cpu_seconds_total{worker="0",pid="4242"}')).toBe(12.5);
    expect(sample(text, 'gd_media_worker_cpu_seconds_total{worker="1",pid="4343"}')).toBe(3.25);
    expect(text).toMatch(/^gd_media_worker_consumers\{worker="1"[^}]*\} 11$/m);
    expect(sample(text, 'process_start_time_seconds')).toBe(Date.UTC(2026, 10, 22) / 1000);
    // Exposition format: every sample line is `name[{labels}] number`.
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? -?[\d.e+]+$/);
    }
  });
});

describe('MEDIA_ALLOW_PLAIN_TRANSPORTS', () => {
  it('is off by default, on with 1, refused in production and named when malformed', () => {
    expect(loadConfig({}).allowPlainTransports).toBe(false);
    expect(loadConfig({ MEDIA_ALLOW_PLAIN_TRANSPORTS: '1' }).allowPlainTransports).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', MEDIA_JOIN_SECRET: 'x'.repeat(32), MEDIA_ALLOW_PLAIN_TRANSPORTS: '1' })).toThrow(
      /MEDIA_ALLOW_PLAIN_TRANSPORTS/,
    );
    expect(() => loadConfig({ MEDIA_ALLOW_PLAIN_TRANSPORTS: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ MEDIA_ALLOW_PLAIN_TRANSPORTS: 'yes' })).toThrow(/MEDIA_ALLOW_PLAIN_TRANSPORTS/);
  });
});

/** Bench receivers (`pnpm bench live-class`) and /metrics with a real mediasoup worker. */
describe('plain RTP receivers and /metrics while a room is live', () => {
  let sut: MediaServer | undefined;
  let clients: LiveTestClient[] = [];
  let sockets: UdpSocket[] = [];

  afterEach(async () => {
    for (const c of clients) c.disconnect();
    for (const s of sockets) s.close();
    clients = [];
    sockets = [];
    await sut?.close();
    sut = undefined;
  });

  async function start(allowPlainTransports: boolean): Promise<AddressInfo> {
    sut = new MediaServer(testConfig({ allowPlainTransports }), silentLogger);
    return sut.listen();
  }
  async function join(address: AddressInfo, token: TokenOptions) {
    const c = await LiveTestClient.connect(address, token);
    clients.push(c);
    return c;
  }
  async function udp(): Promise<UdpSocket & { port: number }> {
    const s = createSocket('udp4');
    sockets.push(s);
    await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve));
    return Object.assign(s, { port: s.address().port });
  }

  it('refuses plain transports unless the flag is on', async () => {
    const address = await start(false);
    const receiver = await join(address, { sub: 'bench-1', role: 'TRAINEE' });
    expect(await receiver.refusal({ type: 'createPlainTransport', ip: '127.0.0.1', port: 40999 })).toBe('live/forbidden');
  });

  it('gives a plain receiver consumers like a browser, and counts rooms, peers, consumers and worker CPU', async () => {
    const address = await start(true);
    const base = `http://127.0.0.1:${address.port}`;
    const teacher = await join(address, { sub: 'lecturer', role: 'LECTURER', name: 'Giảng viên' });
    await teacher.enter({ send: true });
    const micId = await teacher.produce('mic');
    const camId = await teacher.produce('webcam');

    const receiver = await join(address, { sub: 'bench-1', role: 'TRAINEE' });
    const socket = await udp();
    // Only loopback destinations, and well-formed SRTP parameters.
    expect(await receiver.refusal({ type: 'createPlainTransport', ip: '203.0.113.9', port: socket.port })).toBe('live/bad_request');
    expect(await receiver.refusal({ type: 'createPlainTransport', ip: '127.0.0.1', port: 0 })).toBe('live/bad_request');
    expect(
      await receiver.refusal({ type: 'createPlainTransport', ip: '127.0.0.1', port: socket.port, srtpParameters: { cryptoSuite: 'ROT13', keyBase64: 'a' } } as never),
    ).toBe('live/bad_request');

    const caps = await receiver.request({ type: 'getRouterRtpCapabilities' });
    const key = Buffer.alloc(30, 7).toString('base64');
    const plain = await receiver.request({
      type: 'createPlainTransport',
      ip: '127.0.0.1',
      port: socket.port,
      srtpParameters: { cryptoSuite: 'AES_CM_128_HMAC_SHA1_80', keyBase64: key },
    });
    expect(plain).toMatchObject({ type: 'plainTransport', ip: '127.0.0.1' });
    expect(plain.port).toBeGreaterThan(0);
    expect(plain.srtpParameters?.cryptoSuite).toBe('AES_CM_128_HMAC_SHA1_80');
    await receiver.request({ type: 'join', rtpCapabilities: caps.rtpCapabilities });
    const audio = await receiver.next('newConsumer', (n) => n.producerId === micId);
    const video = await receiver.next('newConsumer', (n) => n.producerId === camId);
    await receiver.request({ type: 'resumeConsumer', consumerId: audio.consumerId });
    await receiver.request({ type: 'resumeConsumer', consumerId: video.consumerId });
    expect(sut!.pool!.slots[0]!.consumers).toBe(2);

    const first = await (await fetch(`${base}/metrics`)).text();
    expect(sample(first, 'gd_media_rooms')).toBe(1);
    expect(sample(first, 'gd_media_peers')).toBe(2);
    expect(sample(first, 'gd_media_consumers')).toBe(2);
    expect(first).toMatch(/^gd_media_worker_consumers\{worker="0"[^}]*\} 2$/m);
    expect(first).toMatch(/^gd_media_worker_routers\{worker="0"[^}]*\} 1$/m);
    expect(sample(first, 'gd_media_send_bitrate_bps')).toBeGreaterThanOrEqual(0);
    expect(sample(first, 'gd_media_recv_bitrate_bps')).toBeGreaterThanOrEqual(0);
    const cpu = (text: string) => Number(/^gd_media_worker_cpu_seconds_total\{worker="0",pid="\d+"\} ([\d.e+-]+)$/m.exec(text)?.[1]);
    // The worker has done some work (startup, routers, transports) and its counter never goes back.
    expect(cpu(first)).toBeGreaterThan(0);
    expect(cpu(first)).toBeLessThan(60);
    const second = await (await fetch(`${base}/metrics`)).text();
    expect(cpu(second)).toBeGreaterThanOrEqual(cpu(first));

    // A second plain transport replaces the first; leaving closes everything.
    const again = await receiver.request({ type: 'createPlainTransport', ip: '127.0.0.1', port: socket.port });
    expect(again.transportId).not.toBe(plain.transportId);
    expect(again.srtpParameters).toBeNull();
    receiver.disconnect();
    await teacher.next('peerLeft');
    await expect.poll(() => sut!.pool!.slots[0]!.consumers).toBe(0);
    const after = await (await fetch(`${base}/metrics`)).text();
    expect(sample(after, 'gd_media_peers')).toBe(1);
    expect(sample(after, 'gd_media_consumers')).toBe(0);
  });
});
