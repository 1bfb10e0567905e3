import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { text } from 'stream/consumers';
import { openTextStream, scanTextFile } from './encoding';

describe('text file encoding', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-encoding-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const read = async (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const { encoding, lines } = await scanTextFile(file);
    return { encoding, lines, text: await text(openTextStream(file, encoding)) };
  };

  it('reads a file that is not UTF-8 as windows-1252 (curly quotes, euro sign, dashes, accents)', async () => {
    // “Forjas é” – 5€ ‘x’ in windows-1252, then a line break
    const bytes = Buffer.from([
      0x93, 0x46, 0x6f, 0x72, 0x6a, 0x61, 0x73, 0x20, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80, 0x20, 0x91, 0x78, 0x92,
      0x0a,
    ]);
    expect(await read('ansi.csv', bytes)).toEqual({
      encoding: 'windows-1252',
      lines: 1,
      text: '“Forjas é” – 5€ ‘x’\n',
    });
  });

  it('reads UTF-8 with or without a byte-order mark, and drops the mark', async () => {
    const body = Buffer.from('name,city\nTaller “Ñandú”,León\n', 'utf8');
    const plain = await read('plain.csv', body);
    const withBom = await read('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
    expect(plain).toEqual({ encoding: 'utf-8', lines: 2, text: body.toString('utf8') });
    expect(withBom).toEqual(plain);
  });
});
