import {
  exchangeRateLine,
  INCOMPLETE_BANNER,
  noticeAmount,
  PROVISIONAL_BANNER,
} from '@shared/tariff/banners';
import { PROBLEM_WORDS } from '@shared/notice/texts';
import { dec } from '@shared/tariff/decimal';
import type { Assessment, TaxLine } from '@shared/tariff/types';

/** The machine-readable result: the named fields first, then extras (problems, flags, trace). */
export function assessmentJson(assessment: Assessment) {
  const money = noticeAmount(assessment);
  return {
    currency: assessment.currency,
    items: assessment.items.map((item) => ({
      sequence: item.sequence,
      taxes: item.taxes.map((tax) => ({
        kind: tax.kind,
        code: tax.code,
        base: money(tax.base),
        rate: tax.rate,
        amount: money(tax.amount),
      })),
      problems: item.problems,
    })),
    totals: {
      payable: money(assessment.totals.payable),
      byKind: assessment.totals.byKind.map((total) => ({ ...total, amount: money(total.amount) })),
      waived: assessment.totals.waived.map((waived) => ({ ...waived, amount: money(waived.amount) })),
    },
    provisional: assessment.provisional,
    complete: assessment.complete,
    trace: {
      profile: assessment.profile,
      tariffVersion: assessment.tariffVersion,
      ...(assessment.nationalTaxRatesVersion === undefined
        ? {}
        : { nationalTaxRatesVersion: assessment.nationalTaxRatesVersion }),
      exchangeRate: assessment.exchangeRate,
      declared: assessment.declared,
      items: assessment.items.map((item) => ({
        sequence: item.sequence,
        hsCode: item.hsCode,
        tariffLine: item.tariffLine,
        customsValue: item.customsValue,
        customsValueRaw: item.customsValueRaw,
        provisional: item.provisional,
        trace: item.trace,
        taxes: item.taxes.map((tax) => ({ kind: tax.kind, rawAmount: tax.rawAmount, trace: tax.trace })),
      })),
    },
  };
}

function taxLine(tax: TaxLine, currency: string, money: (amount: string) => string): string[] {
  const name = `${tax.kind}${tax.code === null ? '' : ` (${tax.code})`}`;
  return [
    `    ${name}: base ${money(tax.base)} ${currency} × ${tax.rate} = ${tax.rawAmount} → ${money(tax.amount)} ${currency}${tax.provisional ? ' [provisional]' : ''}`,
    ...tax.trace.map((line) => `      · ${line}`),
  ];
}

/** The readable assessment notice with its trace, as an officer would print it. */
export function assessmentNotice(
  assessment: Assessment,
  header: { declaration: string; reference: string },
): string {
  const { currency } = assessment;
  const money = noticeAmount(assessment);
  const lines: string[] = [];
  if (assessment.provisional) lines.push(PROVISIONAL_BANNER);
  if (!assessment.complete) lines.push(INCOMPLETE_BANNER);
  lines.push(
    `Assessment notice — ${header.reference} (${header.declaration})`,
    `Profile: ${assessment.profile.toUpperCase()}, amounts in ${currency}`,
    `Tariff: ${assessment.tariffVersion}`,
    ...(assessment.nationalTaxRatesVersion === undefined
      ? []
      : [`National tax rates: ${assessment.nationalTaxRatesVersion}`]),
    exchangeRateLine(assessment),
    ...assessment.exchangeRate.used.map(
      (rate) =>
        `  ${rate.currency}: ${dec(rate.unitsPerBase).toSignificantDigits(12).toFixed()} per 1 ${currency} (1 ${rate.currency} = ${dec(1).div(rate.unitsPerBase).toSignificantDigits(10).toFixed()} ${currency}) on ${rate.date} (period ${rate.periodStart} to ${rate.periodEnd})`,
    ),
    '',
  );
  for (const item of assessment.items) {
    lines.push(
      `Item ${item.sequence}: ${item.hsCode} → tariff line ${item.tariffLine ?? '(none)'}${item.provisional ? ' [provisional]' : ''}`,
      `  Customs value: ${money(item.customsValue)} ${currency} (unrounded ${item.customsValueRaw})`,
      ...item.trace.map((line) => `  · ${line}`),
      ...item.taxes.flatMap((tax) => taxLine(tax, currency, money)),
      ...item.problems.map((problem) => `  PROBLEM: ${PROBLEM_WORDS.en[problem.code]} — ${problem.message}`),
      '',
    );
  }
  lines.push('Totals:');
  for (const total of assessment.totals.byKind)
    lines.push(
      `  ${total.kind}${total.code === null ? '' : ` (${total.code})`}: ${money(total.amount)} ${currency}`,
    );
  for (const waived of assessment.totals.waived)
    lines.push(`  not collected: ${waived.kind} ${money(waived.amount)} ${currency} (${waived.reason})`);
  lines.push(`  Payable: ${money(assessment.totals.payable)} ${currency}`);
  if (assessment.declared.length > 0) {
    lines.push('', 'Declared vs computed:');
    for (const line of assessment.declared)
      lines.push(
        `  ${line.code}: declared ${line.declared ?? '(no amount)'}, computed ${line.computed}${line.withinTolerance ? '' : ' — OUTSIDE TOLERANCE'}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
