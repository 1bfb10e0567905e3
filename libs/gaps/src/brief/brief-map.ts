import * as fs from 'fs';
import * as path from 'path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, Position } from 'geojson';
import { findDataDir } from '@enlace/core';

/**
 * Mexico's states for the brief's map, from the base map the web app draws too
 * (data/maps/mexico.topo.json), projected like it: Lambert conformal conic, standard parallels
 * 17.5°N and 29.5°N (as INEGI's national maps), central meridian 102°W, fitted into a box.
 */
export interface BriefMap {
  /** SVG path data per state code (ISO 3166-2), in the box's coordinates. */
  states: Array<{ code: string; d: string }>;
  /** The neighbouring land (for context; may reach outside the box). */
  land: string;
  project: (lng: number, lat: number) => [number, number];
}

const RAD = Math.PI / 180;
const [P1, P2, L0] = [17.5 * RAD, 29.5 * RAD, -102 * RAD];
const t = (phi: number) => Math.tan(Math.PI / 4 + phi / 2);
const N = Math.log(Math.cos(P1) / Math.cos(P2)) / Math.log(t(P2) / t(P1));
const F = (Math.cos(P1) * Math.pow(t(P1), N)) / N;

/** Lambert conformal conic on the unit sphere, y growing downwards (as on a page). */
export function lambert(lng: number, lat: number): [number, number] {
  const rho = F / Math.pow(t(lat * RAD), N);
  const theta = N * (lng * RAD - L0);
  return [rho * Math.sin(theta), rho * Math.cos(theta)];
}

type Rings = Position[][];

function ringsOf(g: Geometry | null): Rings {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

/** The projection that fits `rings` into a box of width × height (keeping proportions, centred). */
function fit(rings: Rings, width: number, height: number): (lng: number, lat: number) => [number, number] {
  const pts = rings.flat().map(([lng, lat]) => lambert(lng, lat));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  const [dx, dy] = [(width - k * (x1 - x0)) / 2, (height - k * (y1 - y0)) / 2];
  return (lng, lat) => {
    const [x, y] = lambert(lng, lat);
    return [dx + k * (x - x0), dy + k * (y - y0)];
  };
}

function pathOf(rings: Rings, project: BriefMap['project']): string {
  return rings
    .map(
      (ring) =>
        ring
          .map(
            ([lng, lat], i) =>
              `${i ? 'L' : 'M'}${project(lng, lat)
                .map((v) => v.toFixed(1))
                .join(',')}`,
          )
          .join('') + 'Z',
    )
    .join('');
}

let topology: Topology | null = null;

function baseMap(): Topology {
  topology ??= JSON.parse(fs.readFileSync(path.join(findDataDir('maps'), 'mexico.topo.json'), 'utf8')) as Topology;
  return topology;
}

export function briefMap(width: number, height: number): BriefMap {
  const topo = baseMap();
  const states = feature(topo, topo.objects.states as GeometryCollection).features as Feature[];
  const land = feature(topo, topo.objects.land as GeometryCollection).features as Feature[];
  const project = fit(
    states.flatMap((f) => ringsOf(f.geometry)),
    width,
    height,
  );
  return {
    states: states.map((f) => ({ code: String(f.id), d: pathOf(ringsOf(f.geometry), project) })),
    land: pathOf(
      land.flatMap((f) => ringsOf(f.geometry)),
      project,
    ),
    project,
  };
}
