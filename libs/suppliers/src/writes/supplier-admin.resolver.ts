import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, CurrentPrincipal, Principal, Role, Roles } from '@enlace/core';
import { Supplier } from '../models/supplier.model';
import { Certification } from '../certifications/models/certification.model';
import { SupplierAuditEntry, SupplierAuditEntryConnection } from '../audit/models/supplier-audit-entry.model';
import { SupplierHistoryService } from '../audit/supplier-history.service';
import { SupplierWriteService } from './supplier-write.service';
import { CreateSupplierInput } from './dto/create-supplier.input';
import { UpdateSupplierInput } from './dto/update-supplier.input';
import { CertificationInput } from './dto/certification.input';

const OWNER_RULE = 'ADMIN, or the SUPPLIER account of that profile';

/**
 * Supplier writes and their audit trail. The role gate here only narrows to ADMIN/SUPPLIER; which
 * profile a SUPPLIER may touch is decided in one place, assertCanEditSupplier.
 */
@Resolver(() => Supplier)
export class SupplierAdminResolver {
  constructor(
    private readonly writes: SupplierWriteService,
    private readonly history: SupplierHistoryService,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => Supplier, { description: 'ADMIN: creates a supplier profile (version 1)' })
  createSupplier(
    @CurrentPrincipal() p: Principal,
    @Args('input', { type: () => CreateSupplierInput }) input: CreateSupplierInput,
  ): Promise<Supplier> {
    return this.writes.create(p, input);
  }

  @Roles(Role.ADMIN, Role.SUPPLIER)
  @Mutation(() => Supplier, {
    description: `${OWNER_RULE}. CONFLICT when expectedVersion is not the current version (nothing is written)`,
  })
  updateSupplier(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input', { type: () => UpdateSupplierInput }) input: UpdateSupplierInput,
  ): Promise<Supplier> {
    return this.writes.update(p, id, expectedVersion, input);
  }

  @Roles(Role.ADMIN, Role.SUPPLIER)
  @Mutation(() => Certification, { description: `${OWNER_RULE}. Adds a certificate; bumps the profile version` })
  addCertification(
    @CurrentPrincipal() p: Principal,
    @Args('supplierId', { type: () => ID }) supplierId: string,
    @Args('input', { type: () => CertificationInput }) input: CertificationInput,
  ): Promise<Certification> {
    return this.writes.addCertification(p, supplierId, input);
  }

  @Roles(Role.ADMIN, Role.SUPPLIER)
  @Mutation(() => Boolean, { description: `${OWNER_RULE} the certificate belongs to. Bumps the profile version` })
  removeCertification(@CurrentPrincipal() p: Principal, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.writes.removeCertification(p, id);
  }

  @Roles(Role.ADMIN, Role.SUPPLIER)
  @Mutation(() => Supplier, { description: `${OWNER_RULE}. Sets profileConfirmedAt to now (the profile is current)` })
  confirmSupplierProfile(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Supplier> {
    return this.writes.confirmProfile(p, id);
  }

  @Roles(Role.ADMIN, Role.SUPPLIER)
  @Query(() => SupplierAuditEntryConnection, { description: `${OWNER_RULE}: the profile's audit trail, newest first` })
  supplierHistory(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, default 20, at most 100' })
    first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<SupplierAuditEntry>> {
    return this.history.history(p, id, first, after);
  }
}
