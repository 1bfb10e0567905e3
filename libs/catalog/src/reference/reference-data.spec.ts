import * as fs from 'fs';
import * as path from 'path';
import { findDataDir, readCsvFile, isInsideMexicoBox } from '@enlace/core';

/** The region of every state must be exactly the one the public contract's comment gives. */
function contractRegions(): Map<string, string> {
  const candidates = [
    path.resolve(__dirname, '../../../../../shared/contract/core.graphql'),
    path.resolve(__dirname, '../../../../test/contract/core.graphql'),
  ];
  const sdl = fs.readFileSync(
    candidates.find((p) => fs.existsSync(p))!,
    'utf8',
  );
  const map = new Map<string, string>();
  let current = '';
  for (const line of sdl.split('\n')) {
    const m = line.match(/^#\s+(NORTH|BAJIO|WEST|CENTER|SOUTH):\s*(.*)$/);
    const cont = line.match(/^#\s{2,}(.*)$/);
    const names = m ? ((current = m[1]), m[2]) : current && cont ? cont[1] : null;
    if (!m && !cont) current = '';
    if (names)
      for (const n of names
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean))
        map.set(n, current);
  }
  return map;
}

describe('reference data files', () => {
  const dir = findDataDir('reference');
  const states = readCsvFile(path.join(dir, 'states.csv'));

  it('has 32 states whose regions match the contract', () => {
    expect(states).toHaveLength(32);
    const regions = contractRegions();
    expect(regions.size).toBe(32);
    for (const s of states) expect([s.name, s.region]).toEqual([s.name, regions.get(s.name)]);
  });

  it('has 29 plants with coordinates inside Mexico and known states and kinds', () => {
    const plants = readCsvFile(path.join(dir, 'plants.csv'));
    const codes = new Set(states.map((s) => s.code));
    const kinds = new Set(readCsvFile(path.join(dir, 'plant-kind-processes.csv')).map((r) => r.kind));
    expect(plants).toHaveLength(29);
    for (const p of plants) {
      expect(codes.has(p.state_code)).toBe(true);
      expect(kinds.has(p.kind)).toBe(true);
      expect(isInsideMexicoBox({ lat: Number(p.lat), lng: Number(p.lng) })).toBe(true);
    }
  });

  it('maps every process code used anywhere to the taxonomy', () => {
    const processes = new Set(readCsvFile(path.join(dir, 'processes.csv')).map((p) => p.code));
    expect(processes.size).toBeGreaterThanOrEqual(20);
    for (const r of readCsvFile(path.join(dir, 'plant-kind-processes.csv')))
      expect(processes.has(r.process_code)).toBe(true);
    for (const r of readCsvFile(path.join(dir, 'scian-processes.csv')))
      for (const p of r.processes.split(';')) expect(processes.has(p)).toBe(true);
  });
});
