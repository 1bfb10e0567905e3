export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius used by PostgreSQL's earthdistance (earth()), in metres. */
export const EARTH_RADIUS_M = 6378168;

/** Approximate bounding box of Mexico: about 14.3–32.8 N, 86.6–118.6 W. */
export const MEXICO_BBOX = { minLat: 14.3, maxLat: 32.8, minLng: -118.6, maxLng: -86.6 };

export function isInsideMexicoBox(p: LatLng): boolean {
  return (
    p.lat >= MEXICO_BBOX.minLat &&
    p.lat <= MEXICO_BBOX.maxLat &&
    p.lng >= MEXICO_BBOX.minLng &&
    p.lng <= MEXICO_BBOX.maxLng
  );
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
