import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isRegion } from '../../catalog/regions';
import { useCatalog, usePlants } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BriefButton } from '../../components/gaps/BriefButton';
import { DEFAULT_RADIUS_KM, gapFiltersFromParams, paramsFromGapFilters } from '../../components/gaps/gaps';
import { useGaps } from '../../components/gaps/useGaps';
import { Loading } from '../../components/Loading';
import { MexicoMap } from '../../components/map/MexicoMap';
import { ScoreBar } from '../../components/ScoreBar';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormat } from '../../format/format';
import type { GapDetailQuery, GapRowFragment } from '../../generated/graphql';
import { gapMapLayers } from './gapMap';
import { CandidateTable, ElsewhereTable, LogisticsTable } from './GapTables';
import { GapHistoryChart } from './GapHistoryChart';
import { useGapDetail } from './useGapDetail';

/** One gap (`/gaps/BAJIO/injection-molding?radiusKm=150`): its figures for anyone signed in; the analyst's detail from the API. */
export default function GapPage() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const { region: regionParam, process = '' } = useParams();
  const [params] = useSearchParams();
  const region = isRegion(regionParam) ? regionParam : null;
  const radiusKm = gapFiltersFromParams(params).radiusKm;
  const unknown = !region || (!catalog.loading && !catalog.process(process));
  const title = region
    ? t('gap.title', { process: catalog.processName(process), region: t(`regions.${region}`) })
    : t('gap.notFound');
  usePageTitle(title);
  const gaps = useGaps({ region, radiusKm, process: '' });
  const gap = gaps.data?.capabilityGaps.find((g) => g.process === process);
  const detail = useGapDetail(region, process, radiusKm, unknown);
  const back = `/gaps?${paramsFromGapFilters({ region, radiusKm, process: '' }, new URLSearchParams())}`;

  if (unknown)
    return (
      <section className="page">
        <h1>{t('gap.notFound')}</h1>
        <p>{t('gap.notFoundBody')}</p>
        <Link to="/gaps">{t('gap.back')}</Link>
      </section>
    );
  return (
    <section className="page">
      <p className="back-link">
        <Link to={back}>{t('gap.back')}</Link>
      </p>
      <div className="page-head">
        <h1>{title}</h1>
        <BriefButton region={region} radiusKm={radiusKm ?? DEFAULT_RADIUS_KM} />
      </div>
      <ErrorAlert error={gaps.error} />
      {gaps.loading && !gaps.data && <Loading />}
      {gaps.data &&
        (gap ? (
          <GapFigures gap={gap} radiusKm={radiusKm} asOf={detail.data?.capabilityGapReport.asOf} />
        ) : (
          <p className="empty">{t('gap.noDemand')}</p>
        ))}
      <ErrorAlert error={detail.error} overrides={{ FORBIDDEN: t('gap.forbidden') }} />
      {detail.loading && !detail.data && <Loading />}
      {detail.data && <GapDetail detail={detail.data} process={process} radiusKm={radiusKm ?? DEFAULT_RADIUS_KM} />}
    </section>
  );
}

function GapFigures({ gap, radiusKm, asOf }: { gap: GapRowFragment; radiusKm: number | null; asOf?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <dl className="facts facts-inline gap-figures">
      <div>
        <dt>{t('gaps.col.score')}</dt>
        <dd>
          <ScoreBar value={gap.gapScore} strong />
        </dd>
      </div>
      <div>
        <dt>{t('gaps.col.plants')}</dt>
        <dd>{f.integer(gap.plantsInRegion)}</dd>
      </div>
      <div>
        <dt>{t('gaps.col.demand')}</dt>
        <dd>{f.number(gap.demand)}</dd>
      </div>
      <div>
        <dt>{t('gaps.col.certified')}</dt>
        <dd>{f.integer(gap.certifiedSuppliers)}</dd>
      </div>
      <div>
        <dt>{t('gaps.col.candidates')}</dt>
        <dd>{f.integer(gap.developmentCandidates)}</dd>
      </div>
      <div>
        <dt>{t('gap.radius')}</dt>
        <dd>
          {f.km(radiusKm ?? DEFAULT_RADIUS_KM)}
          {asOf && <span className="muted small"> · {t('gap.asOf', { date: f.date(asOf) })}</span>}
        </dd>
      </div>
    </dl>
  );
}

function GapDetail({ detail, process, radiusKm }: { detail: GapDetailQuery; process: string; radiusKm: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { plants } = usePlants();
  const report = detail.capabilityGapReport;
  const candidates = detail.supplierDevelopmentCandidates;
  const regionPlants = useMemo(
    () => plants.filter((p) => p.region === report.region && p.sourcedProcesses.includes(process)),
    [plants, report.region, process],
  );
  const layers = useMemo(
    () => gapMapLayers(candidates, regionPlants, radiusKm, t, f),
    [candidates, regionPlants, radiusKm, t, f],
  );
  const elsewhere = report.gaps.find((g) => g.gap.process === process)?.nearestCertifiedElsewhere ?? [];
  return (
    <>
      <h2>{t('gap.candidates')}</h2>
      <p className="muted">{t('gap.candidatesHelp')}</p>
      <MexicoMap
        className="gap-map"
        markers={layers.markers}
        rings={layers.rings}
        frameKey={`${report.region}:${process}:${radiusKm}:${candidates.length}`}
      />
      {candidates.length ? <CandidateTable rows={candidates} /> : <p className="empty">{t('gap.noCandidates')}</p>}
      <h2>{t('gap.elsewhere')}</h2>
      {elsewhere.length ? <ElsewhereTable rows={elsewhere} /> : <p className="empty">{t('gap.noElsewhere')}</p>}
      <h2>{t('gap.logistics')}</h2>
      <LogisticsTable rows={report.logisticsNodes} />
      <h2>{t('gap.history')}</h2>
      {detail.gapHistory.length ? (
        <GapHistoryChart series={detail.gapHistory} />
      ) : (
        <div className="empty card">
          <p>{t('gap.noHistory', { radius: f.km(radiusKm) })}</p>
          <p>
            <code>npm run cli -- gaps snapshot --radius {radiusKm}</code>
          </p>
        </div>
      )}
    </>
  );
}
