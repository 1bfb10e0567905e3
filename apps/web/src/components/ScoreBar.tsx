import { useFormat } from '../format/format';

/** A value in [0, 1] as a bar with its percentage written beside it (the column says what it is). */
export function ScoreBar({ value, strong }: { value: number; strong?: boolean }) {
  const f = useFormat();
  const pct = Math.max(0, Math.min(1, value));
  return (
    <span className={`scorebar${strong ? ' scorebar-strong' : ''}`}>
      <span className="scorebar-track" aria-hidden="true">
        <span className="scorebar-fill" style={{ width: `${(pct * 100).toFixed(1)}%` }} />
      </span>
      <span className="scorebar-value">{f.percent(pct)}</span>
    </span>
  );
}
