import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../catalog/regions';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MexicoMap, type MapMarker } from '../../components/map/MexicoMap';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormat } from '../../format/format';
import type { Region } from '../../generated/graphql';
import { PAGE_SIZE, useDirectoryFilter, useSupplierDirectory } from './useSupplierDirectory';

const SEARCH_DELAY_MS = 250;

/** The public supplier directory: fuzzy search as you type, filters, a list and a map of the results. */
export default function SuppliersPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.title'));
  const f = useFormat();
  const catalog = useCatalog();
  const [filter, update] = useDirectoryFilter();
  const directory = useSupplierDirectory(filter);
  const ids = { search: useId(), region: useId(), state: useId(), process: useId(), cert: useId() };

  // Search as you type: the field answers at once, the URL (and the query) after a short pause.
  const [typed, setTyped] = useState(filter.search);
  const pushed = useRef(filter.search);
  useEffect(() => {
    if (filter.search !== pushed.current) {
      pushed.current = filter.search;
      setTyped(filter.search);
    }
  }, [filter.search]);
  useEffect(() => {
    if (typed === pushed.current) return;
    const timer = window.setTimeout(() => {
      pushed.current = typed;
      update({ search: typed });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed]); // eslint-disable-line react-hooks/exhaustive-deps -- update is a new function each render; only typing restarts the pause

  const states = catalog.states.filter((s) => !filter.region || s.region === filter.region);
  const markers = useMemo<MapMarker[]>(
    () =>
      directory.suppliers.map((s) => ({
        id: s.id,
        name: s.name,
        lat: s.location.lat,
        lng: s.location.lng,
        kind: 'supplier',
        href: `/suppliers/${s.id}`,
      })),
    [directory.suppliers],
  );

  return (
    <section className="page">
      <h1>{t('directory.title')}</h1>
      <form className="filters card" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-wide">
          <label htmlFor={ids.search}>{t('directory.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={typed}
            placeholder={t('directory.searchHint')}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.region}>{t('directory.region')}</label>
          <select
            id={ids.region}
            value={filter.region}
            onChange={(e) => update({ region: e.target.value as Region | '', stateCode: '' })}
          >
            <option value="">{t('directory.allRegions')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {t(`regions.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.state}>{t('directory.state')}</label>
          <select id={ids.state} value={filter.stateCode} onChange={(e) => update({ stateCode: e.target.value })}>
            <option value="">{t('directory.allStates')}</option>
            {states.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.process}>{t('directory.process')}</label>
          <select id={ids.process} value={filter.process} onChange={(e) => update({ process: e.target.value })}>
            <option value="">{t('directory.allProcesses')}</option>
            {catalog.processes.map((p) => (
              <option key={p.code} value={p.code}>
                {catalog.processName(p.code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.cert}>{t('directory.certification')}</label>
          <select
            id={ids.cert}
            value={filter.certification}
            onChange={(e) => update({ certification: e.target.value })}
          >
            <option value="">{t('directory.anyCertification')}</option>
            {catalog.schemes.map((s) => (
              <option key={s.code} value={s.code}>
                {schemeLabel(s.code)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <ErrorAlert error={directory.error} />
      <div className="directory">
        <div className="directory-list">
          <h2 className="results-heading" aria-live="polite">
            {directory.loading && !directory.suppliers.length
              ? t('common.loading')
              : t('directory.count', { count: directory.totalCount, formatted: f.integer(directory.totalCount) })}
          </h2>
          <ul className="supplier-list" aria-busy={directory.loading}>
            {directory.suppliers.map((s) => {
              const valid = s.certifications.filter((c) => c.status === 'ACTIVE' || c.status === 'EXPIRING_SOON');
              return (
                <li key={s.id} className="supplier-item">
                  <h3 className="supplier-item-name">
                    <Link to={`/suppliers/${s.id}`}>{s.name}</Link>
                  </h3>
                  <p className="muted">
                    {[s.city, s.state.name, t(`regions.${s.region}`), s.tier ? t(`tiers.${s.tier}`) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <p className="chips">
                    {s.capabilities.map((c) => (
                      <span key={c.process} className="chip">
                        {catalog.processName(c.process)}
                      </span>
                    ))}
                    {valid.map((c) => (
                      <span key={c.id} className="chip chip-cert">
                        {schemeLabel(c.scheme)}
                      </span>
                    ))}
                  </p>
                </li>
              );
            })}
          </ul>
          {!directory.loading && !directory.suppliers.length && !directory.error && (
            <p className="empty">{t('directory.empty')}</p>
          )}
          {directory.hasMore && (
            <button
              type="button"
              className="button button-secondary"
              disabled={directory.loadingMore}
              onClick={() => void directory.loadMore()}
            >
              {directory.loadingMore
                ? t('common.loading')
                : t('directory.more', {
                    shown: f.integer(directory.suppliers.length),
                    total: f.integer(directory.totalCount),
                  })}
            </button>
          )}
        </div>
        <MexicoMap
          className="directory-map"
          markers={markers}
          frameKey={`${directory.suppliers[0]?.id ?? ''}:${Math.min(directory.suppliers.length, PAGE_SIZE)}`}
        />
      </div>
    </section>
  );
}
