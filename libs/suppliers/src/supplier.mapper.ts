import { Certification } from './certifications/models/certification.model';
import { deriveCertificationStatus } from './certifications/certification-status';
import { Supplier } from './models/supplier.model';
import { SupplierCapability } from './models/supplier-capability.model';
import { Tier } from './models/tier';
import { CapabilityRow, CertificationRow, SupplierRow } from './supplier.repository';

export function toSupplier(r: SupplierRow): Supplier {
  return {
    id: r.id,
    name: r.name,
    rfc: r.rfc,
    tier: r.tier as Tier | null,
    stateCode: r.state_code,
    city: r.city,
    region: r.region,
    location: { lat: r.lat, lng: r.lng },
    profileConfirmedAt: r.profile_confirmed_at,
    version: r.version,
    updatedAt: r.updated_at,
    employees: r.employees,
    source: r.source,
  };
}

export function toCapability(r: CapabilityRow): SupplierCapability {
  return { process: r.process_code, materials: r.materials, notes: r.notes };
}

export function toCertification(r: CertificationRow, today: string): Certification {
  return {
    id: r.id,
    supplierId: r.supplier_id,
    scheme: r.scheme_code,
    certificateNumber: r.certificate_number,
    issuer: r.issuer,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    status: deriveCertificationStatus(
      { recordedStatus: r.recorded_status, expiresOn: r.expires_on, supersededBy: r.superseded_by },
      today,
    ),
  };
}
