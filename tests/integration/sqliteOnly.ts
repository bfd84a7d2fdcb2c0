// SPDX-License-Identifier: EUPL-1.2
/**
 * Integration tests that stay on SQLite when the suite runs on PostgreSQL (STIP_TEST_STORE=postgres,
 * .ci/run): each reads or changes the SQLite file itself by design, so there is nothing for it to
 * check on PostgreSQL. vite.config.ts leaves them out of that run only; the normal run has them all.
 * The PostgreSQL side of what they check has its own tests (named in the reason).
 */
export const SQLITE_ONLY_TESTS: Readonly<Record<string, string>> = {
  'durability.test.ts': 'a server process killed with SIGKILL on its SQLite file; the PostgreSQL cluster test (tests/cluster) kills an instance on PostgreSQL',
  'durabilityBackup.test.ts': 'the online SQLite backup and restore (`stip backup`/`restore`); PostgreSQL is backed up with pg_dump (docs/deploy.md)',
  'storeFailure.test.ts': 'makes the SQLite file unwritable and reads it beside the server; PostgreSQL write failures: server/store/postgres/PostgresDocStore.test.ts',
  'storeFlushWindow.test.ts': 'reads the SQLite file beside the server to see when rows land; PostgreSQL: the DocStore contract suite',
  'consultationMigration.test.ts': 'migrates a SQLite file made by an older version; PostgreSQL migrations: server/store/postgres/workshopPgSchema.test.ts',
  'avgExportDelete.test.ts': 'checks that the SQLite file\'s bytes hold nothing of a deleted workshop (secure_delete, VACUUM); PostgreSQL erasure and its tombstone: server/store/postgres/workshop/PgWorkshopRows.test.ts',
  'avgRetention.test.ts': 'opens the SQLite file of a stopped server to age workshops and look for what is left; the retention sweep itself runs on PostgreSQL in agreementsAvg and consultationAvg',
  'meetingMigration.test.ts': 'migrates a SQLite file made by an older version; PostgreSQL migrations: server/store/postgres/workshopPgSchema.test.ts',
};
