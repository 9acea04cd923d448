import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import helmet from 'helmet';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../bootstrap';
import { requestLogging } from './logging';

function capture(level = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(chunk.toString()));
      cb();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

function fakeExchange(url: string, headers: Record<string, string> = {}) {
  const req = { method: 'POST', url, headers, socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage & {
    id?: unknown;
    log?: pino.Logger;
  };
  const res = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: true }) as unknown as ServerResponse;
  return { req, res };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('requestLogging', () => {
  it('gives each request an id and a child logger carrying it', async () => {
    const { logger, lines } = capture();
    const mw = requestLogging(logger, { level: 'debug', slowMs: 1000 });
    const { req, res } = fakeExchange('/graphql');
    let called = false;
    mw(req, res, () => (called = true));
    expect(called).toBe(true);
    expect(req.id).toBe(1);
    req.log!.info('inside');
    await flush();
    expect(lines[0]).toMatchObject({ reqId: 1, msg: 'inside' });
  });

  it('keeps a well-formed x-request-id from a proxy and ignores a malformed one', () => {
    const { logger } = capture();
    const mw = requestLogging(logger, { level: 'debug', slowMs: 1000 });
    const a = fakeExchange('/graphql', { 'x-request-id': 'abc-123' });
    mw(a.req, a.res, () => undefined);
    expect(a.req.id).toBe('abc-123');
    const b = fakeExchange('/graphql', { 'x-request-id': 'bad id\n{"x":1}' });
    mw(b.req, b.res, () => undefined);
    expect(typeof b.req.id).toBe('number');
  });

  it('logs successes at the configured level, once, and not for quiet paths', async () => {
    const { logger, lines } = capture('debug');
    const mw = requestLogging(logger, { level: 'debug', slowMs: 1000, quietPaths: ['/health'] });
    const ok = fakeExchange('/graphql');
    mw(ok.req, ok.res, () => undefined);
    ok.res.emit('finish');
    ok.res.emit('close');
    const health = fakeExchange('/health?x=1');
    mw(health.req, health.res, () => undefined);
    health.res.emit('finish');
    await flush();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 20, msg: 'request completed', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(lines[0].req).not.toHaveProperty('headers');
  });

  it('writes nothing for a success below the logger level', async () => {
    const { logger, lines } = capture('info');
    const mw = requestLogging(logger, { level: 'debug', slowMs: 1000 });
    const { req, res } = fakeExchange('/graphql');
    mw(req, res, () => undefined);
    res.emit('finish');
    await flush();
    expect(lines).toHaveLength(0);
  });

  it('logs server errors at error and slow requests at warn, whatever the success level', async () => {
    const { logger, lines } = capture('warn');
    const failing = requestLogging(logger, { level: 'silent', slowMs: 1000, quietPaths: ['/health'] });
    const e = fakeExchange('/health');
    (e.res as { statusCode: number }).statusCode = 503;
    failing(e.req, e.res, () => undefined);
    e.res.emit('finish');
    const slow = requestLogging(logger, { level: 'silent', slowMs: 1 });
    const s = fakeExchange('/graphql');
    slow(s.req, s.res, () => undefined);
    await new Promise((r) => setTimeout(r, 5));
    s.res.emit('finish');
    await flush();
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [50, 'request failed'],
      [40, 'slow request'],
    ]);
  });
});

describe('securityHeaders', () => {
  it('sets exactly the headers helmet sets, computed once', () => {
    const options = {
      contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-site' as const },
    };
    const record = () => {
      const headers: Record<string, string> = {};
      const removed: string[] = [];
      const res = {
        setHeader: (n: string, v: unknown) => void (headers[n.toLowerCase()] = String(v)),
        removeHeader: (n: string) => void removed.push(n.toLowerCase()),
        getHeader: () => undefined,
      } as unknown as ServerResponse;
      return { headers, removed, res };
    };
    const fromHelmet = record();
    helmet(options)({} as IncomingMessage, fromHelmet.res, () => undefined);
    const ours = record();
    let next = false;
    securityHeaders(options)({} as IncomingMessage, ours.res, () => (next = true));
    expect(next).toBe(true);
    expect(ours.headers).toEqual(fromHelmet.headers);
    expect(ours.removed).toEqual(fromHelmet.removed);
    expect(ours.headers['content-security-policy']).toContain("default-src 'none'");
    expect(Object.keys(ours.headers).length).toBeGreaterThanOrEqual(10);
  });
});
