/** How goods of an HS chapter are usually packed: UN/ECE Rec 21 kind and net kg per package. */
type Packing = readonly [kindCode: string, kgMin: number, kgMax: number];

const BY_CHAPTER: Readonly<Record<string, Packing>> = {
  '02': ['CT', 10, 25],
  '03': ['CT', 10, 20],
  '04': ['CT', 5, 20],
  '07': ['CT', 5, 15],
  '08': ['CT', 5, 15],
  '10': ['BG', 25, 50],
  '11': ['BG', 20, 25],
  '12': ['BG', 25, 50],
  '16': ['CT', 8, 15],
  '19': ['CT', 4, 12],
  '20': ['CT', 6, 18],
  '21': ['CT', 4, 12],
  '22': ['CS', 6, 12],
  '23': ['BG', 25, 50],
  '28': ['DR', 150, 250],
  '29': ['DR', 150, 250],
  '30': ['CT', 2, 10],
  '33': ['CT', 3, 12],
  '34': ['CT', 8, 20],
  '38': ['DR', 150, 250],
  '39': ['BG', 20, 25],
  '44': ['PX', 400, 900],
  '48': ['PX', 300, 800],
  '72': ['PX', 800, 2000],
  '73': ['PX', 300, 900],
  '84': ['CS', 20, 400],
  '85': ['CT', 5, 40],
  '87': ['PX', 100, 500],
  '90': ['BX', 1, 20],
  '94': ['PK', 10, 60],
};

const DEFAULT_PACKING: Packing = ['PK', 5, 40];

export function packingFor(hsCode: string): Packing {
  // Honey travels in drums, not the cartons the rest of chapter 04 uses.
  if (hsCode.startsWith('0409')) return ['DR', 250, 300];
  return BY_CHAPTER[hsCode.slice(0, 2)] ?? DEFAULT_PACKING;
}
