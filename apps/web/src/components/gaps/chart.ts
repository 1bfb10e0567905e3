// The geometry of a gap's history chart: dates along x, the gap score (0 to 1) up y.

export interface ChartBox {
  width: number;
  height: number;
  /** Space for the axes' labels: left, right, top, bottom. */
  pad: { left: number; right: number; top: number; bottom: number };
}

export interface HistoryChart {
  /** The line through the points (an SVG path). */
  line: string;
  points: Array<{ x: number; y: number; date: string; score: number }>;
  yTicks: Array<{ y: number; value: number }>;
  /** At most `maxXTicks` dates, first and last included. */
  xTicks: Array<{ x: number; date: string }>;
}

const DAY_MS = 86_400_000;

export function historyChart(
  series: Array<{ date: string; gapScore: number }>,
  box: ChartBox,
  maxXTicks = 5,
): HistoryChart {
  const { width, height, pad } = box;
  const times = series.map((s) => Date.parse(`${s.date.slice(0, 10)}T00:00:00Z`));
  const t0 = Math.min(...times);
  const span = Math.max(DAY_MS, Math.max(...times) - t0);
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (t: number) => (series.length === 1 ? pad.left + innerW / 2 : pad.left + ((t - t0) / span) * innerW);
  const y = (v: number) => pad.top + (1 - Math.max(0, Math.min(1, v))) * innerH;
  const points = series.map((s, i) => ({ x: x(times[i]), y: y(s.gapScore), date: s.date, score: s.gapScore }));
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
  const step = Math.max(1, Math.ceil((points.length - 1) / Math.max(1, maxXTicks - 1)));
  const xTicks = points
    .filter((_, i) => i % step === 0 || i === points.length - 1)
    .map((p) => ({ x: p.x, date: p.date }));
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((value) => ({ y: y(value), value }));
  return { line, points, yTicks, xTicks };
}
