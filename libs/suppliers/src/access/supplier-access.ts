import { DomainError, Principal, Role } from '@enlace/core';

/**
 * THE ownership rule for supplier profiles, used by every write: an ADMIN may change any profile;
 * a SUPPLIER account only the profile its principal (from the verified token) is tied to. The
 * target id is compared with the principal, never with anything else the client sent.
 */
export function canEditSupplier(principal: Principal | null | undefined, supplierId: string): boolean {
  if (!principal) return false;
  if (principal.role === Role.ADMIN) return true;
  return (
    principal.role === Role.SUPPLIER &&
    !!principal.supplierId &&
    principal.supplierId.toLowerCase() === supplierId.toLowerCase()
  );
}

export function assertCanEditSupplier(principal: Principal | null | undefined, supplierId: string): void {
  if (!principal) throw DomainError.unauthenticated();
  if (!canEditSupplier(principal, supplierId))
    throw DomainError.forbidden('Only an admin or the supplier account of this profile may do this');
}

/** Contact details: buyers, analysts, admins, and the supplier's own account. */
export function canSeeSupplierContacts(principal: Principal | null | undefined, supplierId: string): boolean {
  if (!principal) return false;
  if (principal.role === Role.ADMIN || principal.role === Role.OEM_BUYER || principal.role === Role.INVESTMENT_ANALYST)
    return true;
  return canEditSupplier(principal, supplierId);
}
