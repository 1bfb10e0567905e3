import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
import { usePlants } from '../../catalog/useCatalog';
import { CriteriaFields } from '../../components/criteria/CriteriaFields';
import {
  criteriaFromParams,
  EMPTY_CRITERIA,
  matchInputOf,
  paramsFromCriteria,
  type Criteria,
} from '../../components/criteria/criteria';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { MexicoMap } from '../../components/map/MexicoMap';
import { CompareView } from '../../components/matches/CompareView';
import { MatchTable } from '../../components/matches/MatchTable';
import { matchMapLayers, plantMarkers } from '../../components/matches/matchMap';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormat } from '../../format/format';
import { useRanking } from './useRanking';

const MAX_COMPARE = 3;
/** A fresh form asks for the usual automotive baseline. */
const NEW_QUERY: Criteria = { ...EMPTY_CRITERIA, requiredCertifications: ['IATF-16949'] };

/** The buyer's matching page: the query lives in the URL, so a link reproduces it. */
export default function MatchPage() {
  const { t } = useTranslation();
  usePageTitle(t('match.title'));
  const f = useFormat();
  const { session } = useAuth();
  const [params, setParams] = useSearchParams();
  const { plants, loading: plantsLoading } = usePlants();
  const query = useMemo(() => criteriaFromParams(params), [params]);
  const input = useMemo(() => matchInputOf(query), [query]);
  const [draft, setDraft] = useState<Criteria>(() => (params.has('plantId') ? query : NEW_QUERY));
  const [compare, setCompare] = useState<string[]>([]);
  // A new query in the URL (a search, or back and forward) resets the form and the comparison.
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    if (params.has('plantId')) setDraft(query);
    setCompare([]);
  }

  const ranking = useRanking(input);
  const rows = useMemo(() => (input ? (ranking.data?.rankSuppliers ?? []) : []), [input, ranking.data]);
  const plant = plants.find((p) => p.id === query.plantId);
  const ranks = useMemo(() => new Map(rows.map((m, i) => [m.supplier.id, i + 1])), [rows]);
  const layers = useMemo(
    () =>
      input
        ? matchMapLayers(plant, rows, input.maxDistanceKm, compare, t, f)
        : { markers: plantMarkers(plants, t), rings: [] },
    [input, plant, plants, rows, compare, t, f],
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next = paramsFromCriteria(draft, params);
    if (next.toString() === paramsFromCriteria(query, params).toString()) void ranking.refetch();
    else setParams(next);
  };
  const toggleCompare = (id: string) =>
    setCompare((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length < MAX_COMPARE ? [...c, id] : c));
  const mayRequest = session && (session.role === 'OEM_BUYER' || session.role === 'ADMIN');
  const compared = compare.map((id) => rows.find((m) => m.supplier.id === id)).filter((m) => !!m);

  return (
    <section className="page">
      <h1>{t('match.title')}</h1>
      <p className="lead">{t('match.lead')}</p>
      <div className="match-top">
        <form className="criteria card" onSubmit={onSubmit} aria-describedby="match-help">
          <CriteriaFields value={draft} onChange={setDraft} plants={plants} withFirst />
          <p id="match-help" className="muted small field-wide">
            {t('match.help')}
          </p>
          <div className="form-actions field-wide">
            <button type="submit" className="button" disabled={plantsLoading}>
              {t('match.submit')}
            </button>
          </div>
        </form>
        <MexicoMap
          className="match-map"
          markers={layers.markers}
          rings={layers.rings}
          frameKey={`${query.plantId}:${rows.length}:${rows[0]?.supplier.id ?? ''}`}
        />
      </div>

      {input && (
        <div className="results">
          <div className="results-head">
            <h2 aria-live="polite">
              {ranking.loading && !ranking.data
                ? t('common.loading')
                : t('match.resultCount', { count: rows.length, formatted: f.integer(rows.length) })}
            </h2>
            {mayRequest && (
              <Link className="button button-secondary" to={`/requests/new?${paramsFromCriteria(query, params)}`}>
                {t('match.createRequest')}
              </Link>
            )}
          </div>
          <ErrorAlert error={ranking.error} />
          {ranking.loading && !ranking.data && <Loading />}
          {ranking.data && !rows.length && <p className="empty">{t('match.empty')}</p>}
          {rows.length > 0 && (
            <MatchTable
              label={t('match.tableLabel')}
              hideCaption
              rows={rows}
              compare={{ selected: compare, max: MAX_COMPARE, toggle: toggleCompare }}
            />
          )}
          {compared.length > 0 && <CompareView rows={compared} ranks={ranks} />}
        </div>
      )}
    </section>
  );
}
