// Used by `pnpm mikro-orm migration:create` (reads DATABASE_URL).
import { ormConfig } from './mikro-orm.config';

export default ormConfig({ databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
