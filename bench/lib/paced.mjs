// A fixed-rate load loop shared by benchmarks that compare two paths at the same offered rate (wrk2's method):
// request k is due at start + k / rate, `workers` requests may be in flight at once, and each latency is counted from
// the request's due time, so a slow answer that holds back the next request is charged to the server, not hidden by
// the client waiting (coordinated omission).
//
// autocannon's `overallRate` is not a fixed rate: each connection sends its share of a second's requests back to back
// at the start of the second and then waits, so every second begins with a burst at full concurrency.
import http from 'node:http';

/**
 * Runs `send(k)` for k = 0, 1, … at `rate` per second for `seconds`, at most `workers` at a time.
 * @param {{ rate: number, workers: number, seconds: number, send: (k: number) => Promise<unknown> }} options
 * @returns {Promise<{ samples: number[], byIndex: number[][], late: number, elapsed: number }>}
 *   `samples` (and `byIndex`, per k % buckets): latencies in ms from each request's due time; `late` counts requests
 *   sent more than 1 ms after they were due (all workers busy).
 */
export async function pacedLoad({ rate, workers, seconds, send, buckets = 1 }) {
  const samples = [];
  const byIndex = Array.from({ length: buckets }, () => []);
  let late = 0;
  let next = 0;
  const start = performance.now();
  const stopAt = start + seconds * 1000;
  const worker = async () => {
    for (;;) {
      const k = next++;
      const due = start + (k * 1000) / rate;
      if (due >= stopAt) return;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      else if (wait < -1) late++;
      await send(k);
      const ms = performance.now() - due;
      samples.push(ms);
      byIndex[k % buckets].push(ms);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { samples, byIndex, late, elapsed: (performance.now() - start) / 1000 };
}

/**
 * A keep-alive HTTP client for `pacedLoad`: POSTs prepared bodies over at most `connections` sockets and resolves
 * with the status and the body text.
 */
export function httpPoster(url, headers, connections) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const post = (body) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.setTimeout(10_000, () => req.destroy(new Error('timeout after 10 s')));
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}
