import type { WeightedChoice } from '../random';
import type { Trade } from './trades';

/** Korean imports other than Viet Nam FTA food and quota goods. */
export const KR_TRADES: readonly WeightedChoice<Trade>[] = [
  [
    {
      id: 'electronics',
      prefixes: ['84', '85'],
      origins: [
        ['CN', 35],
        ['JP', 20],
        ['US', 15],
        ['DE', 10],
        ['TW', 10],
        ['VN', 10],
      ],
      modes: ['sea', 'air'],
      usdPerKg: [8, 120],
    },
    18,
  ],
  [
    {
      id: 'chemicals',
      prefixes: ['28', '29', '38', '39'],
      origins: [
        ['CN', 35],
        ['JP', 25],
        ['US', 20],
        ['DE', 15],
        ['NL', 5],
      ],
      modes: ['sea'],
      usdPerKg: [1, 15],
    },
    10,
  ],
  [
    {
      id: 'apparel',
      prefixes: ['61', '62', '63', '64', '42'],
      origins: [
        ['CN', 40],
        ['VN', 25],
        ['BD', 10],
        ['ID', 10],
        ['IT', 5],
      ],
      modes: ['sea', 'air'],
      usdPerKg: [6, 60],
    },
    10,
  ],
  [
    {
      id: 'meat-dairy',
      prefixes: ['02', '0401', '0402', '0405', '0406'],
      origins: [
        ['US', 35],
        ['AU', 35],
        ['NZ', 15],
        ['ES', 10],
        ['CL', 5],
      ],
      modes: ['sea'],
      usdPerKg: [3, 12],
    },
    8,
  ],
  [
    {
      id: 'fruit',
      prefixes: ['08'],
      origins: [
        ['US', 30],
        ['CL', 30],
        ['PH', 20],
        ['NZ', 10],
        ['AU', 10],
      ],
      modes: ['sea', 'air'],
      usdPerKg: [1, 6],
    },
    6,
  ],
  [
    {
      id: 'fish',
      prefixes: ['03'],
      origins: [
        ['NO', 30],
        ['RU', 25],
        ['CN', 20],
        ['CL', 15],
        ['US', 10],
      ],
      modes: ['sea', 'air'],
      usdPerKg: [3, 15],
    },
    6,
  ],
  [
    {
      id: 'prepared-food-drink',
      prefixes: ['19', '20', '21', '22'],
      origins: [
        ['US', 25],
        ['FR', 20],
        ['IT', 15],
        ['CL', 15],
        ['AU', 10],
        ['JP', 15],
      ],
      modes: ['sea'],
      usdPerKg: [2, 25],
    },
    7,
  ],
  [
    {
      id: 'grain-feed',
      prefixes: ['10', '11', '12', '23'],
      origins: [
        ['US', 40],
        ['AU', 30],
        ['CA', 20],
        ['BR', 10],
      ],
      modes: ['sea'],
      usdPerKg: [0.3, 1.5],
    },
    5,
  ],
  [
    {
      id: 'metals',
      prefixes: ['72', '73', '74', '76'],
      origins: [
        ['CN', 40],
        ['JP', 35],
        ['DE', 15],
        ['TW', 10],
      ],
      modes: ['sea'],
      usdPerKg: [0.8, 8],
    },
    8,
  ],
  [
    {
      id: 'vehicles',
      prefixes: ['8708', '8714', '4011'],
      origins: [
        ['DE', 45],
        ['JP', 30],
        ['US', 15],
        ['CN', 10],
      ],
      modes: ['sea'],
      usdPerKg: [10, 60],
    },
    6,
  ],
  [
    {
      id: 'cosmetics-pharma',
      prefixes: ['30', '33', '34'],
      origins: [
        ['FR', 30],
        ['US', 30],
        ['DE', 15],
        ['JP', 15],
        ['IT', 10],
      ],
      modes: ['air', 'sea'],
      usdPerKg: [20, 300],
    },
    6,
  ],
  [
    {
      id: 'instruments',
      prefixes: ['90', '91'],
      origins: [
        ['US', 35],
        ['DE', 25],
        ['JP', 25],
        ['CH', 15],
      ],
      modes: ['air'],
      usdPerKg: [50, 800],
    },
    4,
  ],
  [
    {
      id: 'wood-paper-furniture',
      prefixes: ['44', '47', '48', '94'],
      origins: [
        ['CN', 30],
        ['ID', 15],
        ['MY', 15],
        ['VN', 15],
        ['CA', 15],
        ['DE', 10],
      ],
      modes: ['sea'],
      usdPerKg: [0.5, 8],
    },
    4,
  ],
  [
    {
      id: 'toys-sports',
      prefixes: ['95', '96'],
      origins: [
        ['CN', 70],
        ['VN', 15],
        ['TH', 15],
      ],
      modes: ['sea'],
      usdPerKg: [4, 30],
    },
    2,
  ],
];
