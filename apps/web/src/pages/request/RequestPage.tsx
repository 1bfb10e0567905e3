import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { MexicoMap } from '../../components/map/MexicoMap';
import { MatchTable } from '../../components/matches/MatchTable';
import { matchMapLayers } from '../../components/matches/matchMap';
import { RequestStatusBadge } from '../../components/StatusBadge';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormat } from '../../format/format';
import type { MatchRowFragment } from '../../generated/graphql';
import { LIVE_MATCHES, useAwardRequest, useCancelRequest, useRequest } from './useRequest';
import { TableScroll } from '../../components/TableScroll';

/** One sourcing request: its live ranking, award (confirmed first) or cancel, and the ranking kept at award. */
export default function RequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const catalog = useCatalog();
  const { session } = useAuth();
  const { data, loading, error } = useRequest(id);
  const [award, awarding] = useAwardRequest();
  const [cancel, cancelling] = useCancelRequest();
  const [toAward, setToAward] = useState<MatchRowFragment | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [wholeSnapshot, setWholeSnapshot] = useState(false);
  const r = data?.sourcingRequest;
  const title = r
    ? t('request.title', { process: catalog.processName(r.process), plant: r.plant.name })
    : t('request.heading');
  usePageTitle(title);
  const rows = useMemo(() => r?.matches ?? [], [r]);
  const layers = useMemo(
    () => matchMapLayers(r?.plant, rows, r?.maxDistanceKm, r?.awardedSupplier ? [r.awardedSupplier.id] : [], t, f),
    [r, rows, t, f],
  );

  if (loading && !r) return <Loading />;
  if (!r)
    return (
      <section className="page">
        <h1>{t('request.heading')}</h1>
        {error ? <ErrorAlert error={error} /> : <p>{t('request.notFound')}</p>}
        <p>
          <Link to="/requests">{t('requests.back')}</Link>
        </p>
      </section>
    );

  const mayManage =
    r.status === 'OPEN' &&
    !!session &&
    (session.role === 'ADMIN' ||
      (session.role === 'OEM_BUYER' && session.oem?.toLowerCase() === r.plant.oem.toLowerCase()));
  // The snapshot keeps the top 100: show as many as the live ranking (and the awarded supplier) unless asked.
  const snapshot = r.awardSnapshot ?? [];
  const snapshotRows = wholeSnapshot
    ? snapshot
    : snapshot.filter((e, i) => i < LIVE_MATCHES || e.supplierId === r.awardedSupplier?.id);
  const doAward = async () => {
    if (!toAward) return;
    const ok = await award({ variables: { id: r.id, supplierId: toAward.supplier.id } }).catch(() => null);
    if (ok) setToAward(null);
  };
  const doCancel = async () => {
    const ok = await cancel({ variables: { id: r.id } }).catch(() => null);
    if (ok) setConfirmCancel(false);
  };

  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to="/requests">{t('requests.back')}</Link>
      </p>
      <div className="page-head">
        <h1>{title}</h1>
        <RequestStatusBadge status={r.status} />
      </div>
      <dl className="facts facts-inline">
        <div>
          <dt>{t('requests.plant')}</dt>
          <dd>
            {r.plant.oem} · {r.plant.name} ({r.plant.city}, {r.plant.state.name})
          </dd>
        </div>
        <div>
          <dt>{t('requests.required')}</dt>
          <dd>{r.requiredCertifications.length ? r.requiredCertifications.map(schemeLabel).join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>{t('requests.preferred')}</dt>
          <dd>{r.preferredCertifications.length ? r.preferredCertifications.map(schemeLabel).join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>{t('requests.maxDistance')}</dt>
          <dd>{r.maxDistanceKm != null ? f.km(r.maxDistanceKm) : t('requests.noLimit')}</dd>
        </div>
        <div>
          <dt>{t('requests.volume')}</dt>
          <dd>{r.annualVolume != null ? f.integer(r.annualVolume) : '—'}</dd>
        </div>
        <div>
          <dt>{t('requests.created')}</dt>
          <dd>{f.dateTime(r.createdAt)}</dd>
        </div>
        {r.awardedSupplier && r.awardedAt && (
          <div>
            <dt>{t('requests.awardedTo')}</dt>
            <dd>
              <Link to={`/suppliers/${r.awardedSupplier.id}`}>{r.awardedSupplier.name}</Link> ·{' '}
              {f.dateTime(r.awardedAt)}
            </dd>
          </div>
        )}
        {r.cancelledAt && (
          <div>
            <dt>{t('request.cancelledAt')}</dt>
            <dd>{f.dateTime(r.cancelledAt)}</dd>
          </div>
        )}
      </dl>
      {mayManage && (
        <p>
          <button type="button" className="button button-danger" onClick={() => setConfirmCancel(true)}>
            {t('request.cancel')}
          </button>
        </p>
      )}
      <ErrorAlert error={error} />

      <div className={r.awardSnapshot ? 'rankings rankings-two' : 'rankings'}>
        <section aria-labelledby="live-heading">
          <h2 id="live-heading">{t('request.live')}</h2>
          <p className="muted small">{t('request.liveHelp')}</p>
          {rows.length ? (
            <MatchTable
              label={t('request.liveTable')}
              compact={!!r.awardSnapshot}
              rows={rows}
              action={
                mayManage
                  ? {
                      heading: t('request.award'),
                      render: (m) => (
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('request.awardTo', { name: m.supplier.name })}
                          onClick={() => setToAward(m)}
                        >
                          {t('request.awardShort')}
                        </button>
                      ),
                    }
                  : undefined
              }
            />
          ) : (
            <p className="empty">{t('match.empty')}</p>
          )}
        </section>
        {r.awardSnapshot && (
          <section aria-labelledby="snapshot-heading">
            <h2 id="snapshot-heading">{t('request.snapshot')}</h2>
            <p className="muted small">
              {t('request.snapshotHelp', { date: r.awardedAt ? f.dateTime(r.awardedAt) : '' })}
            </p>
            <TableScroll label={t('request.snapshotTable')}>
              <table className="table">
                <caption>{t('request.snapshotTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('match.rank')}</th>
                    <th scope="col">{t('match.supplier')}</th>
                    <th scope="col">{t('match.score')}</th>
                    <th scope="col">{t('match.distance')}</th>
                  </tr>
                </thead>
                <tbody>
                  {snapshotRows.map((e) => (
                    <tr
                      key={e.supplierId}
                      className={e.supplierId === r.awardedSupplier?.id ? 'row-selected' : undefined}
                    >
                      <td className="num">{e.rank > 0 ? f.integer(e.rank) : '—'}</td>
                      <th scope="row">
                        <Link to={`/suppliers/${e.supplierId}`}>{e.supplierName}</Link>
                        {e.supplierId === r.awardedSupplier?.id && <span className="tag">{t('request.awarded')}</span>}
                      </th>
                      <td className="num">{f.percent(e.score)}</td>
                      <td className="num">{f.km(e.distanceKm)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {snapshotRows.length < snapshot.length && (
              <p>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setWholeSnapshot(true)}
                >
                  {t('request.wholeSnapshot', { count: snapshot.length })}
                </button>
              </p>
            )}
          </section>
        )}
      </div>
      <MexicoMap
        className="match-map"
        markers={layers.markers}
        rings={layers.rings}
        frameKey={`${r.id}:${rows.length}`}
      />

      <ConfirmDialog
        open={!!toAward}
        title={t('request.confirmAwardTitle')}
        message={toAward ? t('request.confirmAward', { name: toAward.supplier.name }) : ''}
        confirmLabel={t('request.confirmAwardButton')}
        busy={awarding.loading}
        onConfirm={() => void doAward()}
        onCancel={() => setToAward(null)}
      >
        <ErrorAlert error={awarding.error} />
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmCancel}
        title={t('request.confirmCancelTitle')}
        message={t('request.confirmCancel')}
        confirmLabel={t('request.confirmCancelButton')}
        busy={cancelling.loading}
        onConfirm={() => void doCancel()}
        onCancel={() => setConfirmCancel(false)}
      >
        <ErrorAlert error={cancelling.error} />
      </ConfirmDialog>
    </article>
  );
}
