import { describe, expect, it } from 'vitest';
import es from '../../locales/es.json';
import en from '../../locales/en.json';
import { DELIVERY_STATUSES, EVENT_TYPES, orderedEvents } from './events';

describe('settings: event types and delivery states', () => {
  it('names every event type and delivery state in both languages', () => {
    for (const catalogue of [es, en]) {
      for (const e of EVENT_TYPES) expect(catalogue.eventType[e], e).toMatch(/\S/);
      for (const s of DELIVERY_STATUSES) expect(catalogue.deliveryStatus[s], s).toMatch(/\S/);
    }
  });

  it('sends the chosen events in the form order, whatever order they were ticked in', () => {
    expect(orderedEvents(new Set(['WEBHOOK_DEACTIVATED', 'SOURCING_REQUEST_OPENED'] as const))).toEqual([
      'SOURCING_REQUEST_OPENED',
      'WEBHOOK_DEACTIVATED',
    ]);
    expect(orderedEvents(new Set())).toEqual([]);
  });
});
