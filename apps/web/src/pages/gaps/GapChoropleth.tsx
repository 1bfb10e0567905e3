import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../catalog/regions';
import { useCatalog, type State } from '../../catalog/useCatalog';
import { GapLegend } from '../../components/gaps/GapLegend';
import { gapPath, regionScores, shadeOf, topGapsByRegion } from '../../components/gaps/gaps';
import { MexicoMap, type MapStates } from '../../components/map/MexicoMap';
import { plantMarkers } from '../../components/matches/matchMap';
import { useFormat } from '../../format/format';
import type { GapRowFragment, PlantSummaryFragment, Region } from '../../generated/graphql';

const TOP = 3;

interface Props {
  rows: GapRowFragment[];
  /** The chosen process ('' = each region's worst gap). */
  process: string;
  states: State[];
  plants: PlantSummaryFragment[];
  radiusKm: number | null;
}

/**
 * The states shaded by their region's gap, the plants, and beside the map the same thing in words: each
 * region's score and top gaps. Hovering a state or a region (or focusing a region's links) highlights both.
 */
export function GapChoropleth({ rows, process, states, plants, radiusKm }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { processName } = useCatalog();
  const [active, setActive] = useState<Region | null>(null);
  const scores = useMemo(() => regionScores(rows, process), [rows, process]);
  const top = useMemo(() => topGapsByRegion(rows, TOP), [rows]);
  const regionOf = useMemo(() => new Map(states.map((s) => [s.code, s.region])), [states]);
  const markers = useMemo(() => plantMarkers(plants, t), [plants, t]);

  const shading = useMemo<MapStates>(() => {
    const scoreText = (region: Region | undefined) => {
      const score = region && scores.get(region);
      return score != null ? f.percent(score) : t('gaps.noDemand');
    };
    return {
      classOf: (code) => {
        const region = regionOf.get(code);
        const score = region && scores.get(region);
        const shade = score != null ? `shade-${shadeOf(score)}` : 'shade-none';
        return `${shade}${region && region === active ? ' map-state-active' : ''}`;
      },
      describe: (code, name) => {
        const region = regionOf.get(code);
        return `${name} · ${region ? t(`regions.${region}`) : ''} · ${scoreText(region)}`;
      },
      onHover: (code) => setActive(code ? (regionOf.get(code) ?? null) : null),
    };
  }, [regionOf, scores, active, f, t]);

  return (
    <div className="gaps-top">
      <div>
        <MexicoMap className="gaps-map" markers={markers} states={shading} />
        <GapLegend title={process ? t('gaps.legendProcess', { process: processName(process) }) : t('gaps.legend')} />
      </div>
      <section className="region-gaps" aria-labelledby="region-gaps-title">
        <h2 id="region-gaps-title">{t('gaps.byRegion')}</h2>
        <ul className="plain region-gap-list">
          {REGIONS.filter((r) => top.has(r)).map((region) => {
            const score = scores.get(region);
            return (
              <li
                key={region}
                className={`region-gap card${region === active ? ' region-gap-active' : ''}`}
                onMouseEnter={() => setActive(region)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(region)}
                onBlur={() => setActive(null)}
              >
                <h3>
                  <span
                    className={`swatch ${score != null ? `shade-${shadeOf(score)}` : 'shade-none'}`}
                    aria-hidden="true"
                  />
                  {t(`regions.${region}`)}
                  <span className="muted small"> · {score != null ? f.percent(score) : t('gaps.noDemand')}</span>
                </h3>
                <ol className="region-gap-top">
                  {top.get(region)!.map((g) => (
                    <li key={g.process}>
                      <Link to={gapPath(g.region, g.process, radiusKm)}>{processName(g.process)}</Link>{' '}
                      <span className="muted">{f.percent(g.gapScore)}</span>
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
