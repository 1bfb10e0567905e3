import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import type { GapDetailQuery } from '../../generated/graphql';

type Detail = GapDetailQuery;

/** The nearest plants a candidate could serve, listed in its row (the rest are counted). */
const SHOWN_PLANTS = 2;
type Report = Detail['capabilityGapReport'];

/** Development candidates: who could close the gap, the plants they could serve, what they lack and what it costs. */
export function CandidateTable({ rows }: { rows: Detail['supplierDevelopmentCandidates'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = t('gap.candidatesTable');
  return (
    <TableScroll label={label}>
      <table className="table table-stack candidate-table">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gap.col.supplier')}</th>
            <th scope="col">{t('gap.col.place')}</th>
            <th scope="col">{t('gap.col.plants')}</th>
            <th scope="col">{t('gap.col.lacks')}</th>
            <th scope="col">{t('gap.col.cost')}</th>
            <th scope="col">{t('gap.col.coFunded')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.supplierId}>
              <th scope="row">
                <Link to={`/suppliers/${c.supplier.id}`}>{c.supplier.name}</Link>
              </th>
              <td data-label={t('gap.col.place')}>
                {c.supplier.city}, {c.supplier.state.name}
              </td>
              <td data-label={t('gap.col.plants')}>
                <ul className="plain">
                  {c.plants.slice(0, SHOWN_PLANTS).map((p) => (
                    <li key={p.plantId}>
                      {f.km(p.distanceKm)} · {p.plant.oem} {p.plant.name}
                    </li>
                  ))}
                  {c.plants.length > SHOWN_PLANTS && (
                    <li className="muted">{t('gap.morePlants', { count: c.plants.length - SHOWN_PLANTS })}</li>
                  )}
                </ul>
              </td>
              <td data-label={t('gap.col.lacks')}>{c.missingCertifications.map(schemeLabel).join(', ')}</td>
              <td className="num" data-label={t('gap.col.cost')}>
                {f.usd(c.indicativeCostUsd)}
              </td>
              <td className="num" data-label={t('gap.col.coFunded')}>
                {f.usd(c.coFundedUsd)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The nearest certified suppliers in other regions: where the plants buy today, and how far it is. */
export function ElsewhereTable({ rows }: { rows: Report['gaps'][number]['nearestCertifiedElsewhere'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = t('gap.elsewhereTable');
  return (
    <TableScroll label={label}>
      <table className="table table-stack">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gap.col.supplier')}</th>
            <th scope="col">{t('gap.col.place')}</th>
            <th scope="col">{t('gap.col.distance')}</th>
            <th scope="col">{t('gap.col.nearestPlant')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.supplierId}>
              <th scope="row">
                <Link to={`/suppliers/${r.supplier.id}`}>{r.supplier.name}</Link>
              </th>
              <td data-label={t('gap.col.place')}>
                {r.supplier.city}, {r.supplier.state.name} ({t(`regions.${r.region}`)})
              </td>
              <td className="num" data-label={t('gap.col.distance')}>
                {f.km(r.distanceKm)}
              </td>
              <td data-label={t('gap.col.nearestPlant')}>
                {r.nearestPlant.oem} {r.nearestPlant.name}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Seaports and border crossings, nearest to the region's plants first. */
export function LogisticsTable({ rows }: { rows: Report['logisticsNodes'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { stateName } = useCatalog();
  const label = t('gap.logisticsTable');
  return (
    <TableScroll label={label}>
      <table className="table table-stack">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gap.col.node')}</th>
            <th scope="col">{t('gap.col.kind')}</th>
            <th scope="col">{t('gap.col.state')}</th>
            <th scope="col">{t('gap.col.distance')}</th>
            <th scope="col">{t('gap.col.nearestPlant')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={`${n.kind}-${n.name}`}>
              <th scope="row">{n.name}</th>
              <td data-label={t('gap.col.kind')}>{t(`gap.kind.${n.kind}`, { defaultValue: n.kind })}</td>
              <td data-label={t('gap.col.state')}>{stateName(n.stateCode)}</td>
              <td className="num" data-label={t('gap.col.distance')}>
                {f.km(n.distanceKm)}
              </td>
              <td data-label={t('gap.col.nearestPlant')}>
                {n.nearestPlant.oem} {n.nearestPlant.name}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
