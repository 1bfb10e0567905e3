import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Clock,
  ConstraintErrors,
  DomainError,
  domainErrorFromDatabase,
  ErrorCode,
  Principal,
  requireUuid,
} from '@enlace/core';
import { CatalogService } from '@enlace/catalog';
import { assertCanEditSupplier } from '../access/supplier-access';
import { diffFields } from '../audit/supplier-audit.repository';
import { Certification } from '../certifications/models/certification.model';
import { deriveCertificationStatus } from '../certifications/certification-status';
import { Supplier } from '../models/supplier.model';
import { SupplierService } from '../supplier.service';
import { CreateSupplierInput } from './dto/create-supplier.input';
import { UpdateSupplierInput } from './dto/update-supplier.input';
import { CertificationInput } from './dto/certification.input';
import { ProfileFields, SupplierValidation } from './supplier-validation';
import { SupplierStore } from '../store/supplier.store';
import { LockedSupplier, SupplierWriteReads } from './supplier-write-reads.repository';

/** The input fields behind the suppliers tables' constraints (for domainErrorFromDatabase). */
const SUPPLIER_CONSTRAINTS: ConstraintErrors = {
  suppliers_rfc_key: { field: 'input.rfc', message: 'Another supplier already has this RFC' },
};

function editable(s: LockedSupplier): ProfileFields {
  const { id: _i, version: _v, profileConfirmedAt: _p, ...fields } = s;
  return fields;
}

/**
 * Supplier self-service and administration. Every write: authorise against the principal
 * (assertCanEditSupplier), validate, then in ONE transaction lock the row, check the version, and
 * have SupplierStore write the change, bump the version and record the audit entry.
 */
@Injectable()
export class SupplierWriteService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: SupplierWriteReads,
    private readonly store: SupplierStore,
    private readonly validation: SupplierValidation,
    private readonly suppliers: SupplierService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  private async inTransaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (e) {
      throw domainErrorFromDatabase(e, SUPPLIER_CONSTRAINTS) ?? e;
    }
  }

  private async lockOrNotFound(
    m: EntityManager,
    id: string,
    withCapabilities: boolean,
    field = 'id',
  ): Promise<LockedSupplier> {
    const s = await this.reads.lock(m, id, withCapabilities);
    if (!s) throw DomainError.notFound('Supplier', id, field);
    return s;
  }

  private async reload(id: string): Promise<Supplier> {
    const s = await this.suppliers.byId(id);
    if (!s) throw DomainError.notFound('Supplier', id);
    return s;
  }

  async create(principal: Principal, input: CreateSupplierInput): Promise<Supplier> {
    const fields = await this.validation.create(input);
    const id = await this.inTransaction(async (m) => {
      if (fields.rfc && (await this.reads.rfcHolder(m, fields.rfc, null)))
        throw DomainError.conflict(`Another supplier already has RFC ${fields.rfc}`, 'input.rfc');
      const row = await this.store.createSupplier(m, fields, principal, diffFields({}, { ...fields }));
      return row.id;
    });
    return this.reload(id);
  }

  async update(
    principal: Principal,
    rawId: string,
    expectedVersion: number,
    input: UpdateSupplierInput,
  ): Promise<Supplier> {
    const id = requireUuid(rawId, 'id');
    assertCanEditSupplier(principal, id);
    if (!Number.isInteger(expectedVersion) || expectedVersion < 1)
      throw DomainError.badInput('expectedVersion', 'must be a positive whole number');
    const patch = await this.validation.update(input);
    await this.inTransaction(async (m) => {
      const before = await this.lockOrNotFound(m, id, patch.capabilities !== undefined);
      if (before.version !== expectedVersion) throw this.stale(id, expectedVersion, before.version);
      const after: ProfileFields = { ...editable(before), ...patch };
      const changes = diffFields({ ...editable(before) }, { ...after });
      if (!Object.keys(changes).length) return; // nothing differs: no new version, no audit entry
      if (patch.rfc && patch.rfc !== before.rfc && (await this.reads.rfcHolder(m, patch.rfc, id))) {
        throw DomainError.conflict(`Another supplier already has RFC ${patch.rfc}`, 'input.rfc');
      }
      const version = await this.store.updateSupplier(
        m,
        id,
        expectedVersion,
        after,
        patch.capabilities,
        principal,
        changes,
      );
      if (version === null) throw this.stale(id, expectedVersion, null);
    });
    return this.reload(id);
  }

  private stale(id: string, expected: number, current: number | null): DomainError {
    return new DomainError(
      ErrorCode.CONFLICT,
      `Supplier ${id} was changed by someone else: expectedVersion ${expected} is stale${current ? ` (current version ${current})` : ''}; reload and retry`,
      'expectedVersion',
      current ? { currentVersion: current } : undefined,
    );
  }

  async addCertification(
    principal: Principal,
    rawSupplierId: string,
    input: CertificationInput,
  ): Promise<Certification> {
    const supplierId = requireUuid(rawSupplierId, 'supplierId');
    assertCanEditSupplier(principal, supplierId);
    const cert = await this.validation.certification(input);
    const id = await this.inTransaction(async (m) => {
      await this.lockOrNotFound(m, supplierId, false, 'supplierId');
      return this.store.addCertification(m, supplierId, cert, principal);
    });
    const scheme = await this.catalog.scheme(cert.scheme);
    return {
      id,
      supplierId,
      ...cert,
      status: deriveCertificationStatus(
        { recordedStatus: null, expiresOn: cert.expiresOn, supersededBy: scheme?.supersededBy ?? null },
        this.clock.today(),
      ),
    };
  }

  async removeCertification(principal: Principal, rawId: string): Promise<boolean> {
    const id = requireUuid(rawId, 'id');
    const owner = await this.reads.certificationOwner(this.db.manager, id);
    if (!owner) throw DomainError.notFound('Certification', id, 'id');
    assertCanEditSupplier(principal, owner);
    await this.inTransaction(async (m) => {
      await this.lockOrNotFound(m, owner, false);
      if (!(await this.store.removeCertification(m, id, owner, principal)))
        throw DomainError.notFound('Certification', id, 'id');
    });
    return true;
  }

  async confirmProfile(principal: Principal, rawId: string): Promise<Supplier> {
    const id = requireUuid(rawId, 'id');
    assertCanEditSupplier(principal, id);
    await this.inTransaction(async (m) => {
      const before = await this.lockOrNotFound(m, id, false);
      await this.store.confirmProfile(m, id, before.profileConfirmedAt, principal);
    });
    return this.reload(id);
  }
}
