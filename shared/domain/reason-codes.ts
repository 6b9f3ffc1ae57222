import type { DecisionKind } from './decision';
import type { Lane } from './declaration';
import { RELEASE_BASIS_CODES } from './payment';

// The reason codes an officer picks from when deciding, per decision kind: Border Post's own lists,
// named after the grounds UNI-PASS and ASYCUDA posts decide on, not a KCS or HMRC code list. They
// travel to the device in the codes reference pack (issue 9), so a post can be given a revised list
// without a new release. A code is at most 32 characters (`DecisionCommand.reasonCode`).

export type ReasonCode = { code: string; en: string; ko: string };

export const REASON_CODES = {
  // A release needs a reason only when duty is due and neither paid nor secured: the basis it
  // is released on (shared/domain/payment.ts).
  release: RELEASE_BASIS_CODES.map(({ code, en, ko }) => ({ code, en, ko })),
  hold: [
    { code: 'DOCS_MISSING', en: 'Supporting documents missing', ko: '구비서류 미제출' },
    { code: 'PAYMENT_DUE', en: 'Duty and taxes due, not paid or secured', ko: '세액 미납 (담보 미제공)' },
    { code: 'LICENCE_PENDING', en: 'Licence or permit awaited', ko: '세관장확인(요건) 대기' },
    { code: 'SPS_PENDING', en: 'Sanitary or phytosanitary check awaited', ko: '검역 결과 대기' },
    { code: 'QUERY_TO_DECLARANT', en: 'Query sent to the declarant', ko: '신고인 보완 요구' },
  ],
  inspect: [
    { code: 'RISK_SELECTION', en: 'Selected by risk criteria', ko: '위험관리 선별' },
    {
      code: 'DOCS_DISCREPANCY',
      en: 'Documents disagree with the declaration',
      ko: '서류와 신고 내용 불일치',
    },
    { code: 'INTELLIGENCE', en: 'Intelligence or alert', ko: '정보 또는 경보' },
    { code: 'RANDOM_CHECK', en: 'Random check', ko: '무작위 검사' },
    { code: 'SEAL_DAMAGED', en: 'Seal damaged or missing', ko: '봉인 훼손 또는 누락' },
  ],
  reassess: [
    { code: 'CLASSIFICATION', en: 'Tariff classification corrected', ko: '품목분류 정정' },
    { code: 'VALUATION', en: 'Customs value corrected', ko: '과세가격 정정' },
    { code: 'ORIGIN', en: 'Origin corrected', ko: '원산지 정정' },
    { code: 'PREFERENCE_DENIED', en: 'Preference claim not supported by proof', ko: '협정관세 적용 배제' },
    { code: 'QUANTITY', en: 'Quantity corrected', ko: '수량 정정' },
  ],
  refer: [
    { code: 'SUPERVISOR_REVIEW', en: 'Supervisor review', ko: '상급자 검토' },
    { code: 'CLASSIFICATION_UNIT', en: 'Classification specialists', ko: '품목분류 전담부서' },
    { code: 'VALUATION_UNIT', en: 'Valuation specialists', ko: '심사(가격) 전담부서' },
    { code: 'ENFORCEMENT', en: 'Enforcement and investigation', ko: '조사·단속 부서' },
  ],
  reject: [
    { code: 'INCOMPLETE', en: 'Declaration incomplete', ko: '신고사항 불비' },
    { code: 'NOT_CORRECTED', en: 'Requested correction not made', ko: '보완 요구 미이행' },
    { code: 'WRONG_OFFICE', en: 'Lodged at the wrong office', ko: '관할 세관 착오' },
    { code: 'DUPLICATE', en: 'Duplicate of another declaration', ko: '중복 신고' },
    { code: 'PROHIBITED_GOODS', en: 'Prohibited or restricted goods', ko: '수입 금지·제한 물품' },
  ],
  assign: [
    { code: 'WORKLOAD', en: 'Balancing the workload', ko: '업무량 조정' },
    { code: 'SPECIALISM', en: 'Needs the assignee’s specialism', ko: '전문 분야 배정' },
    { code: 'CONTINUITY', en: 'Same officer as related cases', ko: '관련 건 동일 담당' },
    { code: 'ABSENCE', en: 'The previous officer is away', ko: '담당자 부재' },
  ],
  'request-correction': [
    { code: 'DECLARED_WRONGLY', en: 'Declared particulars are wrong', ko: '신고사항 오류' },
    { code: 'DOCS_DISAGREE', en: 'Documents disagree with the declaration', ko: '서류와 신고 내용 불일치' },
    { code: 'VALUE_QUERY', en: 'Value does not match the evidence', ko: '가격 신고 의문' },
    { code: 'CLASSIFICATION_QUERY', en: 'Classification looks wrong', ko: '품목분류 의문' },
    { code: 'ORIGIN_QUERY', en: 'Origin not supported by proof', ko: '원산지 증명 미흡' },
  ],
  reroute: [
    { code: 'RISK_REASSESSED', en: 'Risk reassessed by the supervisor', ko: '위험도 재평가' },
    { code: 'INTELLIGENCE', en: 'Intelligence or alert', ko: '정보 또는 경보' },
    { code: 'DOCS_SUFFICIENT', en: 'Documents settle the risk', ko: '서류로 위험 해소' },
    { code: 'TRUSTED_TRADER', en: 'Authorised or trusted trader', ko: '성실무역업체(AEO)' },
    { code: 'RANDOM_CHECK', en: 'Random check', ko: '무작위 검사' },
  ],
  'check-documents': [
    { code: 'DOCS_COMPLETE', en: 'Documents complete and consistent', ko: '서류 구비·일치' },
    { code: 'DOCS_INCOMPLETE', en: 'Documents incomplete', ko: '서류 미비' },
    { code: 'DOCS_DISCREPANT', en: 'Documents disagree with the declaration', ko: '서류 불일치' },
  ],
} as const satisfies Record<DecisionKind, readonly ReasonCode[]>;

/** The first code of a kind's list: a valid reason wherever one is needed without a person choosing it. */
export function firstReasonCode(kind: DecisionKind): string {
  return REASON_CODES[kind][0].code;
}

/** Lane names as the officer's screens print them. */
export const LANE_NAMES = {
  GREEN: { en: 'Green (release)', ko: '녹색 (통관)' },
  YELLOW: { en: 'Yellow (document check)', ko: '황색 (서류심사)' },
  RED: { en: 'Red (physical inspection)', ko: '적색 (물품검사)' },
  BLUE: { en: 'Blue (post-clearance audit)', ko: '청색 (사후심사)' },
} as const satisfies Record<Lane, { en: string; ko: string }>;
