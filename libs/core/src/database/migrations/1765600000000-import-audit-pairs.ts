import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every audit entry's changes are field -> { old, new } pairs. Imports used to record the file's
 * line of a created supplier as a bare number (`"line": 17`), which the history read had to
 * special-case; such entries now hold `"line": { "old": null, "new": 17 }`, as the import writes.
 */
export class ImportAuditPairs1765600000000 implements MigrationInterface {
  name = 'ImportAuditPairs1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE supplier_audit SET changes = jsonb_set(changes, '{line}', jsonb_build_object('old', NULL, 'new', changes->'line'))
       WHERE action = 'IMPORT_CREATE' AND jsonb_typeof(changes->'line') = 'number'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE supplier_audit SET changes = jsonb_set(changes, '{line}', changes->'line'->'new')
       WHERE action = 'IMPORT_CREATE' AND jsonb_typeof(changes->'line') = 'object'`);
  }
}
