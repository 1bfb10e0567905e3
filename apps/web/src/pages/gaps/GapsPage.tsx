import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalog, usePlants } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BriefButton } from '../../components/gaps/BriefButton';
import {
  DEFAULT_RADIUS_KM,
  gapFiltersFromParams,
  paramsFromGapFilters,
  type GapFilters,
} from '../../components/gaps/gaps';
import { useGaps } from '../../components/gaps/useGaps';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { GapChoropleth } from './GapChoropleth';
import { GapFiltersForm } from './GapFiltersForm';
import { GapHeatMap } from './GapHeatMap';
import { GapTable } from './GapTable';

/** The gap explorer: where plants buy a process few certified suppliers nearby offer (public aggregates). */
export default function GapsPage() {
  const { t } = useTranslation();
  usePageTitle(t('gaps.title'));
  const catalog = useCatalog();
  const { plants } = usePlants();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => gapFiltersFromParams(params), [params]);
  const gaps = useGaps(filters);
  const rows = useMemo(() => gaps.data?.capabilityGaps ?? [], [gaps.data]);
  const shownPlants = useMemo(
    () => plants.filter((p) => !filters.region || p.region === filters.region),
    [plants, filters.region],
  );
  const update = (next: Partial<GapFilters>) =>
    setParams((prev) => paramsFromGapFilters({ ...filters, ...next }, prev), { replace: true });

  return (
    <section className="page">
      <h1>{t('gaps.title')}</h1>
      <p className="lead">{t('gaps.lead')}</p>
      <GapFiltersForm
        filters={filters}
        onChange={update}
        processes={catalog.processes}
        processName={catalog.processName}
      />
      {filters.region && (
        <BriefButton
          region={filters.region}
          radiusKm={filters.radiusKm ?? DEFAULT_RADIUS_KM}
          label={t('gaps.briefOf', { region: t(`regions.${filters.region}`) })}
        />
      )}
      <ErrorAlert error={gaps.error} />
      <GapChoropleth
        rows={rows}
        process={filters.process}
        states={catalog.states}
        plants={shownPlants}
        radiusKm={filters.radiusKm}
      />
      <div className="results">
        {gaps.loading && !gaps.data && <Loading />}
        {gaps.data && !rows.length && <p className="empty">{t('gaps.empty')}</p>}
        {rows.length > 0 && (
          <>
            <GapTable rows={rows} radiusKm={filters.radiusKm} />
            <h2>{t('gaps.heatTitle')}</h2>
            <GapHeatMap rows={rows} radiusKm={filters.radiusKm} />
          </>
        )}
      </div>
    </section>
  );
}
