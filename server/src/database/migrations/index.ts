import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122003220 } from './Migration20261122003220';
import { Migration20261122003228 } from './Migration20261122003228';
import { Migration20261122012639 } from './Migration20261122012639';
import { Migration20261122014853 } from './Migration20261122014853';
import { Migration20261122022150 } from './Migration20261122022150';
import { Migration20261122030000 } from './Migration20261122030000';
import { Migration20261122030206 } from './Migration20261122030206';
import { Migration20261122030504 } from './Migration20261122030504';
import { Migration20261122030830 } from './Migration20261122030830';
import { Migration20261204052610 } from './Migration20261204052610';

/**
 * Every migration, in order. Listed explicitly so the same code runs from TypeScript (tests) and compiled JS;
 * `migrations.spec.ts` fails when a file in this folder is missing here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122003220', class: Migration20261122003220 },
  { name: 'Migration20261122003228', class: Migration20261122003228 },
  { name: 'Migration20261122012639', class: Migration20261122012639 },
  { name: 'Migration20261122014853', class: Migration20261122014853 },
  { name: 'Migration20261122022150', class: Migration20261122022150 },
  { name: 'Migration20261122030000', class: Migration20261122030000 },
  { name: 'Migration20261122030206', class: Migration20261122030206 },
  { name: 'Migration20261122030504', class: Migration20261122030504 },
  { name: 'Migration20261122030830', class: Migration20261122030830 },
  { name: 'Migration20261204052610', class: Migration20261204052610 },
];
