import { z } from 'zod';
import { Lane } from './declaration';
import { identifierText, OfficerId } from './ids';

// What the workflow's newer decisions carry besides a kind and a reason (issue 11, item 5): who a
// declaration is assigned to, which fields the declarant must correct, the lane it is re-routed
// to, and what the documentary check found for each supporting document.

/**
 * The particulars a correction request (정정 요구) may name: the fields UNI-PASS's 정정 요구 and
 * ASYCUDA's "query to declarant" ask a declarant to amend. A closed list, so the declarant's
 * system and the officer's screens read the same codes.
 */
export const CorrectableField = z.enum([
  'hs-code',
  'value',
  'origin',
  'quantity',
  'preference',
  'party',
  'transport',
  'documents',
]);
export type CorrectableField = z.infer<typeof CorrectableField>;

/** The correctable fields as the screens and the codes pack name them. */
export const CORRECTABLE_FIELD_NAMES = {
  'hs-code': { en: 'Item HS code', ko: '품목번호(HS)' },
  value: { en: 'Customs value or price', ko: '과세가격·가격' },
  origin: { en: 'Country of origin', ko: '원산지' },
  quantity: { en: 'Quantity or mass', ko: '수량·중량' },
  preference: { en: 'Preference claim', ko: '협정관세 적용 신청' },
  party: { en: 'Parties (importer, exporter, declarant)', ko: '거래당사자' },
  transport: { en: 'Transport details', ko: '운송 정보' },
  documents: { en: 'Supporting documents', ko: '구비서류' },
} as const satisfies Record<CorrectableField, { en: string; ko: string }>;

/** What a documentary check found for one supporting document. */
export const DocumentCheckState = z.enum(['seen', 'missing', 'discrepant']);
export type DocumentCheckState = z.infer<typeof DocumentCheckState>;

/** One supporting document of the declaration (by code and reference) and its check state. */
export const DocumentCheck = z
  .object({ code: identifierText(40), reference: identifierText(100), state: DocumentCheckState })
  .strict();
export type DocumentCheck = z.infer<typeof DocumentCheck>;

/** A declaration lists at most this many documents that one check can name. */
export const DOCUMENT_CHECKS_MAX = 200;

/** The optional fields of a DecisionCommand that its kind may require (see detailsProblem). */
export const DecisionDetails = z.object({
  /** `assign`: the officer it is assigned to (the sender's own id to take it), null to unassign. */
  assignee: OfficerId.nullable().optional(),
  /** `request-correction`: the fields to correct, each once. */
  correctionFields: z.array(CorrectableField).min(1).max(CorrectableField.options.length).optional(),
  /** `reroute`: the lane the declaration moves to. */
  lane: Lane.optional(),
  /** `check-documents`: each supporting document checked, at most once each. */
  documentChecks: z.array(DocumentCheck).min(1).max(DOCUMENT_CHECKS_MAX).optional(),
});
export type DecisionDetails = z.infer<typeof DecisionDetails>;

/** Which detail each kind must carry; every other kind must carry none. */
const DETAIL_OF_KIND = {
  assign: 'assignee',
  'request-correction': 'correctionFields',
  reroute: 'lane',
  'check-documents': 'documentChecks',
} as const satisfies Partial<Record<string, keyof DecisionDetails>>;

type DetailedCommand = DecisionDetails & { kind: string };

/**
 * Why a command's details must be refused (DETAILS_INVALID), or null: a kind's own detail missing,
 * another kind's present, a re-route to the lane it is already in, a field named twice, a checked
 * document the declaration does not list or a document checked twice. The assignee's existence
 * is the server's to check: it knows the post's officers.
 */
export function detailsProblem(
  command: DetailedCommand,
  declaration: { lane: Lane | null; documents: readonly { code: string; reference: string }[] },
): string | null {
  const own: keyof DecisionDetails | undefined = Reflect.get(DETAIL_OF_KIND, command.kind);
  for (const detail of DecisionDetails.keyof().options) {
    const present = command[detail] !== undefined;
    if (detail === own && !present) return `"${command.kind}" must carry "${detail}"`;
    if (detail !== own && present) return `"${command.kind}" carries no "${detail}"`;
  }
  if (command.lane !== undefined && command.lane === declaration.lane) {
    return `the declaration is already in lane ${command.lane}`;
  }
  const fields = command.correctionFields ?? [];
  if (new Set(fields).size !== fields.length) return 'a correction request names each field once';
  const checks = command.documentChecks ?? [];
  const key = (document: { code: string; reference: string }) => `${document.code} ${document.reference}`;
  const listed = new Set(declaration.documents.map(key));
  const unlisted = checks.find((check) => !listed.has(key(check)));
  if (unlisted !== undefined) {
    return `document ${unlisted.code} ${unlisted.reference} is not among the declaration's documents`;
  }
  if (new Set(checks.map(key)).size !== checks.length) return 'a document check names each document once';
  return null;
}
