import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** ISO-8601 calendar date, e.g. 2027-03-31 */
  Date: { input: string; output: string };
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string };
};

export type CertificationInput = {
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** Must not precede issuedOn */
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Certification body */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** A CertificationScheme code, e.g. "IATF-16949" */
  scheme: Scalars['String']['input'];
};

/** Derived as of today: recorded SUSPENDED/WITHDRAWN first, then SUPERSEDED (scheme replaced), EXPIRED, EXPIRING_SOON (within 90 days), ACTIVE */
export type CertificationStatus = 'ACTIVE' | 'EXPIRED' | 'EXPIRING_SOON' | 'SUPERSEDED' | 'SUSPENDED' | 'WITHDRAWN';

export type CreateSupplierInput = {
  capabilities?: InputMaybe<Array<SupplierCapabilityInput>>;
  city: Scalars['String']['input'];
  /** Visible to buyers, analysts, admins and the supplier itself */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Must lie inside Mexico */
  location: GeoPointInput;
  name: Scalars['String']['input'];
  /** Mexican tax id (RFC): 3-4 letters, YYMMDD, 3 characters; unique */
  rfc?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-2 state code, e.g. "MX-GUA" */
  stateCode: Scalars['String']['input'];
  tier?: InputMaybe<Tier>;
  /** http(s) URL */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** PENDING: not yet delivered, retried with backoff; DELIVERED: answered 2xx; FAILED: given up after 24 h */
export type DeliveryStatus = 'DELIVERED' | 'FAILED' | 'PENDING';

/** SOURCING_REQUEST_OPENED: to SUPPLIER accounts whose profile qualifies; SOURCING_REQUEST_AWARDED: to the OEM's buyers and the awarded supplier; CERTIFICATION_EXPIRING: to the supplier 90, 30 and 7 days before expiry (once each); PROFILE_STALE: to the supplier, profile not confirmed in 180 days; WEBHOOK_DEACTIVATED: to a webhook's owner, after 3 days of failed deliveries */
export type EventType =
  | 'CERTIFICATION_EXPIRING'
  | 'PROFILE_STALE'
  | 'SOURCING_REQUEST_AWARDED'
  | 'SOURCING_REQUEST_OPENED'
  | 'WEBHOOK_DEACTIVATED';

/** Which capability gaps to compute */
export type GapInput = {
  /** Supply counts within this great-circle distance (km) of a plant; default 250, must be > 0 */
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  /** All regions when null */
  region?: InputMaybe<Region>;
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

/** DENUE: an INEGI DENUE extract (42 columns); ENLACE: the enlace CSV template (see README) */
export type ImportFormat = 'DENUE' | 'ENLACE';

/** ES: Spanish (es-MX); EN: English */
export type Language = 'EN' | 'ES';

export type MatchInput = {
  /** Default 20, at most 100 */
  first?: InputMaybe<Scalars['Int']['input']>;
  /** Exclude suppliers farther than this (great-circle); must be >= 0 */
  maxDistanceKm?: InputMaybe<Scalars['Float']['input']>;
  plantId: Scalars['ID']['input'];
  /** Raise the score, never exclude */
  preferredCertifications?: InputMaybe<Array<Scalars['String']['input']>>;
  process: Scalars['String']['input'];
  /** A supplier lacking a valid one of these is excluded */
  requiredCertifications?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Override the default weights (proximity 0.5, certification 0.3, capability 0.1, freshness 0.1) */
  weights?: InputMaybe<MatchWeightsInput>;
};

/** DISTANCE (km, hours, plantName); CERTIFICATE_VALID / CERTIFICATE_MISSING (scheme, role, expiresOn, expiringSoon, process); NO_IATF_ISO_VALID (no valid IATF 16949, but the ISO 9001 in scheme/expiresOn); NO_IATF; NO_IATF_OR_ISO; MATERIALS (materials); NO_MATERIALS; NOTES_PROVIDED; NEVER_CONFIRMED; CONFIRMED (months) */
export type MatchReasonKind =
  | 'CERTIFICATE_MISSING'
  | 'CERTIFICATE_VALID'
  | 'CONFIRMED'
  | 'DISTANCE'
  | 'MATERIALS'
  | 'NEVER_CONFIRMED'
  | 'NOTES_PROVIDED'
  | 'NO_IATF'
  | 'NO_IATF_ISO_VALID'
  | 'NO_IATF_OR_ISO'
  | 'NO_MATERIALS';

/** Why a certificate is named: required, preferred, the automotive baseline, or the process's assessment */
export type MatchReasonRole = 'ASSESSMENT' | 'BASELINE' | 'PREFERRED' | 'REQUIRED';

/** Relative weights of the score components; non-negative, not all zero, normalized to sum 1 */
export type MatchWeightsInput = {
  /** default 0.1 */
  capability?: InputMaybe<Scalars['Float']['input']>;
  /** default 0.3 */
  certification?: InputMaybe<Scalars['Float']['input']>;
  /** default 0.1 */
  freshness?: InputMaybe<Scalars['Float']['input']>;
  /** default 0.5 */
  proximity?: InputMaybe<Scalars['Float']['input']>;
};

/** The caller's notification preferences; only the fields given change */
export type NotificationPreferencesInput = {
  /** true: notifications by e-mail in one daily digest; false: a mail each */
  emailDigest?: InputMaybe<Scalars['Boolean']['input']>;
  /** What notifications and their e-mails are written in */
  language?: InputMaybe<Language>;
};

/** Mexico's automotive regions (see README) */
export type Region = 'BAJIO' | 'CENTER' | 'NORTH' | 'SOUTH' | 'WEST';

export type RegisterUserInput = {
  /** Login email; unique regardless of case */
  email: Scalars['String']['input'];
  /** Required for OEM_BUYER: an OEM name, e.g. "General Motors" */
  oem?: InputMaybe<Scalars['String']['input']>;
  /** At least 12 characters */
  password: Scalars['String']['input'];
  role: Role;
  /** Required for SUPPLIER: the profile this account may edit */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type Role = 'ADMIN' | 'INVESTMENT_ANALYST' | 'OEM_BUYER' | 'SUPPLIER';

export type SourcingRequestInput = {
  /** Pieces per year; more than 0 */
  annualVolume?: InputMaybe<Scalars['Int']['input']>;
  /** Must be >= 0 */
  maxDistanceKm?: InputMaybe<Scalars['Float']['input']>;
  plantId: Scalars['ID']['input'];
  preferredCertifications?: InputMaybe<Array<Scalars['String']['input']>>;
  process: Scalars['String']['input'];
  requiredCertifications?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** OPEN, then AWARDED or CANCELLED (both final) */
export type SourcingRequestStatus = 'AWARDED' | 'CANCELLED' | 'OPEN';

export type SupplierCapabilityInput = {
  materials?: InputMaybe<Array<Scalars['String']['input']>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A Process code, e.g. "injection-molding" */
  process: Scalars['String']['input'];
};

export type SupplierFilter = {
  /** Holds a certificate of this scheme that is valid today */
  certification?: InputMaybe<Scalars['String']['input']>;
  /** A Process code */
  process?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Region>;
  /** Fuzzy on name: typos and missing accents tolerated */
  search?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-2 state code, e.g. "MX-NLE" */
  stateCode?: InputMaybe<Scalars['String']['input']>;
};

export type Tier = 'TIER_1' | 'TIER_2' | 'TIER_3';

export type UpdateSupplierInput = {
  /** Replaces the whole list when given */
  capabilities?: InputMaybe<Array<SupplierCapabilityInput>>;
  city?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<GeoPointInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Mexican tax id (RFC); null clears it */
  rfc?: InputMaybe<Scalars['String']['input']>;
  stateCode?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Tier>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  __typename?: 'Query';
  me: {
    __typename?: 'User';
    id: string;
    email: string;
    role: Role;
    oem: string | null;
    supplierId: string | null;
    active: boolean;
  } | null;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { __typename?: 'Mutation'; logout: boolean };

export type CatalogQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogQuery = {
  __typename?: 'Query';
  states: Array<{ __typename?: 'State'; code: string; name: string; region: Region }>;
  processes: Array<{ __typename?: 'Process'; code: string; name: string; nameEs: string; assessment: string | null }>;
  certificationSchemes: Array<{
    __typename?: 'CertificationScheme';
    code: string;
    name: string;
    supersededBy: string | null;
    processCode: string | null;
  }>;
};

export type PlantsQueryVariables = Exact<{ [key: string]: never }>;

export type PlantsQuery = {
  __typename?: 'Query';
  plants: {
    __typename?: 'PlantConnection';
    edges: Array<{
      __typename?: 'PlantEdge';
      node: {
        __typename?: 'Plant';
        id: string;
        oem: string;
        name: string;
        city: string;
        region: Region;
        sourcedProcesses: Array<string>;
        state: { __typename?: 'State'; code: string; name: string };
        location: { __typename?: 'GeoPoint'; lat: number; lng: number };
      };
    }>;
  };
};

export type PlantSummaryFragment = {
  __typename?: 'Plant';
  id: string;
  oem: string;
  name: string;
  city: string;
  region: Region;
  sourcedProcesses: Array<string>;
  state: { __typename?: 'State'; code: string; name: string };
  location: { __typename?: 'GeoPoint'; lat: number; lng: number };
};

export type CapabilityGapBriefQueryVariables = Exact<{
  region: Region;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  language?: InputMaybe<Language>;
}>;

export type CapabilityGapBriefQuery = {
  __typename?: 'Query';
  capabilityGapBrief: {
    __typename?: 'GapBrief';
    filename: string;
    contentType: string;
    base64: string;
    sizeBytes: number;
    asOf: string;
    radiusKm: number;
    region: Region;
  };
};

export type CapabilityGapsQueryVariables = Exact<{
  input?: InputMaybe<GapInput>;
}>;

export type CapabilityGapsQuery = {
  __typename?: 'Query';
  capabilityGaps: Array<{
    __typename?: 'CapabilityGap';
    region: Region;
    process: string;
    plantsInRegion: number;
    demand: number;
    certifiedSuppliers: number;
    developmentCandidates: number;
    gapScore: number;
  }>;
};

export type GapRowFragment = {
  __typename?: 'CapabilityGap';
  region: Region;
  process: string;
  plantsInRegion: number;
  demand: number;
  certifiedSuppliers: number;
  developmentCandidates: number;
  gapScore: number;
};

export type MatchRowFragment = {
  __typename?: 'SupplierMatch';
  score: number;
  distanceKm: number;
  estimatedDriveHours: number;
  missingCertifications: Array<string>;
  explanation: Array<{
    __typename?: 'MatchReason';
    kind: MatchReasonKind;
    text: string;
    km: number | null;
    hours: number | null;
    plantName: string | null;
    scheme: string | null;
    role: MatchReasonRole | null;
    expiresOn: string | null;
    expiringSoon: boolean | null;
    process: string | null;
    materials: Array<string> | null;
    months: number | null;
  }>;
  breakdown: {
    __typename?: 'ScoreBreakdown';
    proximity: number;
    certification: number;
    capability: number;
    freshness: number;
  };
  supplier: {
    __typename?: 'Supplier';
    id: string;
    name: string;
    city: string;
    tier: Tier | null;
    profileConfirmedAt: string | null;
    state: { __typename?: 'State'; code: string; name: string };
    location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    certifications: Array<{
      __typename?: 'Certification';
      id: string;
      scheme: string;
      status: CertificationStatus;
      expiresOn: string | null;
    }>;
    capabilities: Array<{ __typename?: 'SupplierCapability'; process: string; materials: Array<string> }>;
  };
};

export type MyNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type MyNotificationsQuery = {
  __typename?: 'Query';
  notifications: {
    __typename?: 'NotificationConnection';
    unreadCount: number;
    totalCount: number;
    edges: Array<{
      __typename?: 'NotificationEdge';
      node: {
        __typename?: 'Notification';
        id: string;
        event: EventType;
        title: string;
        body: string;
        link: string | null;
        createdAt: string;
        readAt: string | null;
      };
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;

export type MarkNotificationsReadMutation = { __typename?: 'Mutation'; markNotificationsRead: number };

export type ImportSuppliersMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  format: ImportFormat;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;

export type ImportSuppliersMutation = {
  __typename?: 'Mutation';
  importSuppliers: {
    __typename?: 'ImportReportModel';
    dryRun: boolean;
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    skipped: Array<{ __typename?: 'ImportSkipModel'; line: number; reason: string }>;
    errors: Array<{ __typename?: 'ImportErrorModel'; line: number; field: string; message: string }>;
    possibleDuplicates: Array<{
      __typename?: 'PossibleDuplicateModel';
      line: number;
      name: string;
      existingId: string;
      existingName: string;
      reason: string;
    }>;
  };
};

export type UsersQueryVariables = Exact<{
  role?: InputMaybe<Role>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type UsersQuery = {
  __typename?: 'Query';
  users: Array<{
    __typename?: 'User';
    id: string;
    email: string;
    role: Role;
    oem: string | null;
    supplierId: string | null;
    active: boolean;
    createdAt: string;
    cursor: string;
  }>;
};

export type RegisterUserMutationVariables = Exact<{
  input: RegisterUserInput;
}>;

export type RegisterUserMutation = { __typename?: 'Mutation'; registerUser: string };

export type SetUserActiveMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;

export type SetUserActiveMutation = {
  __typename?: 'Mutation';
  setUserActive: { __typename?: 'User'; id: string; active: boolean };
};

export type RevokeSessionsMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;

export type RevokeSessionsMutation = { __typename?: 'Mutation'; revokeSessions: boolean };

export type StaleProfilesQueryVariables = Exact<{
  days: Scalars['Int']['input'];
}>;

export type StaleProfilesQuery = {
  __typename?: 'Query';
  staleSupplierProfiles: {
    __typename?: 'SupplierConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'SupplierEdge';
      node: { __typename?: 'Supplier'; id: string; name: string; city: string; profileConfirmedAt: string | null };
    }>;
  };
};

export type ExpiringCertificatesQueryVariables = Exact<{
  withinDays: Scalars['Int']['input'];
}>;

export type ExpiringCertificatesQuery = {
  __typename?: 'Query';
  expiringCertifications: {
    __typename?: 'ExpiringCertificationConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'ExpiringCertificationEdge';
      node: {
        __typename?: 'ExpiringCertification';
        daysLeft: number;
        certification: {
          __typename?: 'Certification';
          id: string;
          scheme: string;
          expiresOn: string | null;
          status: CertificationStatus;
        };
        supplier: { __typename?: 'Supplier'; id: string; name: string };
      };
    }>;
  };
};

export type GapDetailQueryVariables = Exact<{
  region: Region;
  process: Scalars['String']['input'];
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type GapDetailQuery = {
  __typename?: 'Query';
  supplierDevelopmentCandidates: Array<{
    __typename?: 'DevelopmentCandidate';
    supplierId: string;
    missingCertifications: Array<string>;
    indicativeCostUsd: number;
    coFundedUsd: number;
    nearDemand: number;
    nearestDistanceKm: number;
    supplier: {
      __typename?: 'Supplier';
      id: string;
      name: string;
      city: string;
      state: { __typename?: 'State'; code: string; name: string };
      location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    };
    plants: Array<{
      __typename?: 'CandidatePlant';
      plantId: string;
      distanceKm: number;
      plant: { __typename?: 'Plant'; id: string; oem: string; name: string };
    }>;
  }>;
  capabilityGapReport: {
    __typename?: 'CapabilityGapReport';
    asOf: string;
    radiusKm: number;
    region: Region;
    gaps: Array<{
      __typename?: 'CapabilityGapReportEntry';
      gap: { __typename?: 'CapabilityGap'; process: string };
      nearestCertifiedElsewhere: Array<{
        __typename?: 'RemoteCertifiedSupplier';
        supplierId: string;
        distanceKm: number;
        region: Region;
        supplier: {
          __typename?: 'Supplier';
          id: string;
          name: string;
          city: string;
          state: { __typename?: 'State'; name: string };
        };
        nearestPlant: { __typename?: 'Plant'; id: string; oem: string; name: string };
      }>;
    }>;
    logisticsNodes: Array<{
      __typename?: 'NearbyLogisticsNode';
      name: string;
      kind: string;
      stateCode: string;
      distanceKm: number;
      nearestPlant: { __typename?: 'Plant'; id: string; oem: string; name: string };
    }>;
  };
  gapHistory: Array<{
    __typename?: 'GapSnapshot';
    date: string;
    gapScore: number;
    demand: number;
    certifiedSuppliers: number;
    developmentCandidates: number;
  }>;
};

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;

export type LoginMutation = {
  __typename?: 'Mutation';
  login: { __typename?: 'AuthPayload'; token: string; role: Role };
};

export type RankSuppliersQueryVariables = Exact<{
  input: MatchInput;
}>;

export type RankSuppliersQuery = {
  __typename?: 'Query';
  rankSuppliers: Array<{
    __typename?: 'SupplierMatch';
    score: number;
    distanceKm: number;
    estimatedDriveHours: number;
    missingCertifications: Array<string>;
    explanation: Array<{
      __typename?: 'MatchReason';
      kind: MatchReasonKind;
      text: string;
      km: number | null;
      hours: number | null;
      plantName: string | null;
      scheme: string | null;
      role: MatchReasonRole | null;
      expiresOn: string | null;
      expiringSoon: boolean | null;
      process: string | null;
      materials: Array<string> | null;
      months: number | null;
    }>;
    breakdown: {
      __typename?: 'ScoreBreakdown';
      proximity: number;
      certification: number;
      capability: number;
      freshness: number;
    };
    supplier: {
      __typename?: 'Supplier';
      id: string;
      name: string;
      city: string;
      tier: Tier | null;
      profileConfirmedAt: string | null;
      state: { __typename?: 'State'; code: string; name: string };
      location: { __typename?: 'GeoPoint'; lat: number; lng: number };
      certifications: Array<{
        __typename?: 'Certification';
        id: string;
        scheme: string;
        status: CertificationStatus;
        expiresOn: string | null;
      }>;
      capabilities: Array<{ __typename?: 'SupplierCapability'; process: string; materials: Array<string> }>;
    };
  }>;
};

export type MyProfileFragment = {
  __typename?: 'Supplier';
  version: number;
  id: string;
  name: string;
  tier: Tier | null;
  city: string;
  region: Region;
  profileConfirmedAt: string | null;
  updatedAt: string;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  state: { __typename?: 'State'; code: string; name: string };
  location: { __typename?: 'GeoPoint'; lat: number; lng: number };
  capabilities: Array<{
    __typename?: 'SupplierCapability';
    process: string;
    materials: Array<string>;
    notes: string | null;
  }>;
  certifications: Array<{
    __typename?: 'Certification';
    id: string;
    scheme: string;
    certificateNumber: string | null;
    issuer: string | null;
    issuedOn: string | null;
    expiresOn: string | null;
    status: CertificationStatus;
  }>;
};

export type MyProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type MyProfileQuery = {
  __typename?: 'Query';
  supplier: {
    __typename?: 'Supplier';
    version: number;
    id: string;
    name: string;
    tier: Tier | null;
    city: string;
    region: Region;
    profileConfirmedAt: string | null;
    updatedAt: string;
    contactEmail: string | null;
    contactPhone: string | null;
    website: string | null;
    state: { __typename?: 'State'; code: string; name: string };
    location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    capabilities: Array<{
      __typename?: 'SupplierCapability';
      process: string;
      materials: Array<string>;
      notes: string | null;
    }>;
    certifications: Array<{
      __typename?: 'Certification';
      id: string;
      scheme: string;
      certificateNumber: string | null;
      issuer: string | null;
      issuedOn: string | null;
      expiresOn: string | null;
      status: CertificationStatus;
    }>;
  } | null;
};

export type UpdateMyProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: UpdateSupplierInput;
}>;

export type UpdateMyProfileMutation = {
  __typename?: 'Mutation';
  updateSupplier: {
    __typename?: 'Supplier';
    version: number;
    id: string;
    name: string;
    tier: Tier | null;
    city: string;
    region: Region;
    profileConfirmedAt: string | null;
    updatedAt: string;
    contactEmail: string | null;
    contactPhone: string | null;
    website: string | null;
    state: { __typename?: 'State'; code: string; name: string };
    location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    capabilities: Array<{
      __typename?: 'SupplierCapability';
      process: string;
      materials: Array<string>;
      notes: string | null;
    }>;
    certifications: Array<{
      __typename?: 'Certification';
      id: string;
      scheme: string;
      certificateNumber: string | null;
      issuer: string | null;
      issuedOn: string | null;
      expiresOn: string | null;
      status: CertificationStatus;
    }>;
  };
};

export type AddMyCertificationMutationVariables = Exact<{
  supplierId: Scalars['ID']['input'];
  input: CertificationInput;
}>;

export type AddMyCertificationMutation = {
  __typename?: 'Mutation';
  addCertification: { __typename?: 'Certification'; id: string };
};

export type RemoveMyCertificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RemoveMyCertificationMutation = { __typename?: 'Mutation'; removeCertification: boolean };

export type ConfirmMyProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConfirmMyProfileMutation = {
  __typename?: 'Mutation';
  confirmSupplierProfile: {
    __typename?: 'Supplier';
    version: number;
    id: string;
    name: string;
    tier: Tier | null;
    city: string;
    region: Region;
    profileConfirmedAt: string | null;
    updatedAt: string;
    contactEmail: string | null;
    contactPhone: string | null;
    website: string | null;
    state: { __typename?: 'State'; code: string; name: string };
    location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    capabilities: Array<{
      __typename?: 'SupplierCapability';
      process: string;
      materials: Array<string>;
      notes: string | null;
    }>;
    certifications: Array<{
      __typename?: 'Certification';
      id: string;
      scheme: string;
      certificateNumber: string | null;
      issuer: string | null;
      issuedOn: string | null;
      expiresOn: string | null;
      status: CertificationStatus;
    }>;
  };
};

export type MyOpportunitiesQueryVariables = Exact<{ [key: string]: never }>;

export type MyOpportunitiesQuery = {
  __typename?: 'Query';
  openSourcingRequestsForMe: Array<{
    __typename?: 'SourcingOpportunity';
    id: string;
    process: string;
    createdAt: string;
    annualVolume: number | null;
    maxDistanceKm: number | null;
    requiredCertifications: Array<string>;
    plant: { __typename?: 'Plant'; id: string; name: string; oem: string; city: string };
    myMatch: { __typename?: 'SupplierMatch'; score: number; distanceKm: number; missingCertifications: Array<string> };
  }>;
};

export type MyHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type MyHistoryQuery = {
  __typename?: 'Query';
  supplierHistory: {
    __typename?: 'SupplierAuditEntryConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'SupplierAuditEntryEdge';
      node: {
        __typename?: 'SupplierAuditEntry';
        id: string;
        action: string;
        actorEmail: string | null;
        at: string;
        version: number;
        changes: Array<{ __typename?: 'FieldChange'; field: string; oldValue: string | null; newValue: string | null }>;
      };
    }>;
  };
};

export type CertificationImpactQueryVariables = Exact<{
  supplierId: Scalars['ID']['input'];
  scheme: Scalars['String']['input'];
}>;

export type CertificationImpactQuery = {
  __typename?: 'Query';
  certificationImpact: {
    __typename?: 'CertificationImpact';
    scheme: string;
    openRequestsNow: number;
    openRequestsWith: number;
    estimatedCostUsd: number;
    coFundedUsd: number;
    plants: Array<{
      __typename?: 'PlantRankChange';
      process: string;
      rankNow: number | null;
      rankWith: number | null;
      distanceKm: number;
      plant: {
        __typename?: 'Plant';
        id: string;
        name: string;
        oem: string;
        city: string;
        location: { __typename?: 'GeoPoint'; lat: number; lng: number };
      };
    }>;
  };
};

export type CreateSourcingRequestMutationVariables = Exact<{
  input: SourcingRequestInput;
}>;

export type CreateSourcingRequestMutation = {
  __typename?: 'Mutation';
  createSourcingRequest: {
    __typename?: 'SourcingRequest';
    id: string;
    process: string;
    status: SourcingRequestStatus;
    createdAt: string;
    annualVolume: number | null;
    maxDistanceKm: number | null;
    requiredCertifications: Array<string>;
    preferredCertifications: Array<string>;
    awardedAt: string | null;
    cancelledAt: string | null;
    plant: {
      __typename?: 'Plant';
      id: string;
      oem: string;
      name: string;
      city: string;
      region: Region;
      sourcedProcesses: Array<string>;
      state: { __typename?: 'State'; code: string; name: string };
      location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    };
    awardedSupplier: { __typename?: 'Supplier'; id: string; name: string } | null;
  };
};

export type SourcingRequestDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type SourcingRequestDetailQuery = {
  __typename?: 'Query';
  sourcingRequest: {
    __typename?: 'SourcingRequest';
    id: string;
    process: string;
    status: SourcingRequestStatus;
    createdAt: string;
    annualVolume: number | null;
    maxDistanceKm: number | null;
    requiredCertifications: Array<string>;
    preferredCertifications: Array<string>;
    awardedAt: string | null;
    cancelledAt: string | null;
    awardSnapshot: Array<{
      __typename?: 'AwardSnapshotEntry';
      rank: number;
      supplierId: string;
      supplierName: string;
      score: number;
      distanceKm: number;
    }> | null;
    matches: Array<{
      __typename?: 'SupplierMatch';
      score: number;
      distanceKm: number;
      estimatedDriveHours: number;
      missingCertifications: Array<string>;
      explanation: Array<{
        __typename?: 'MatchReason';
        kind: MatchReasonKind;
        text: string;
        km: number | null;
        hours: number | null;
        plantName: string | null;
        scheme: string | null;
        role: MatchReasonRole | null;
        expiresOn: string | null;
        expiringSoon: boolean | null;
        process: string | null;
        materials: Array<string> | null;
        months: number | null;
      }>;
      breakdown: {
        __typename?: 'ScoreBreakdown';
        proximity: number;
        certification: number;
        capability: number;
        freshness: number;
      };
      supplier: {
        __typename?: 'Supplier';
        id: string;
        name: string;
        city: string;
        tier: Tier | null;
        profileConfirmedAt: string | null;
        state: { __typename?: 'State'; code: string; name: string };
        location: { __typename?: 'GeoPoint'; lat: number; lng: number };
        certifications: Array<{
          __typename?: 'Certification';
          id: string;
          scheme: string;
          status: CertificationStatus;
          expiresOn: string | null;
        }>;
        capabilities: Array<{ __typename?: 'SupplierCapability'; process: string; materials: Array<string> }>;
      };
    }>;
    plant: {
      __typename?: 'Plant';
      id: string;
      oem: string;
      name: string;
      city: string;
      region: Region;
      sourcedProcesses: Array<string>;
      state: { __typename?: 'State'; code: string; name: string };
      location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    };
    awardedSupplier: { __typename?: 'Supplier'; id: string; name: string } | null;
  } | null;
};

export type AwardSourcingRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
}>;

export type AwardSourcingRequestMutation = {
  __typename?: 'Mutation';
  awardSourcingRequest: {
    __typename?: 'SourcingRequest';
    id: string;
    process: string;
    status: SourcingRequestStatus;
    createdAt: string;
    annualVolume: number | null;
    maxDistanceKm: number | null;
    requiredCertifications: Array<string>;
    preferredCertifications: Array<string>;
    awardedAt: string | null;
    cancelledAt: string | null;
    awardSnapshot: Array<{
      __typename?: 'AwardSnapshotEntry';
      rank: number;
      supplierId: string;
      supplierName: string;
      score: number;
      distanceKm: number;
    }> | null;
    plant: {
      __typename?: 'Plant';
      id: string;
      oem: string;
      name: string;
      city: string;
      region: Region;
      sourcedProcesses: Array<string>;
      state: { __typename?: 'State'; code: string; name: string };
      location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    };
    awardedSupplier: { __typename?: 'Supplier'; id: string; name: string } | null;
  };
};

export type CancelSourcingRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CancelSourcingRequestMutation = {
  __typename?: 'Mutation';
  cancelSourcingRequest: {
    __typename?: 'SourcingRequest';
    id: string;
    process: string;
    status: SourcingRequestStatus;
    createdAt: string;
    annualVolume: number | null;
    maxDistanceKm: number | null;
    requiredCertifications: Array<string>;
    preferredCertifications: Array<string>;
    awardedAt: string | null;
    cancelledAt: string | null;
    plant: {
      __typename?: 'Plant';
      id: string;
      oem: string;
      name: string;
      city: string;
      region: Region;
      sourcedProcesses: Array<string>;
      state: { __typename?: 'State'; code: string; name: string };
      location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    };
    awardedSupplier: { __typename?: 'Supplier'; id: string; name: string } | null;
  };
};

export type SourcingRequestsQueryVariables = Exact<{
  status?: InputMaybe<SourcingRequestStatus>;
}>;

export type SourcingRequestsQuery = {
  __typename?: 'Query';
  sourcingRequests: Array<{
    __typename?: 'SourcingRequest';
    id: string;
    process: string;
    status: SourcingRequestStatus;
    createdAt: string;
    annualVolume: number | null;
    maxDistanceKm: number | null;
    requiredCertifications: Array<string>;
    preferredCertifications: Array<string>;
    awardedAt: string | null;
    cancelledAt: string | null;
    plant: {
      __typename?: 'Plant';
      id: string;
      oem: string;
      name: string;
      city: string;
      region: Region;
      sourcedProcesses: Array<string>;
      state: { __typename?: 'State'; code: string; name: string };
      location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    };
    awardedSupplier: { __typename?: 'Supplier'; id: string; name: string } | null;
  }>;
};

export type RequestSummaryFragment = {
  __typename?: 'SourcingRequest';
  id: string;
  process: string;
  status: SourcingRequestStatus;
  createdAt: string;
  annualVolume: number | null;
  maxDistanceKm: number | null;
  requiredCertifications: Array<string>;
  preferredCertifications: Array<string>;
  awardedAt: string | null;
  cancelledAt: string | null;
  plant: {
    __typename?: 'Plant';
    id: string;
    oem: string;
    name: string;
    city: string;
    region: Region;
    sourcedProcesses: Array<string>;
    state: { __typename?: 'State'; code: string; name: string };
    location: { __typename?: 'GeoPoint'; lat: number; lng: number };
  };
  awardedSupplier: { __typename?: 'Supplier'; id: string; name: string } | null;
};

export type MyPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type MyPreferencesQuery = {
  __typename?: 'Query';
  me: { __typename?: 'User'; id: string; language: Language; emailDigest: boolean } | null;
};

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;

export type UpdateNotificationPreferencesMutation = {
  __typename?: 'Mutation';
  updateNotificationPreferences: { __typename?: 'User'; id: string; language: Language; emailDigest: boolean };
};

export type ApiKeyRowFragment = {
  __typename?: 'ApiKey';
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type MyApiKeysQueryVariables = Exact<{ [key: string]: never }>;

export type MyApiKeysQuery = {
  __typename?: 'Query';
  apiKeys: Array<{
    __typename?: 'ApiKey';
    id: string;
    name: string;
    prefix: string;
    createdAt: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
  }>;
};

export type CreateApiKeyMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;

export type CreateApiKeyMutation = {
  __typename?: 'Mutation';
  createApiKey: {
    __typename?: 'CreatedApiKey';
    secret: string;
    apiKey: {
      __typename?: 'ApiKey';
      id: string;
      name: string;
      prefix: string;
      createdAt: string;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
  };
};

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RevokeApiKeyMutation = { __typename?: 'Mutation'; revokeApiKey: boolean };

export type WebhookRowFragment = {
  __typename?: 'Webhook';
  id: string;
  url: string;
  events: Array<EventType>;
  active: boolean;
  createdAt: string;
};

export type MyWebhooksQueryVariables = Exact<{ [key: string]: never }>;

export type MyWebhooksQuery = {
  __typename?: 'Query';
  webhooks: Array<{
    __typename?: 'Webhook';
    id: string;
    url: string;
    events: Array<EventType>;
    active: boolean;
    createdAt: string;
  }>;
};

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type WebhookDeliveriesQuery = {
  __typename?: 'Query';
  webhookDeliveries: Array<{
    __typename?: 'WebhookDelivery';
    id: string;
    event: EventType;
    status: DeliveryStatus;
    attempts: number;
    lastAttemptAt: string | null;
    responseStatus: number | null;
  }>;
};

export type CreateWebhookMutationVariables = Exact<{
  url: Scalars['String']['input'];
  events: Array<EventType> | EventType;
}>;

export type CreateWebhookMutation = {
  __typename?: 'Mutation';
  createWebhook: {
    __typename?: 'CreatedWebhook';
    secret: string;
    webhook: {
      __typename?: 'Webhook';
      id: string;
      url: string;
      events: Array<EventType>;
      active: boolean;
      createdAt: string;
    };
  };
};

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeleteWebhookMutation = { __typename?: 'Mutation'; deleteWebhook: boolean };

export type SupplierDetailsFragment = {
  __typename?: 'Supplier';
  id: string;
  name: string;
  tier: Tier | null;
  city: string;
  region: Region;
  profileConfirmedAt: string | null;
  updatedAt: string;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  state: { __typename?: 'State'; code: string; name: string };
  location: { __typename?: 'GeoPoint'; lat: number; lng: number };
  capabilities: Array<{
    __typename?: 'SupplierCapability';
    process: string;
    materials: Array<string>;
    notes: string | null;
  }>;
  certifications: Array<{
    __typename?: 'Certification';
    id: string;
    scheme: string;
    certificateNumber: string | null;
    issuer: string | null;
    issuedOn: string | null;
    expiresOn: string | null;
    status: CertificationStatus;
  }>;
};

export type SupplierProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SupplierProfileQuery = {
  __typename?: 'Query';
  supplier: {
    __typename?: 'Supplier';
    rfc: string | null;
    employees: string | null;
    id: string;
    name: string;
    tier: Tier | null;
    city: string;
    region: Region;
    profileConfirmedAt: string | null;
    updatedAt: string;
    contactEmail: string | null;
    contactPhone: string | null;
    website: string | null;
    state: { __typename?: 'State'; code: string; name: string };
    location: { __typename?: 'GeoPoint'; lat: number; lng: number };
    capabilities: Array<{
      __typename?: 'SupplierCapability';
      process: string;
      materials: Array<string>;
      notes: string | null;
    }>;
    certifications: Array<{
      __typename?: 'Certification';
      id: string;
      scheme: string;
      certificateNumber: string | null;
      issuer: string | null;
      issuedOn: string | null;
      expiresOn: string | null;
      status: CertificationStatus;
    }>;
  } | null;
};

export type SupplierDirectoryQueryVariables = Exact<{
  filter?: InputMaybe<SupplierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type SupplierDirectoryQuery = {
  __typename?: 'Query';
  suppliers: {
    __typename?: 'SupplierConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'SupplierEdge';
      cursor: string;
      node: {
        __typename?: 'Supplier';
        id: string;
        name: string;
        city: string;
        tier: Tier | null;
        region: Region;
        state: { __typename?: 'State'; code: string; name: string };
        location: { __typename?: 'GeoPoint'; lat: number; lng: number };
        capabilities: Array<{ __typename?: 'SupplierCapability'; process: string }>;
        certifications: Array<{
          __typename?: 'Certification';
          id: string;
          scheme: string;
          status: CertificationStatus;
        }>;
      };
    }>;
  };
};

export const GapRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CapabilityGap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'process' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plantsInRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certifiedSuppliers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentCandidates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gapScore' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapRowFragment, unknown>;
export const MatchRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimatedDriveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingCertifications' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'km' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plantName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'months' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'proximity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certification' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'freshness' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'state' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'capabilities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchRowFragment, unknown>;
export const SupplierDetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupplierDetailsFragment, unknown>;
export const MyProfileFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProfileFragment, unknown>;
export const PlantSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlantSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcedProcesses' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlantSummaryFragment, unknown>;
export const RequestSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourcingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'process' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxDistanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlantSummary' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardedSupplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlantSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcedProcesses' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestSummaryFragment, unknown>;
export const ApiKeyRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeyRowFragment, unknown>;
export const WebhookRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Webhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'events' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookRowFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }] },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const CatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Catalog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'states' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'processes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificationSchemes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supersededBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'processCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const PlantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Plants' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plants' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlantSummary' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlantSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcedProcesses' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlantsQuery, PlantsQueryVariables>;
export const CapabilityGapBriefDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CapabilityGapBrief' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'region' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'radiusKm' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Language' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilityGapBrief' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'region' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'region' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'radiusKm' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'radiusKm' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'base64' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'radiusKm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CapabilityGapBriefQuery, CapabilityGapBriefQueryVariables>;
export const CapabilityGapsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CapabilityGaps' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GapInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilityGaps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GapRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CapabilityGap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'process' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plantsInRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certifiedSuppliers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentCandidates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gapScore' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CapabilityGapsQuery, CapabilityGapsQueryVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ImportSuppliersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportSuppliers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'format' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportFormat' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importSuppliers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csv' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'format' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'format' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skipped' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'possibleDuplicates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'existingId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'existingName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportSuppliersMutation, ImportSuppliersMutationVariables>;
export const UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Users' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const RegisterUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterUserMutation, RegisterUserMutationVariables>;
export const SetUserActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetUserActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const RevokeSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeSessionsMutation, RevokeSessionsMutationVariables>;
export const StaleProfilesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaleProfiles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staleSupplierProfiles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaleProfilesQuery, StaleProfilesQueryVariables>;
export const ExpiringCertificatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpiringCertificates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withinDays' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expiringCertifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'withinDays' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'withinDays' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'certification' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'supplier' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpiringCertificatesQuery, ExpiringCertificatesQueryVariables>;
export const GapDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GapDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'region' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'radiusKm' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierDevelopmentCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'region' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'region' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'process' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'radiusKm' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'radiusKm' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'supplier' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'state' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'missingCertifications' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indicativeCostUsd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coFundedUsd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nearDemand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nearestDistanceKm' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plantId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'plant' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilityGapReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'region' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'region' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'radiusKm' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'radiusKm' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'radiusKm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gaps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'gap' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'process' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nearestCertifiedElsewhere' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'supplier' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'state' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nearestPlant' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'logisticsNodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stateCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nearestPlant' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gapHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'region' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'region' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'process' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'radiusKm' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'radiusKm' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gapScore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'demand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certifiedSuppliers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'developmentCandidates' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapDetailQuery, GapDetailQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RankSuppliersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RankSuppliers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rankSuppliers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimatedDriveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingCertifications' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'km' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plantName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'months' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'proximity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certification' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'freshness' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'state' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'capabilities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RankSuppliersQuery, RankSuppliersQueryVariables>;
export const MyProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplier' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyProfile' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSupplierInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSupplier' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyProfile' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const AddMyCertificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddMyCertification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'supplierId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CertificationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addCertification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'supplierId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'supplierId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddMyCertificationMutation, AddMyCertificationMutationVariables>;
export const RemoveMyCertificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveMyCertification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCertification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveMyCertificationMutation, RemoveMyCertificationMutationVariables>;
export const ConfirmMyProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmMyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmSupplierProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyProfile' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmMyProfileMutation, ConfirmMyProfileMutationVariables>;
export const MyOpportunitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyOpportunities' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openSourcingRequestsForMe' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxDistanceKm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredCertifications' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myMatch' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingCertifications' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyOpportunitiesQuery, MyOpportunitiesQueryVariables>;
export const MyHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'oldValue' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'newValue' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyHistoryQuery, MyHistoryQueryVariables>;
export const CertificationImpactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CertificationImpact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'supplierId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scheme' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificationImpact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'supplierId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'supplierId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scheme' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scheme' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openRequestsNow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openRequestsWith' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedCostUsd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coFundedUsd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rankNow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rankWith' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'plant' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'location' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CertificationImpactQuery, CertificationImpactQueryVariables>;
export const CreateSourcingRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSourcingRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SourcingRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSourcingRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlantSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcedProcesses' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourcingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'process' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxDistanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlantSummary' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardedSupplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSourcingRequestMutation, CreateSourcingRequestMutationVariables>;
export const SourcingRequestDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SourcingRequestDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourcingRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestSummary' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'awardSnapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supplierName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'matches' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchRow' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlantSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcedProcesses' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourcingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'process' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxDistanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlantSummary' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardedSupplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimatedDriveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingCertifications' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'km' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plantName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiringSoon' } },
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'months' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'proximity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certification' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'freshness' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'state' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'capabilities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SourcingRequestDetailQuery, SourcingRequestDetailQueryVariables>;
export const AwardSourcingRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AwardSourcingRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'supplierId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardSourcingRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'supplierId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'supplierId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestSummary' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'awardSnapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supplierName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlantSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcedProcesses' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourcingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'process' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxDistanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlantSummary' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardedSupplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AwardSourcingRequestMutation, AwardSourcingRequestMutationVariables>;
export const CancelSourcingRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelSourcingRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelSourcingRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlantSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcedProcesses' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourcingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'process' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxDistanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlantSummary' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardedSupplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelSourcingRequestMutation, CancelSourcingRequestMutationVariables>;
export const SourcingRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SourcingRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SourcingRequestStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourcingRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlantSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcedProcesses' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourcingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'process' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxDistanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCertifications' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlantSummary' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'awardedSupplier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SourcingRequestsQuery, SourcingRequestsQueryVariables>;
export const MyPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyPreferences' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emailDigest' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPreferencesQuery, MyPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNotificationPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreferencesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNotificationPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emailDigest' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const MyApiKeysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyApiKeys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiKeyRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyApiKeysQuery, MyApiKeysQueryVariables>;
export const CreateApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiKeyRow' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const MyWebhooksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyWebhooks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhooks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Webhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'events' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyWebhooksQuery, MyWebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookDeliveries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'webhookId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookDeliveries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'webhookId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'webhookId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastAttemptAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'url' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'events' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'url' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'url' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'events' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'events' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhook' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookRow' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Webhook' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'events' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const SupplierProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupplierProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplier' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rfc' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employees' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'state' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capabilities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'materials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'profileConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupplierProfileQuery, SupplierProfileQueryVariables>;
export const SupplierDirectoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupplierDirectory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suppliers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'state' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'location' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'capabilities' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'process' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'certifications' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'scheme' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupplierDirectoryQuery, SupplierDirectoryQueryVariables>;
