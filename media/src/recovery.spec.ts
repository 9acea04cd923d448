import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Peer } from './peer';
import { Room } from './room';
import { MediaServer } from './server';
import { claims, FakeSocket, LiveTestClient, rtpParametersFor, silentLogger, testConfig, type TokenOptions } from './test/helpers';
import { WorkerPool } from './workers';

/** A mediasoup worker killed mid-session (real workers, real processes): the pool and the rooms recover. */
describe('worker death (real mediasoup workers)', () => {
  let sut: MediaServer | undefined;
  let address: AddressInfo;
  let clients: LiveTestClient[] = [];

  const start = async (overrides: Parameters<typeof testConfig>[0] = {}) => {
    sut = new MediaServer(testConfig(overrides), silentLogger);
    address = await sut.listen();
    return sut;
  };
  const join = async (token: TokenOptions) => {
    const c = await LiveTestClient.connect(address, token);
    clients.push(c);
    return c;
  };
  const metric = async (name: string) => {
    const text = await (await fetch(`http://127.0.0.1:${address.port}/metrics`)).text();
    return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
  };
  const health = async () => (await (await fetch(`http://127.0.0.1:${address.port}/health`)).json()) as { status: string; rooms: number; peers: number };

  afterEach(async () => {
    for (const c of clients) c.disconnect();
    clients = [];
    await sut?.close();
    sut = undefined;
  });

  it('replaces a killed worker on the same port, moves the room to a new router and keeps the peers in it', async () => {
    // A fixed port per worker, as in production, so the replacement must take over the very same one.
    const port = 41000 + Math.floor(Math.random() * 2000);
    const server = await start({ workers: 1, rtcPortMin: port });
    const teacher = await join({ sub: 'lecturer', role: 'LECTURER', name: 'Giảng viên' });
    const firstTransport = await teacher.request({ type: 'createWebRtcTransport', direction: 'recv' });
    expect(firstTransport.iceCandidates.map((c) => c.port)).toContain(port);
    await teacher.enter({ send: true });
    await teacher.produce('mic');
    await teacher.produce('webcam');
    const learner = await join({ sub: 'trainee-1', role: 'TRAINEE', name: 'Học viên 1' });
    await learner.enter();
    await learner.next('newConsumer', (n) => n.kind === 'video');
    await learner.request({ type: 'setHand', raised: true });
    await learner.request({ type: 'sendChat', text: 'Trước sự cố' });

    const dead = server.pool!.slots[0]!;
    const deadPid = dead.worker.pid;
    process.kill(deadPid, 'SIGKILL');

    // Both peers are told to set their media up again, without leaving the room.
    const t0 = Date.now();
    await Promise.all([teacher.next('mediaReset'), learner.next('mediaReset')]);
    const resetMs = Date.now() - t0;
    expect(resetMs).toBeLessThan(3_000);
    console.info(`[recovery] worker killed -> mediaReset on both peers in ${resetMs} ms (single worker: waits for the replacement)`);
    expect(teacher.of('peerLeft')).toEqual([]);
    expect(learner.of('peerLeft')).toEqual([]);
    expect(teacher.socket.connected && learner.socket.connected).toBe(true);

    // A new worker process in the same slot, on the same port; the dead one is not used any more.
    const replacement = server.pool!.slots[0]!;
    expect(replacement).not.toBe(dead);
    expect(replacement.worker.pid).not.toBe(deadPid);
    expect(replacement.alive).toBe(true);
    expect(replacement.routers).toBe(1);
    expect(await health()).toMatchObject({ status: 'ok', rooms: 1, peers: 2 });
    expect(await metric('gd_media_worker_deaths_total')).toBe(1);
    expect(await metric('gd_media_room_resets_total')).toBe(1);

    // Same as a first join: capabilities, transports (on the same port), join, produce, consume.
    const again = await teacher.enter({ send: true });
    expect(again.self).toMatchObject({ peerId: 'lecturer', role: 'LECTURER' });
    expect(again.peers.map((p) => p.peerId)).toEqual(['trainee-1']);
    const learnerAgain = await learner.enter();
    expect(learnerAgain.self).toMatchObject({ peerId: 'trainee-1', role: 'TRAINEE' });
    // Classroom state survived: the raised hand and the chat.
    expect(learnerAgain.hands.map((h) => h.peerId)).toEqual(['trainee-1']);
    expect(learnerAgain.chat.map((m) => m.text)).toEqual(['Trước sự cố']);
    const transport = await learner.request({ type: 'createWebRtcTransport', direction: 'recv' });
    expect(transport.iceCandidates.map((c) => c.port)).toContain(port);

    const before = learner.of('newConsumer').length;
    const micId = await teacher.produce('mic');
    const consumer = await learner.next('newConsumer', (n) => n.producerId === micId);
    expect(learner.of('newConsumer').length).toBe(before + 1);
    await learner.request({ type: 'resumeConsumer', consumerId: consumer.consumerId });
    expect(replacement.consumers).toBe(1);
  });

  it('restarts ICE on a transport with new credentials (the first step of a client\'s reconnection)', async () => {
    await start({ workers: 1 });
    const learner = await join({ sub: 'trainee-1', role: 'TRAINEE' });
    await learner.enter();
    const created = await learner.request({ type: 'createWebRtcTransport', direction: 'recv' });
    const restarted = await learner.request({ type: 'restartIce', transportId: created.transportId });
    expect(restarted.iceParameters.usernameFragment).not.toBe(created.iceParameters.usernameFragment);
    expect(restarted.iceParameters.password).not.toBe(created.iceParameters.password);
    expect(await learner.refusal({ type: 'restartIce', transportId: 'no-such-transport' })).toBe('live/not_found');
  });

  it('keeps a dropped peer\'s raised hand for a grace period and gives it back on reconnect', async () => {
    await start({ workers: 1 });
    const teacher = await join({ sub: 'lecturer', role: 'LECTURER' });
    await teacher.enter();
    let learner = await join({ sub: 'trainee-1', role: 'TRAINEE' });
    await learner.enter();
    await learner.request({ type: 'setHand', raised: true });
    // The connection breaks (not a deliberate leave): the engine's transport closes under the socket.
    learner.socket.io.engine.close();
    await teacher.next('peerLeft');
    // Wi-Fi gone for a moment: the others see the peer leave, but the hand keeps its place in the queue.
    learner = await join({ sub: 'trainee-1', role: 'TRAINEE' });
    const back = await learner.enter();
    expect(back.self).toMatchObject({ peerId: 'trainee-1', role: 'TRAINEE' });
    expect(back.hands.map((h) => h.peerId)).toEqual(['trainee-1']);
    expect(teacher.of('handsChanged').at(-1)?.hands.map((h) => h.peerId) ?? ['trainee-1']).toEqual(['trainee-1']);
  });

  it('moves rooms to a surviving worker at once when there is one, and survives a second death', async () => {
    const server = await start({ workers: 2 });
    const teacher = await join({ sub: 'lecturer', role: 'LECTURER' });
    await teacher.enter({ send: true });
    await teacher.produce('mic');
    const used = server.pool!.slots.find((s) => s.routers === 1)!;
    const other = server.pool!.slots.find((s) => s !== used)!;

    process.kill(used.worker.pid, 'SIGKILL');
    await teacher.next('mediaReset');
    // The room went to the worker that was alive; the dead slot is refilled as well.
    expect(other.routers).toBe(1);
    await expect.poll(() => server.pool!.slots[used.index]!.alive).toBe(true);
    await teacher.enter({ send: true });
    await teacher.produce('mic');

    // Kill the worker serving it now: the room moves again.
    teacher.notifications.length = 0;
    process.kill(other.worker.pid, 'SIGKILL');
    await teacher.next('mediaReset');
    const joined = await teacher.enter({ send: true });
    expect(joined.self.peerId).toBe('lecturer');
    await teacher.produce('webcam');
    await expect.poll(() => server.pool!.slots.every((s) => s.alive)).toBe(true);
    expect(await metric('gd_media_worker_deaths_total')).toBe(2);
    expect(await metric('gd_media_room_resets_total')).toBe(2);
    expect((await health()).rooms).toBe(1);
  });
});

describe('consumer scores (automatic audio-only input)', () => {
  it('tells a receiver when the video it gets crosses the poor-score line, not on every score', async () => {
    const pool = await WorkerPool.create({ ...testConfig({ workers: 1 }), logger: silentLogger });
    try {
      const sut = await Room.create({ id: 'session-1', logger: silentLogger, pool });
      const make = async (sub: string, role: 'LECTURER' | 'TRAINEE') => {
        const socket = new FakeSocket(`socket-${sub}`);
        const peer = await Peer.create({ socket: socket.asLiveSocket(), claims: claims({ sub, role }), logger: silentLogger });
        sut.join(peer);
        return { socket, peer };
      };
      const ok = (r: unknown) => (r as { ok: true; data: Record<string, unknown> }).data;
      const teacher = await make('lecturer', 'LECTURER');
      const caps = ok(await teacher.socket.request({ type: 'getRouterRtpCapabilities' })).rtpCapabilities;
      const send = ok(await teacher.socket.request({ type: 'createWebRtcTransport', direction: 'send' })).transportId;
      await teacher.socket.request({ type: 'join', rtpCapabilities: caps });
      await teacher.socket.request({ type: 'produce', transportId: send, kind: 'video', source: 'webcam', rtpParameters: rtpParametersFor('webcam') });
      const learner = await make('trainee-1', 'TRAINEE');
      await learner.socket.request({ type: 'createWebRtcTransport', direction: 'recv' });
      await learner.socket.request({ type: 'join', rtpCapabilities: caps });
      await expect.poll(() => learner.peer.consumers().length).toBe(1);
      const consumer = learner.peer.consumers()[0]!;
      const scores = () => learner.socket.sent.filter((n) => (n as { type: string }).type === 'consumerScore');
      const score = (value: number) => consumer.emit('score', { score: value, producerScore: 10, producerScores: [10, 10, 10] });

      score(9);
      expect(scores()).toEqual([]);
      score(3);
      score(2);
      expect(scores()).toEqual([{ type: 'consumerScore', consumerId: consumer.id, score: 3 }]);
      score(8);
      expect(scores()).toEqual([
        { type: 'consumerScore', consumerId: consumer.id, score: 3 },
        { type: 'consumerScore', consumerId: consumer.id, score: 8 },
      ]);
      sut.close();
    } finally {
      pool.close();
    }
  });
});
