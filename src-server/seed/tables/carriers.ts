// Invented carriers. Airline designators and AWB prefixes are shaped like real ones and may
// coincide with a real airline's; the names make clear they are not.

export type SeaLine = { name: string; scac: string; containerOwner: string };
export type Airline = { name: string; designator: string; awbPrefix: string };
export type Haulier = { name: string; country: string };

export const SEA_LINES: readonly SeaLine[] = [
  { name: 'Bluewake Container Line (demo)', scac: 'BWKL', containerOwner: 'BWK' },
  { name: 'Pacific Crane Shipping (demo)', scac: 'PCRS', containerOwner: 'PCR' },
  { name: 'Jade Current Lines (demo)', scac: 'JDCL', containerOwner: 'JDC' },
  { name: 'Harbourlight Feeder Services (demo)', scac: 'HLFS', containerOwner: 'HLF' },
  { name: '해오름해운 Haeoreum Marine (demo)', scac: 'HORM', containerOwner: 'HOR' },
];

export const VESSELS: readonly string[] = [
  'SEA LANTERN',
  'OCEAN MAGNOLIA',
  'PACIFIC HERON',
  'JADE HARMONY',
  'MORNING CALM SPIRIT',
  'BLUEWAKE AURORA',
  'GOLDEN TIDE',
  'CORAL VOYAGER',
  'SILVER CRANE',
  'NORTHERN PEARL',
  'HAEOREUM STAR',
  'MEKONG BREEZE',
];

export const AIRLINES: readonly Airline[] = [
  { name: 'Han River Air Cargo (demo)', designator: 'HQ', awbPrefix: '981' },
  { name: 'Lotus Sky Cargo (demo)', designator: 'LQ', awbPrefix: '982' },
  { name: 'Pacific Heron Airlines (demo)', designator: 'PQ', awbPrefix: '983' },
  { name: 'Northstar Freighters (demo)', designator: 'NQ', awbPrefix: '984' },
];

export const HAULIERS: readonly Haulier[] = [
  { name: 'Channel Fox Haulage Ltd (demo)', country: 'GB' },
  { name: 'Van der Molenweg Transport B.V. (demo)', country: 'NL' },
  { name: 'Transports Lefaucheux Frères SAS (demo)', country: 'FR' },
  { name: 'Trans-Wisłoka Sp. z o.o. (demo)', country: 'PL' },
  { name: 'Spedition Kranichfeld GmbH (demo)', country: 'DE' },
  { name: 'Autotransportes Riberalta S.L. (demo)', country: 'ES' },
  { name: 'Autotrasporti Valsesina S.r.l. (demo)', country: 'IT' },
  { name: 'Kargo Boğaziçi Lojistik A.Ş. (demo)', country: 'TR' },
];
