import {
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { KM_PER_DEGREE, loadBaseMap, VIEW_H, VIEW_W, type BaseMap } from './baseMap';

export interface MapMarker {
  id: string;
  /** The accessible name (the supplier's or plant's name). */
  name: string;
  lat: number;
  lng: number;
  kind: 'supplier' | 'plant';
  /** Where activating the marker goes (suppliers: their page). */
  href?: string;
  /** Shown inside the marker (rank on /match). */
  badge?: string;
  selected?: boolean;
}

export interface MapRing {
  lat: number;
  lng: number;
  km: number;
  /** Written at the ring's top; empty for none (e.g. the same radius around several plants). */
  label: string;
  emphasis?: boolean;
}

/** A choropleth over the states: a class per state (its shade) and what hovering one says. */
export interface MapStates {
  /** Extra classes for a state (ISO 3166-2 code, e.g. "MX-GUA"), or undefined for the plain fill. */
  classOf: (code: string) => string | undefined;
  /** The tooltip while the pointer is over the state. */
  describe: (code: string, name: string) => string;
  /** The state under the pointer, or null when it leaves. */
  onHover?: (code: string | null) => void;
}

interface Props {
  markers: MapMarker[];
  rings?: MapRing[];
  /** When this changes the view frames the markers and rings again (e.g. a new query). */
  frameKey?: string;
  className?: string;
  /** When given, a click on the map picks that place (e.g. a profile's pin). */
  onPick?: (place: { lat: number; lng: number }) => void;
  /** Shading of the states (the states stay decorative: the page lists what they say). */
  states?: MapStates;
}

type Frame = [[number, number], [number, number]];

/** The projected box around markers and rings, or null when there is nothing to frame. */
function frameOf(base: BaseMap, markers: MapMarker[], rings: MapRing[]): Frame | null {
  const pts: Array<[number, number]> = markers.map((m) => base.project(m.lng, m.lat));
  for (const r of rings) {
    const dLat = r.km / KM_PER_DEGREE;
    const dLng = dLat / Math.cos((r.lat * Math.PI) / 180);
    pts.push(base.project(r.lng - dLng, r.lat + dLat), base.project(r.lng + dLng, r.lat - dLat));
  }
  if (!pts.length) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

const MAX_ZOOM = 48;
/** Framing never zooms in further than this: one supplier is shown with its state and neighbours around it. */
const MAX_FRAME_ZOOM = 5;

interface ZoomEvent {
  transform: { k: number; toString(): string };
}
const MIN_FRAME_ZOOM = 1.6;

/**
 * Mexico drawn from the offline base map with pan and zoom (drag, wheel, pinch, the buttons, or the
 * arrow and +/- keys on the focused map). Markers are SVG links named by their supplier, kept the
 * same size on screen at every zoom through one CSS variable (no per-marker work while zooming).
 */
export function MexicoMap({ markers, rings = [], frameKey, className, onPick, states }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [base, setBase] = useState<BaseMap | null>(null);
  const [failed, setFailed] = useState(false);
  const [hover, setHover] = useState<{ name: string; x: number; y: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const helpId = useId();

  useEffect(() => {
    let live = true;
    loadBaseMap().then(
      (b) => live && setBase(b),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const svg = svgRef.current;
    if (!base || !svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .translateExtent([
        [-VIEW_W * 0.1, -VIEW_H * 0.1],
        [VIEW_W * 1.1, VIEW_H * 1.1],
      ])
      .on('zoom', (event: ZoomEvent) => {
        viewRef.current?.setAttribute('transform', event.transform.toString());
        setHover(null);
      })
      // Markers keep their size on screen through --k; it changes once a gesture ends, so a zoom
      // with a thousand markers moves one group per frame instead of restyling every marker.
      .on('end', (event: ZoomEvent) => svg.style.setProperty('--k', String(event.transform.k)));
    zoomRef.current = behaviour;
    select(svg).call(behaviour).on('dblclick.zoom', null);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [base]);

  // Framing reads the current markers but runs only for a new base map or frame key.
  const frame = useEffectEvent(() => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    if (!base || !svg || !behaviour) return;
    const box = frameOf(base, markers, rings);
    let transform = zoomIdentity;
    if (box) {
      const [[x0, y0], [x1, y1]] = box;
      const pad = 40;
      const k = Math.min(
        MAX_FRAME_ZOOM,
        Math.max(1, Math.min(VIEW_W / (x1 - x0 + pad * 2), VIEW_H / (y1 - y0 + pad * 2))),
      );
      // Results spread over most of the country: show all of it rather than a slightly cropped view.
      if (k >= MIN_FRAME_ZOOM)
        transform = zoomIdentity
          .translate(VIEW_W / 2, VIEW_H / 2)
          .scale(k)
          .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    }
    select(svg).call((s) => behaviour.transform(s, transform));
  });
  useEffect(() => frame(), [base, frameKey]);

  const zoomBy = (factor: number) => {
    const behaviour = zoomRef.current;
    if (svgRef.current && behaviour) select(svgRef.current).call((s) => behaviour.scaleBy(s, factor));
  };
  const reset = () => {
    const behaviour = zoomRef.current;
    if (svgRef.current && behaviour) select(svgRef.current).call((s) => behaviour.transform(s, zoomIdentity));
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    if (!svg || !behaviour || e.target !== svg) return;
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const k = Number(svg.style.getPropertyValue('--k') || 1);
    const move = moves[e.key];
    if (move) select(svg).call((s) => behaviour.translateBy(s, move[0] / k, move[1] / k));
    else if (e.key === '+' || e.key === '=') zoomBy(1.5);
    else if (e.key === '-') zoomBy(1 / 1.5);
    else if (e.key === '0') reset();
    else return;
    e.preventDefault();
  };

  // A click (not a drag: d3-zoom swallows those) in the frame's coordinates, undone of the zoom.
  const pick = (e: MouseEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM()?.inverse();
    if (!onPick || !base || !svg || !matrix) return;
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix);
    const lngLat = base.invert(...zoomTransform(svg).invert([at.x, at.y]));
    if (lngLat) onPick({ lat: lngLat[1], lng: lngLat[0] });
  };

  const showName = (name: string, target: Element) => {
    const box = svgRef.current?.parentElement?.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    if (box) setHover({ name, x: r.left + r.width / 2 - box.left, y: r.top - box.top });
  };
  const follow = (e: MouseEvent, href: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(href);
  };

  const projected = useMemo(
    () => (base ? markers.map((m) => ({ m, p: base.project(m.lng, m.lat) })) : []),
    [base, markers],
  );
  const ringShapes = useMemo(
    () =>
      base
        ? rings.map((r) => ({
            r,
            d: base.ring(r.lng, r.lat, r.km),
            top: base.project(r.lng, r.lat + r.km / KM_PER_DEGREE),
          }))
        : [],
    [base, rings],
  );
  // Plants above suppliers, selected suppliers above the rest.
  const order = (m: MapMarker) => (m.kind === 'plant' ? 2 : m.selected ? 1 : 0);
  const sorted = useMemo(() => [...projected].sort((a, b) => order(a.m) - order(b.m)), [projected]);

  return (
    <section className={`map ${className ?? ''}`} aria-label={t('map.label')}>
      <div className="map-frame">
        {failed && <p role="alert">{t('map.failed')}</p>}
        <svg
          ref={svgRef}
          className="map-svg"
          viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
          role="group"
          aria-roledescription={t('map.roledescription')}
          aria-label={t('map.canvas')}
          aria-describedby={helpId}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onClick={onPick ? pick : undefined}
        >
          <rect className="map-sea" x={-VIEW_W} y={-VIEW_H} width={VIEW_W * 3} height={VIEW_H * 3} />
          <g ref={viewRef}>
            {base && (
              <g aria-hidden="true">
                <path className="map-land" d={base.land} />
                {base.states.map((s) => (
                  <path
                    key={s.code}
                    className={`map-state ${states?.classOf(s.code) ?? ''}`}
                    data-state={s.code}
                    d={s.d}
                    onMouseEnter={
                      states &&
                      ((e) => {
                        showName(states.describe(s.code, s.name), e.currentTarget);
                        states.onHover?.(s.code);
                      })
                    }
                    onMouseLeave={
                      states &&
                      (() => {
                        setHover(null);
                        states.onHover?.(null);
                      })
                    }
                  />
                ))}
                <path className="map-borders" d={base.borders} />
                <path className="map-outline" d={base.outline} />
              </g>
            )}
            <g aria-hidden="true">
              {ringShapes.map(({ r, d, top }, i) => (
                <g key={i} className={`map-ring${r.emphasis ? ' map-ring-emphasis' : ''}`}>
                  <path d={d} />
                  {r.label && (
                    <g transform={`translate(${top[0].toFixed(1)},${top[1].toFixed(1)})`}>
                      <text className="map-ring-label" dy="-0.3em">
                        {r.label}
                      </text>
                    </g>
                  )}
                </g>
              ))}
            </g>
            <g className="map-markers">
              {sorted.map(({ m, p: [x, y] }) => {
                const cls = `map-marker map-marker-${m.kind}${m.selected ? ' map-marker-selected' : ''}${m.badge ? ' map-marker-ranked' : ''}`;
                const common = {
                  className: cls,
                  'aria-label': m.name,
                  onMouseEnter: (e: MouseEvent<Element>) => showName(m.name, e.currentTarget),
                  onMouseLeave: () => setHover(null),
                  onFocus: (e: FocusEvent<Element>) => showName(m.name, e.currentTarget),
                  onBlur: () => setHover(null),
                };
                const glyph = (
                  <g transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}>
                    <g className="map-marker-glyph">
                      {m.kind === 'plant' ? (
                        <path className="map-plant-shape" d="M0 -10 L10 0 L0 10 L-10 0 Z" />
                      ) : (
                        <circle className="map-supplier-dot" r={m.badge ? 9 : 5} />
                      )}
                      {m.badge && (
                        <text className="map-marker-badge" dy="0.35em">
                          {m.badge}
                        </text>
                      )}
                    </g>
                  </g>
                );
                return m.href ? (
                  <a key={`${m.kind}-${m.id}`} href={m.href} onClick={(e) => follow(e, m.href!)} {...common}>
                    {glyph}
                  </a>
                ) : (
                  <g key={`${m.kind}-${m.id}`} role="img" tabIndex={0} {...common}>
                    {glyph}
                  </g>
                );
              })}
            </g>
          </g>
        </svg>
        {hover && (
          <div className="map-tooltip" style={{ left: hover.x, top: hover.y }} aria-hidden="true">
            {hover.name}
          </div>
        )}
        <div className="map-controls">
          <button type="button" className="map-button" onClick={() => zoomBy(1.5)} aria-label={t('map.zoomIn')}>
            +
          </button>
          <button type="button" className="map-button" onClick={() => zoomBy(1 / 1.5)} aria-label={t('map.zoomOut')}>
            −
          </button>
          <button type="button" className="map-button" onClick={reset} aria-label={t('map.reset')}>
            ⌂
          </button>
        </div>
      </div>
      <p id={helpId} className="map-help">
        {t('map.help')}
      </p>
    </section>
  );
}
