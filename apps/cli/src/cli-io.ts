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

/** A terminal (progress bar) rather than a file or pipe (plain progress lines). */
export function isTerminal(w: Writable): boolean {
  return (w as Writable & { isTTY?: boolean }).isTTY === true;
}

export interface ProgressState {
  label: string;
  done: number;
  /** Total when known (or estimated); null: unknown, no percentage, bar or ETA. */
  total: number | null;
  seconds: number;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function duration(s: number): string {
  const t = Math.max(0, Math.ceil(s));
  if (t < 60) return `${t} s`;
  const m = Math.floor(t / 60);
  if (m < 60) return `${m} min ${String(t % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** Rate, percentage and ETA of a progress state (total is raised to `done` when exceeded: totals may be estimates). */
export function progressFigures(p: ProgressState): {
  rate: number;
  total: number | null;
  fraction: number | null;
  eta: number | null;
} {
  const rate = p.seconds > 0 ? p.done / p.seconds : 0;
  const total = p.total === null ? null : Math.max(p.total, p.done);
  const fraction = total ? Math.min(1, p.done / total) : total === 0 ? 1 : null;
  const eta = total !== null && rate > 0 && p.done < total ? (total - p.done) / rate : null;
  return { rate, total, fraction, eta };
}

/** One plain progress line: `import: 9,000/100,000 rows (9%), 3,635 rows/s, ETA 25 s`. */
export function renderProgressLine(p: ProgressState): string {
  const { rate, total, fraction, eta } = progressFigures(p);
  const pct = fraction !== null && total ? ` (${Math.floor(fraction * 100)}%)` : '';
  return `${p.label}: ${fmt(p.done)}${total ? `/${fmt(total)}` : ''} rows${pct}, ${fmt(rate)} rows/s${eta !== null ? `, ETA ${duration(eta)}` : ''}`;
}

/**
 * The terminal progress bar, fitted to `columns`:
 * `import [=========>          ] 45% 45,000/100,000 rows  4,512 rows/s  ETA 12 s`.
 * Without a total there is no bar, only the count and the rate.
 */
export function renderProgressBar(p: ProgressState, columns = 80): string {
  const { rate, total, fraction, eta } = progressFigures(p);
  const finished = total !== null && p.done >= total;
  const tail =
    (fraction !== null ? ` ${String(Math.floor(fraction * 100)).padStart(3)}%` : '') +
    ` ${fmt(p.done)}${total ? `/${fmt(total)}` : ''} rows  ${fmt(rate)} rows/s` +
    (finished ? `  ${duration(p.seconds)}` : eta !== null ? `  ETA ${duration(eta)}` : '');
  if (fraction === null) return `${p.label}${tail}`.slice(0, Math.max(10, columns - 1));
  const width = Math.max(10, Math.min(40, columns - 1 - p.label.length - tail.length - 3));
  const filled = Math.floor(fraction * width);
  const bar = fraction >= 1 ? '='.repeat(width) : '='.repeat(filled) + '>' + ' '.repeat(width - filled - 1);
  return `${p.label} [${bar}]${tail}`.slice(0, Math.max(10, columns - 1));
}

/**
 * Progress on stderr. On a terminal: one bar redrawn in place (rows/s, ETA), at most every 100 ms,
 * ended with a newline by the final call. Otherwise (file, pipe, CI log): plain lines, at most one
 * per `everyMs`, plus the final one.
 */
export function progressReporter(io: CliIo, label: string, everyMs = 1000) {
  const tty = isTerminal(io.stderr);
  let last = 0;
  let open = false; // a bar is drawn without its final newline
  const report = (done: number, total: number | null, seconds: number, force = false) => {
    const now = Date.now();
    if (!force && now - last < (tty ? 100 : everyMs)) return;
    last = now;
    const state = { label, done, total, seconds };
    if (!tty) {
      line(io.stderr, renderProgressLine(state));
      return;
    }
    const columns = (io.stderr as Writable & { columns?: number }).columns || 80;
    io.stderr.write(`\r\x1b[K${renderProgressBar(state, columns)}${force ? '\n' : ''}`);
    open = !force;
  };
  /** Ends a bar left open (the command failed): later messages start on their own line. */
  const close = () => {
    if (open) io.stderr.write('\n');
    open = false;
  };
  return Object.assign(report, { close });
}
