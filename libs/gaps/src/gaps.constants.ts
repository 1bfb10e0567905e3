/**
 * The documented parameters of the capability-gap model (see README "Capability gaps").
 */

/** Supply counts within this great-circle distance of a plant unless the caller says otherwise. */
export const DEFAULT_GAP_RADIUS_KM = 250;
/** Largest radius accepted (about half the Earth's circumference). */
export const MAX_GAP_RADIUS_KM = 20_000;
/** A demand point is fully covered by K certified suppliers within the radius (n/K below that). */
export const GAP_FULL_COVERAGE_K = 3;
/** Demand weight of a plant whose sourced processes include the process. */
export const PLANT_DEMAND_WEIGHT = 1;
/** Demand weight of each OPEN sourcing request for the process at a plant of the region. */
export const OPEN_REQUEST_DEMAND_WEIGHT = 0.5;
/** The automotive QMS whose valid certificate makes a supplier "certified" (ISO/TS 16949 never counts). */
export const GAP_CERTIFICATION = 'IATF-16949';

/**
 * Indicative certification costs in US dollars for a small or medium Mexican supplier (consultancy,
 * training, certification-body audit days; order of magnitude, not a quote):
 * - IATF 16949 from scratch: 30,000; with a valid ISO 9001 already in place: 18,000.
 * - The AIAG CQI special-process assessment of the process (a self-assessment; training and gap
 *   closing): 4,000.
 * The industry association's programme co-funds up to 50% of it.
 */
export const COST_IATF_FROM_SCRATCH_USD = 30_000;
export const COST_IATF_WITH_ISO9001_USD = 18_000;
export const COST_CQI_ASSESSMENT_USD = 4_000;
export const CO_FUNDED_SHARE = 0.5;

export const DEFAULT_CANDIDATES = 20;
export const MAX_CANDIDATES = 100;
/** Nearest certified suppliers in other regions listed per gap in capabilityGapReport. */
export const REPORT_REMOTE_SUPPLIERS = 3;

/**
 * Indicative cost (USD) of the other schemes for the same kind of supplier, for the case for
 * certifying (certificationImpact); IATF 16949 and the CQI assessments use the figures above.
 */
export const SCHEME_COST_USD: Readonly<Record<string, number>> = {
  'ISO-9001': 12_000,
  'ISO-14001': 10_000,
  'ISO-45001': 10_000,
  'VDA-6.1': 25_000,
  'VDA-6.3': 8_000,
  TISAX: 15_000,
};
/** certificationImpact: plants this close to the supplier, their top 100, the certificate valid this long. */
export const IMPACT_RADIUS_KM = 500;
export const IMPACT_TOP = 100;
export const IMPACT_VALID_YEARS = 3;
