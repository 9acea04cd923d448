import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';
import { migrationsList } from './migrations';

export interface OrmSettings {
  databaseUrl: string;
  poolMax?: number;
  connect?: boolean;
  debug?: boolean;
}

/** The one ORM configuration, used by the app, the CLI, the seeder and tests. */
export function ormConfig(s: OrmSettings): Options {
  return defineConfig({
    clientUrl: s.databaseUrl,
    entities,
    extensions: [Migrator],
    connect: s.connect ?? true,
    pool: {
      min: 0,
      max: s.poolMax ?? 10,
      // Storage is SSD: random reads cost about as much as sequential ones. With the default (4), PostgreSQL scans the
      // officials heap to count a filter instead of the narrow covering index, at twice the time.
      afterCreate: (conn: { query: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, c: unknown) => void) =>
        conn.query('set random_page_cost = 1.1', (err) => done(err, conn)),
    },
    debug: s.debug ?? false,
    forceUtcTimezone: true,
    // Request handlers must use the request-scoped fork; a stray global-context use is a bug.
    allowGlobalContext: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: __dirname + '/migrations',
      pathTs: __dirname.replace(/dist[\\/]database$/, 'src/database') + '/migrations',
      glob: '!(*.d|index).{js,ts}',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
  });
}
