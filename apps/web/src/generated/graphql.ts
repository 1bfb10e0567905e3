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

export type SupplierProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SupplierProfileQuery = {
  __typename?: 'Query';
  supplier: {
    __typename?: 'Supplier';
    id: string;
    name: string;
    rfc: string | null;
    tier: Tier | null;
    city: string;
    region: Region;
    employees: string | null;
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rfc' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employees' } },
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
