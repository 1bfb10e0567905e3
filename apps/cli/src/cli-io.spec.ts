import { PassThrough } from 'stream';
import { progressReporter, renderProgressBar, renderProgressLine } from './cli-io';

function capture(tty: boolean) {
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  if (tty) {
    stderr.isTTY = true;
    stderr.columns = 100;
  }
  let text = '';
  stderr.on('data', (d) => (text += d));
  return { io: { stdout: new PassThrough(), stderr }, text: () => text };
}

describe('progress output', () => {
  it('renders a plain line with rows/s, percentage and ETA', () => {
    expect(renderProgressLine({ label: 'import', done: 9000, total: 100_000, seconds: 2 })).toBe(
      'import: 9,000/100,000 rows (9%), 4,500 rows/s, ETA 21 s',
    );
    expect(renderProgressLine({ label: 'export', done: 1500, total: null, seconds: 0.5 })).toBe(
      'export: 1,500 rows, 3,000 rows/s',
    );
    expect(renderProgressLine({ label: 'import', done: 1000, total: 1_000_000, seconds: 1 })).toBe(
      'import: 1,000/1,000,000 rows (0%), 1,000 rows/s, ETA 16 min 39 s',
    );
  });

  it('renders a bar that fits the terminal, with ETA while running and the time once done', () => {
    const half = renderProgressBar({ label: 'import', done: 50_000, total: 100_000, seconds: 10 }, 80);
    expect(half).toMatch(/^import \[=+> +\] {2}50% 50,000\/100,000 rows {2}5,000 rows\/s {2}ETA 10 s$/);
    expect(half.length).toBeLessThan(80);
    const bar = /\[([^\]]+)\]/.exec(half)![1];
    expect(bar.indexOf('>')).toBe(Math.floor(bar.length / 2));
    const done = renderProgressBar({ label: 'import', done: 100_000, total: 100_000, seconds: 20 }, 80);
    expect(done).toMatch(/^import \[=+\] 100% 100,000\/100,000 rows {2}5,000 rows\/s {2}20 s$/);
    expect(renderProgressBar({ label: 'import', done: 10, total: 100, seconds: 1 }, 40).length).toBeLessThan(40);
    // An estimated total that is exceeded never shows more than 100%.
    expect(renderProgressBar({ label: 'import', done: 120, total: 100, seconds: 1 }, 80)).toContain(
      '100% 120/120 rows',
    );
    // Unknown total: count and rate only.
    expect(renderProgressBar({ label: 'export', done: 1500, total: null, seconds: 1 }, 80)).toBe(
      'export 1,500 rows  1,500 rows/s',
    );
  });

  it('draws a bar in place on a terminal and ends it with a newline', () => {
    const c = capture(true);
    const p = progressReporter(c.io, 'import', 2000);
    p(1000, 10_000, 1);
    p(2000, 10_000, 1.5); // throttled (under 100 ms)
    p(10_000, 10_000, 2, true);
    const out = c.text();
    expect(out.startsWith('\r\x1b[Kimport [')).toBe(true);
    expect(out.split('\r\x1b[K')).toHaveLength(3);
    expect(out).toContain('1,000/10,000 rows  1,000 rows/s  ETA 9 s');
    expect(out.endsWith('10,000/10,000 rows  5,000 rows/s  2 s\n')).toBe(true);
    expect(out.split('\n')).toHaveLength(2);
  });

  it('writes plain throttled lines when stderr is not a terminal', () => {
    const c = capture(false);
    const p = progressReporter(c.io, 'import', 60_000);
    p(1000, 10_000, 1);
    p(2000, 10_000, 2); // throttled
    p(10_000, 10_000, 4, true);
    p.close(); // nothing open: writes nothing
    expect(c.text()).toBe(
      'import: 1,000/10,000 rows (10%), 1,000 rows/s, ETA 9 s\nimport: 10,000/10,000 rows (100%), 2,500 rows/s\n',
    );
    expect(c.text()).not.toContain('\r');
    expect(c.text()).not.toContain('\x1b');
  });

  it('closes an open bar so a following error starts on its own line', () => {
    const c = capture(true);
    const p = progressReporter(c.io, 'import');
    p(10, 100, 1);
    p.close();
    expect(c.text().endsWith('\n')).toBe(true);
  });
});
