import { Injectable } from '@nestjs/common';
import { Connection, decodeCursor, encodeCursor, pageSize, Region, toConnection } from '@enlace/core';
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
    const { rows, total } = await this.plants.page({
      region: args.region,
      oem: args.oem?.trim() || null,
      after,
      limit: limit + 1,
    });
    const byCode = await this.catalog.statesByCode();
    return toConnection(
      rows,
      limit,
      total,
      (r) => toPlant(r, byCode),
      (r) => encodeCursor(SORT, [r.oem, r.name, r.id]),
      args.after,
    );
  }

  private cache: Promise<Map<string, PlantRow>> | null = null;

  /** Plants are reference data (they change only when the reference files are reloaded at start). */
  invalidate(): void {
    this.cache = null;
  }

  private all(): Promise<Map<string, PlantRow>> {
    if (!this.cache) {
      this.cache = this.plants.all().then((rows) => new Map(rows.map((r) => [r.id, r])));
      this.cache.catch(() => (this.cache = null));
    }
    return this.cache;
  }

  /** The plants of a region, by OEM then name, from the in-memory copy of the reference plants. */
  async inRegion(region: Region): Promise<Plant[]> {
    const [rows, states] = await Promise.all([this.all(), this.catalog.statesByCode()]);
    return [...rows.values()]
      .filter((r) => r.region === region)
      .sort((a, b) => a.oem.localeCompare(b.oem) || a.name.localeCompare(b.name))
      .map((r) => toPlant(r, states));
  }

  /** A plant by id, from the in-memory copy of the reference plants (null where none). */
  async byId(id: string): Promise<Plant | null> {
    const [rows, states] = await Promise.all([this.all(), this.catalog.statesByCode()]);
    const row = rows.get(id);
    return row ? toPlant(row, states) : null;
  }
}

function toPlant(r: PlantRow, states: ReadonlyMap<string, Plant['state']>): Plant {
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
