import type { TestProject } from 'vitest/node';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ormConfig } from '../database/mikro-orm.config';
import { seedDemo } from '../seed/demo-seed';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore — plain ESM helper shared with the launcher
import { dropDatabase, resolveDatabase, withDatabase } from '../../scripts/db.mjs';

async function databasesLike(adminUrl: string, pattern: string): Promise<string[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [pattern]);
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One fresh database per test run (on DATABASE_URL's server when set, else an embedded PostgreSQL), migrated with
 * the committed migrations and loaded with the demo data, which the tests use as their fixtures. It is the template
 * each test app copies (test/app.ts), so test files never see each other's writes.
 */
export default async function setup(project: TestProject) {
  const name = `gd_test_${process.pid}_${Date.now().toString(36)}`;
  const db = await resolveDatabase({ name, fresh: true, cluster: 'pg-test', port: Number(process.env.GD_TEST_PG_PORT ?? 54330) });
  const orm = await MikroORM.init(ormConfig({ databaseUrl: db.url, poolMax: 4 }));
  try {
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
  } finally {
    await orm.close(true);
  }
  project.provide('databaseUrl', db.url);
  return async () => {
    const admin = withDatabase(db.url, 'postgres');
    // Copies left behind by a test file that crashed before closing its app.
    for (const copy of await databasesLike(admin, `${name}_%`)) await dropDatabase(admin, copy).catch(() => undefined);
    await dropDatabase(admin, name).catch(() => undefined);
    await db.stop();
  };
}
