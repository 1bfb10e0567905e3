const formats = new Map<string, Intl.DateTimeFormat>();

/** Calendar date (YYYY-MM-DD) in the given IANA time zone. */
export function todayIn(timezone: string, now: Date = new Date()): string {
  let format = formats.get(timezone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD. Building a formatter is the costly part: one per zone.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    if (formats.size < 50) formats.set(timezone, format);
  }
  return format.format(now);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Injected clock so tests can pin "today". */
export abstract class Clock {
  abstract now(): Date;
  abstract today(): string;
}

export class SystemClock extends Clock {
  constructor(private readonly timezone: string) {
    super();
  }
  now(): Date {
    return new Date();
  }
  today(): string {
    return todayIn(this.timezone);
  }
}
