import { describe, expect, it, vi } from 'vitest';
import { Peer } from './peer';
import { claims, FakeSocket, silentLogger } from './test/helpers';

describe(Peer.name, () => {
  const create = async () => {
    const socket = new FakeSocket();
    const sut = await Peer.create({ socket: socket.asLiveSocket(), claims: claims({ sub: 'u1', role: 'OBSERVER', sid: 's1' }), logger: silentLogger });
    return { socket, sut };
  };

  it('takes its identity from the join token', async () => {
    const { sut } = await create();
    expect(sut.info).toEqual({ peerId: 'u1', role: 'OBSERVER', displayName: 'u1' });
    expect(sut.sessionId).toBe('s1');
  });

  it('shows the display name of the token', async () => {
    const socket = new FakeSocket();
    const sut = await Peer.create({ socket: socket.asLiveSocket(), claims: claims({ sub: 'u2', name: 'Nguyễn Thị Lan' }), logger: silentLogger });
    expect(sut.info).toEqual({ peerId: 'u2', role: 'TRAINEE', displayName: 'Nguyễn Thị Lan' });
    expect(sut.connectionId).toBe('socket-1');
  });

  it('emits well-formed requests and answers malformed ones itself', async () => {
    const { socket, sut } = await create();
    const onRequest = vi.fn((_req, respond) => respond({ ok: true, data: { type: 'pong', clientTime: 1, serverTime: 2 } }));
    sut.on('request', onRequest);
    expect(await socket.request({ type: 'ping', clientTime: 1 })).toEqual({ ok: true, data: { type: 'pong', clientTime: 1, serverTime: 2 } });
    expect(await socket.request({ type: 'ping', clientTime: 'soon' })).toMatchObject({ ok: false, error: { code: 'live/bad_request' } });
    expect(await socket.request(null)).toMatchObject({ ok: false, error: { code: 'live/bad_request' } });
    expect(onRequest).toHaveBeenCalledOnce();
  });

  it('holds requests that arrive before anyone listens and delivers them once someone does', async () => {
    const { socket, sut } = await create();
    const answer = socket.request({ type: 'ping', clientTime: 5 });
    sut.on('request', (req, respond) => respond({ ok: true, data: { type: 'pong', clientTime: req.clientTime, serverTime: 9 } }));
    expect(await answer).toEqual({ ok: true, data: { type: 'pong', clientTime: 5, serverTime: 9 } });
  });

  it('survives a request sent without an ack', async () => {
    const { socket, sut } = await create();
    sut.on('request', (_req, respond) => respond({ ok: true, data: { type: 'pong', clientTime: 1, serverTime: 2 } }));
    expect(() => socket.emit('request', { type: 'ping', clientTime: 1 })).not.toThrow();
  });

  it('closes when its socket disconnects, and close() twice is safe', async () => {
    const { socket, sut } = await create();
    const onClose = vi.fn();
    sut.on('close', onClose);
    socket.disconnect();
    sut.close('shutdown');
    sut.close('shutdown');
    expect(sut.closed).toBe(true);
    expect(onClose).toHaveBeenCalledExactlyOnceWith('disconnected');
  });

  it('disconnects its socket when closed first', async () => {
    const { socket, sut } = await create();
    sut.close('room_closed');
    sut.close('room_closed');
    expect(socket.connected).toBe(false);
    expect(socket.disconnectCalls).toBe(1);
    sut.notify({ type: 'peerLeft', peerId: 'x' });
    expect(socket.sent).toEqual([]);
  });
});
