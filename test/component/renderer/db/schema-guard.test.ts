// Schema guard: the Dexie schema a shipped app created must never change under it. Any change to a table's primary
// key or indexes must come as a new version(n) and a deliberate update of test/fixtures/db-schema.snapshot.json
// (set UPDATE_DB_SNAPSHOT=1 to write it).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { AppDb } from '../../../../renderer/db/app-db';

const SNAPSHOT = resolve(import.meta.dirname, '../../../fixtures/db-schema.snapshot.json');

it('the Dexie schema matches the committed snapshot', async () => {
  const db = new AppDb(`schema-${crypto.randomUUID()}`);
  await db.open();
  const tables = Object.fromEntries(
    [...db.tables]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((t) => [t.name, { primaryKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src).sort() }]),
  );
  const actual = { version: db.verno, tables };
  db.close();

  if (process.env.UPDATE_DB_SNAPSHOT === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(actual, null, 2)}\n`);
  const expected: unknown = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
  expect(
    actual,
    'the Dexie schema changed: add a new version(n) (never edit a shipped one) and update the snapshot deliberately',
  ).toEqual(expected);
});
