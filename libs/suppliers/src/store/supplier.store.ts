import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FieldChanges, SupplierAuditAction } from '../audit/supplier-audit.repository';
import { CapabilityValue, CertificationValue, ProfileFields } from '../writes/supplier-validation';
import * as audits from './audit.statements';
import * as capabilities from './capability.statements';
import * as certifications from './certification.statements';
import * as suppliers from './supplier.statements';
import {
  NewCapabilityRow,
  ChangeActor,
  NewSuppliersWrite,
  NewSuppliersWritten,
  SupplierBatchWrite,
  ProfileRow,
} from './store-rows';

/**
 * The one owner of every write to `suppliers`, `supplier_capabilities`, `certifications` and
 * `supplier_audit`: nothing else in the code base inserts, updates or deletes their rows. Each
 * method is one whole change of one or many suppliers, run on the caller's transaction manager `m`
 * (the caller reads, decides and locks; the store writes). The SQL lives in the `*.statements.ts`
 * files beside this one, one statement per function.
 *
 * Bulk (set-wise statements over unnest arrays, a few per batch whatever its size): `applyBatch`
 * (the import) and `createMissing` (the synthetic generator, the demo bootstrap). One at a time,
 * each with its audit entry (the GraphQL writes): `createSupplier`, `updateSupplier`,
 * `addCertification`, `removeCertification`, `confirmProfile`. These seven methods are the choke
 * point for anything that must follow supplier changes (e.g. notifications): the statement files
 * are not exported from the library.
 */
@Injectable()
export class SupplierStore {
  /**
   * Writes a planned import batch: new suppliers, rewritten profiles (version + 1), replaced or
   * added capabilities and certificates, and the audit entries. A unique violation (a supplier
   * created meanwhile with the same source id or RFC) fails the whole batch.
   */
  async applyBatch(m: EntityManager, w: SupplierBatchWrite): Promise<void> {
    if (w.creates.length) await suppliers.insertSuppliers(m, w.creates);
    if (w.updates.length) await suppliers.updateSuppliers(m, w.updates);
    if (w.replaceCapabilitiesOf.length) await capabilities.deleteCapabilitiesOf(m, w.replaceCapabilitiesOf);
    if (w.replaceCertificationsOf.length) await certifications.deleteCertificationsOf(m, w.replaceCertificationsOf);
    const created = new Set(w.creates.map((s) => s.id));
    await this.insertCapabilities(m, [...w.creates, ...w.updates], w.capabilities, created);
    if (w.certifications.length) await certifications.insertCertifications(m, w.certifications);
    if (w.audit.length) await audits.insertAuditEntries(m, w.audit);
  }

  /**
   * After a bulk load (the generator's, a large import): refreshes the planner's statistics of the
   * tables the store writes, so the first queries get the plans of the loaded size, and their
   * visibility maps, so the gap and ranking queries can answer from their covering indexes
   * (index-only scans) instead of visiting the freshly written heap pages (0.65 s against 0.22 s for
   * capabilityGaps at 100,000 suppliers on PostgreSQL 15). Outside a transaction (VACUUM's rule).
   */
  async refreshStatistics(m: EntityManager): Promise<void> {
    await m.query(`VACUUM (ANALYZE) suppliers, supplier_capabilities, certifications, supplier_region_proximity`);
  }

  /** Inserts the suppliers not present yet (same source id or RFC) with what belongs to them. */

  async createMissing(m: EntityManager, w: NewSuppliersWrite): Promise<NewSuppliersWritten> {
    const created = new Set(w.creates.length ? await suppliers.insertSuppliersIfAbsent(m, w.creates) : []);
    const caps = w.capabilities.filter((c) => created.has(c.supplierId));
    const certs = w.certifications.filter((c) => created.has(c.supplierId));
    const audit = w.audit.filter((a) => created.has(a.supplierId));
    await this.insertCapabilities(m, w.creates, caps, created);
    if (certs.length) await certifications.insertCertifications(m, certs);
    if (audit.length) await audits.insertAuditEntries(m, audit);
    return { created, capabilities: caps.length, certifications: certs.length };
  }

  /** Creates one profile with its capabilities; returns its id and version (1). */
  async createSupplier(
    m: EntityManager,
    fields: ProfileFields,
    actor: ChangeActor,
    changes: FieldChanges,
  ): Promise<{ id: string; version: number }> {
    const row = await suppliers.insertSupplier(m, fields);
    if (fields.capabilities?.length) await capabilities.insertCapabilityList(m, row.id, fields.capabilities);
    await this.audit(m, row.id, actor, SupplierAuditAction.CREATE, row.version, changes);
    return row;
  }

  /**
   * Rewrites a profile if it is still at `expectedVersion` (and its capabilities when given);
   * returns the new version, or null when the version moved on (nothing written).
   */
  async updateSupplier(
    m: EntityManager,
    id: string,
    expectedVersion: number,
    after: ProfileFields,
    newCapabilities: CapabilityValue[] | undefined,
    actor: ChangeActor,
    changes: FieldChanges,
  ): Promise<number | null> {
    const version = await suppliers.updateSupplierIfVersion(m, id, expectedVersion, after);
    if (version === null) return null;
    if (newCapabilities) {
      await capabilities.deleteCapabilitiesOf(m, [id]);
      if (newCapabilities.length) await capabilities.insertCapabilityList(m, id, newCapabilities);
    }
    await this.audit(m, id, actor, SupplierAuditAction.UPDATE, version, changes);
    return version;
  }

  /** Adds a certificate to a profile (version + 1); returns the certificate's id. */
  async addCertification(
    m: EntityManager,
    supplierId: string,
    cert: CertificationValue,
    actor: ChangeActor,
  ): Promise<string> {
    const id = await certifications.insertCertification(m, supplierId, cert);
    const version = await suppliers.bumpVersion(m, supplierId);
    const changes = { certification: { old: null, new: { id, ...cert } } };
    await this.audit(m, supplierId, actor, SupplierAuditAction.ADD_CERTIFICATION, version, changes);
    return id;
  }

  /** Removes a certificate if it (still) belongs to the profile (version + 1); false when it does not. */
  async removeCertification(m: EntityManager, id: string, supplierId: string, actor: ChangeActor): Promise<boolean> {
    const removed = await certifications.deleteCertification(m, id, supplierId);
    if (!removed) return false;
    const version = await suppliers.bumpVersion(m, supplierId);
    const changes = { certification: { old: removed, new: null } };
    await this.audit(m, supplierId, actor, SupplierAuditAction.REMOVE_CERTIFICATION, version, changes);
    return true;
  }

  /** Marks the profile confirmed now (version + 1); `previous` is the confirmation it replaces. */
  async confirmProfile(m: EntityManager, id: string, previous: Date | null, actor: ChangeActor): Promise<void> {
    const after = await suppliers.confirmProfile(m, id);
    const changes = { profileConfirmedAt: { old: previous, new: after.profileConfirmedAt } };
    await this.audit(m, id, actor, SupplierAuditAction.CONFIRM_PROFILE, after.version, changes);
  }

  /** Bulk capability rows with their supplier's facts (every row's supplier is among `owners`). */
  private async insertCapabilities(
    m: EntityManager,
    owners: ProfileRow[],
    rows: NewCapabilityRow[],
    created: Set<string>,
  ): Promise<void> {
    if (!rows.length) return;
    const byId = new Map(owners.map((s) => [s.id, s]));
    const withFacts = rows.map((c) => {
      const s = byId.get(c.supplierId);
      if (!s) throw new Error(`capability of supplier ${c.supplierId}, which this write neither creates nor updates`);
      return { ...c, lat: s.lat, lng: s.lng, confirmedAt: s.profileConfirmedAt };
    });
    const keepCertificates = [...new Set(rows.map((c) => c.supplierId).filter((id) => !created.has(id)))];
    await capabilities.insertCapabilitiesWithFacts(m, withFacts, keepCertificates);
  }

  private audit(
    m: EntityManager,
    supplierId: string,
    actor: ChangeActor,
    action: SupplierAuditAction,
    version: number,
    changes: FieldChanges,
  ): Promise<void> {
    return audits.insertAuditEntries(m, [{ supplierId, actor, action, version, changes }]);
  }
}
