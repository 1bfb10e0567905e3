import { digestDay } from './digest-mail.job';

describe('digestDay', () => {
  const zone = 'America/Mexico_City'; // UTC-6
  it('is today in the time zone once the local hour reaches the digest hour', () => {
    expect(digestDay(new Date('2025-12-14T12:59:00Z'), zone, 7)).toBeNull(); // 06:59 local
    expect(digestDay(new Date('2025-12-14T13:00:00Z'), zone, 7)).toBe('2025-12-14'); // 07:00 local
    expect(digestDay(new Date('2025-12-15T05:30:00Z'), zone, 7)).toBe('2025-12-14'); // 23:30 local, still the 14th
    expect(digestDay(new Date('2025-12-15T06:00:00Z'), zone, 0)).toBe('2025-12-15'); // midnight local
  });
});
