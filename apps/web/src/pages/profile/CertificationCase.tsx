import { useId, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { MexicoMap, type MapMarker } from '../../components/map/MexicoMap';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import { CertificationImpactDocument, type MyProfileFragment } from '../../generated/graphql';
import { entersTop, plantsEnteringTop, schemesToOffer, sortImpact, TOP, type ImpactRow } from './certCase';

/** "What a certificate is worth": for a scheme the supplier lacks, its places at nearby plants now and with it. */
export function CertificationCase({ supplier }: { supplier: MyProfileFragment }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const selectId = useId();
  const offered = useMemo(
    () =>
      schemesToOffer(
        catalog.schemes,
        supplier.certifications,
        supplier.capabilities.map((c) => c.process),
      ),
    [catalog.schemes, supplier.certifications, supplier.capabilities],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const scheme = chosen && offered.includes(chosen) ? chosen : (offered[0] ?? '');
  return (
    <section aria-labelledby="case-heading" className="card">
      <h2 id="case-heading">{t('profile.case.heading')}</h2>
      <p className="muted">{t('profile.case.lead')}</p>
      {offered.length ? (
        <>
          <div className="field users-filter">
            <label htmlFor={selectId}>{t('profile.case.scheme')}</label>
            <select id={selectId} value={scheme} onChange={(e) => setChosen(e.target.value)}>
              {offered.map((code) => (
                <option key={code} value={code}>
                  {schemeLabel(code)}
                </option>
              ))}
            </select>
          </div>
          <ImpactFigures supplier={supplier} scheme={scheme} />
        </>
      ) : (
        <p className="empty">{t('profile.case.nothing')}</p>
      )}
    </section>
  );
}

function ImpactFigures({ supplier, scheme }: { supplier: MyProfileFragment; scheme: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data, loading, error } = useQuery(CertificationImpactDocument, {
    variables: { supplierId: supplier.id, scheme },
  });
  const impact = data?.certificationImpact;
  const rows = useMemo(() => sortImpact(impact?.plants ?? []), [impact]);
  const markers = useMemo<MapMarker[]>(() => impactMarkers(supplier, rows), [supplier, rows]);
  if (loading && !impact) return <Loading />;
  if (!impact) return <ErrorAlert error={error} />;
  const usd = (v: number) => `${f.integer(v)} USD`;
  const entering = plantsEnteringTop(rows).size;
  return (
    <>
      <dl className="facts facts-inline case-figures">
        <div>
          <dt>{t('profile.case.openRequests')}</dt>
          <dd data-testid="case-requests">
            {t('profile.case.nowWith', { now: impact.openRequestsNow, with: impact.openRequestsWith })}
          </dd>
        </div>
        <div>
          <dt>{t('profile.case.cost')}</dt>
          <dd data-testid="case-cost">{usd(impact.estimatedCostUsd)}</dd>
        </div>
        <div>
          <dt>{t('profile.case.coFunded')}</dt>
          <dd data-testid="case-cofunded">{usd(impact.coFundedUsd)}</dd>
        </div>
        <div>
          <dt>{t('profile.case.entering', { top: TOP })}</dt>
          <dd>{f.integer(entering)}</dd>
        </div>
      </dl>
      {rows.length ? (
        <div className="case-body">
          <ImpactTable rows={rows} scheme={scheme} />
          <MexicoMap className="case-map" markers={markers} frameKey={`${supplier.id}-${scheme}`} />
        </div>
      ) : (
        <p className="empty">{t('profile.case.noPlants')}</p>
      )}
    </>
  );
}

function impactMarkers(supplier: MyProfileFragment, rows: ImpactRow[]): MapMarker[] {
  const entering = plantsEnteringTop(rows);
  const seen = new Set<string>();
  const markers: MapMarker[] = [];
  for (const r of rows) {
    if (seen.has(r.plant.id)) continue;
    seen.add(r.plant.id);
    markers.push({
      id: r.plant.id,
      name: r.plant.name,
      lat: r.plant.location.lat,
      lng: r.plant.location.lng,
      kind: 'plant',
      selected: entering.has(r.plant.id),
    });
  }
  const { lat, lng } = supplier.location;
  markers.push({ id: supplier.id, name: supplier.name, lat, lng, kind: 'supplier', selected: true });
  return markers;
}

function ImpactTable({ rows, scheme }: { rows: ImpactRow[]; scheme: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const catalog = useCatalog();
  const place = (rank: number | null | undefined) => (rank != null ? f.integer(rank) : t('profile.case.outside'));
  const label = t('profile.case.table', { scheme: schemeLabel(scheme) });
  return (
    <TableScroll label={label}>
      <table className="table case-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('requests.plant')}</th>
            <th scope="col">{t('supplier.process')}</th>
            <th scope="col">{t('profile.opps.distance')}</th>
            <th scope="col">{t('profile.case.placeNow')}</th>
            <th scope="col">{t('profile.case.placeWith', { scheme: schemeLabel(scheme) })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.plant.id}-${r.process}`} data-row={`${r.plant.id}:${r.process}`}>
              <th scope="row">
                {r.plant.oem} · {r.plant.name}
              </th>
              <td>{catalog.processName(r.process)}</td>
              <td>{f.km(r.distanceKm)}</td>
              <td data-cell="now">{place(r.rankNow)}</td>
              <td>
                <span data-cell="with">{place(r.rankWith)}</span>
                {entersTop(r) && (
                  <span className="badge badge-cert-active case-enters">
                    {t('profile.case.entersTop', { top: TOP })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
