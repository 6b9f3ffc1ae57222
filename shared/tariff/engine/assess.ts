// The engine's entry point: pure and deterministic. The tariff index is built once per schedule
// (memoised on the schedule object) so that a 999-item declaration costs only its lookups.
import type { Declaration, GoodsItem } from '../../domain/declaration';
import type { CurrencyCode } from '../../domain/ids';
import { Dec } from '../decimal';
import { createTariffIndex, type TariffIndex } from '../import/tariff-index';
import { profileFor } from '../profiles';
import type { JurisdictionProfile } from '../profiles/types';
import type {
  Assessment,
  AssessmentContext,
  EvaluationError,
  ItemAssessment,
  ItemProblem,
  TariffSchedule,
} from '../types';
import { assertNever } from '../../util/assert-never';
import type { Result } from '../../util/result';
import { convertToBase, type RateUsed } from '../valuation/exchange';
import { valueDeclaration, type ItemValue } from '../valuation/customs-value';
import { deMinimis } from './de-minimis';
import type { DutySelection, ItemSituation } from './measures';
import { selectKoreanDuty } from './precedence-kr';
import { selectUkDuty } from './precedence-uk';
import { quantitiesOf } from './quantities';
import { computeTaxes } from './taxes';
import { declaredVsComputed, totalsByKind, waivedAmounts } from './totals';

const indexes = new WeakMap<TariffSchedule, TariffIndex>();

/** The index of a schedule, built on first use and kept as long as the schedule object lives. */
export function tariffIndexFor(schedule: TariffSchedule): TariffIndex {
  const cached = indexes.get(schedule);
  if (cached) return cached;
  const index = createTariffIndex(schedule);
  indexes.set(schedule, index);
  return index;
}

function selectDuty(s: ItemSituation, profile: JurisdictionProfile): DutySelection {
  switch (profile.precedence) {
    case 'kr-customs-act-art-50':
      return selectKoreanDuty(s, profile);
    case 'uk-duty-options':
      return selectUkDuty(s, profile);
    default:
      return assertNever(profile.precedence, 'precedence');
  }
}

type Shared = {
  declaration: Declaration;
  context: AssessmentContext;
  profile: JurisdictionProfile;
  index: TariffIndex;
  convert: (amount: Dec, from: CurrencyCode) => Result<Dec, EvaluationError>;
};

function assessItem(item: GoodsItem, value: ItemValue, shared: Shared): ItemAssessment {
  const { context, profile, declaration } = shared;
  const trace = [...value.trace];
  const problems: ItemProblem[] = [...value.problems];
  const base = {
    sequence: item.sequence,
    hsCode: item.hsCode,
    customsValue: value.rounded.toFixed(),
    customsValueRaw: value.raw.toFixed(),
  };
  const match = shared.index.findLine(item.hsCode);
  if (match === null) {
    problems.push({
      code: 'NO_TARIFF_LINE',
      message: `${item.hsCode} has no line in ${context.tariff.version}`,
    });
    return { ...base, tariffLine: null, taxes: [], problems, provisional: false, trace };
  }
  const { line } = match;
  trace.push(
    `tariff line ${line.code} for ${item.hsCode} (${match.how}, ${match.matchedLength} digits; ${context.tariff.version})`,
  );
  const date = declaration.acceptanceDate;
  if (
    (line.validFrom !== undefined && date < line.validFrom) ||
    (line.validTo !== undefined && date > line.validTo)
  ) {
    trace.push(
      `warning: line ${line.code} is valid ${line.validFrom ?? '…'}–${line.validTo ?? '…'}, not on ${date}`,
    );
  }
  // Taxes on a value that could not be converted would be invented figures.
  if (value.problems.length > 0)
    return { ...base, tariffLine: line.code, taxes: [], problems, provisional: false, trace };

  const situation: ItemSituation = {
    item,
    line,
    date,
    currency: profile.currency,
    basis: {
      customsValue: value.rounded.toFixed(),
      quantities: quantitiesOf(item),
      date,
      currency: profile.currency,
    },
    convert: shared.convert,
  };
  const selection = selectDuty(situation, profile);
  const taxes = computeTaxes({
    profile,
    situation,
    customsValue: value.rounded,
    selection,
    nationalRates: context.nationalTaxRates ?? [],
    tariffVersion: context.tariff.version,
  });
  problems.push(...selection.problems, ...taxes.problems);
  trace.push(...selection.trace, ...taxes.notes);
  return {
    ...base,
    tariffLine: line.code,
    taxes: taxes.taxes,
    problems,
    provisional: selection.provisional,
    trace,
    dutyOptions: selection.options,
  };
}

/** Assesses a declaration: customs value, duty selection, taxes, totals, declared vs computed. */
export function assessDeclaration(declaration: Declaration, context: AssessmentContext): Assessment {
  const profile = profileFor(context.profile);
  const date = declaration.acceptanceDate;
  const used = new Map<string, RateUsed>();
  const remember = (r: RateUsed) => used.set(`${r.currency}|${r.periodStart}`, r);

  const valuation = valueDeclaration(declaration, {
    currency: profile.currency,
    rates: context.rates,
    rounding: profile.rounding.customsValue,
    ...(context.allocation ? { allocation: context.allocation } : {}),
  });
  valuation.ratesUsed.forEach(remember);

  const shared: Shared = {
    declaration,
    context,
    profile,
    index: tariffIndexFor(context.tariff),
    convert: (amount, from) => {
      const converted = convertToBase(context.rates, amount, from, date);
      if (!converted.ok)
        return { ok: false, error: { reason: 'currency-conversion', message: converted.error } };
      if (converted.value.rate) remember({ ...converted.value.rate, date });
      return { ok: true, value: converted.value.value };
    },
  };
  const tableMismatch: ItemProblem[] =
    context.rates.base === profile.currency
      ? []
      : [
          {
            code: 'NO_EXCHANGE_RATE',
            message: `rate table "${context.rates.label}" is based on ${context.rates.base}, not ${profile.currency}`,
          },
        ];

  const items = declaration.items.map((item, i) => {
    const value = valuation.items[i];
    if (value === undefined) throw new Error(`valuation lost item ${item.sequence}`);
    const assessed = assessItem(item, value, shared);
    if (declaration.jurisdiction !== context.profile) {
      assessed.trace.push(
        `note: a ${declaration.jurisdiction} declaration assessed under the ${context.profile} profile`,
      );
    }
    return tableMismatch.length > 0
      ? { ...assessed, problems: [...tableMismatch, ...assessed.problems] }
      : assessed;
  });

  const relief = deMinimis(declaration, profile, context.rates);
  let deMinimisReason: string | null = null;
  const first = items[0];
  if (relief !== null && first !== undefined) {
    if (!relief.ok) first.problems.push({ code: 'NO_EXCHANGE_RATE', message: relief.error });
    else {
      relief.value.ratesUsed.forEach(remember);
      first.trace.push(relief.value.trace);
      if (relief.value.applies) deMinimisReason = profile.deMinimis?.reason ?? 'de minimis';
    }
  }

  const byKind = totalsByKind(items, profile);
  const waived = waivedAmounts(byKind, profile, deMinimisReason);
  const gross = byKind.reduce((acc, t) => acc.add(t.amount), new Dec(0));
  const payable = waived.reduce((acc, w) => acc.sub(w.amount), gross);
  const tolerance = new Dec(context.tolerance ?? profile.tolerance);

  return {
    profile: context.profile,
    currency: profile.currency,
    tariffVersion: context.tariff.version,
    ...(context.nationalTaxRatesVersion === undefined
      ? {}
      : { nationalTaxRatesVersion: context.nationalTaxRatesVersion }),
    exchangeRate: {
      table: context.rates.version,
      label: context.rates.label,
      official: context.rates.official,
      used: [...used.values()].sort(
        (a, b) => a.currency.localeCompare(b.currency) || a.periodStart.localeCompare(b.periodStart),
      ),
    },
    items,
    totals: { byKind, payable: payable.toFixed(), waived },
    declared: declaredVsComputed(declaration, items, tolerance),
    provisional: items.some((i) => i.provisional),
    complete: items.every((i) => i.problems.length === 0),
  };
}
