import { daysFromToday } from './builders';

/** Shared fixtures of the capability-gap tests. */

export const GAPS_QUERY = `query($input: GapInput) { capabilityGaps(input: $input) {
  region process plantsInRegion demand certifiedSuppliers developmentCandidates gapScore } }`;

/** Certified suppliers at which a demand point counts as fully covered (README "Capability gaps"). */
export const K = 3;

export const IATF_VALID = { scheme: 'IATF-16949', issuedOn: daysFromToday(-200), expiresOn: daysFromToday(700) };

// Next to GM Silao Complex and VW Silao Engines (BAJIO).
export const SILAO = { lat: 20.95, lng: -101.43, stateCode: 'MX-GUA', city: 'Silao' };
// Saltillo, Coahuila (NORTH).
export const SALTILLO = { lat: 25.42, lng: -100.99, stateCode: 'MX-COA', city: 'Saltillo' };
export const HERMOSILLO = { lat: 29.07, lng: -110.96, stateCode: 'MX-SON', city: 'Hermosillo' };
export const AGUASCALIENTES = { lat: 21.88, lng: -102.29, stateCode: 'MX-AGU', city: 'Aguascalientes' };
export const GUADALAJARA = { lat: 20.67, lng: -103.35, stateCode: 'MX-JAL', city: 'Guadalajara' };

export interface PlantInfo {
  id: string;
  name: string;
  region: string;
  location: { lat: number; lng: number };
  sourcedProcesses: string[];
}

export interface Gap {
  region: string;
  process: string;
  plantsInRegion: number;
  demand: number;
  certifiedSuppliers: number;
  developmentCandidates: number;
  gapScore: number;
}
