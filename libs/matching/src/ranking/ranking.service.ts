import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock, DomainError, preparedQuery, requireUuid } from '@enlace/core';
import { CatalogService, Plant, PlantService } from '@enlace/catalog';
import { SupplierRepository, toSupplier } from '@enlace/suppliers';
import { SupplierMatch } from './models/supplier-match.model';
import { readBoundsFrom } from './ranking-bounds';
import { candidateOf, rankTopK, scoreOne, SqlRunner } from './ranking-engine';
import {
  Candidate,
  estimatedDriveHours,
  explain,
  reasonText,
  missingPreferred,
  normalizeWeights,
  RankParams,
  relevantSchemes,
  Scored,
  Weights,
} from './scoring';
import { SupplierRow } from '@enlace/suppliers';

export const DEFAULT_MATCHES = 20;
export const MAX_MATCHES = 100;

/** The parameters of a ranking, before validation (shared by rankSuppliers and sourcing requests). */
export interface MatchCriteria {
  plantId: string;
  process: string;
  requiredCertifications?: string[] | null;
  preferredCertifications?: string[] | null;
  maxDistanceKm?: number | null;
  first?: number | null;
  weights?: { [K in keyof Weights]?: number | null } | null;
}

@Injectable()
export class RankingService {
  private readonly run: SqlRunner;

  constructor(
    @InjectDataSource() db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly plants: PlantService,
    private readonly suppliers: SupplierRepository,
  ) {
    this.run = (sql, params) => preparedQuery(db, sql, params);
  }

  /** Validates criteria (field names prefixed with `prefix`) and loads the plant. */
  async prepare(input: MatchCriteria, prefix = 'input'): Promise<{ plant: Plant; params: RankParams }> {
    const plantId = requireUuid(input.plantId, `${prefix}.plantId`);
    const first = input.first ?? DEFAULT_MATCHES;
    if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES)
      throw DomainError.badInput(`${prefix}.first`, `must be between 1 and ${MAX_MATCHES}, got ${first}`);
    const max = input.maxDistanceKm ?? null;
    if (max !== null && !(Number.isFinite(max) && max >= 0))
      throw DomainError.badInput(`${prefix}.maxDistanceKm`, `must be zero or more, got ${max}`);
    const process = await this.catalog.requireProcess(input.process, `${prefix}.process`);
    const required = await this.requireSchemes(
      input.requiredCertifications,
      `${prefix}.requiredCertifications`,
      process.code,
    );
    const preferred = (
      await this.requireSchemes(input.preferredCertifications, `${prefix}.preferredCertifications`, process.code)
    ).filter((s) => !required.includes(s));
    const weights = normalizeWeights(input.weights, (f, m) => DomainError.badInput(f.replace(/^input/, prefix), m));
    const plant = await this.plants.byId(plantId);
    if (!plant) throw DomainError.notFound('Plant', plantId, `${prefix}.plantId`);
    return {
      plant,
      params: {
        process: process.code,
        processAssessment: process.assessment,
        required,
        preferred,
        maxDistanceKm: max,
        first,
        weights,
        today: this.clock.today(),
      },
    };
  }

  /** Known schemes; a CQI self-assessment is accepted only for its own process. */
  private async requireSchemes(
    codes: readonly string[] | null | undefined,
    field: string,
    process: string,
  ): Promise<string[]> {
    const out = await this.catalog.requireSchemes(codes, field);
    for (const code of out) {
      const s = await this.catalog.scheme(code);
      if (s?.processCode && s.processCode !== process) {
        throw DomainError.badInput(
          field,
          `${code} is the assessment for ${s.processCode} and counts only for that process, not ${process}`,
        );
      }
    }
    return out;
  }

  private runner(manager?: EntityManager): SqlRunner {
    return manager ? (sql, params) => manager.query(sql, params) : this.run;
  }

  /** The relevant schemes that are not superseded, from the catalogue cache (never held valid), saving the engine a query. */
  private async usable(params: RankParams): Promise<Set<string>> {
    const usable = new Set<string>();
    for (const code of relevantSchemes(params)) {
      const s = await this.catalog.scheme(code);
      if (s && !s.supersededBy) usable.add(code);
    }
    return usable;
  }

  private async engine(
    plant: Plant,
    params: RankParams,
    manager?: EntityManager,
    onProvisional?: (ids: string[]) => void,
  ): Promise<Scored[]> {
    return rankTopK(this.runner(manager), plant.location, params, this.config.timezone, {
      usable: await this.usable(params),
      boundsFrom: await this.boundsFrom(),
      onProvisional,
    });
  }

  private bounds: { from: string | null; readAt: number } | null = null;

  /**
   * ranking_bounds.valid_from, read at most once a minute: a rebase only ever moves it to a day that
   * has begun, so a minute-old value never claims bounds for a day they do not cover.
   */
  private async boundsFrom(): Promise<string | null> {
    if (this.bounds && Date.now() - this.bounds.readAt < 60_000) return this.bounds.from;
    this.bounds = { from: await readBoundsFrom(this.run), readAt: Date.now() };
    return this.bounds.from;
  }

  /** The exact top `params.first`, scored, in rank order (no supplier rows loaded). */
  topScored(plant: Plant, params: RankParams): Promise<Scored[]> {
    return this.engine(plant, params);
  }

  /** A supplier's candidate for the plant and process with its certificates as held today (qualifying or not); null without the process. */
  async candidate(plant: Plant, params: RankParams, supplierId: string): Promise<Candidate | null> {
    const usable = await this.usable(params);
    return candidateOf(this.run, plant.location, params, this.config.timezone, supplierId, usable);
  }

  async rank(input: MatchCriteria, prefix = 'input'): Promise<SupplierMatch[]> {
    const { plant, params } = await this.prepare(input, prefix);
    return this.rankPrepared(plant, params);
  }

  async rankPrepared(plant: Plant, params: RankParams, manager?: EntityManager): Promise<SupplierMatch[]> {
    // Outside a transaction, the suppliers of the first batch's top k (usually the final ones) load
    // on another connection while the engine reads its last batch; only the ids that changed are
    // loaded afterwards.
    const early: { rows?: Promise<SupplierRow[] | null> } = {};
    const onProvisional = manager
      ? undefined
      : (ids: string[]) => void (early.rows = this.suppliers.byIds(ids).catch(() => null));
    const matches = await this.engine(plant, params, manager, onProvisional);
    if (!matches.length) return [];
    const byId = new Map<string, SupplierRow>(((early.rows ? await early.rows : null) ?? []).map((r) => [r.id, r]));
    const missing = matches.map((m) => m.candidate.id).filter((id) => !byId.has(id));
    if (missing.length) for (const r of await this.suppliers.byIds(missing, manager)) byId.set(r.id, r);
    return matches
      .filter((m) => byId.has(m.candidate.id))
      .map((m) => this.toMatch(m, byId.get(m.candidate.id)!, plant, params));
  }

  /** The supplier's own match, or null when it does not qualify. */
  async matchOne(
    plant: Plant,
    params: RankParams,
    supplierId: string,
    manager?: EntityManager,
  ): Promise<SupplierMatch | null> {
    const scored = await scoreOne(this.runner(manager), plant.location, params, this.config.timezone, supplierId);
    if (!scored) return null;
    const [row] = await this.suppliers.byIds([supplierId], manager);
    return row ? this.toMatch(scored, row, plant, params) : null;
  }

  private toMatch(m: Scored, row: SupplierRow, plant: Plant, params: RankParams): SupplierMatch {
    const explanation = explain(m, params, plant.name).map((r) => ({ ...r, text: reasonText(r) }));
    return {
      supplier: toSupplier(row),
      score: m.score,
      distanceKm: m.candidate.km,
      estimatedDriveHours: estimatedDriveHours(m.candidate.km),
      breakdown: m.breakdown,
      missingCertifications: missingPreferred(m.candidate, params),
      reasons: explanation.map((r) => r.text),
      explanation,
    };
  }
}
