import { Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { findDataDir, readCsvFile, splitList } from '@enlace/core';
import * as path from 'path';
import { CatalogService } from '../catalog.service';
import { PlantService } from '../plants/plant.service';

export interface ReferenceCounts {
  states: number;
  processes: number;
  schemes: number;
  plants: number;
  logisticsNodes: number;
}

const num = (v: string) => (v === '' || v === undefined ? null : Number(v));

/**
 * Loads the versioned reference files under data/reference into the database. Idempotent: rows
 * are upserted by their natural keys (state code, process code, OEM + plant name, node name), so
 * ids stay stable across restarts and a changed file takes effect on the next start.
 */
@Injectable()
export class ReferenceDataLoader {
  private readonly log = new Logger('ReferenceData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    @Optional() private readonly plantService?: PlantService,
  ) {}

  async load(dir = findDataDir('reference')): Promise<ReferenceCounts> {
    const file = (name: string) => readCsvFile(path.join(dir, name));
    const states = file('states.csv').map((r) => ({
      code: r.code,
      inegi_code: r.inegi_code,
      name: r.name,
      region: r.region,
      aliases: splitList(r.aliases),
    }));
    const processes = file('processes.csv').map((r, i) => ({
      code: r.code,
      name: r.name,
      name_es: r.name_es,
      assessment: r.assessment || null,
      sort_order: i,
    }));
    const schemes = file('certification-schemes.csv').map((r, i) => ({
      code: r.code,
      name: r.name,
      kind: r.kind,
      validity_years: num(r.validity_years),
      superseded_by: r.superseded_by || null,
      process_code: r.process_code || null,
      sort_order: i,
    }));
    const kindProcesses = new Map<string, string[]>();
    for (const r of file('plant-kind-processes.csv')) {
      kindProcesses.set(r.kind, [...(kindProcesses.get(r.kind) ?? []), r.process_code]);
    }
    const plants = file('plants.csv').map((r) => ({
      oem: r.oem,
      name: r.name,
      city: r.city,
      state_code: r.state_code,
      lat: Number(r.lat),
      lng: Number(r.lng),
      since: num(r.since),
      kind: r.kind,
      products: splitList(r.products),
      source: r.source || null,
      confidence: r.confidence,
      processes: r.sourced_processes ? splitList(r.sourced_processes) : (kindProcesses.get(r.kind) ?? []),
    }));
    const nodes = file('logistics-nodes.csv').map((r) => ({
      name: r.name,
      kind: r.kind,
      lat: Number(r.lat),
      lng: Number(r.lng),
      state_code: r.state_code,
      confidence: r.confidence,
    }));

    await this.dataSource.transaction(async (m) => {
      // One loader at a time (several instances may start together).
      await m.query(`SELECT pg_advisory_xact_lock(7263542)`);
      await this.upsert(m, states, processes, schemes, plants, nodes);
      // Capability-gap proximity (migration 1764700000000): recomputed only if plant data changed.
      await m.query(`SELECT public.enlace_refresh_region_proximity_if_changed()`);
    });
    this.catalog.invalidate();
    this.plantService?.invalidate();
    const counts = {
      states: states.length,
      processes: processes.length,
      schemes: schemes.length,
      plants: plants.length,
      logisticsNodes: nodes.length,
    };
    this.log.log(`reference data loaded: ${JSON.stringify(counts)}`);
    return counts;
  }

  private async upsert(
    m: EntityManager,
    states: object[],
    processes: object[],
    schemes: object[],
    plants: Array<Record<string, unknown>>,
    nodes: object[],
  ) {
    await m.query(
      `INSERT INTO states (code, inegi_code, name, region, aliases)
       SELECT code, inegi_code, name, region, aliases FROM jsonb_to_recordset($1::jsonb)
         AS x(code text, inegi_code text, name text, region text, aliases text[])
       ON CONFLICT (code) DO UPDATE SET inegi_code = EXCLUDED.inegi_code, name = EXCLUDED.name,
         region = EXCLUDED.region, aliases = EXCLUDED.aliases`,
      [JSON.stringify(states)],
    );
    await m.query(
      `INSERT INTO processes (code, name, name_es, assessment, sort_order)
       SELECT code, name, name_es, assessment, sort_order FROM jsonb_to_recordset($1::jsonb)
         AS x(code text, name text, name_es text, assessment text, sort_order int)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_es = EXCLUDED.name_es,
         assessment = EXCLUDED.assessment, sort_order = EXCLUDED.sort_order`,
      [JSON.stringify(processes)],
    );
    await m.query(
      `INSERT INTO certification_schemes (code, name, kind, validity_years, superseded_by, process_code, sort_order)
       SELECT code, name, kind, validity_years, superseded_by, process_code, sort_order FROM jsonb_to_recordset($1::jsonb)
         AS x(code text, name text, kind text, validity_years int, superseded_by text, process_code text, sort_order int)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, validity_years = EXCLUDED.validity_years,
         superseded_by = EXCLUDED.superseded_by, process_code = EXCLUDED.process_code, sort_order = EXCLUDED.sort_order`,
      [JSON.stringify(schemes)],
    );
    await m.query(
      `INSERT INTO oems (name) SELECT DISTINCT oem FROM jsonb_to_recordset($1::jsonb) AS x(oem text)
       ON CONFLICT (name) DO NOTHING`,
      [JSON.stringify(plants)],
    );
    await m.query(
      `INSERT INTO plants (oem_id, name, city, state_code, lat, lng, since, kind, products, source, confidence)
       SELECT o.id, x.name, x.city, x.state_code, x.lat, x.lng, x.since, x.kind, x.products, x.source, x.confidence
         FROM jsonb_to_recordset($1::jsonb) AS x(oem text, name text, city text, state_code text, lat float8, lng float8,
              since int, kind text, products text[], source text, confidence text)
         JOIN oems o ON o.name = x.oem
       ON CONFLICT (oem_id, name) DO UPDATE SET city = EXCLUDED.city, state_code = EXCLUDED.state_code,
         lat = EXCLUDED.lat, lng = EXCLUDED.lng, since = EXCLUDED.since, kind = EXCLUDED.kind,
         products = EXCLUDED.products, source = EXCLUDED.source, confidence = EXCLUDED.confidence,
         updated_at = CASE WHEN (plants.city, plants.state_code, plants.lat, plants.lng, plants.since, plants.kind, plants.products, plants.source, plants.confidence)
                              IS DISTINCT FROM (EXCLUDED.city, EXCLUDED.state_code, EXCLUDED.lat, EXCLUDED.lng, EXCLUDED.since, EXCLUDED.kind, EXCLUDED.products, EXCLUDED.source, EXCLUDED.confidence)
                         THEN now() ELSE plants.updated_at END`,
      [JSON.stringify(plants)],
    );
    // Sourced processes: the file is the truth for reference plants.
    await m.query(
      `WITH x AS (
         SELECT p.id AS plant_id, unnest(x.processes) AS process_code
           FROM jsonb_to_recordset($1::jsonb) AS x(oem text, name text, processes text[])
           JOIN oems o ON o.name = x.oem JOIN plants p ON p.oem_id = o.id AND p.name = x.name),
       del AS (
         DELETE FROM plant_processes pp USING plants p JOIN oems o ON o.id = p.oem_id
          WHERE pp.plant_id = p.id
            AND (o.name, p.name) IN (SELECT oem, name FROM jsonb_to_recordset($1::jsonb) AS y(oem text, name text))
            AND NOT EXISTS (SELECT 1 FROM x WHERE x.plant_id = pp.plant_id AND x.process_code = pp.process_code))
       INSERT INTO plant_processes (plant_id, process_code) SELECT plant_id, process_code FROM x
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(plants)],
    );
    await m.query(
      `INSERT INTO logistics_nodes (name, kind, lat, lng, state_code, confidence)
       SELECT name, kind, lat, lng, state_code, confidence FROM jsonb_to_recordset($1::jsonb)
         AS x(name text, kind text, lat float8, lng float8, state_code text, confidence text)
       ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, lat = EXCLUDED.lat, lng = EXCLUDED.lng,
         state_code = EXCLUDED.state_code, confidence = EXCLUDED.confidence`,
      [JSON.stringify(nodes)],
    );
  }
}
