import type { AddressInfo } from 'node:net';
import type { PongResponse, SignallingNotification, SignallingResult } from '@gd/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaServer } from './server';
import { connectClient, connected, joinToken, nextEvent, refused, silentLogger, testConfig, type TestClient } from './test/helpers';

describe(MediaServer.name, () => {
  let sut: MediaServer;
  let address: AddressInfo;
  let clients: TestClient[];
  const base = () => `http://127.0.0.1:${address.port}`;
  const client = (token: string | undefined) => {
    const c = connectClient(address, token);
    clients.push(c);
    return c;
  };
  const ping = (c: TestClient, clientTime = 42) =>
    new Promise<SignallingResult>((resolve) => c.emit('request', { type: 'ping', clientTime }, resolve));

  beforeEach(async () => {
    clients = [];
    sut = new MediaServer(testConfig(), silentLogger);
    address = await sut.listen();
  });

  afterEach(async () => {
    for (const c of clients) c.disconnect();
    await sut.close();
  });

  it('answers /health with status and counts', async () => {
    const res = await fetch(`${base()}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await res.json();
    expect(body).toEqual({ status: 'ok', service: 'media', uptimeSeconds: expect.any(Number), rooms: 0, peers: 0 });
  });

  it('serves Prometheus metrics that follow connected peers', async () => {
    const before = await (await fetch(`${base()}/metrics`)).text();
    expect(before).toContain('# TYPE gd_media_rooms gauge\ngd_media_rooms 0\n');
    expect(before).toContain('gd_media_peers 0\n');
    expect(before).toMatch(/^process_resident_memory_bytes \d+$/m);
    expect(before).toMatch(/^process_cpu_seconds_total [\d.e-]+$/m);

    await connected(client(await joinToken({ sub: 'u1' })));
    await connected(client(await joinToken({ sub: 'u2' })));
    await ping(clients[1]!); // the room is joined once the first request is answered
    const after = await (await fetch(`${base()}/metrics`)).text();
    expect(after).toContain('gd_media_rooms 1\n');
    expect(after).toContain('gd_media_peers 2\n');
  });

  it('answers 404 on unknown paths', async () => {
    expect((await fetch(`${base()}/nope`)).status).toBe(404);
  });

  it('lets a client with a valid token connect and get pong', async () => {
    const c = await connected(client(await joinToken()));
    const result = await ping(c, 1234);
    expect(result.ok).toBe(true);
    const pong = (result as { ok: true; data: PongResponse }).data;
    expect(pong).toEqual({ type: 'pong', clientTime: 1234, serverTime: expect.any(Number) });
    expect(Math.abs(pong.serverTime - Date.now())).toBeLessThan(5_000);
  });

  it('answers a malformed request with live/bad_request and keeps the connection', async () => {
    const c = await connected(client(await joinToken()));
    const bad = await new Promise<SignallingResult>((resolve) =>
      (c as unknown as { emit: (e: string, p: unknown, ack: (r: SignallingResult) => void) => void }).emit('request', { type: 'fly' }, resolve),
    );
    expect(bad).toEqual({ ok: false, error: { code: 'live/bad_request', message: expect.any(String) } });
    expect((await ping(c)).ok).toBe(true);
  });

  it('refuses an expired token with live/token_expired', async () => {
    const err = await refused(client(await joinToken({ expiresIn: -60 })));
    expect(err.data?.code).toBe('live/token_expired');
  });

  it('refuses a token for another audience with live/unauthorized', async () => {
    const err = await refused(client(await joinToken({ audience: 'gd-api' })));
    expect(err.data?.code).toBe('live/unauthorized');
  });

  it.each([
    ['no token', undefined],
    ['garbage', 'not-a-jwt'],
  ])('refuses %s with live/unauthorized', async (_label, token) => {
    const err = await refused(client(token));
    expect(err.data?.code).toBe('live/unauthorized');
  });

  it('refuses a token signed with another secret or carrying an unknown role', async () => {
    const wrongSecret = await refused(client(await joinToken({ secret: 'some-other-secret-0123456789' })));
    const badRole = await refused(client(await joinToken({ role: 'ADMIN' })));
    expect(wrongSecret.data?.code).toBe('live/unauthorized');
    expect(badRole.data?.code).toBe('live/unauthorized');
  });

  it('tells peers of the same session when someone joins and leaves, and no one else', async () => {
    const lecturer = await connected(client(await joinToken({ sub: 'lecturer', role: 'LECTURER' })));
    const outsider = await connected(client(await joinToken({ sub: 'other', sid: 'session-2' })));
    await ping(lecturer);
    const seen: SignallingNotification[] = [];
    outsider.on('notification', (n) => seen.push(n));

    const joined = nextEvent<SignallingNotification>(lecturer, 'notification');
    const trainee = await connected(client(await joinToken({ sub: 'trainee', role: 'TRAINEE' })));
    expect(await joined).toEqual({ type: 'peerJoined', peer: { peerId: 'trainee', role: 'TRAINEE', displayName: 'trainee' } });

    const left = nextEvent<SignallingNotification>(lecturer, 'notification');
    trainee.disconnect();
    expect(await left).toEqual({ type: 'peerLeft', peerId: 'trainee' });
    await ping(outsider);
    expect(seen).toEqual([]);
  });

  it('replaces an older connection of the same user instead of keeping a ghost', async () => {
    const first = await connected(client(await joinToken({ sub: 'u1' })));
    await ping(first);
    const dropped = nextEvent<string>(first, 'disconnect');
    const second = await connected(client(await joinToken({ sub: 'u1' })));
    expect(await dropped).toBe('io server disconnect');
    expect((await ping(second)).ok).toBe(true);
    expect(sut.stats()).toEqual({ rooms: 1, peers: 1 });
  });

  it('closes the room when its last peer leaves', async () => {
    const c = await connected(client(await joinToken()));
    await ping(c);
    expect(sut.stats()).toEqual({ rooms: 1, peers: 1 });
    const gone = nextEvent<string>(c, 'disconnect');
    c.disconnect();
    await gone;
    await expect.poll(() => sut.stats()).toEqual({ rooms: 0, peers: 0 });
  });

  it('disconnects peers and refuses new ones on close(), and close() twice is safe', async () => {
    const c = await connected(client(await joinToken()));
    await ping(c);
    const dropped = nextEvent<string>(c, 'disconnect');
    await Promise.all([sut.close(), sut.close()]);
    await sut.close();
    expect(await dropped).toBe('io server disconnect');
    expect(sut.health().status).toBe('shutting_down');
    await expect(fetch(`${base()}/health`)).rejects.toThrow();
  });
});
