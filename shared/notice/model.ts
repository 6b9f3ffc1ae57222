import type { AssessmentVersions } from '../domain/assessment-claim';
import type { Declaration } from '../domain/declaration';
import type { TaxKind } from '../domain/tax';
import { assessmentBanners, exchangeRateLine, noticeAmount } from '../tariff/banners';
import { figuresOf } from '../tariff/figures';
import { profileFor } from '../tariff/profiles';
import type { Assessment } from '../tariff/types';
import { assessmentHash, noticeQrText } from './hash';
import {
  BANNER_WORDS,
  NOTICE_WORDS,
  PARTY_ROLE_WORDS,
  PROBLEM_WORDS,
  TAX_WORDS,
  type NoticeLanguage,
} from './texts';

/** The reference versions an assessment used: the labels always, the published numbers when known. */
export type NoticeVersions = {
  /** Published pack versions (device and centre); null for an assessment made from files (CLI). */
  published: AssessmentVersions | null;
};

export type NoticePost = { name: string; nameLocal: string; officeCode: string };

export type NoticeInput = {
  declaration: Declaration;
  assessment: Assessment;
  versions: NoticeVersions;
  language: NoticeLanguage;
  post: NoticePost | null;
  /** When the notice is issued (ISO date-time): passed in, the clock is the caller's. */
  issuedAt: string;
};

type Row = { label: string; value: string };
export type NoticeTaxRow = { name: string; rate: string; base: string; amount: string };
export type NoticeItem = {
  sequence: number;
  hsCode: string;
  description: string;
  customsValue: string;
  taxes: NoticeTaxRow[];
  problems: string[];
};

/** Everything a notice prints, already worded and formatted: the document only lays it out. */
export type NoticeModel = {
  language: NoticeLanguage;
  words: (typeof NOTICE_WORDS)[NoticeLanguage];
  reference: string;
  demo: boolean;
  banners: { text: string; translation: string | null }[];
  declaration: Row[];
  parties: Row[];
  items: NoticeItem[];
  totals: Row[];
  notCollected: Row[];
  payable: string;
  versions: Row[];
  hash: string;
  qrText: string;
};

/** "1933030" → "1,933,030", "-1260.89" → "-1,260.89": the same in Node and every browser. */
export function groupThousands(plain: string): string {
  const [whole = '', fraction] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function taxName(
  assessment: Assessment,
  language: NoticeLanguage,
  kind: TaxKind,
  code: string | null,
): string {
  const profileTax = profileFor(assessment.profile).taxes.find(
    (tax) => tax.kind === kind && tax.code === code,
  );
  const printedCode = code !== null && profileTax?.codeIsLabel !== true ? ` (${code})` : '';
  return `${TAX_WORDS[language][kind]}${printedCode}`;
}

/** "2026-12-03T04:05:06.789Z" → "2026-12-03 04:05 UTC". */
const issuedText = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function buildNotice(input: NoticeInput): NoticeModel {
  const { declaration, assessment, language, post } = input;
  const words = NOTICE_WORDS[language];
  const money = noticeAmount(assessment);
  const amount = (value: string) => `${groupThousands(money(value))} ${assessment.currency}`;
  const hash = assessmentHash(declaration.reference, figuresOf(assessment));
  const descriptionOf = new Map(declaration.items.map((item) => [item.sequence, item.description]));
  const published = input.versions.published;

  return {
    language,
    words,
    reference: declaration.reference,
    demo: declaration.demo,
    banners: assessmentBanners(assessment).map((banner) => ({
      text: banner.text,
      translation: language === 'ko' ? BANNER_WORDS[banner.kind] : null,
    })),
    declaration: [
      { label: words.reference, value: declaration.reference },
      { label: words.acceptanceDate, value: declaration.acceptanceDate },
      {
        label: words.direction,
        value: `${declaration.direction === 'import' ? words.import : words.export} · ${words.typeCode} ${declaration.typeCode}`,
      },
      {
        label: words.post,
        value: post
          ? `${language === 'ko' ? post.nameLocal : post.name} (${post.officeCode})`
          : declaration.postId,
      },
      { label: words.currency, value: assessment.currency },
      { label: words.issuedAt, value: issuedText(input.issuedAt) },
    ],
    parties: declaration.parties
      .filter((party) => party.role !== 'carrier')
      .map((party) => ({
        label: PARTY_ROLE_WORDS[language][party.role],
        value: `${party.name} (${party.identifier})`,
      })),
    items: assessment.items.map((item) => ({
      sequence: item.sequence,
      hsCode: item.hsCode,
      description: descriptionOf.get(item.sequence) ?? '',
      customsValue: amount(item.customsValue),
      taxes: item.taxes.map((tax) => ({
        name: taxName(assessment, language, tax.kind, tax.code),
        rate: tax.rate,
        base: amount(tax.base),
        amount: amount(tax.amount),
      })),
      problems: item.problems.map(
        (problem) => `${PROBLEM_WORDS[language][problem.code]}: ${problem.message}`,
      ),
    })),
    totals: assessment.totals.byKind.map((total) => ({
      label: taxName(assessment, language, total.kind, total.code),
      value: amount(total.amount),
    })),
    notCollected: assessment.totals.waived.map((waived) => ({
      label: `${TAX_WORDS[language][waived.kind]} — ${words.notCollected} (${waived.reason})`,
      value: amount(waived.amount),
    })),
    payable: amount(assessment.totals.payable),
    versions: [
      { label: words.tariff, value: assessment.tariffVersion },
      { label: words.rates, value: exchangeRateLine(assessment).replace(/^Exchange rates: /, '') },
      ...(assessment.nationalTaxRatesVersion === undefined
        ? []
        : [{ label: words.nationalTaxes, value: assessment.nationalTaxRatesVersion }]),
      ...(published
        ? [
            {
              label: words.publishedVersions,
              value: [
                `${words.tariff} v${published.tariff}`,
                `${words.rates} v${published.rates}`,
                ...(published.taxes === null ? [] : [`${words.nationalTaxes} v${published.taxes}`]),
              ].join(' · '),
            },
          ]
        : []),
      { label: words.hash, value: hash },
    ],
    hash,
    qrText: noticeQrText(declaration.reference, hash),
  };
}
