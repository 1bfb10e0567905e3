import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { AccountsAndSupplierAudit1764200000000 } from './1764200000000-accounts-and-supplier-audit';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [InitialSchema1764100000000, AccountsAndSupplierAudit1764200000000];
