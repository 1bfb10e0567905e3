import { Injectable } from '@nestjs/common';
import { Language, Region } from '@enlace/core';
import { CatalogService, PlantService } from '@enlace/catalog';
import { SupplierRepository } from '@enlace/suppliers';
import { GapsService, requireRegion } from '../gaps.service';
import { CapabilityGap } from '../models/capability-gap.model';
import { CapabilityGapReport } from '../models/capability-gap-report.model';
import { BriefCandidate, BriefData } from './brief-data';
import { renderBrief } from './brief-pdf';
import { GapBrief } from './models/gap-brief.model';

/** Candidates listed per gap, for this many of the largest gaps that have candidates. */
const BRIEF_CANDIDATES = 6;
const BRIEF_DEVELOPMENT_GAPS = 3;

/** The worst gap score of each region. */
function worstByRegion(gaps: CapabilityGap[]): Map<Region, number> {
  const worst = new Map<Region, number>();
  for (const g of gaps) worst.set(g.region, Math.max(worst.get(g.region) ?? 0, g.gapScore));
  return worst;
}

/** Builds an analyst's brief from the same service calls as the API's gap queries, then renders it. */
@Injectable()
export class GapBriefService {
  constructor(
    private readonly gaps: GapsService,
    private readonly catalog: CatalogService,
    private readonly plants: PlantService,
    private readonly suppliers: SupplierRepository,
  ) {}

  async brief(
    region: Region,
    radiusKm: number | null | undefined,
    language: Language | null | undefined,
  ): Promise<GapBrief> {
    const lang = language ?? Language.ES;
    const data = await this.data(requireRegion(region, 'region'), radiusKm, lang);
    const pdf = await renderBrief(data);
    return {
      filename: `enlace-brief-${data.region}-${data.asOf}-${lang.toLowerCase()}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
      sizeBytes: pdf.length,
      asOf: data.asOf,
      radiusKm: data.radiusKm,
      region: data.region,
      language: lang,
    };
  }

  private async data(region: Region, radiusKm: number | null | undefined, language: Language): Promise<BriefData> {
    const { report, country } = await this.gaps.reportWithCountry(region, radiusKm);
    const developable = report.gaps.filter((e) => e.gap.developmentCandidates > 0).slice(0, BRIEF_DEVELOPMENT_GAPS);
    const processName = await this.processNamer(language);
    const [states, plants, development, names] = await Promise.all([
      this.catalog.states(),
      this.plants.everyPlant(region),
      Promise.all(
        developable.map(async ({ gap }) => ({
          processName: processName(gap.process),
          candidates: await this.candidates(region, gap.process, report.radiusKm),
        })),
      ),
      this.supplierNames(report),
    ]);
    const worst = worstByRegion(country);
    const plantName = new Map(plants.map((p) => [p.id, p.name]));
    return {
      language,
      region,
      radiusKm: report.radiusKm,
      asOf: report.asOf,
      gaps: report.gaps.map(({ gap: g, nearestCertifiedElsewhere: e }) => ({
        processName: processName(g.process),
        plants: g.plantsInRegion,
        demand: g.demand,
        certified: g.certifiedSuppliers,
        candidates: g.developmentCandidates,
        score: g.gapScore,
        elsewhere: e.map((x) => ({
          name: names.get(x.supplierId) ?? x.supplierId,
          region: x.region,
          distanceKm: x.distanceKm,
        })),
      })),
      plants: plants.map((p) => ({ name: p.name, oem: p.oem, city: p.city, lat: p.location.lat, lng: p.location.lng })),
      states: states.map((s) => ({ code: s.code, score: worst.get(s.region) ?? null, inRegion: s.region === region })),
      development,
      logistics: report.logisticsNodes.map((n) => ({
        name: n.name,
        kind: n.kind,
        nearestPlant: plantName.get(n.nearestPlantId) ?? n.nearestPlantId,
        distanceKm: n.distanceKm,
      })),
    };
  }

  private async candidates(region: Region, process: string, radiusKm: number): Promise<BriefCandidate[]> {
    const found = await this.gaps.developmentCandidates(region, process, BRIEF_CANDIDATES, radiusKm);
    const rows = new Map((await this.suppliers.byIds(found.map((c) => c.supplierId))).map((r) => [r.id, r]));
    return found.map((c) => ({
      name: rows.get(c.supplierId)?.name ?? c.supplierId,
      city: rows.get(c.supplierId)?.city ?? '',
      distanceKm: c.nearestDistanceKm,
      missing: c.missingCertifications,
      costUsd: c.indicativeCostUsd,
      coFundedUsd: c.coFundedUsd,
    }));
  }

  private async supplierNames(report: CapabilityGapReport): Promise<Map<string, string>> {
    const ids = [...new Set(report.gaps.flatMap((e) => e.nearestCertifiedElsewhere.map((x) => x.supplierId)))];
    return new Map((await this.suppliers.byIds(ids)).map((r) => [r.id, r.name]));
  }

  private async processNamer(language: Language): Promise<(code: string) => string> {
    const byCode = new Map((await this.catalog.processes()).map((p) => [p.code, p]));
    return (code) => {
      const p = byCode.get(code);
      return p ? (language === Language.EN ? p.name : p.nameEs) : code;
    };
  }
}
