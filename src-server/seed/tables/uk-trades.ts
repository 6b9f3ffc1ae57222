import type { WeightedChoice } from '../random';
import type { Trade } from './trades';

/** Imports through Dover: lorries from continental Europe, some goods of wider origin. */
export const UK_TRADES: readonly WeightedChoice<Trade>[] = [
  [
    {
      id: 'food-drink',
      prefixes: ['02', '04', '07', '08', '16', '19', '20', '21', '22'],
      origins: [
        ['FR', 20],
        ['NL', 20],
        ['ES', 15],
        ['IT', 15],
        ['BE', 10],
        ['DE', 10],
        ['PL', 10],
        ['MA', 5],
      ],
      modes: ['road'],
      usdPerKg: [1, 12],
    },
    30,
  ],
  [
    {
      id: 'machinery',
      prefixes: ['84', '85'],
      origins: [
        ['DE', 30],
        ['NL', 15],
        ['IT', 15],
        ['FR', 15],
        ['PL', 10],
        ['CZ', 10],
        ['CN', 5],
      ],
      modes: ['road'],
      usdPerKg: [8, 80],
    },
    20,
  ],
  [
    {
      id: 'vehicle-parts',
      prefixes: ['8708', '4011', '8714'],
      origins: [
        ['DE', 40],
        ['FR', 20],
        ['ES', 15],
        ['CZ', 15],
        ['SK', 10],
      ],
      modes: ['road'],
      usdPerKg: [5, 40],
    },
    12,
  ],
  [
    {
      id: 'chemicals-plastics',
      prefixes: ['28', '29', '38', '39'],
      origins: [
        ['DE', 30],
        ['BE', 25],
        ['NL', 25],
        ['FR', 20],
      ],
      modes: ['road'],
      usdPerKg: [1, 10],
    },
    12,
  ],
  [
    {
      id: 'apparel',
      prefixes: ['61', '62', '64'],
      origins: [
        ['IT', 25],
        ['ES', 20],
        ['PT', 15],
        ['TR', 25],
        ['MA', 15],
      ],
      modes: ['road'],
      usdPerKg: [8, 60],
    },
    10,
  ],
  [
    {
      id: 'wood-furniture',
      prefixes: ['44', '48', '94'],
      origins: [
        ['PL', 35],
        ['DE', 20],
        ['LT', 15],
        ['IT', 15],
        ['SE', 15],
      ],
      modes: ['road'],
      usdPerKg: [1, 10],
    },
    8,
  ],
  [
    {
      id: 'pharma-cosmetics',
      prefixes: ['30', '33'],
      origins: [
        ['FR', 30],
        ['DE', 30],
        ['BE', 20],
        ['CH', 20],
      ],
      modes: ['road'],
      usdPerKg: [20, 200],
    },
    4,
  ],
  [
    {
      id: 'steel',
      prefixes: ['72', '73'],
      origins: [
        ['DE', 30],
        ['NL', 20],
        ['BE', 20],
        ['ES', 15],
        ['TR', 15],
      ],
      modes: ['road'],
      usdPerKg: [0.8, 5],
    },
    4,
  ],
];
