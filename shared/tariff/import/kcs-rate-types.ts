import { CountryCode } from '../../domain/ids';
import { tableOf } from '../lookup';
import type { MeasureKind } from '../types';

// The KCS rate types (관세율구분) of the rate table 품목번호별 관세율표 (data.go.kr 15051179):
// which measure kind each is, and which origins a preferential one is for.

const countries = (...codes: string[]): CountryCode[] => codes.map((code) => CountryCode.parse(code));

const ASEAN = countries('BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN');
const EU = countries(
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
); // prettier-ignore
const EFTA = countries('IS', 'LI', 'NO', 'CH');
/** Asia-Pacific Trade Agreement members Korea grants E1 to. */
const APTA = countries('CN', 'IN', 'LK', 'BD', 'LA', 'MN');

/**
 * Origins per FTA schedule stem (the code without its trailing choice number: FCN1 → FCN).
 * Names as UNI-PASS gives them, e.g. FRCAS "RCEP협정세율_아세안", FCECR "한ㆍ중미 FTA_코스타리카".
 */
export const FTA_ORIGINS: ReadonlyMap<string, readonly CountryCode[]> = tableOf({
  FAE: countries('AE'),
  FAS: ASEAN,
  FAU: countries('AU'),
  FCA: countries('CA'),
  FCECR: countries('CR'),
  FCEHN: countries('HN'),
  FCENI: countries('NI'),
  FCEPA: countries('PA'),
  FCESV: countries('SV'),
  FCL: countries('CL'),
  FCN: countries('CN'),
  FCO: countries('CO'),
  FEF: EFTA,
  FEU: EU,
  FGB: countries('GB'),
  FID: countries('ID'),
  FIL: countries('IL'),
  FIN: countries('IN'),
  FKH: countries('KH'),
  FNZ: countries('NZ'),
  FPE: countries('PE'),
  FPH: countries('PH'),
  FRCAS: ASEAN,
  FRCAU: countries('AU'),
  FRCCN: countries('CN'),
  FRCJP: countries('JP'),
  FRCNZ: countries('NZ'),
  FSG: countries('SG'),
  FTR: countries('TR'),
  FUS: countries('US'),
  FVN: countries('VN'),
});

export type KcsRateType = {
  kind: MeasureKind;
  /** Absent: erga omnes. Present: only these origins (proof of origin needed for preferences). */
  origins?: readonly CountryCode[];
};

/**
 * What a KCS rate type code means, or null when this importer does not know it. A, B, C, E1, L, P,
 * R, U and the FTA stems are as KCS names them (other E codes, APTA/GSTP variants, are not mapped); I (anti-dumping) and J (countervailing) follow our
 * issue 3 brief and are not yet checked against the UNI-PASS code list.
 */
export function kcsRateType(code: string): KcsRateType | null {
  if (code === 'A') return { kind: 'third-country' };
  if (code === 'B') return { kind: 'provisional' };
  if (/^C\d*$/.test(code)) return { kind: 'wto-concession' };
  if (code === 'L') return { kind: 'adjustment' };
  if (/^P\d$/.test(code)) return { kind: 'quota' };
  if (code === 'R') return { kind: 'ldc' };
  if (code === 'I') return { kind: 'anti-dumping' };
  if (code === 'J') return { kind: 'countervailing' };
  if (code === 'U') return { kind: 'preference', origins: countries('KP') }; // 북한산 (inter-Korean)
  if (code === 'E1') return { kind: 'preference', origins: APTA };
  const fta = /^(F[A-Z]+)\d+$/.exec(code);
  const origins = fta?.[1] === undefined ? undefined : FTA_ORIGINS.get(fta[1]);
  return origins === undefined ? null : { kind: 'preference', origins };
}
