import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { Role } from './common/auth/auth-user';
import { AppError, ConfigErrorMessage } from './cli.util';
import { loadConfig } from './common/config';
import { printSortedSchema } from './common/graphql/print-schema';
import { ormConfig } from './database/mikro-orm.config';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './seed/demo-seed';
import { UsersService } from './users/users.service';
import type { EntityManager } from '@mikro-orm/postgresql';

const USAGE = `Usage: node server/dist/cli.js <command>
  migrate                      apply pending database migrations
  seed                         load the demo data (no-op when present)
  create-admin --email E --password P [--name N]
                               create an administrator account
  emit-schema <file>           write the sorted GraphQL SDL
Environment: DATABASE_URL (postgres://…) for migrate, seed and create-admin.`;

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new ConfigErrorMessage('DATABASE_URL must be set to a postgres:// URL');
  return url;
}

async function withOrm<T>(fn: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: databaseUrl(), poolMax: 4 }));
  try {
    return await fn(orm);
  } finally {
    await orm.close(true);
  }
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'migrate': {
      await withOrm(async (orm) => {
        const done = await orm.getMigrator().up();
        console.log(done.length ? `Applied ${done.length} migration(s): ${done.map((m) => m.name).join(', ')}` : 'Database schema is up to date.');
      });
      return;
    }
    case 'seed': {
      await withOrm(async (orm) => {
        const r = await seedDemo(orm.em.fork() as EntityManager);
        if (!r.seeded) console.log('Demo data already present; nothing changed.');
        else {
          console.log(
            `Demo data loaded in ${r.ms} ms: ${r.provinces} provinces, ${r.communes} communes, ${r.officials} officials, ` +
              `${r.users} accounts, ${r.programs} training programs, ${r.classes} classes, ${r.enrollments} enrolments.`,
          );
          console.log(`Demo logins (password ${DEMO_PASSWORD}): ${DEMO_LOGINS.map((l) => l.email).join(', ')}`);
        }
      });
      return;
    }
    case 'create-admin': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } });
      if (!values.email || !values.password) throw new ConfigErrorMessage('create-admin needs --email and --password');
      await withOrm(async (orm) => {
        const em = orm.em.fork() as EntityManager;
        const users = new UsersService(em);
        const u = await users.create({ email: values.email!, password: values.password!, role: Role.ADMIN, displayName: values.name ?? values.email! });
        console.log(`Administrator ${u.email} created.`);
      });
      return;
    }
    case 'emit-schema': {
      const file = rest[0];
      if (!file) throw new ConfigErrorMessage('emit-schema needs the output file');
      // Building the schema needs no database: the ORM is configured but does not connect.
      const config = loadConfig({
        ...process.env,
        DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://unused@127.0.0.1:1/unused',
        JWT_SECRET: process.env.JWT_SECRET ?? 'x'.repeat(32),
        DB_CONNECT: 'false',
        LOG_LEVEL: 'warn',
      });
      const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
      await app.init();
      writeFileSync(file, printSortedSchema(app.get(GraphQLSchemaHost).schema));
      await app.close();
      console.log(`GraphQL SDL written to ${file}`);
      return;
    }
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

run(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof ConfigErrorMessage) console.error(`cli: ${e.message}\n\n${USAGE}`);
  else if (e instanceof AppError) console.error(`cli: ${e.message} (${String(e.extensions.code)})`);
  else console.error(e);
  process.exit(1);
});
