import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { CHAT_MAX_LENGTH, CHAT_RATE_LIMIT } from '@gd/schema';
import type { types } from 'mediasoup';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY_FRAME_REQUEST_DELAY_MS } from './room';
import { MediaServer } from './server';
import { connectClient, joinToken, LiveTestClient, refused, silentLogger, testConfig, type TokenOptions } from './test/helpers';
import { iceServersFor } from './turn';

/** The live room end to end over socket.io with a real mediasoup worker (no browser: fixed RTP parameters). */
describe('live room (real mediasoup worker)', () => {
  let sut: MediaServer;
  let address: AddressInfo;
  let clients: LiveTestClient[];

  const join = async (token: TokenOptions) => {
    const c = await LiveTestClient.connect(address, token);
    clients.push(c);
    return c;
  };
  const lecturer = () => join({ sub: 'lecturer', role: 'LECTURER', name: 'ThS. Trần Thị Minh Hà' });
  const trainee = (n: number) => join({ sub: `trainee-${n}`, role: 'TRAINEE', name: `Học viên ${n}` });

  beforeEach(async () => {
    clients = [];
    sut = new MediaServer(testConfig({ turnUrls: ['turn:turn.example.vn:3478?transport=udp'], turnSecret: 'coturn-static-secret-123456' }), silentLogger);
    address = await sut.listen();
  });

  afterEach(async () => {
    for (const c of clients) c.disconnect();
    await sut.close();
  });

  it('lets a trainee receive the lecturer: peers with names, paused consumers, resume, close and leave', async () => {
    const teacher = await lecturer();
    await teacher.enter({ send: true });
    const micId = await teacher.produce('mic');
    const camId = await teacher.produce('webcam');

    const learner = await trainee(1);
    const joined = await learner.enter();
    expect(joined.self).toEqual({ peerId: 'trainee-1', role: 'TRAINEE', displayName: 'Học viên 1' });
    expect(joined.peers).toEqual([{ peerId: 'lecturer', role: 'LECTURER', displayName: 'ThS. Trần Thị Minh Hà' }]);
    expect(joined.producers.map((p) => [p.source, p.kind, p.peerId])).toEqual([
      ['mic', 'audio', 'lecturer'],
      ['webcam', 'video', 'lecturer'],
    ]);
    // TURN REST credentials for this user, valid for hours.
    expect(joined.iceServers).toHaveLength(1);
    expect(joined.iceServers[0]!.username).toMatch(/^\d+:trainee-1$/);

    const audio = await learner.next('newConsumer', (n) => n.producerId === micId);
    const video = await learner.next('newConsumer', (n) => n.producerId === camId);
    expect(audio).toMatchObject({ peerId: 'lecturer', kind: 'audio', source: 'mic', producerPaused: false });
    expect(video).toMatchObject({ peerId: 'lecturer', kind: 'video', source: 'webcam' });
    // Three simulcast layers arrive as one consumer the SFU switches between.
    expect(sut.pool!.slots[0]!.consumers).toBe(2);
    await learner.request({ type: 'resumeConsumer', consumerId: audio.consumerId });
    await learner.request({ type: 'resumeConsumer', consumerId: video.consumerId });
    await learner.request({ type: 'setConsumerPreferredLayers', consumerId: video.consumerId, spatialLayer: 0 });

    // A producer the lecturer publishes later reaches the trainee too; muting shows as consumerPaused.
    await teacher.request({ type: 'pauseProducer', producerId: micId });
    await learner.next('consumerPaused', (n) => n.consumerId === audio.consumerId);
    await teacher.request({ type: 'closeProducer', producerId: camId });
    await learner.next('consumerClosed', (n) => n.consumerId === video.consumerId);

    const metrics = await (await fetch(`http://127.0.0.1:${address.port}/metrics`)).text();
    expect(metrics).toContain('gd_media_consumers 1\n');
    expect(metrics).toMatch(/^gd_media_worker_cpu_seconds_total\{worker="0",pid="\d+"\} [\d.]+$/m);
    expect(metrics).toMatch(/^gd_media_recv_bitrate_bps \d+/m);

    learner.disconnect();
    expect(await teacher.next('peerLeft')).toEqual({ type: 'peerLeft', peerId: 'trainee-1' });
    await expect.poll(() => sut.pool!.slots[0]!.consumers).toBe(0);
  });

  it('spaces key-frame requests to video producers past Chromium\'s 300 ms limit; audio has none', async () => {
    const produced: types.ProducerOptions[] = [];
    sut.pool!.slots[0]!.worker.observer.on('newrouter', (router) =>
      router.observer.on('newtransport', (transport) => {
        const produce = transport.produce.bind(transport);
        vi.spyOn(transport, 'produce').mockImplementation((options) => {
          produced.push(options);
          return produce(options);
        });
      }),
    );
    const teacher = await lecturer();
    await teacher.enter({ send: true });
    await teacher.produce('mic');
    await teacher.produce('webcam');
    await teacher.produce('screen');
    expect(KEY_FRAME_REQUEST_DELAY_MS).toBeGreaterThan(300);
    expect(produced.map((o) => [o.kind, o.keyFrameRequestDelay])).toEqual([
      ['audio', undefined],
      ['video', KEY_FRAME_REQUEST_DELAY_MS],
      ['video', KEY_FRAME_REQUEST_DELAY_MS],
    ]);
  });

  it('writes the key-frame trace of video producers to MEDIA_KEYFRAME_TRACE_FILE when it is set', async () => {
    await sut.close();
    const file = joinPath(mkdtempSync(joinPath(tmpdir(), 'gd-keyframes-')), 'trace.jsonl');
    sut = new MediaServer(testConfig({ keyFrameTraceFile: file }), silentLogger);
    address = await sut.listen();
    const producers: types.Producer[] = [];
    sut.pool!.slots[0]!.worker.observer.on('newrouter', (router) =>
      router.observer.on('newtransport', (transport) => transport.observer.on('newproducer', (p) => producers.push(p))),
    );
    const teacher = await lecturer();
    await teacher.enter({ send: true });
    await teacher.produce('mic');
    await teacher.produce('webcam');
    const [mic, cam] = producers;
    // What the worker reports when it asks the camera for a key frame and when one arrives (no RTP flows here).
    cam!.emit('trace', { type: 'pli', timestamp: 1, direction: 'out', info: { ssrc: 1111 } });
    cam!.emit('trace', { type: 'keyframe', timestamp: 2, direction: 'in', info: { ssrc: 1111, isKeyFrame: true } });
    mic!.emit('trace', { type: 'pli', timestamp: 3, direction: 'out', info: { ssrc: 2222 } });
    await sut.close(); // flushes the file
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.peer, l.source, l.type, l.ssrc])).toEqual([
      ['lecturer', 'webcam', 'pli', 1111],
      ['lecturer', 'webcam', 'keyframe', 1111],
    ]);
    expect(lines[0].at).toBeGreaterThan(Date.now() - 60_000);
  });

  it('publishes a microphone paused when asked (trainees arrive muted): announced paused until it resumes', async () => {
    const teacher = await lecturer();
    await teacher.enter({ send: true });
    const learner = await trainee(1);
    await learner.enter({ send: true });
    const mic = await learner.produce('mic', { paused: true });
    const announced = await teacher.next('newConsumer', (n) => n.producerId === mic);
    expect(announced.producerPaused).toBe(true);
    // Someone arriving later is told the same.
    const other = await trainee(2);
    await other.enter();
    expect((await other.next('newConsumer', (n) => n.producerId === mic)).producerPaused).toBe(true);
    await learner.request({ type: 'resumeProducer', producerId: mic });
    expect(await teacher.next('consumerResumed', (n) => n.consumerId === announced.consumerId)).toEqual({ type: 'consumerResumed', consumerId: announced.consumerId });
    expect(await learner.refusal({ type: 'produce', transportId: learner.sendTransportId, kind: 'video', source: 'webcam', rtpParameters: { codecs: [] }, paused: 'yes' } as never)).toBe('live/bad_request');
  });

  it('announces producers published after a peer joined, and keeps video paused in audio-only mode', async () => {
    const learner = await trainee(1);
    await learner.enter();
    await learner.request({ type: 'setAudioOnly', enabled: true });
    const teacher = await lecturer();
    await teacher.enter({ send: true });
    const camId = await teacher.produce('webcam');
    const video = await learner.next('newConsumer', (n) => n.producerId === camId);
    await learner.request({ type: 'resumeConsumer', consumerId: video.consumerId });
    await learner.request({ type: 'setAudioOnly', enabled: false });
  });

  describe('permissions', () => {
    it('refuses publishing to an observer and moderation to a trainee', async () => {
      const teacher = await lecturer();
      await teacher.enter({ send: true });
      await teacher.produce('mic');
      const observer = await join({ sub: 'inspector', role: 'OBSERVER' });
      await observer.enter();
      expect(await observer.refusal({ type: 'createWebRtcTransport', direction: 'send' })).toBe('live/forbidden');
      expect(await observer.refusal({ type: 'sendChat', text: 'xin chào' })).toBe('live/forbidden');
      expect(await observer.refusal({ type: 'setHand', raised: true })).toBe('live/forbidden');

      const learner = await trainee(1);
      await learner.enter({ send: true });
      expect(await learner.refusal({ type: 'moderate', action: 'muteMic', peerId: 'lecturer' })).toBe('live/forbidden');
      expect(await learner.refusal({ type: 'moderate', action: 'remove', peerId: 'inspector' })).toBe('live/forbidden');
      expect(await learner.refusal({ type: 'moderate', action: 'lock', locked: true })).toBe('live/forbidden');
      expect(await learner.refusal({ type: 'takeNextHand' })).toBe('live/forbidden');
      // A trainee shares a screen only while spotlighted.
      await expect(learner.produce('screen')).rejects.toMatchObject({ code: 'live/forbidden' });
      await teacher.request({ type: 'moderate', action: 'spotlight', peerId: 'trainee-1' });
      expect((await learner.next('roomState')).room.spotlightPeerId).toBe('trainee-1');
      const screenId = await learner.produce('screen');
      await teacher.request({ type: 'moderate', action: 'spotlight', peerId: null });
      expect(await learner.next('producerClosed', (n) => n.producerId === screenId)).toBeTruthy();
    });

    it('lets the lecturer mute a mic, stop a video and ask to unmute', async () => {
      const teacher = await lecturer();
      await teacher.enter({ send: true });
      const learner = await trainee(1);
      await learner.enter({ send: true });
      const mic = await learner.produce('mic');
      const cam = await learner.produce('webcam');
      const consumedCam = await teacher.next('newConsumer', (n) => n.producerId === cam);

      await teacher.request({ type: 'moderate', action: 'muteMic', peerId: 'trainee-1' });
      expect(await learner.next('producerPaused')).toEqual({ type: 'producerPaused', producerId: mic });
      await teacher.request({ type: 'moderate', action: 'stopVideo', peerId: 'trainee-1' });
      expect(await learner.next('producerClosed')).toEqual({ type: 'producerClosed', producerId: cam });
      await teacher.next('consumerClosed', (n) => n.consumerId === consumedCam.consumerId);
      await teacher.request({ type: 'moderate', action: 'askUnmute', peerId: 'trainee-1' });
      expect(await learner.next('unmuteRequested')).toEqual({ type: 'unmuteRequested', byPeerId: 'lecturer' });
      expect(await teacher.refusal({ type: 'moderate', action: 'muteMic', peerId: 'nobody' })).toBe('live/not_found');
    });

    it('keeps newcomers out of a locked room and removed peers out for good', async () => {
      const teacher = await lecturer();
      await teacher.enter();
      const learner = await trainee(1);
      await learner.enter();
      await teacher.request({ type: 'moderate', action: 'lock', locked: true });
      const late = await refused(connectClient(address, await joinToken({ sub: 'trainee-2', role: 'TRAINEE' })));
      expect(late.data?.code).toBe('live/room_locked');
      // A lecturer still gets in (a co-teacher).
      const coTeacher = await join({ sub: 'lecturer-2', role: 'LECTURER' });
      await coTeacher.enter();
      await teacher.request({ type: 'moderate', action: 'lock', locked: false });

      const gone = new Promise<string>((resolve) => learner.socket.once('disconnect', resolve));
      await teacher.request({ type: 'moderate', action: 'remove', peerId: 'trainee-1' });
      expect(await learner.next('removed')).toEqual({ type: 'removed', byPeerId: 'lecturer' });
      expect(await gone).toBe('io server disconnect');
      const again = await refused(connectClient(address, await joinToken({ sub: 'trainee-1', role: 'TRAINEE' })));
      expect(again.data?.code).toBe('live/removed');
    });
  });

  it('keeps raised hands in order; the lecturer takes the next, who is asked to unmute', async () => {
    const teacher = await lecturer();
    await teacher.enter();
    const first = await trainee(1);
    await first.enter();
    const second = await trainee(2);
    await second.enter();

    await second.request({ type: 'setHand', raised: true });
    await first.request({ type: 'setHand', raised: true });
    // Raising again keeps one's place.
    const hands = await second.request({ type: 'setHand', raised: true });
    expect(hands.hands.map((h) => h.peerId)).toEqual(['trainee-2', 'trainee-1']);
    await expect.poll(() => teacher.of('handsChanged').at(-1)?.hands.map((h) => h.displayName)).toEqual(['Học viên 2', 'Học viên 1']);

    const taken = await teacher.request({ type: 'takeNextHand' });
    expect(taken.taken?.peerId).toBe('trainee-2');
    expect(taken.hands.map((h) => h.peerId)).toEqual(['trainee-1']);
    expect(await second.next('unmuteRequested')).toEqual({ type: 'unmuteRequested', byPeerId: 'lecturer' });
    expect(first.of('unmuteRequested')).toEqual([]);

    // Lowering removes; leaving removes too.
    expect((await first.request({ type: 'setHand', raised: false })).hands).toEqual([]);
    await first.request({ type: 'setHand', raised: true });
    first.disconnect();
    await expect.poll(() => teacher.of('handsChanged').at(-1)?.hands).toEqual([]);
    expect((await teacher.request({ type: 'takeNextHand' })).taken).toBeNull();
  });

  it('delivers chat to the others, refuses empty and over-long messages and rate-limits', async () => {
    const teacher = await lecturer();
    await teacher.enter();
    const learner = await trainee(1);
    await learner.enter();

    const sent = await learner.request({ type: 'sendChat', text: '  Em xin hỏi về Nghị quyết 18  ' });
    expect(sent.message).toMatchObject({ peerId: 'trainee-1', displayName: 'Học viên 1', text: 'Em xin hỏi về Nghị quyết 18' });
    expect((await teacher.next('chatMessage')).message.text).toBe('Em xin hỏi về Nghị quyết 18');
    expect(await learner.refusal({ type: 'sendChat', text: '   ' })).toBe('live/bad_request');
    expect(await learner.refusal({ type: 'sendChat', text: 'a'.repeat(CHAT_MAX_LENGTH + 1) })).toBe('live/bad_request');
    await learner.request({ type: 'sendChat', text: 'a'.repeat(CHAT_MAX_LENGTH) });
    for (let i = 2; i < CHAT_RATE_LIMIT; i++) await learner.request({ type: 'sendChat', text: `tin ${i}` });
    expect(await learner.refusal({ type: 'sendChat', text: 'một tin nữa' })).toBe('live/rate_limited');
    // Someone else is not limited by it, and a newcomer gets the history.
    await teacher.request({ type: 'sendChat', text: 'Mời các đồng chí' });
    const late = await trainee(2);
    const joined = await late.enter();
    expect(joined.chat.map((m) => m.text).at(-1)).toBe('Mời các đồng chí');
    expect(joined.chat).toHaveLength(CHAT_RATE_LIMIT + 1);
  });

  it('answers malformed media requests with live/bad_request', async () => {
    const c = await trainee(1);
    await c.enter({ send: true });
    expect(await c.refusal({ type: 'produce', transportId: c.sendTransportId, kind: 'audio', source: 'webcam', rtpParameters: { codecs: [] } })).toBe(
      'live/bad_request',
    );
    expect(await c.refusal({ type: 'createWebRtcTransport', direction: 'sideways' } as never)).toBe('live/bad_request');
    expect(await c.refusal({ type: 'resumeConsumer', consumerId: 'nope' })).toBe('live/not_found');
    expect(await c.refusal({ type: 'produce', transportId: c.recvTransportId, kind: 'audio', source: 'mic', rtpParameters: { codecs: [] } })).toBe(
      'live/bad_request',
    );
  });
});

describe(iceServersFor.name, () => {
  it('mints coturn REST credentials: expiry:userId and base64 HMAC-SHA1', () => {
    const [server] = iceServersFor('u1', ['turn:turn.example.vn:3478'], 'secret', 1_700_000_000_000);
    expect(server).toEqual({ urls: ['turn:turn.example.vn:3478'], username: `${1_700_000_000 + 6 * 3600}:u1`, credential: expect.any(String) });
    // echo -n "1700021600:u1" | openssl dgst -sha1 -hmac secret -binary | base64
    expect(server!.credential).toBe(require('node:crypto').createHmac('sha1', 'secret').update('1700021600:u1').digest('base64'));
    expect(iceServersFor('u1', [], 'secret')).toEqual([]);
  });
});

describe('classroom device', () => {
  it('joins next to the lecturer who opened it, without replacing their own connection', async () => {
    const sut = new MediaServer(testConfig(), silentLogger);
    const address = await sut.listen();
    const teacher = await LiveTestClient.connect(address, { sub: 'lecturer', role: 'LECTURER', name: 'ThS. Trần Thị Minh Hà' });
    const device = await LiveTestClient.connect(address, { sub: 'lecturer', role: 'CLASSROOM', name: 'Phòng học' });
    try {
      await teacher.enter();
      const joined = await device.enter({ send: true });
      expect(joined.self).toEqual({ peerId: 'lecturer:classroom', role: 'CLASSROOM', displayName: 'Phòng học' });
      expect(joined.peers.map((p) => p.peerId)).toEqual(['lecturer']);
      await device.produce('webcam');
      await teacher.next('newConsumer', (n) => n.peerId === 'lecturer:classroom');
      expect(teacher.socket.connected).toBe(true);
      // The room's camera and microphone only: no screen, no moderation.
      await expect(device.produce('screen')).rejects.toMatchObject({ code: 'live/forbidden' });
      expect(await device.refusal({ type: 'moderate', action: 'lock', locked: true })).toBe('live/forbidden');
    } finally {
      teacher.disconnect();
      device.disconnect();
      await sut.close();
    }
  });
});
