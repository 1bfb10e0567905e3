import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';

export interface RequestContext {
  requestId: string;
  startedAt: number;
  operationName?: string;
}

/** Per-request context that follows the request through async work (logs, error ids). */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A client-supplied X-Request-Id when it is well-formed, else a fresh UUID. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && SAFE_ID.test(header) ? header : randomUUID();
}
