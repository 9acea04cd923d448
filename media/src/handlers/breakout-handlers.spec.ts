import type { AddressInfo } from 'node:net';
import type { BreakoutsState } from '@gd/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaServer } from '../server';
import { LiveRequestFailed, LiveTestClient, silentLogger, testConfig, type TokenOptions } from '../test/helpers';

/** Breakout rooms over signalling with a real mediasoup worker: who receives whom, chat scope, broadcast, close. */
describe('breakout rooms (real mediasoup worker)', () => {
  let server: MediaServer;
  let address: AddressInfo;
  let clients: LiveTestClient[];

  const join = async (token: TokenOptions) => {
    const c = await LiveTestClient.connect(address, token);
    clients.push(c);
    return c;
  };
  /** Enters, publishes mic + camera; resolves with the producer ids. */
  const publisher = async (token: TokenOptions) => {
    const c = await join(token);
    await c.enter({ send: true });
    const mic = await c.produce('mic');
    const cam = await c.produce('webcam');
    return { c, mic, cam };
  };
  /** Open consumer ids of `c` per producer id (created minus closed). */
  const open = (c: LiveTestClient) => {
    const closed = new Set(c.of('consumerClosed').map((n) => n.consumerId));
    return new Map(c.of('newConsumer').filter((n) => !closed.has(n.consumerId)).map((n) => [n.producerId, n.consumerId]));
  };
  const latest = (c: LiveTestClient): BreakoutsState | undefined => c.of('breakoutsChanged').at(-1)?.breakouts;
  /** Waits until `c` has exactly these producers open. */
  const receives = (c: LiveTestClient, producerIds: string[]) =>
    expect.poll(() => [...open(c).keys()].sort(), { timeout: 5_000 }).toEqual([...producerIds].sort());
  const failure = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      if (err instanceof LiveRequestFailed) return { code: err.code, message: err.message };
      throw err;
    }
    throw new Error('request was accepted');
  };

  beforeEach(async () => {
    clients = [];
    server = new MediaServer(testConfig(), silentLogger);
    address = await server.listen();
  });
  afterEach(async () => {
    for (const c of clients) c.disconnect();
    await server.close();
  });

  it('moves one trainee into a room and back: its media changes, a third peer keeps its consumers', async () => {
    const l = await publisher({ sub: 'lecturer', role: 'LECTURER', name: 'Giảng viên' });
    const a = await publisher({ sub: 'trainee-a', role: 'TRAINEE', name: 'Học viên A' });
    const b = await publisher({ sub: 'trainee-b', role: 'TRAINEE', name: 'Học viên B' });
    await receives(a.c, [l.mic, l.cam, b.mic, b.cam]);
    await receives(b.c, [l.mic, l.cam, a.mic, a.cam]);
    await receives(l.c, [a.mic, a.cam, b.mic, b.cam]);

    // Two empty rooms: nobody moves, nothing changes.
    const created = await l.c.request({ type: 'createBreakouts', mode: 'groups', groups: [{ name: 'Nhóm 1', peerIds: [] }, { peerIds: [] }] });
    expect(created.breakouts.rooms.map((r) => [r.name, r.peerIds])).toEqual([
      ['Nhóm 1', []],
      ['Phòng 2', []],
    ]);
    const [room1] = created.breakouts.rooms;
    await expect.poll(() => latest(b.c)?.rooms.length).toBe(2);
    const bBefore = open(b.c);

    const moved = await l.c.request({ type: 'moveToBreakout', peerId: 'trainee-a', roomId: room1!.id });
    expect(moved.breakouts.spaces).toEqual({ lecturer: 'main', 'trainee-a': room1!.id, 'trainee-b': 'main' });
    expect(moved.breakouts.rooms[0]!.peerIds).toEqual(['trainee-a']);
    // A alone in its room receives nobody; nobody in main receives A.
    await receives(a.c, []);
    await receives(b.c, [l.mic, l.cam]);
    await receives(l.c, [b.mic, b.cam]);
    // B's consumers of the lecturer are the very same ones: its media from main never stopped.
    expect(open(b.c).get(l.cam)).toBe(bBefore.get(l.cam));
    expect(open(b.c).get(l.mic)).toBe(bBefore.get(l.mic));
    await expect.poll(() => latest(a.c)?.spaces['trainee-a']).toBe(room1!.id);

    // The lecturer visits A's room: A and the lecturer receive each other; B loses the lecturer, keeps nothing else.
    const bNewBefore = b.c.of('newConsumer').length;
    await l.c.request({ type: 'visitBreakout', roomId: room1!.id });
    await receives(a.c, [l.mic, l.cam]);
    await receives(l.c, [a.mic, a.cam]);
    await receives(b.c, []);
    // The lecturer's screen share reaches every space, main included.
    const screen = await l.c.produce('screen');
    await receives(b.c, [screen]);
    await receives(a.c, [l.mic, l.cam, screen]);
    expect(b.c.of('newConsumer').length).toBe(bNewBefore + 1);

    // Back to main, and A back to main too: everyone receives everyone again.
    await l.c.request({ type: 'visitBreakout', roomId: 'main' });
    await l.c.request({ type: 'moveToBreakout', peerId: 'trainee-a', roomId: 'main' });
    await receives(a.c, [l.mic, l.cam, screen, b.mic, b.cam]);
    await receives(b.c, [l.mic, l.cam, screen, a.mic, a.cam]);
    await receives(l.c, [a.mic, a.cam, b.mic, b.cam]);
  });

  it('keeps chat within a space, broadcasts to every space and closes all after the countdown', async () => {
    const l = await publisher({ sub: 'lecturer', role: 'LECTURER', name: 'Giảng viên' });
    const a = await publisher({ sub: 'trainee-a', role: 'TRAINEE', name: 'Học viên A' });
    const b = await publisher({ sub: 'trainee-b', role: 'TRAINEE', name: 'Học viên B' });
    const c = await publisher({ sub: 'trainee-c', role: 'TRAINEE', name: 'Học viên C' });
    await receives(a.c, [l.mic, l.cam, b.mic, b.cam, c.mic, c.cam]);

    // Round-robin: A and C in room 1, B in room 2.
    const { breakouts } = await l.c.request({ type: 'createBreakouts', mode: 'auto', count: 2 });
    expect(breakouts.rooms.map((r) => [r.name, r.peerIds])).toEqual([
      ['Phòng 1', ['trainee-a', 'trainee-c']],
      ['Phòng 2', ['trainee-b']],
    ]);
    await receives(a.c, [c.mic, c.cam]);
    await receives(b.c, []);
    await receives(l.c, []);

    await a.c.request({ type: 'sendChat', text: 'Nhóm 1 bàn câu 2' });
    await b.c.request({ type: 'sendChat', text: 'Nhóm 2 xong rồi' });
    await expect.poll(() => c.c.of('chatMessage').map((n) => n.message.text)).toEqual(['Nhóm 1 bàn câu 2']);
    expect(b.c.of('chatMessage')).toEqual([]);
    expect(l.c.of('chatMessage')).toEqual([]);
    expect(a.c.of('chatMessage')).toEqual([]);

    const sent = await l.c.request({ type: 'broadcastToBreakouts', text: '  Còn 5 phút thảo luận  ' });
    expect(sent.broadcast).toMatchObject({ peerId: 'lecturer', displayName: 'Giảng viên', text: 'Còn 5 phút thảo luận' });
    for (const t of [a, b, c]) await expect.poll(() => t.c.of('breakoutBroadcast').map((n) => n.broadcast.text)).toEqual(['Còn 5 phút thảo luận']);

    const started = Date.now();
    const closing = await l.c.request({ type: 'closeBreakouts', seconds: 1 });
    expect(closing.breakouts.closingAt).toBeGreaterThanOrEqual(started + 900);
    await expect.poll(() => latest(b.c)?.closingAt).toBe(closing.breakouts.closingAt);
    // Still in the rooms during the countdown.
    expect(latest(b.c)!.spaces['trainee-b']).toBe(breakouts.rooms[1]!.id);
    await expect.poll(() => latest(a.c)?.rooms, { timeout: 5_000 }).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(latest(a.c)).toMatchObject({ closingAt: null, spaces: { lecturer: 'main', 'trainee-a': 'main', 'trainee-b': 'main', 'trainee-c': 'main' } });
    await receives(a.c, [l.mic, l.cam, b.mic, b.cam, c.mic, c.cam]);
    await receives(l.c, [a.mic, a.cam, b.mic, b.cam, c.mic, c.cam]);

    // Back in main, chat reaches everyone again.
    await b.c.request({ type: 'sendChat', text: 'Cả lớp' });
    await expect.poll(() => a.c.of('chatMessage').map((n) => n.message.text)).toEqual(['Cả lớp']);
  });

  it('refuses trainees and names the bad field', async () => {
    const l = await publisher({ sub: 'lecturer', role: 'LECTURER', name: 'Giảng viên' });
    const a = await publisher({ sub: 'trainee-a', role: 'TRAINEE', name: 'Học viên A' });
    for (const request of [
      { type: 'createBreakouts', mode: 'auto', count: 2 },
      { type: 'moveToBreakout', peerId: 'trainee-a', roomId: 'main' },
      { type: 'renameBreakout', roomId: 'br-1', name: 'x' },
      { type: 'broadcastToBreakouts', text: 'x' },
      { type: 'visitBreakout', roomId: 'main' },
      { type: 'closeBreakouts', seconds: 3 },
    ] as const)
      expect(await a.c.refusal(request)).toBe('live/forbidden');

    expect(await failure(l.c.request({ type: 'createBreakouts', mode: 'auto', count: 0 }))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/count/) });
    expect(await failure(l.c.request({ type: 'createBreakouts', mode: 'pairs' } as never))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/mode/) });
    expect(
      await failure(l.c.request({ type: 'createBreakouts', mode: 'groups', groups: [{ peerIds: 'trainee-a' }] } as never)),
    ).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/groups\[0\]\.peerIds/) });
    expect(await failure(l.c.request({ type: 'closeBreakouts', seconds: 3 }))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/no breakout rooms/) });
    const { breakouts } = await l.c.request({ type: 'createBreakouts', mode: 'auto', count: 1 });
    const room = breakouts.rooms[0]!.id;
    expect(await failure(l.c.request({ type: 'moveToBreakout', peerId: 'ghost', roomId: room }))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/peerId ghost/) });
    expect(await failure(l.c.request({ type: 'moveToBreakout', peerId: 'trainee-a', roomId: 'br-99' }))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/br-99/) });
    expect(await failure(l.c.request({ type: 'renameBreakout', roomId: room, name: '   ' }))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/name/) });
    expect(await failure(l.c.request({ type: 'broadcastToBreakouts', text: ' ' }))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/text/) });
    expect(await failure(l.c.request({ type: 'closeBreakouts', seconds: 1.5 }))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/seconds/) });
    expect(await failure(l.c.request({ type: 'createBreakouts', mode: 'auto', count: 2 }))).toMatchObject({ code: 'live/bad_request', message: expect.stringMatching(/already open/) });
    const renamed = await l.c.request({ type: 'renameBreakout', roomId: room, name: ' Tổ Quỳnh Lưu ' });
    expect(renamed.breakouts.rooms[0]!.name).toBe('Tổ Quỳnh Lưu');
    await expect.poll(() => latest(a.c)?.rooms[0]?.name).toBe('Tổ Quỳnh Lưu');
  });

  it('brings a dropped trainee back into its room and its room chat; a deliberate leave forgets the room', async () => {
    const l = await publisher({ sub: 'lecturer', role: 'LECTURER', name: 'Giảng viên' });
    const a = await publisher({ sub: 'trainee-a', role: 'TRAINEE', name: 'Học viên A' });
    const b = await publisher({ sub: 'trainee-b', role: 'TRAINEE', name: 'Học viên B' });
    const c = await join({ sub: 'trainee-c', role: 'TRAINEE', name: 'Học viên C' });
    await c.enter();
    const { breakouts } = await l.c.request({
      type: 'createBreakouts',
      mode: 'groups',
      groups: [{ peerIds: ['trainee-a', 'trainee-c'] }, { peerIds: ['trainee-b'] }],
    });
    const [room1, room2] = breakouts.rooms.map((r) => r.id);
    await a.c.request({ type: 'sendChat', text: 'Chỉ phòng 1' });
    await l.c.request({ type: 'sendChat', text: 'Chỉ phòng chính' });

    // The connection drops (no goodbye): within the grace, a new connection lands in the same room.
    a.c.socket.io.engine.close();
    await expect.poll(() => l.c.of('peerLeft').length).toBe(1);
    const again = await join({ sub: 'trainee-a', role: 'TRAINEE', name: 'Học viên A' });
    const joined = await again.enter({ send: true });
    expect(joined.breakouts.spaces['trainee-a']).toBe(room1);
    expect(joined.chat.map((m) => m.text)).toEqual(['Chỉ phòng 1']);
    expect(joined.producers).toEqual([]);
    const mic = await again.produce('mic');
    // Its new microphone reaches its room (C) only.
    await receives(c, [mic]);
    await new Promise((r) => setTimeout(r, 300));
    expect(open(b.c).has(mic) || open(l.c).has(mic)).toBe(false);

    // B leaves on purpose: its room forgets it at once.
    b.c.disconnect();
    await expect.poll(() => latest(l.c)?.rooms.find((r) => r.id === room2)?.peerIds).toEqual([]);
  });

  it('keeps the spaces through a worker death: consumers are rebuilt under the same rule', async () => {
    const l = await publisher({ sub: 'lecturer', role: 'LECTURER', name: 'Giảng viên' });
    const a = await publisher({ sub: 'trainee-a', role: 'TRAINEE', name: 'Học viên A' });
    const b = await publisher({ sub: 'trainee-b', role: 'TRAINEE', name: 'Học viên B' });
    const { breakouts } = await l.c.request({ type: 'createBreakouts', mode: 'groups', groups: [{ peerIds: ['trainee-a'] }] });
    await receives(b.c, [l.mic, l.cam]);

    process.kill(server.pool!.slots[0]!.worker.pid, 'SIGKILL');
    await Promise.all([l.c.next('mediaReset'), a.c.next('mediaReset'), b.c.next('mediaReset')]);
    const seen = new Map(clients.map((c) => [c, c.notifications.length]));
    const since = (c: LiveTestClient) => c.notifications.slice(seen.get(c));
    const rejoin = async (p: { c: LiveTestClient }) => {
      const joined = await p.c.enter({ send: true });
      return { joined, mic: await p.c.produce('mic'), cam: await p.c.produce('webcam') };
    };
    const l2 = await rejoin(l);
    const a2 = await rejoin(a);
    const b2 = await rejoin(b);
    expect(a2.joined.breakouts.spaces['trainee-a']).toBe(breakouts.rooms[0]!.id);
    const fresh = (c: LiveTestClient) =>
      since(c)
        .filter((n) => n.type === 'newConsumer')
        .map((n) => (n as { producerId: string }).producerId)
        .sort();
    await expect.poll(() => fresh(b.c), { timeout: 5_000 }).toEqual([l2.mic, l2.cam].sort());
    await expect.poll(() => fresh(l.c), { timeout: 5_000 }).toEqual([b2.mic, b2.cam].sort());
    // A, alone in its room, is sent nothing and nobody receives A.
    expect(fresh(a.c)).toEqual([]);
    expect(fresh(b.c)).not.toContain(a2.cam);
  });
});
