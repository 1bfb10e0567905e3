import { Language, Region } from '@enlace/core';

/** The brief's words, per language (numbers and dates are formatted with the language's locale). */
export interface BriefMessages {
  locale: string;
  title: (region: string) => string;
  subtitle: (date: string, radius: string) => string;
  regions: Record<Region, string>;
  gapsHeading: string;
  gapColumns: [string, string, string, string, string, string];
  mapHeading: string;
  mapLegend: (low: string, high: string) => string;
  noGaps: string;
  candidatesHeading: string;
  candidateColumns: [string, string, string, string, string];
  noCandidates: string;
  elsewhereHeading: string;
  elsewhereNone: string;
  logisticsHeading: string;
  logisticsColumns: [string, string, string, string];
  kinds: Record<string, string>;
  method: string;
  page: (n: number, of: number) => string;
}

const ES: BriefMessages = {
  locale: 'es-MX',
  title: (region) => `Brechas de capacidad: ${region}`,
  subtitle: (date, radius) => `Informe para inversionistas · ${date} · radio de ${radius} alrededor de las plantas`,
  regions: { NORTH: 'Norte', BAJIO: 'Bajío', CENTER: 'Centro', WEST: 'Occidente', SOUTH: 'Sur' },
  gapsHeading: 'Brechas de la región (mayor primero)',
  gapColumns: ['Proceso', 'Plantas', 'Demanda', 'Proveedores certificados', 'Candidatos', 'Brecha'],
  mapHeading: 'Mapa: estados según la mayor brecha de su región; rombos = plantas de la región',
  mapLegend: (low, high) => `Brecha ${low} (clara) a ${high} (oscura)`,
  noGaps: 'Ninguna planta de la región tiene procesos registrados.',
  candidatesHeading: 'Candidatos a certificar',
  candidateColumns: ['Proveedor', 'Distancia a planta', 'Le falta', 'Costo indicativo', 'Cofinanciado'],
  noCandidates: 'Ningún proveedor sin certificar tiene los procesos de las brechas dentro del radio.',
  elsewhereHeading: 'Proveedores certificados más cercanos en otras regiones',
  elsewhereNone: 'ninguno',
  logisticsHeading: 'Puertos y cruces fronterizos',
  logisticsColumns: ['Nombre', 'Tipo', 'Planta más cercana', 'Distancia'],
  kinds: { seaport: 'Puerto marítimo', 'border-crossing': 'Cruce fronterizo' },
  method:
    'Brecha: 1 - demanda cubierta / demanda; cada planta (peso 1) y solicitud abierta (0.5) se cubre con 3 proveedores con IATF 16949 vigente dentro del radio. Costos indicativos en USD; la asociación cofinancia hasta el 50%. Fuente: Enlace.',
  page: (n, of) => `Página ${n} de ${of}`,
};

const EN: BriefMessages = {
  locale: 'en-US',
  title: (region) => `Capability gaps: ${region}`,
  subtitle: (date, radius) => `Investor brief · ${date} · radius of ${radius} around the plants`,
  regions: { NORTH: 'North', BAJIO: 'Bajío', CENTER: 'Center', WEST: 'West', SOUTH: 'South' },
  gapsHeading: "The region's gaps (largest first)",
  gapColumns: ['Process', 'Plants', 'Demand', 'Certified suppliers', 'Candidates', 'Gap'],
  mapHeading: "Map: states by their region's largest gap; diamonds = the region's plants",
  mapLegend: (low, high) => `Gap ${low} (light) to ${high} (dark)`,
  noGaps: 'No plant of the region has sourced processes on record.',
  candidatesHeading: 'Candidates to certify',
  candidateColumns: ['Supplier', 'Distance to plant', 'Lacks', 'Indicative cost', 'Co-funded'],
  noCandidates: "No uncertified supplier has the gaps' processes within the radius.",
  elsewhereHeading: 'Nearest certified suppliers in other regions',
  elsewhereNone: 'none',
  logisticsHeading: 'Ports and border crossings',
  logisticsColumns: ['Name', 'Kind', 'Nearest plant', 'Distance'],
  kinds: { seaport: 'Seaport', 'border-crossing': 'Border crossing' },
  method:
    'Gap: 1 - covered demand / demand; each plant (weight 1) and open request (0.5) is covered by 3 suppliers with a valid IATF 16949 within the radius. Indicative costs in USD; the association co-funds up to 50%. Source: Enlace.',
  page: (n, of) => `Page ${n} of ${of}`,
};

export function briefMessages(language: Language): BriefMessages {
  return language === Language.EN ? EN : ES;
}
