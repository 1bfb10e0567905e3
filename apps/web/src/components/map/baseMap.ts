// The offline base map: Mexico's states and the neighbouring land from /maps/mexico.topo.json
// (see data/README.md), projected once with Lambert conformal conic (INEGI's parallels) into a
// fixed 1000 × 640 frame that the SVG scales to its width.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { geoCircle, geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';

export const VIEW_W = 1000;
export const VIEW_H = 640;

export interface StateShape {
  code: string;
  name: string;
  d: string;
}

export interface BaseMap {
  project(lng: number, lat: number): [number, number];
  /** The [lng, lat] at a point of the frame (null off the projection). */
  invert(x: number, y: number): [number, number] | null;
  states: StateShape[];
  /** Borders between states (drawn thinner than the coast). */
  borders: string;
  /** Mexico's outline. */
  outline: string;
  /** Neighbouring countries' land, for context. */
  land: string;
  /** A circle of `km` around a point, as a path. */
  ring(lng: number, lat: number, km: number): string;
}

type MapTopology = Topology<{ states: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

const EARTH_KM_PER_DEGREE = 111.195;

function build(topo: MapTopology): BaseMap {
  const states = feature(topo, topo.objects.states) as FeatureCollection<Geometry, { name: string }>;
  const projection: GeoProjection = geoConicConformal()
    .parallels([17.5, 29.5])
    .rotate([102, 0])
    .fitExtent(
      [
        [12, 12],
        [VIEW_W - 12, VIEW_H - 12],
      ],
      states,
    );
  const path = geoPath(projection);
  return {
    project: (lng, lat) => projection([lng, lat]) ?? [0, 0],
    invert: (x, y) => projection.invert?.([x, y]) ?? null,
    states: states.features.map((f) => ({ code: String(f.id), name: f.properties.name, d: path(f) ?? '' })),
    borders: path(mesh(topo, topo.objects.states, (a, b) => a !== b)) ?? '',
    outline: path(mesh(topo, topo.objects.states, (a, b) => a === b)) ?? '',
    land: path(feature(topo, topo.objects.land)) ?? '',
    ring: (lng, lat, km) =>
      path(
        geoCircle()
          .center([lng, lat])
          .radius(km / EARTH_KM_PER_DEGREE)(),
      ) ?? '',
  };
}

let loading: Promise<BaseMap> | null = null;

/** Loads and projects the base map once per page load. */
export function loadBaseMap(): Promise<BaseMap> {
  loading ??= fetch('/maps/mexico.topo.json')
    .then((r) => {
      if (!r.ok) throw new Error(`base map: HTTP ${r.status}`);
      return r.json() as Promise<MapTopology>;
    })
    .then(build)
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}

export const KM_PER_DEGREE = EARTH_KM_PER_DEGREE;
