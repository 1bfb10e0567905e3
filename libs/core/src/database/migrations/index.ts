import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { AccountsAndSupplierAudit1764200000000 } from './1764200000000-accounts-and-supplier-audit';
import { Matching1764300000000 } from './1764300000000-matching';
import { GapSnapshots1764500000000 } from './1764500000000-gap-snapshots';
import { RateLimits1764600000000 } from './1764600000000-rate-limits';
import { GapProximity1764700000000 } from './1764700000000-gap-proximity';
import { CapabilityGeoGiven1764800000000 } from './1764800000000-capability-geo-given';
import { RankingFacts1764900000000 } from './1764900000000-ranking-facts';
import { CapabilityFactsGiven1765100000000 } from './1765100000000-capability-facts-given';
import { RankingBounds1765200000000 } from './1765200000000-ranking-bounds';
import { ProximityPlainInsert1765300000000 } from './1765300000000-proximity-plain-insert';
import { RankingConstants1765400000000 } from './1765400000000-ranking-constants';
import { SessionsAndApiKeys1765500000000 } from './1765500000000-sessions-and-api-keys';
import { ImportAuditPairs1765600000000 } from './1765600000000-import-audit-pairs';
import { Notifications1765700000000 } from './1765700000000-notifications';
import { NotificationEmail1765800000000 } from './1765800000000-notification-email';
import { Webhooks1765900000000 } from './1765900000000-webhooks';
import { AccessChanges1766000000000 } from './1766000000000-access-changes';
import { NotificationWriteCost1766100000000 } from './1766100000000-notification-write-cost';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [
  InitialSchema1764100000000,
  AccountsAndSupplierAudit1764200000000,
  Matching1764300000000,
  GapSnapshots1764500000000,
  RateLimits1764600000000,
  GapProximity1764700000000,
  CapabilityGeoGiven1764800000000,
  RankingFacts1764900000000,
  CapabilityFactsGiven1765100000000,
  RankingBounds1765200000000,
  ProximityPlainInsert1765300000000,
  RankingConstants1765400000000,
  SessionsAndApiKeys1765500000000,
  ImportAuditPairs1765600000000,
  Notifications1765700000000,
  NotificationEmail1765800000000,
  Webhooks1765900000000,
  AccessChanges1766000000000,
  NotificationWriteCost1766100000000,
];
