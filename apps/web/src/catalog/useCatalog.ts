// The reference catalogue (states, processes, certification schemes) and the OEM plants, loaded once
// and named in the page's language (process names from the catalogue's nameEs/name).
import { useMemo } from 'react';
import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { client } from '../api/client';
import { CatalogDocument, PlantsDocument, type CatalogQuery, type PlantSummaryFragment } from '../generated/graphql';

export type Process = CatalogQuery['processes'][number];
export type Scheme = CatalogQuery['certificationSchemes'][number];
export type State = CatalogQuery['states'][number];

/** A scheme's code written as its name: IATF-16949 → "IATF 16949", ISO-TS-16949 → "ISO/TS 16949", CQI-23 stays. */
export function schemeLabel(code: string): string {
  if (code.startsWith('CQI-')) return code;
  if (code.startsWith('ISO-TS-')) return `ISO/TS ${code.slice('ISO-TS-'.length)}`;
  const i = code.lastIndexOf('-');
  return i > 0 ? `${code.slice(0, i)} ${code.slice(i + 1)}` : code;
}

export interface Catalog {
  loading: boolean;
  states: State[];
  processes: Process[];
  /** Schemes a query may ask for (superseded ones never count). */
  schemes: Scheme[];
  processName: (code: string) => string;
  stateName: (code: string) => string;
  process: (code: string) => Process | undefined;
}

/** Starts loading the catalogue and the plants (a route's loader, while the page's code loads); the hooks below then read them from the cache. */
export function prefetchCatalogAndPlants(): null {
  client.query({ query: CatalogDocument }).catch(() => undefined); // the hooks ask again and show the error
  client.query({ query: PlantsDocument }).catch(() => undefined);
  return null;
}

export function useCatalog(): Catalog {
  const { data, loading } = useQuery(CatalogDocument);
  const { i18n } = useTranslation();
  const es = i18n.language !== 'en';
  return useMemo(() => {
    const processes = [...(data?.processes ?? [])].sort((a, b) =>
      (es ? a.nameEs : a.name).localeCompare(es ? b.nameEs : b.name, es ? 'es' : 'en'),
    );
    const byCode = new Map(processes.map((p) => [p.code, p]));
    const states = [...(data?.states ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'es'));
    const stateByCode = new Map(states.map((s) => [s.code, s]));
    return {
      loading,
      states,
      processes,
      schemes: (data?.certificationSchemes ?? []).filter((s) => !s.supersededBy),
      process: (code) => byCode.get(code),
      processName: (code) => {
        const p = byCode.get(code);
        return p ? (es ? p.nameEs : p.name) : code;
      },
      stateName: (code) => stateByCode.get(code)?.name ?? code,
    };
  }, [data, loading, es]);
}

export function usePlants(): { plants: PlantSummaryFragment[]; loading: boolean } {
  const { data, loading } = useQuery(PlantsDocument);
  const plants = useMemo(() => data?.plants.edges.map((e) => e.node) ?? [], [data]);
  return { plants, loading };
}
