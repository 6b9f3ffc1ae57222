import type { Party, Transport, TransportMode } from '@shared/domain';
import { CountryCode } from '@shared/domain';
import { airWaybill, containerNumber, imoNumber } from './identifiers';
import type { Random } from './random';
import { AIRLINES, HAULIERS, SEA_LINES, VESSELS } from './tables/carriers';
import { AIRPORTS, ROAD_LOADING_PLACES, SEA_PORTS } from './tables/ports';

export type Carriage = { transport: Transport; carrier: Omit<Party, 'role'> };

type Leg = { loadingCountry: string; discharge: string; arrivalDate: string; grossKg: number };

const LETTERS_NO_IO = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Number plates in each haulier country's current format. */
function plate(random: Random, country: string): string {
  const l = (n: number): string => random.letters(n, LETTERS_NO_IO);
  switch (country) {
    case 'GB':
      return `${l(2)}${random.digits(2)} ${l(3)}`;
    case 'NL':
      return `${random.digits(2)}-${l(3)}-${random.digits(1)}`;
    case 'FR':
      return `${l(2)}-${random.digits(3)}-${l(2)}`;
    case 'PL':
      return `W${l(2)} ${random.digits(5)}`;
    case 'DE':
      return `${random.pick(['HH', 'D', 'K', 'M', 'DU'])}-${l(2)} ${random.int(100, 9999)}`;
    case 'ES':
      return `${random.digits(4)} ${random.letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}`;
    case 'IT':
      return `${l(2)} ${random.digits(3)}${l(2)}`;
    default:
      return `${random.int(10, 81)} ${l(3)} ${random.digits(3)}`;
  }
}

function sea(random: Random, leg: Leg): Carriage {
  const line = random.pick(SEA_LINES);
  const containerCount = Math.min(6, Math.max(1, Math.ceil(leg.grossKg / 20_000)));
  const voyage = `${random.digits(3)}${random.pick(['E', 'N', 'W'])}`;
  return {
    transport: {
      mode: 'sea',
      meansName: `${random.pick(VESSELS)} V.${voyage}`,
      meansId: imoNumber(random),
      placeOfLoading: random.pick(SEA_PORTS[leg.loadingCountry] ?? ['CNSHA']),
      placeOfDischarge: leg.discharge,
      transportDocument: `${line.scac}${random.digits(10)}`,
      containers: Array.from({ length: containerCount }, () => containerNumber(random, line.containerOwner)),
      arrivalDate: leg.arrivalDate,
    },
    carrier: {
      name: line.name,
      identifier: line.scac,
      address: 'Busan, Republic of Korea (agent)',
      country: CountryCode.parse('KR'),
    },
  };
}

function air(random: Random, leg: Leg): Carriage {
  const airline = random.pick(AIRLINES);
  return {
    transport: {
      mode: 'air',
      meansName: airline.name,
      meansId: `${airline.designator}${random.int(100, 9899)}`,
      placeOfLoading: random.pick(AIRPORTS[leg.loadingCountry] ?? ['CNSHA']),
      placeOfDischarge: leg.discharge,
      transportDocument: airWaybill(random, airline.awbPrefix),
      containers: [],
      arrivalDate: leg.arrivalDate,
    },
    carrier: {
      name: airline.name,
      identifier: airline.designator,
      address: 'Incheon International Airport Cargo Terminal (agent)',
      country: CountryCode.parse('KR'),
    },
  };
}

function road(random: Random, leg: Leg): Carriage {
  const haulier = random.pick(HAULIERS);
  const tractor = plate(random, haulier.country);
  const trailer = plate(random, haulier.country);
  const places = ROAD_LOADING_PLACES[leg.loadingCountry] ?? ROAD_LOADING_PLACES['NL'] ?? ['NLRTM'];
  return {
    transport: {
      mode: 'road',
      meansName: `Tractor ${tractor} / trailer ${trailer}`,
      meansId: tractor,
      placeOfLoading: random.pick(places),
      placeOfDischarge: leg.discharge,
      // CMR consignment notes carry the printer's country prefix and a serial.
      transportDocument: `CMR ${haulier.country} ${random.digits(7)}`,
      containers: [],
      arrivalDate: leg.arrivalDate,
    },
    carrier: {
      name: haulier.name,
      identifier: `${haulier.country}${random.digits(haulier.country === 'GB' ? 12 : 10)}`,
      address: `${haulier.country} haulier`,
      country: CountryCode.parse(haulier.country),
    },
  };
}

export function carriage(random: Random, mode: TransportMode, leg: Leg): Carriage {
  switch (mode) {
    case 'sea':
      return sea(random, leg);
    case 'air':
      return air(random, leg);
    case 'road':
      return road(random, leg);
    case 'rail':
    case 'post':
      throw new Error(`demo data has no ${mode} transport`);
  }
}
