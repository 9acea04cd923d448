import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Peer } from './peer';
import { Room } from './room';
import { claims, FakeSocket, silentLogger, testConfig } from './test/helpers';
import { WorkerPool } from './workers';

let pool: WorkerPool;
beforeAll(async () => {
  pool = await WorkerPool.create({ ...testConfig({ workers: 2 }), logger: silentLogger });
});
afterAll(() => pool.close());

async function peer(sub: string, role: 'LECTURER' | 'TRAINEE' = 'TRAINEE') {
  const socket = new FakeSocket(`socket-${sub}`);
  const p = await Peer.create({ socket: socket.asLiveSocket(), claims: claims({ sub, role }), logger: silentLogger });
  return { socket, peer: p };
}

describe(Room.name, () => {
  it('announces a newcomer to the peers already there, not to itself', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger, pool });
    const a = await peer('a', 'LECTURER');
    const b = await peer('b');
    sut.join(a.peer);
    sut.join(b.peer);
    expect(a.socket.sent).toEqual([{ type: 'peerJoined', peer: { peerId: 'b', role: 'TRAINEE', displayName: 'b' } }]);
    expect(b.socket.sent).toEqual([]);
    expect(sut.peers()).toEqual([
      { peerId: 'a', role: 'LECTURER', displayName: 'a' },
      { peerId: 'b', role: 'TRAINEE', displayName: 'b' },
    ]);
  });

  it('answers ping with pong through the peer', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger, pool });
    const a = await peer('a');
    sut.join(a.peer);
    const result = await a.socket.request({ type: 'ping', clientTime: 7 });
    expect(result).toEqual({ ok: true, data: { type: 'pong', clientTime: 7, serverTime: expect.any(Number) } });
  });

  it('announces a departure and closes itself when the last peer leaves', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger, pool });
    const onClose = vi.fn();
    sut.on('close', onClose);
    const a = await peer('a');
    const b = await peer('b');
    sut.join(a.peer);
    sut.join(b.peer);
    b.socket.disconnect();
    expect(a.socket.sent.at(-1)).toEqual({ type: 'peerLeft', peerId: 'b' });
    expect(sut.closed).toBe(false);
    a.socket.disconnect();
    expect(sut.closed).toBe(true);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('replaces a second connection of the same user without announcing a departure', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger, pool });
    const watcher = await peer('w');
    const first = await peer('u');
    const second = await peer('u');
    sut.join(watcher.peer);
    sut.join(first.peer);
    sut.join(second.peer);
    expect(first.peer.closed).toBe(true);
    expect(first.socket.connected).toBe(false);
    expect(watcher.socket.sent).toEqual([{ type: 'peerJoined', peer: { peerId: 'u', role: 'TRAINEE', displayName: 'u' } }]);
    expect(sut.peerCount).toBe(2);
  });

  it('closes all its peers, and close() twice is safe', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger, pool });
    const onClose = vi.fn();
    sut.on('close', onClose);
    const a = await peer('a');
    const b = await peer('b');
    sut.join(a.peer);
    sut.join(b.peer);
    sut.close();
    sut.close();
    expect(onClose).toHaveBeenCalledOnce();
    expect(a.peer.closed && b.peer.closed).toBe(true);
    expect(a.socket.disconnectCalls + b.socket.disconnectCalls).toBe(2);
    // Peers closed by the room are not announced to each other on the way out.
    expect(a.socket.sent).toEqual([{ type: 'peerJoined', peer: { peerId: 'b', role: 'TRAINEE', displayName: 'b' } }]);
    expect(() => sut.join(a.peer)).toThrow(/closed/);
    expect(sut.router.closed).toBe(true);
  });
});

describe(WorkerPool.name, () => {
  it('places each new router on the least-loaded worker and forgets closed ones', async () => {
    const [w0, w1] = pool.slots;
    expect(pool.slots).toHaveLength(2);
    const routersBefore = [w0!.routers, w1!.routers];
    const first = await pool.createRouter();
    const second = await pool.createRouter();
    // Same load: the empty worker gets the second router.
    expect(new Set([first.slot.index, second.slot.index]).size).toBe(2);
    // Consumers weigh more than routers: the worker carrying the consumers is skipped.
    first.slot.consumers += 30;
    const third = await pool.createRouter();
    expect(third.slot).toBe(second.slot);
    first.slot.consumers -= 30;
    for (const r of [first, second, third]) r.router.close();
    expect([w0!.routers, w1!.routers]).toEqual(routersBefore);
  });

  it('reads each worker CPU time for the metrics', async () => {
    await pool.refreshUsage();
    expect(pool.slots.every((s) => s.cpuSeconds > 0)).toBe(true);
  });
});
