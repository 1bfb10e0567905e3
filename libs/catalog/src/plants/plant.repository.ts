import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows, Region } from '@enlace/core';

export interface PlantRow {
  id: string;
  oem: string;
  name: string;
  city: string;
  state_code: string;
  region: Region;
  lat: number;
  lng: number;
  products: string[];
  sourced: string[];
  kind: string;
  since: number | null;
  confidence: string;
  source: string | null;
}

const SELECT = `
  SELECT p.id, o.name AS oem, p.name, p.city, p.state_code, s.region, p.lat, p.lng, p.products, p.kind, p.since,
         p.confidence, p.source,
         COALESCE((SELECT array_agg(pp.process_code ORDER BY pp.process_code) FROM plant_processes pp WHERE pp.plant_id = p.id), '{}') AS sourced
    FROM plants p JOIN oems o ON o.id = p.oem_id JOIN states s ON s.code = p.state_code`;

export interface PlantQuery {
  region?: Region | null;
  oem?: string | null;
  after?: [string, string, string] | null;
  limit: number;
}

@Injectable()
export class PlantRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(q: PlantQuery): Promise<{ rows: PlantRow[]; total: number }> {
    const where = `($1::text IS NULL OR s.region = $1) AND ($2::text IS NULL OR lower(o.name) = lower($2))`;
    const [rows, [count]] = await Promise.all([
      queryRows<PlantRow>(
        this.db,
        `${SELECT} WHERE ${where}
           AND ($3::text IS NULL OR (o.name, p.name, p.id) > ($3::text, $4::text, $5::uuid))
         ORDER BY o.name, p.name, p.id LIMIT $6`,
        [q.region ?? null, q.oem ?? null, q.after?.[0] ?? null, q.after?.[1] ?? null, q.after?.[2] ?? null, q.limit],
      ),
      queryRows<{ n: number }>(
        this.db,
        `SELECT count(*)::int AS n FROM plants p JOIN oems o ON o.id = p.oem_id JOIN states s ON s.code = p.state_code WHERE ${where}`,
        [q.region ?? null, q.oem ?? null],
      ),
    ]);
    return { rows, total: count.n };
  }

  async all(): Promise<PlantRow[]> {
    return queryRows<PlantRow>(this.db, SELECT);
  }
}
