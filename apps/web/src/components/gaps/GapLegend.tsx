import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/format';
import { shadeRanges } from './gaps';

/** What the shades of the choropleth and the heat map mean. */
export function GapLegend({ title }: { title: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <figure className="gap-legend">
      <figcaption>{title}</figcaption>
      <ul className="plain gap-legend-items">
        {shadeRanges().map(({ shade, from, to }) => (
          <li key={shade}>
            <span className={`swatch shade-${shade}`} aria-hidden="true" />
            {t('gaps.legendRange', { from: f.percent(from), to: f.percent(to) })}
          </li>
        ))}
        <li>
          <span className="swatch shade-none" aria-hidden="true" />
          {t('gaps.noDemand')}
        </li>
      </ul>
    </figure>
  );
}
