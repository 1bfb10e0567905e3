import { Injectable } from '@nestjs/common';
import { Connection, decodeCursor, encodeCursor, pageSize, RequestLoaders, toConnection } from '@enlace/core';
import { CatalogService } from '../catalog.service';
import { Plant } from './models/plant.model';
import { PlantsArgs } from './dto/plants.args';
import { PlantRepository, PlantRow } from './plant.repository';

const SORT = 'plants:oem,name,id';

@Injectable()
export class PlantService {
  constructor(
    private readonly plants: PlantRepository,
    private readonly catalog: CatalogService,
  ) {}

  async list(args: PlantsArgs): Promise<Connection<Plant>> {
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, SORT, 3) as [string, string, string]) : null;
    const { rows, total } = await this.plants.page({ region: args.region, oem: args.oem?.trim() || null, after, limit: limit + 1 });
    const states = await this.catalog.states();
    const byCode = new Map(states.map((s) => [s.code, s]));
    return toConnection(rows, limit, total, (r) => toPlant(r, byCode), (r) => encodeCursor(SORT, [r.oem, r.name, r.id]));
  }

  /** Loads plants by id through the request's DataLoader (null where none). */
  async byId(id: string, loaders?: RequestLoaders): Promise<Plant | null> {
    const states = await this.catalog.states();
    const byCode = new Map(states.map((s) => [s.code, s]));
    if (!loaders) {
      const [row] = await this.plants.byIds([id]);
      return row ? toPlant(row, byCode) : null;
    }
    const row = await loaders
      .get<string, PlantRow | null>('plants.byId', async (ids) => {
        const rows = await this.plants.byIds(ids);
        const m = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => m.get(i) ?? null);
      })
      .load(id);
    return row ? toPlant(row, byCode) : null;
  }
}

function toPlant(r: PlantRow, states: Map<string, Plant['state']>): Plant {
  return {
    id: r.id,
    oem: r.oem,
    name: r.name,
    city: r.city,
    state: states.get(r.state_code)!,
    region: r.region,
    location: { lat: r.lat, lng: r.lng },
    products: r.products,
    sourcedProcesses: r.sourced,
    kind: r.kind,
    since: r.since,
    confidence: r.confidence,
    source: r.source,
  };
}
