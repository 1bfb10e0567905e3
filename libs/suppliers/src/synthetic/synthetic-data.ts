import * as path from 'path';
import { findDataDir, readCsvFile } from '@enlace/core';

export interface GeneratorCity {
  city: string;
  stateCode: string;
  lat: number;
  lng: number;
  weight: number;
}

export interface GeneratorProcess {
  code: string;
  /** CQI assessment scheme for this process, when the reference names one. */
  assessment: string | null;
}

/** Inputs of the synthetic-supplier generator: data/generator/*.csv plus the process taxonomy. */
export interface GeneratorData {
  cities: GeneratorCity[];
  cumulativeCityWeights: number[];
  prefixes: string[];
  cores: string[];
  suffixes: string[];
  materials: Map<string, string[]>;
  processes: GeneratorProcess[];
}

export function loadGeneratorData(
  generatorDir = findDataDir('generator'),
  referenceDir = findDataDir('reference'),
): GeneratorData {
  const cities = readCsvFile(path.join(generatorDir, 'cities.csv')).map((r) => ({
    city: r.city,
    stateCode: r.state_code,
    lat: Number(r.lat),
    lng: Number(r.lng),
    weight: Number(r.weight) || 1,
  }));
  let acc = 0;
  const cumulativeCityWeights = cities.map((c) => (acc += c.weight));
  const names = readCsvFile(path.join(generatorDir, 'names.csv'));
  const of = (kind: string) => names.filter((r) => r.kind === kind).map((r) => r.value);
  const materials = new Map<string, string[]>();
  for (const r of names) {
    if (r.kind.startsWith('material:')) {
      const p = r.kind.slice('material:'.length);
      materials.set(p, [...(materials.get(p) ?? []), r.value]);
    }
  }
  const processes = readCsvFile(path.join(referenceDir, 'processes.csv')).map((r) => ({
    code: r.code,
    assessment: r.assessment || null,
  }));
  const data = {
    cities,
    cumulativeCityWeights,
    prefixes: of('prefix'),
    cores: of('core'),
    suffixes: of('suffix'),
    materials,
    processes,
  };
  if (
    !data.cities.length ||
    !data.prefixes.length ||
    !data.cores.length ||
    !data.suffixes.length ||
    !data.processes.length
  ) {
    throw new Error(`generator data in ${generatorDir} is incomplete (cities, prefix, core, suffix rows are required)`);
  }
  return data;
}
