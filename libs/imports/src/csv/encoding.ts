import * as fs from 'fs';
import { Readable } from 'stream';
import * as iconv from 'iconv-lite';
import { ImportFileError } from '../import-report';

/**
 * A file that is not valid UTF-8 is read as windows-1252: what Windows programs (Excel's "CSV",
 * older DENUE downloads) write and call "ANSI" or "latin-1". It is ISO-8859-1 plus printable
 * characters in 0x80-0x9F, such as the curly quotes “ ” ‘ ’ (0x93 0x94 0x91 0x92), the euro sign €
 * (0x80) and the dashes – — (0x96 0x97), where ISO-8859-1 has invisible control codes.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/**
 * One pass over the file, in chunks (nothing kept in memory): its encoding, UTF-8 when the whole
 * file is valid UTF-8, else windows-1252; and its number of lines (line breaks, plus an
 * unterminated last line), which estimates the records for progress and ETA (a quoted field
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
    return { encoding: decoder ? 'utf-8' : 'windows-1252', lines: lines + (lastByte === 0x0a ? 0 : 1) };
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
  const decoded = raw.pipe(iconv.decodeStream(encoding, { stripBOM: true })) as unknown as Readable;
  raw.on('error', (e) => decoded.destroy(e));
  return decoded;
}
