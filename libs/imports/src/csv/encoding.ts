import * as fs from 'fs';
import { Readable } from 'stream';
import * as iconv from 'iconv-lite';
import { ImportFileError } from '../import-report';

export type TextEncodingName = 'utf-8' | 'latin1';

/**
 * One pass over the file, in chunks (nothing kept in memory): its encoding, UTF-8 when the whole
 * file is valid UTF-8, else latin-1 (older DENUE downloads); and its number of lines (line breaks,
 * plus an unterminated last line), which estimates the records for progress and ETA (a quoted field
 * spanning lines makes it a slight overestimate).
 */
export async function scanTextFile(file: string): Promise<{ encoding: TextEncodingName; lines: number }> {
  let decoder: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  let lines = 0;
  let lastByte = 0x0a;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, i + 1)) lines++;
      if (buf.length) lastByte = buf[buf.length - 1];
      if (decoder && !decodes(decoder, buf)) decoder = null;
    }
    if (decoder && !decodes(decoder)) decoder = null;
    return { encoding: decoder ? 'utf-8' : 'latin1', lines: lines + (lastByte === 0x0a ? 0 : 1) };
  } finally {
    stream.destroy();
  }
}

/** Feeds `buf` (or the end of input) to a fatal decoder: false when the bytes are not valid. */
function decodes(decoder: TextDecoder, buf?: Buffer): boolean {
  try {
    if (buf) decoder.decode(buf, { stream: true });
    else decoder.decode();
    return true;
  } catch (e) {
    const err = e as { code?: string; name?: string };
    if (err?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA' || err?.name === 'TypeError') return false;
    throw e;
  }
}

/** Checks the file can be read; throws ImportFileError with a one-line reason otherwise. */
export function checkReadableFile(file: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new ImportFileError(`file not found: ${file}`);
  }
  if (!st.isFile()) throw new ImportFileError(`not a file: ${file}`);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new ImportFileError(`file is not readable: ${file}`);
  }
}

/** The file as a stream of decoded text (BOM removed). */
export function openTextStream(file: string, encoding: TextEncodingName): Readable {
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 18 });
  const decoded = raw.pipe(
    iconv.decodeStream(encoding === 'utf-8' ? 'utf8' : 'latin1', { stripBOM: true }),
  ) as unknown as Readable;
  raw.on('error', (e) => decoded.destroy(e));
  return decoded;
}
