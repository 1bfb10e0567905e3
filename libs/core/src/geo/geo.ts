import { accept, Checked, refuse } from '../validation/checked';

export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius used by PostgreSQL's earthdistance (earth()), in metres. */
export const EARTH_RADIUS_M = 6378168;

/**
 * Approximate bounding box of Mexico: about 14.3–32.8 N, 86.6–118.6 W. The one copy: the API, the
 * import and the generator all check or clamp locations against it (checkLocation).
 */
export const MEXICO_BBOX = { minLat: 14.3, maxLat: 32.8, minLng: -118.6, maxLng: -86.6 };

/** The coordinate of `p` that lies outside Mexico's box (latitude first), or null when `p` is inside. */
export function coordinateOutsideMexico(p: LatLng): 'lat' | 'lng' | null {
  if (!(p.lat >= MEXICO_BBOX.minLat && p.lat <= MEXICO_BBOX.maxLat)) return 'lat';
  if (!(p.lng >= MEXICO_BBOX.minLng && p.lng <= MEXICO_BBOX.maxLng)) return 'lng';
  return null;
}

export function isInsideMexicoBox(p: LatLng): boolean {
  return coordinateOutsideMexico(p) === null;
}

/**
 * The rule for a location in Mexico: a real latitude and longitude (refused as the part ".lat" or
 * ".lng"), inside MEXICO_BBOX (refused as the point as a whole). `coordinate` names the coordinate
 * at fault either way, for callers that have one field per coordinate (the import's columns).
 */
export function checkLocation(p: LatLng): Checked<LatLng, { coordinate: 'lat' | 'lng' }> {
  if (!Number.isFinite(p.lat) || p.lat < -90 || p.lat > 90)
    return { ...refuse(`must be between -90 and 90, got ${p.lat}`, '.lat'), coordinate: 'lat' };
  if (!Number.isFinite(p.lng) || p.lng < -180 || p.lng > 180)
    return { ...refuse(`must be between -180 and 180, got ${p.lng}`, '.lng'), coordinate: 'lng' };
  const outside = coordinateOutsideMexico(p);
  if (outside) {
    const { minLat, maxLat, minLng, maxLng } = MEXICO_BBOX;
    return {
      ...refuse(
        `(${p.lat}, ${p.lng}) lies outside Mexico (latitude ${minLat}..${maxLat}, longitude ${minLng}..${maxLng})`,
      ),
      coordinate: outside,
    };
  }
  return accept({ lat: p.lat, lng: p.lng });
}

/** Great-circle distance in km on the same sphere earthdistance uses. */
export function greatCircleKm(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return (2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))) / 1000;
}

/** Chord length in metres (cube's `<->` between earth points) to great-circle km, as SQL enlace_chord_to_km. */
export function chordToKm(chordM: number): number {
  return (2 * EARTH_RADIUS_M * Math.asin(Math.min(1, chordM / (2 * EARTH_RADIUS_M)))) / 1000;
}

/** Great-circle km to chord length in metres, as SQL enlace_km_to_chord. */
export function kmToChord(km: number): number {
  return 2 * EARTH_RADIUS_M * Math.sin(Math.min(Math.PI / 2, Math.max(0, km) / ((2 * EARTH_RADIUS_M) / 1000)));
}
