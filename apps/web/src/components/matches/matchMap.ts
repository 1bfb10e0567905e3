import type { TFunction } from 'i18next';
import type { Formatters } from '../../format/format';
import type { MatchRowFragment, PlantSummaryFragment } from '../../generated/graphql';
import type { MapMarker, MapRing } from '../map/MexicoMap';

const REFERENCE_RINGS_KM = [50, 100, 250, 500];

/** The plant, the ranked suppliers (numbered by rank) and the rings: the query's limit, and reference distances. */
export function matchMapLayers(
  plant: PlantSummaryFragment | undefined,
  rows: MatchRowFragment[],
  maxDistanceKm: number | null | undefined,
  selected: string[],
  t: TFunction,
  f: Formatters,
): { markers: MapMarker[]; rings: MapRing[] } {
  const markers: MapMarker[] = rows.map((m, i) => ({
    id: m.supplier.id,
    name: m.supplier.name,
    lat: m.supplier.location.lat,
    lng: m.supplier.location.lng,
    kind: 'supplier',
    href: `/suppliers/${m.supplier.id}`,
    badge: String(i + 1),
    selected: selected.includes(m.supplier.id),
  }));
  if (!plant) return { markers, rings: [] };
  markers.push({
    id: plant.id,
    name: t('map.plant', { name: plant.name }),
    lat: plant.location.lat,
    lng: plant.location.lng,
    kind: 'plant',
  });
  const farthest = Math.max(0, ...rows.map((m) => m.distanceKm));
  const limit = maxDistanceKm ?? farthest;
  const rings: MapRing[] = REFERENCE_RINGS_KM.filter((km) => km < limit || km === REFERENCE_RINGS_KM[0]).map((km) => ({
    lat: plant.location.lat,
    lng: plant.location.lng,
    km,
    label: f.km(km),
  }));
  if (maxDistanceKm != null && maxDistanceKm > 0)
    rings.push({
      lat: plant.location.lat,
      lng: plant.location.lng,
      km: maxDistanceKm,
      label: t('map.maxRing', { distance: f.km(maxDistanceKm) }),
      emphasis: true,
    });
  return { markers, rings };
}

/** Every plant, for choosing one. */
export function plantMarkers(plants: PlantSummaryFragment[], t: TFunction): MapMarker[] {
  return plants.map((p) => ({
    id: p.id,
    name: t('map.plant', { name: `${p.oem} ${p.name}` }),
    lat: p.location.lat,
    lng: p.location.lng,
    kind: 'plant',
  }));
}
