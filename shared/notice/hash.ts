import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { AssessmentFigures } from '../domain/assessment-claim';
import { Dec } from '../tariff/decimal';

// The hash a notice's QR code carries, defined once so that the device that prints the notice and
// the central API that checks it compute the same value: SHA-256 (hex) of the canonical JSON of the
// declaration's reference and the assessment's figures. Canonical means: keys sorted, no spaces,
// amounts as plain decimals ("10.00" → "10"), tax lines sorted by kind and code and items by
// sequence, so two assessments that `sameFigures` calls equal hash equal.

type Line = { kind: string; code: string | null; amount: string };

const canonicalAmount = (amount: string): string => new Dec(amount).toFixed();
const lineOrder = (a: Line, b: Line): number =>
  `${a.kind}|${a.code ?? ''}`.localeCompare(`${b.kind}|${b.code ?? ''}`, 'en');
const canonicalLines = (lines: readonly Line[]) =>
  lines.map((line) => ({ ...line, amount: canonicalAmount(line.amount) })).sort(lineOrder);

/** JSON with object keys sorted at every level: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What is hashed: the declaration's reference and its figures in canonical order. */
export function hashedAssessment(reference: string, figures: AssessmentFigures) {
  return {
    reference,
    currency: figures.currency,
    complete: figures.complete,
    payable: canonicalAmount(figures.payable),
    byKind: canonicalLines(figures.byKind),
    items: [...figures.items]
      .sort((a, b) => a.sequence - b.sequence)
      .map((item) => ({ sequence: item.sequence, taxes: canonicalLines(item.taxes) })),
  };
}

/** SHA-256, lower-case hex, of the canonical JSON of `hashedAssessment`. */
export function assessmentHash(reference: string, figures: AssessmentFigures): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(hashedAssessment(reference, figures)))));
}

const QR_PREFIX = 'BPN1';

/** The QR code's text: "BPN1|<declaration reference>|<sha-256 hex>". */
export const noticeQrText = (reference: string, hash: string): string => `${QR_PREFIX}|${reference}|${hash}`;

/** The reference and hash a notice's QR code carries, or null for any other text. */
export function readNoticeQrText(text: string): { reference: string; hash: string } | null {
  const match = /^BPN1\|(.+)\|([0-9a-f]{64})$/.exec(text);
  return match?.[1] && match[2] ? { reference: match[1], hash: match[2] } : null;
}
