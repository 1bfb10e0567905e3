// The event types a webhook may ask for and the states of a delivery, as the page lists them; their
// names are in the message catalogues (`eventType.*`, `deliveryStatus.*`).
import type { DeliveryStatus, EventType } from '../../generated/graphql';

/** The list back, when it names every value of the union: a value new in the schema fails the build here. */
function every<U extends string>() {
  return <const T extends readonly U[]>(list: T & ([Exclude<U, T[number]>] extends [never] ? unknown : never)): T =>
    list;
}

/** The checkboxes of the webhook form, in this order. */
export const EVENT_TYPES = every<EventType>()([
  'SOURCING_REQUEST_OPENED',
  'SOURCING_REQUEST_AWARDED',
  'CERTIFICATION_EXPIRING',
  'PROFILE_STALE',
  'WEBHOOK_DEACTIVATED',
]);

export const DELIVERY_STATUSES = every<DeliveryStatus>()(['PENDING', 'DELIVERED', 'FAILED']);

/** The chosen events in the form's order (the API keeps them as given). */
export function orderedEvents(chosen: ReadonlySet<EventType>): EventType[] {
  return EVENT_TYPES.filter((e) => chosen.has(e));
}
