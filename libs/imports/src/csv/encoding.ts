import * as fs from 'fs';
import { Readable } from 'stream';
import * as iconv from 'iconv-lite';
import { ImportFileError } from '../import-report';

export type TextEncodingName = 'utf-8' | 'latin1';

/**
 * UTF-8 when the whole file is valid UTF-8, else latin-1 (older DENUE downloads). Reads the file
 * once in chunks; nothing is kept in memory.
 */
export async function detectFileEncoding(file: string): Promise<TextEncodingName> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch (e) {
    const err = e as { code?: string; name?: string };
    if (err?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA' || err?.name === 'TypeError') return 'latin1';
    throw e;
  } finally {
    stream.destroy();
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
  const decoded = raw.pipe(iconv.decodeStream(encoding === 'utf-8' ? 'utf8' : 'latin1', { stripBOM: true })) as unknown as Readable;
  raw.on('error', (e) => decoded.destroy(e));
  return decoded;
}
