import { Readable } from 'stream';
import { parse } from 'csv-parse';

export type CsvRecord =
  { kind: 'row'; line: number; fields: string[] } | { kind: 'bad'; line: number; message: string };

/**
 * Streams CSV records in file order with the 1-based line on which each record starts (the header
 * is line 1; a quoted field may span lines). Blank lines are not records. Malformed quoting becomes
 * a `bad` record instead of stopping the file.
 */
export async function* csvRecords(text: Readable): AsyncGenerator<CsvRecord> {
  const parser = parse({
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    skip_empty_lines: false,
  });
  // 'skip' events fire while parsing, possibly before earlier records are consumed: queue them and
  // merge by end line.
  const skipped: Array<{ endLine: number; message: string }> = [];
  parser.on('skip', (err: Error & { lines?: number }) => {
    skipped.push({ endLine: err.lines ?? 0, message: err.message.split('\n')[0] });
  });
  text.on('error', (e) => parser.destroy(e));
  text.pipe(parser);
  let prevEnd = 0;
  const flushSkipped = function* (beforeLine: number): Generator<CsvRecord> {
    while (skipped.length && skipped[0].endLine < beforeLine) {
      const s = skipped.shift()!;
      yield { kind: 'bad', line: prevEnd + 1, message: s.message };
      prevEnd = Math.max(prevEnd, s.endLine);
    }
  };
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const end = item.info.lines;
    yield* flushSkipped(end);
    const start = prevEnd + 1;
    prevEnd = end;
    if (item.record.length === 1 && item.record[0].trim() === '') continue;
    yield { kind: 'row', line: start, fields: item.record };
  }
  yield* flushSkipped(Number.MAX_SAFE_INTEGER);
}
