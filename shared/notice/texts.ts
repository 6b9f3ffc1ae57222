import type { PartyRole } from '../domain/declaration';
import type { TaxKind } from '../domain/tax';
import type { BannerKind } from '../tariff/banners';
import type { ItemProblem } from '../tariff/types';

// The notice's words in both languages. They live here, not in the renderer's i18n resources,
// because the central API and the CLI print the same notice without the UI.

export type NoticeLanguage = 'ko' | 'en';

type Words = {
  title: string;
  subtitle: string;
  declaration: string;
  reference: string;
  acceptanceDate: string;
  typeCode: string;
  direction: string;
  import: string;
  export: string;
  post: string;
  issuedAt: string;
  currency: string;
  parties: string;
  items: string;
  sequence: string;
  hsCode: string;
  description: string;
  customsValue: string;
  tax: string;
  rate: string;
  base: string;
  amount: string;
  noTax: string;
  totals: string;
  payable: string;
  notCollected: string;
  versions: string;
  tariff: string;
  rates: string;
  publishedVersions: string;
  nationalTaxes: string;
  hash: string;
  qrCaption: string;
  page: string;
  demo: string;
};

export const NOTICE_WORDS: Record<NoticeLanguage, Words> = {
  ko: {
    title: '세액 심사 결과 통지서',
    subtitle: '수입신고 세액의 심사 결과를 알려드립니다.',
    declaration: '신고 내역',
    reference: '신고번호',
    acceptanceDate: '수리일(신고일)',
    typeCode: '신고구분',
    direction: '수출입',
    import: '수입',
    export: '수출',
    post: '세관',
    issuedAt: '발행 일시',
    currency: '통화',
    parties: '신고인 및 거래 당사자',
    items: '품목별 세액',
    sequence: '란',
    hsCode: '세번부호',
    description: '품명',
    customsValue: '과세가격',
    tax: '세목',
    rate: '세율',
    base: '과세표준',
    amount: '세액',
    noTax: '부과 세액 없음',
    totals: '세목별 합계',
    payable: '납부할 세액',
    notCollected: '징수하지 않음',
    versions: '적용한 기준 자료',
    tariff: '관세율표',
    rates: '환율',
    publishedVersions: '배포 버전',
    nationalTaxes: '내국세율',
    hash: '세액 확인값 (SHA-256)',
    qrCaption: '신고번호와 세액 확인값',
    page: '쪽',
    demo: '시연용 데이터 — 실제 신고가 아닙니다',
  },
  en: {
    title: 'Notice of assessment',
    subtitle: 'The duties and taxes assessed on the declaration below.',
    declaration: 'Declaration',
    reference: 'Declaration number',
    acceptanceDate: 'Date of acceptance',
    typeCode: 'Declaration type',
    direction: 'Direction',
    import: 'Import',
    export: 'Export',
    post: 'Customs office',
    issuedAt: 'Issued',
    currency: 'Currency',
    parties: 'Declarant and parties',
    items: 'Items',
    sequence: 'Item',
    hsCode: 'Commodity code',
    description: 'Description',
    customsValue: 'Customs value',
    tax: 'Tax',
    rate: 'Rate',
    base: 'Base',
    amount: 'Amount',
    noTax: 'No tax levied',
    totals: 'Totals by tax',
    payable: 'Payable',
    notCollected: 'not collected',
    versions: 'Reference data used',
    tariff: 'Tariff',
    rates: 'Exchange rates',
    publishedVersions: 'Published versions',
    nationalTaxes: 'National tax rates',
    hash: 'Assessment hash (SHA-256)',
    qrCaption: 'Declaration number and assessment hash',
    page: 'Page',
    demo: 'Demo data — not a real declaration',
  },
};

export const PARTY_ROLE_WORDS: Record<NoticeLanguage, Record<PartyRole, string>> = {
  ko: {
    declarant: '신고인',
    importer: '수입자',
    exporter: '수출자',
    consignee: '수하인',
    consignor: '송하인',
    carrier: '운송인',
  },
  en: {
    declarant: 'Declarant',
    importer: 'Importer',
    exporter: 'Exporter',
    consignee: 'Consignee',
    consignor: 'Consignor',
    carrier: 'Carrier',
  },
};

export const TAX_WORDS: Record<NoticeLanguage, Record<TaxKind, string>> = {
  ko: {
    'customs-duty': '관세',
    'additional-duty': '추가 관세',
    excise: '소비세',
    'individual-consumption': '개별소비세',
    liquor: '주세',
    education: '교육세',
    'rural-development': '농어촌특별세',
    'traffic-energy-environment': '교통·에너지·환경세',
    vat: '부가가치세',
  },
  en: {
    'customs-duty': 'Customs duty',
    'additional-duty': 'Additional duty',
    excise: 'Excise duty',
    'individual-consumption': 'Individual consumption tax',
    liquor: 'Liquor tax',
    education: 'Education tax',
    'rural-development': 'Rural development tax',
    'traffic-energy-environment': 'Traffic, energy and environment tax',
    vat: 'Value-added tax',
  },
};

/**
 * A Korean line above the CLI's own English banner (src-server/assess/format.ts wording, kept
 * verbatim on both notices so that what the trader reads is what the officer's tools print).
 */
export const BANNER_WORDS: Record<BannerKind, string> = {
  provisional: '잠정: 할당 잔량 등 일부 수치를 오프라인에서 확인하지 못했습니다',
  incomplete: '미완료: 일부 품목의 세액을 모두 산출하지 못했습니다 (문제 참조)',
  'unofficial-rates': '시연용 환율: 관세청 고시 환율이 아닙니다',
};

export const PROBLEM_WORDS: Record<NoticeLanguage, Record<ItemProblem['code'], string>> = {
  ko: {
    NO_TARIFF_LINE: '관세율표에 해당 세번이 없음',
    RATE_NOT_IN_DATA: '적용 세율이 자료에 없음',
    RATE_REJECTED: '표기된 세율을 계산할 수 없음',
    EVALUATION_FAILED: '세율을 적용하지 못함',
    NO_EXCHANGE_RATE: '해당 일자의 환율 없음',
    EXCISE_RATE_NOT_IN_DATA: '내국세 세율이 자료에 없음',
    NATIONAL_RATE_NEEDS_ATTRIBUTE: '내국세 세율에 필요한 신고 항목(배기량, 주류 종류 등)이 없음',
    QUOTA_BALANCE_UNKNOWN: '할당 잔량을 오프라인에서 알 수 없음',
    NEGATIVE_AMOUNT: '신고 금액이 0보다 작음',
    NEGATIVE_CUSTOMS_VALUE: '과세가격이 0보다 작음',
  },
  en: {
    NO_TARIFF_LINE: 'no tariff line found',
    RATE_NOT_IN_DATA: 'the rate is not in the loaded data',
    RATE_REJECTED: 'the printed rate cannot be evaluated',
    EVALUATION_FAILED: 'the rate could not be applied',
    NO_EXCHANGE_RATE: 'no official exchange rate for the date',
    EXCISE_RATE_NOT_IN_DATA: 'the excise rate is not in the loaded data',
    NATIONAL_RATE_NEEDS_ATTRIBUTE:
      'the national tax rate needs a detail the item does not declare (engine capacity, liquor category…)',
    QUOTA_BALANCE_UNKNOWN: 'the quota balance is not known offline',
    NEGATIVE_AMOUNT: 'an amount of the declaration is below zero',
    NEGATIVE_CUSTOMS_VALUE: 'the customs value is below zero',
  },
};
