// Smoke test for the mediasoup worker binary: Worker -> Router (opus + VP8) -> WebRtcServer on 127.0.0.1
// (one free UDP and one free TCP port) -> WebRtcTransport on it; then closes everything.
//
// Usage: MEDIASOUP_WORKER_BIN="$(bash media/scripts/build-worker.sh | tail -n1)" node media/scripts/check-worker.mjs
// Prints one JSON line: {"ok":true,"version":…,"workerPid":…,…} (exit 0) or {"ok":false,"error":…} (exit 1).
import dgram from 'node:dgram';
import net from 'node:net';
import * as mediasoup from 'mediasoup';

const IP = '127.0.0.1';

/** A port the OS reports as free for TCP (listen on 0, read it, close). */
function freeTcpPort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, IP, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A port the OS reports as free for UDP (bind on 0, read it, close). */
function freeUdpPort() {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket('udp4');
    sock.once('error', reject);
    sock.bind(0, IP, () => {
      const { port } = sock.address();
      sock.close(() => resolve(port));
    });
  });
}

async function main() {
  if (!process.env.MEDIASOUP_WORKER_BIN) {
    throw new Error('MEDIASOUP_WORKER_BIN is not set (see media/scripts/build-worker.sh)');
  }

  const worker = await mediasoup.createWorker({ logLevel: 'warn' });
  let died = null;
  worker.on('died', (err) => {
    died = err;
  });

  try {
    const router = await worker.createRouter({
      mediaCodecs: [
        { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
        { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
      ],
    });

    const [udpPort, tcpPort] = await Promise.all([freeUdpPort(), freeTcpPort()]);
    const webRtcServer = await worker.createWebRtcServer({
      listenInfos: [
        { protocol: 'udp', ip: IP, port: udpPort },
        { protocol: 'tcp', ip: IP, port: tcpPort },
      ],
    });

    const transport = await router.createWebRtcTransport({
      webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
    });

    const candidates = transport.iceCandidates.map((c) => `${c.protocol}:${c.address}:${c.port}`);
    const codecs = router.rtpCapabilities.codecs
      .filter((c) => !c.mimeType.endsWith('/rtx'))
      .map((c) => c.mimeType);

    transport.close();
    webRtcServer.close();
    router.close();

    if (died) throw died;
    console.log(
      JSON.stringify({
        ok: true,
        version: mediasoup.version,
        workerPid: worker.pid,
        workerBin: process.env.MEDIASOUP_WORKER_BIN,
        codecs,
        iceCandidates: candidates,
        dtlsRole: transport.dtlsParameters.role,
      }),
    );
  } finally {
    worker.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.log(JSON.stringify({ ok: false, error: String(err?.stack ?? err) }));
    process.exit(1);
  },
);
