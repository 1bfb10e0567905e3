import { FieldChanges, SupplierAuditAction } from '../audit/supplier-audit.repository';

/** Who made a change: an account, or nobody (system writes such as the demo bootstrap). */
export interface ChangeActor {
  userId: string | null;
  email: string | null;
}

/** A supplier's profile columns as a bulk write sets them. */
export interface ProfileRow {
  id: string;
  name: string;
  rfc: string | null;
  tier: string | null;
  stateCode: string;
  city: string;
  lat: number;
  lng: number;
  employees: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  /** A timestamptz value (text or Date), or null. */
  profileConfirmedAt: string | Date | null;
}

/** A supplier a bulk write creates: its id is chosen by the caller (version 7 UUIDs, see uuid's v7). */
export interface NewSupplierRow extends ProfileRow {
  source: string | null;
  sourceId: string | null;
}

/** One capability row; `position` orders a supplier's list. */
export interface NewCapabilityRow {
  supplierId: string;
  process: string;
  materials: string[];
  notes: string | null;
  position: number;
}

export interface NewCertificationRow {
  supplierId: string;
  scheme: string;
  certificateNumber: string | null;
  issuer: string | null;
  /** `YYYY-MM-DD` or null. */
  issuedOn: string | null;
  expiresOn: string | null;
  recordedStatus: 'SUSPENDED' | 'WITHDRAWN' | null;
}

export interface AuditEntry {
  supplierId: string;
  actor: ChangeActor;
  action: SupplierAuditAction;
  /** The profile's version after the change. */
  version: number;
  changes: FieldChanges;
}

/**
 * Everything one import batch writes, in one transaction. Every capability row belongs to a
 * supplier of `creates` or `updates` (its copied facts come from that row).
 */
export interface SupplierBatchWrite {
  creates: NewSupplierRow[];
  /** Profiles rewritten as given; each gets version + 1. */
  updates: ProfileRow[];
  /** Suppliers whose capabilities are deleted before `capabilities` are inserted. */
  replaceCapabilitiesOf: string[];
  /** Suppliers whose certificates are deleted before `certifications` are inserted. */
  replaceCertificationsOf: string[];
  capabilities: NewCapabilityRow[];
  certifications: NewCertificationRow[];
  audit: AuditEntry[];
}

/**
 * New suppliers with what belongs to them, written only where no supplier has the same
 * (source, source_id) or RFC yet: the others are skipped with their capabilities, certificates and
 * audit entries (the synthetic generator and the demo bootstrap, both idempotent).
 */
export interface NewSuppliersWrite {
  creates: NewSupplierRow[];
  capabilities: NewCapabilityRow[];
  certifications: NewCertificationRow[];
  audit: AuditEntry[];
}

export interface NewSuppliersWritten {
  /** Ids of the suppliers inserted (the others already existed). */
  created: Set<string>;
  capabilities: number;
  certifications: number;
}
