import { describe, expect, it, vi } from 'vitest';
import { Peer } from './peer';
import { Room } from './room';
import { claims, FakeSocket, silentLogger } from './test/helpers';

async function peer(sub: string, role: 'LECTURER' | 'TRAINEE' = 'TRAINEE') {
  const socket = new FakeSocket(`socket-${sub}`);
  const p = await Peer.create({ socket: socket.asLiveSocket(), claims: claims({ sub, role }), logger: silentLogger });
  return { socket, peer: p };
}

describe(Room.name, () => {
  it('announces a newcomer to the peers already there, not to itself', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger });
    const a = await peer('a', 'LECTURER');
    const b = await peer('b');
    sut.join(a.peer);
    sut.join(b.peer);
    expect(a.socket.sent).toEqual([{ type: 'peerJoined', peer: { peerId: 'b', role: 'TRAINEE' } }]);
    expect(b.socket.sent).toEqual([]);
    expect(sut.peers()).toEqual([
      { peerId: 'a', role: 'LECTURER' },
      { peerId: 'b', role: 'TRAINEE' },
    ]);
  });

  it('answers ping with pong through the peer', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger });
    const a = await peer('a');
    sut.join(a.peer);
    const result = await a.socket.request({ type: 'ping', clientTime: 7 });
    expect(result).toEqual({ ok: true, data: { type: 'pong', clientTime: 7, serverTime: expect.any(Number) } });
  });

  it('announces a departure and closes itself when the last peer leaves', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger });
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
    const sut = await Room.create({ id: 'session-1', logger: silentLogger });
    const watcher = await peer('w');
    const first = await peer('u');
    const second = await peer('u');
    sut.join(watcher.peer);
    sut.join(first.peer);
    sut.join(second.peer);
    expect(first.peer.closed).toBe(true);
    expect(first.socket.connected).toBe(false);
    expect(watcher.socket.sent).toEqual([{ type: 'peerJoined', peer: { peerId: 'u', role: 'TRAINEE' } }]);
    expect(sut.peerCount).toBe(2);
  });

  it('closes all its peers, and close() twice is safe', async () => {
    const sut = await Room.create({ id: 'session-1', logger: silentLogger });
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
    expect(a.socket.sent).toEqual([{ type: 'peerJoined', peer: { peerId: 'b', role: 'TRAINEE' } }]);
    expect(() => sut.join(a.peer)).toThrow(/closed/);
  });
});
