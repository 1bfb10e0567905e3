import DataLoader from 'dataloader';

/**
 * Per-request registry of DataLoaders, created in the GraphQL context for each request.
 * Feature code asks for a loader by key and supplies its batch function the first time.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export interface GraphqlContext {
  req: { principal?: import('../auth/principal').Principal | null; id?: string; headers: Record<string, unknown> };
  loaders: RequestLoaders;
}

/** Groups rows by a key, in the order of `keys` (for one-to-many loaders). */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
