import { Injectable } from '@nestjs/common';
import { Clock, DomainError, greatCircleKm, Principal, requireUuid, Role } from '@enlace/core';
import { CatalogService, Plant, PlantService } from '@enlace/catalog';
import { deriveCertificationStatus, isValidStatus, SupplierRepository } from '@enlace/suppliers';
import { ISO_9001, qualifies, RankingService, scoreCandidate, SourcingService } from '@enlace/matching';
import { IMPACT_RADIUS_KM, IMPACT_TOP } from '../gaps.constants';
import { placeAmong, schemeCost, withScheme } from './certification-impact';
import { CertificationImpact, PlantRankChange } from './models/certification-impact.model';

/** How many plant rankings run at once (each holds one pooled connection while it reads). */
const PARALLEL_RANKINGS = 4;

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

/** The case for certifying: a supplier's places in nearby plants' rankings and the requests it could answer, now and with a scheme. */
@Injectable()
export class CertificationImpactService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly plants: PlantService,
    private readonly suppliers: SupplierRepository,
    private readonly ranking: RankingService,
    private readonly sourcing: SourcingService,
    private readonly clock: Clock,
  ) {}

  async impact(supplierId: string, scheme: string, p: Principal): Promise<CertificationImpact> {
    const id = requireUuid(supplierId, 'supplierId');
    if (p.role === Role.SUPPLIER && p.supplierId !== id)
      throw DomainError.forbidden("A supplier account sees its own profile's case only");
    const s = await this.catalog.requireScheme(scheme, 'scheme');
    if (s.supersededBy) throw DomainError.badInput('scheme', `${s.code} is superseded by ${s.supersededBy}`);
    const [row] = await this.suppliers.byIds([id]);
    if (!row) throw DomainError.notFound('Supplier', id, 'supplierId');
    const processes = (await this.suppliers.capabilitiesOf([id])).map((c) => c.process_code);
    const pairs = await this.nearbyPairs(row, s.processCode ? processes.filter((x) => x === s.processCode) : processes);
    const [plants, requests, held] = await Promise.all([
      inBatches(pairs, PARALLEL_RANKINGS, (pair) => this.plantChange(pair, id, s.code)),
      this.requests(id, s.code),
      this.holdsValid(id, ISO_9001),
    ]);
    const cost = schemeCost(s.code, held);
    return { scheme: s.code, plants, ...requests, estimatedCostUsd: cost.total, coFundedUsd: cost.coFunded };
  }

  /** Whether the supplier holds a valid certificate of `scheme` today (the status rule of its profile). */
  private async holdsValid(supplierId: string, scheme: string): Promise<boolean> {
    const today = this.clock.today();
    return (await this.suppliers.certificationsOf([supplierId])).some(
      (c) =>
        c.scheme_code === scheme &&
        isValidStatus(
          deriveCertificationStatus(
            { recordedStatus: c.recorded_status, expiresOn: c.expires_on, supersededBy: c.superseded_by },
            today,
          ),
        ),
    );
  }

  /** (plant, process) pairs within IMPACT_RADIUS_KM where the plant sources one of the processes, nearest first. */
  private async nearbyPairs(at: { lat: number; lng: number }, processes: string[]) {
    const pairs = (await this.plants.everyPlant()).flatMap((plant) => {
      const km = greatCircleKm(at, plant.location);
      if (km > IMPACT_RADIUS_KM) return [];
      return processes.filter((x) => plant.sourcedProcesses.includes(x)).map((process) => ({ plant, process, km }));
    });
    return pairs.sort(
      (a, b) => a.km - b.km || a.plant.name.localeCompare(b.plant.name) || a.process.localeCompare(b.process),
    );
  }

  private async plantChange(
    pair: { plant: Plant; process: string; km: number },
    supplierId: string,
    scheme: string,
  ): Promise<PlantRankChange> {
    const { plant, params } = await this.ranking.prepare({
      plantId: pair.plant.id,
      process: pair.process,
      requiredCertifications: [scheme],
      first: IMPACT_TOP,
    });
    // one beyond the top: IMPACT_TOP others remain when the supplier itself is among them
    const [top, c] = await Promise.all([
      this.ranking.topScored(plant, { ...params, first: IMPACT_TOP + 1 }),
      this.ranking.candidate(plant, params, supplierId),
    ]);
    const score = (x: typeof c) => (x && qualifies(x, params) ? scoreCandidate(x, params) : null);
    return {
      plant,
      process: pair.process,
      rankNow: placeAmong(top, score(c)),
      rankWith: placeAmong(top, score(c && withScheme(c, scheme, params.today))),
      distanceKm: pair.km,
    };
  }

  /** OPEN requests for the supplier's processes it qualifies for now, and would with the scheme. */
  private async requests(supplierId: string, scheme: string) {
    const judged = await inBatches(await this.sourcing.openCriteriaFor(supplierId), PARALLEL_RANKINGS, async (r) => {
      const c = await this.ranking.candidate(r.plant, r.params, supplierId);
      return c
        ? { now: qualifies(c, r.params), with: qualifies(withScheme(c, scheme, r.params.today), r.params) }
        : { now: false, with: false };
    });
    return {
      openRequestsNow: judged.filter((j) => j.now).length,
      openRequestsWith: judged.filter((j) => j.with).length,
    };
  }
}
