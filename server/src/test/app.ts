import { MikroORM } from '@mikro-orm/postgresql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type Client as WsClient, createClient } from 'graphql-ws';
import { Client } from 'pg';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { createApp } from '../bootstrap';
import { loadConfig } from '../common/config';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string>; [k: string]: unknown } }[];
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  /** A graphql-ws client of /graphql that connects at once and never retries (no token: connects anonymously). */
  subscriptionClient(token?: string): WsClient;
  close(): Promise<void>;
}

let clones = 0;

/**
 * A private copy of the run's migrated and seeded database (CREATE DATABASE … TEMPLATE), so test files running in
 * parallel never see each other's writes. PostgreSQL refuses to copy a template while another copy is being made
 * from it, so that case is retried.
 */
async function cloneDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = new URL(inject('databaseUrl'));
  const templateName = template.pathname.slice(1);
  const name = `${templateName}_${process.pid}_${clones++}`;
  const admin = new URL(template);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await run(`create database "${name}" template "${templateName}"`);
      break;
    } catch (e) {
      if ((e as { code?: string }).code !== '55006' || attempt > 100) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const url = new URL(template);
  url.pathname = '/' + name;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}

/** Boots the real HTTP app on a random port against a private copy of the run's test database. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await cloneDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: process.env.GD_TEST_LOG_LEVEL ?? 'silent',
    DB_POOL_MAX: '4',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResponse<T>;
    return { ...body, status: res.status };
  };
  const login = async (email: string, password = 'demo1234') => {
    const r = await gql<{ login: { accessToken: string } }>(
      'mutation($i: LoginInput!){ login(input:$i){ accessToken } }',
      { i: { email, password } },
    );
    if (!r.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.accessToken;
  };
  const subscriptionClient = (token?: string) =>
    createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
  const close = async () => {
    await app.close();
    await db.drop();
  };
  return { app, url, gql, login, subscriptionClient, close };
}

export const DEMO = {
  admin: 'admin@demo.local',
  lecturer: 'lecturer@demo.local',
  trainee: 'trainee@demo.local',
  coordinator: 'coordinator@demo.local',
} as const;

/**
 * Clears the seeded timetable of some demo lecturers around now, in this test file's private database. The Nghệ An
 * 2026 plan gives lecturer2–4 classes on real dates, so a test that creates a session "now" for one of them would meet
 * a double booking on those days. Sessions of the live demo class NA-2026-TT01 are kept.
 */
export async function freeLecturersAroundNow(sut: TestApp, lecturerIds: string[], hours = 24): Promise<void> {
  await sut.app
    .get(MikroORM)
    .em.getConnection()
    .execute(
      `delete from class_session s using training_class c
        where c.id = s.training_class_id and c.code <> 'NA-2026-TT01' and s.lecturer_id = any(string_to_array(?, ',')::uuid[])
          and s.ends_at > now() - make_interval(hours => ?) and s.starts_at < now() + make_interval(hours => ?)`,
      [lecturerIds.join(','), hours, hours],
    );
}
