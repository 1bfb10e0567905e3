import { Writable } from 'stream';

export interface CliIo {
  /** Data output (export CSV when no --out, summaries). */
  stdout: Writable;
  /** Progress lines and error reasons. */
  stderr: Writable;
}

export function line(w: Writable, text: string): void {
  w.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Throttled progress lines: at most one per `everyMs`, plus the final one. */
export function progressReporter(io: CliIo, label: string, everyMs = 1000) {
  let last = 0;
  return (done: number, total: number | null, seconds: number, force = false) => {
    const now = Date.now();
    if (!force && now - last < everyMs) return;
    last = now;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const pct = total ? ` (${Math.floor((done / total) * 100)}%)` : '';
    const eta = total && rate > 0 && done < total ? `, ETA ${Math.ceil((total - done) / rate)} s` : '';
    line(io.stderr, `${label}: ${done.toLocaleString('en-US')}${total ? `/${total.toLocaleString('en-US')}` : ''} rows${pct}, ${rate.toLocaleString('en-US')} rows/s${eta}`);
  };
}
