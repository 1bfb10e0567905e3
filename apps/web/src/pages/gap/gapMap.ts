import type { TFunction } from 'i18next';
import type { MapMarker, MapRing } from '../../components/map/MexicoMap';
import { plantMarkers } from '../../components/matches/matchMap';
import type { Formatters } from '../../format/format';
import type { GapDetailQuery, PlantSummaryFragment } from '../../generated/graphql';

type Candidate = GapDetailQuery['supplierDevelopmentCandidates'][number];

/** The candidates (named by supplier, linked to their pages), the region's plants, and the radius around each plant. */
export function gapMapLayers(
  candidates: Candidate[],
  plants: PlantSummaryFragment[],
  radiusKm: number,
  t: TFunction,
  f: Formatters,
): { markers: MapMarker[]; rings: MapRing[] } {
  const markers: MapMarker[] = candidates.map((c) => ({
    id: c.supplier.id,
    name: c.supplier.name,
    lat: c.supplier.location.lat,
    lng: c.supplier.location.lng,
    kind: 'supplier',
    href: `/suppliers/${c.supplier.id}`,
  }));
  // The same radius around each plant, labelled once.
  const rings: MapRing[] = plants.map((p, i) => ({
    lat: p.location.lat,
    lng: p.location.lng,
    km: radiusKm,
    label: i === 0 ? t('gap.ring', { distance: f.km(radiusKm) }) : '',
    emphasis: true,
  }));
  return { markers: [...markers, ...plantMarkers(plants, t)], rings };
}
