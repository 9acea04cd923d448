import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsList } from './migrations';

describe('migrationsList', () => {
  it('lists every migration file in order', () => {
    const files = readdirSync(path.join(__dirname, 'migrations'))
      .filter((f) => /^Migration\d+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsList.map((m) => m.name)).toEqual(files);
  });
});
