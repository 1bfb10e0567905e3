import { Language, Region } from '@enlace/core';

/** Everything the brief shows, already resolved to names: what `renderBrief` draws, nothing more. */
export interface BriefData {
  language: Language;
  region: Region;
  radiusKm: number;
  asOf: string;
  gaps: BriefGap[];
  /** The region's plants (markers on the map). */
  plants: Array<{ name: string; oem: string; city: string; lat: number; lng: number }>;
  /** Every state, with its region's worst gap score (null: no gap there, or not the brief's region). */
  states: Array<{ code: string; score: number | null; inRegion: boolean }>;
  /** For the largest gaps that have any, their development candidates (nearest the most demand first). */
  development: Array<{ processName: string; candidates: BriefCandidate[] }>;
  logistics: Array<{ name: string; kind: string; nearestPlant: string; distanceKm: number }>;
}

export interface BriefGap {
  processName: string;
  plants: number;
  demand: number;
  certified: number;
  candidates: number;
  score: number;
  /** The nearest certified suppliers in other regions: "name (region, km)". */
  elsewhere: Array<{ name: string; region: Region; distanceKm: number }>;
}

export interface BriefCandidate {
  name: string;
  city: string;
  distanceKm: number;
  missing: string[];
  costUsd: number;
  coFundedUsd: number;
}
