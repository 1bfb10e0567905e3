import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, queryRows } from '@enlace/core';
import { State } from './models/state.model';
import { Process } from './models/process.model';
import { CertificationScheme } from './models/certification-scheme.model';

interface Snapshot {
  states: State[];
  statesByCode: Map<string, State>;
  processes: Process[];
  processesByCode: Map<string, Process>;
  schemes: CertificationScheme[];
  schemesByCode: Map<string, CertificationScheme>;
}

/**
 * The reference taxonomy (states, processes, certification schemes). It changes only when the
 * reference files are reloaded at start, so it is read once and kept in memory.
 */
@Injectable()
export class CatalogService {
  private cached: Promise<Snapshot> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  invalidate(): void {
    this.cached = null;
  }

  private snapshot(): Promise<Snapshot> {
    if (!this.cached) {
      this.cached = this.load().catch((e) => {
        this.cached = null;
        throw e;
      });
    }
    return this.cached;
  }

  private async load(): Promise<Snapshot> {
    const [states, processes, schemes] = await Promise.all([
      queryRows<State>(
        this.dataSource,
        `SELECT code, name, region, inegi_code AS "inegiCode" FROM states ORDER BY name`,
      ),
      queryRows<Process>(
        this.dataSource,
        `SELECT code, name, name_es AS "nameEs", assessment FROM processes ORDER BY sort_order, code`,
      ),
      queryRows<CertificationScheme>(
        this.dataSource,
        `SELECT code, name, kind, validity_years AS "validityYears", superseded_by AS "supersededBy", process_code AS "processCode"
           FROM certification_schemes ORDER BY sort_order, code`,
      ),
    ]);
    return {
      states,
      statesByCode: new Map(states.map((s) => [s.code, s])),
      processes,
      processesByCode: new Map(processes.map((p) => [p.code, p])),
      schemes,
      schemesByCode: new Map(schemes.map((s) => [s.code, s])),
    };
  }

  async states(): Promise<State[]> {
    return (await this.snapshot()).states;
  }
  async processes(): Promise<Process[]> {
    return (await this.snapshot()).processes;
  }
  async schemes(): Promise<CertificationScheme[]> {
    return (await this.snapshot()).schemes;
  }
  async statesByCode(): Promise<ReadonlyMap<string, State>> {
    return (await this.snapshot()).statesByCode;
  }
  async state(code: string): Promise<State | undefined> {
    return (await this.snapshot()).statesByCode.get(code);
  }
  async scheme(code: string): Promise<CertificationScheme | undefined> {
    return (await this.snapshot()).schemesByCode.get(code);
  }
  async process(code: string): Promise<Process | undefined> {
    return (await this.snapshot()).processesByCode.get(code);
  }

  async requireState(code: string, field: string): Promise<State> {
    const s = (await this.snapshot()).statesByCode.get(code);
    if (!s)
      throw DomainError.badInput(field, `unknown state code "${code}" (expected an ISO 3166-2 code such as "MX-GUA")`);
    return s;
  }
  async requireProcess(code: string, field: string): Promise<Process> {
    const p = (await this.snapshot()).processesByCode.get(code);
    if (!p) throw DomainError.badInput(field, `unknown process "${code}" (see the processes query)`);
    return p;
  }
  async requireScheme(code: string, field: string): Promise<CertificationScheme> {
    const s = (await this.snapshot()).schemesByCode.get(code);
    if (!s)
      throw DomainError.badInput(field, `unknown certification scheme "${code}" (see the certificationSchemes query)`);
    return s;
  }
  async requireSchemes(codes: readonly string[] | null | undefined, field: string): Promise<string[]> {
    const out: string[] = [];
    for (const c of codes ?? []) {
      await this.requireScheme(c, field);
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }
}
