// The taxes of one item, in the profile's order; each later tax may use the earlier ones as its base.
import type { GoodsItem } from '../../domain/declaration';
import { Dec } from '../decimal';
import { roundByRule } from '../profiles/rounding';
import type { JurisdictionProfile, LiabilityRule, TaxDefinition } from '../profiles/types';
import {
  describeRate,
  selectNationalRate,
  type ParentTax,
  type RateSelection,
} from '../national-rates/select';
import type { ItemProblem, NationalTaxRate, TaxKind, TaxLine } from '../types';
import { assertNever } from '../../util/assert-never';
import type { DutySelection, EvaluatedMeasure, ItemSituation } from './measures';
import { applyNationalRate } from './national-rate';
import { evaluatePrinted, parseText, type Evaluated } from './rates';

export type TaxInput = {
  profile: JurisdictionProfile;
  situation: ItemSituation;
  customsValue: Dec;
  selection: DutySelection;
  nationalRates: readonly NationalTaxRate[];
  tariffVersion: string;
};

type Draft = {
  kind: TaxKind;
  code: string | null;
  base: Dec;
  evaluated: Evaluated;
  /** The ad valorem rate in percent, for a tax levied on this one that depends on it; null if specific. */
  adValoremPercent: string | null;
  trace: string[];
};

function liableUnder(kind: TaxKind, item: GoodsItem, rules: LiabilityRule[]): LiabilityRule | null {
  const codes = [...(item.nationalCodes ?? []), ...(item.declaredTaxes ?? []).map((t) => t.code)];
  for (const rule of rules) {
    if (rule.kind !== kind) continue;
    if (rule.hsPrefixes.some((p) => item.hsCode.startsWith(p))) return rule;
    if (rule.nationalCodePattern && codes.some((c) => rule.nationalCodePattern?.test(c))) return rule;
  }
  return null;
}

const sumOf = (drafts: Draft[], amountOf: (d: Draft) => Dec, kinds?: TaxKind[]): Dec =>
  drafts
    .filter((d) => kinds === undefined || kinds.includes(d.kind))
    .reduce((acc, d) => acc.add(amountOf(d)), new Dec(0));

/** What the item's attributes could not decide, in the words of the declaration's fields. */
const ATTRIBUTE_WORDS = {
  engineCapacityCc: 'engine capacity (cc)',
  electricVehicle: 'whether the vehicle is electric',
  alcoholStrengthPercent: 'alcoholic strength (% vol)',
  liquorCategory: 'liquor category',
} as const;

export function computeTaxes(input: TaxInput): {
  taxes: TaxLine[];
  problems: ItemProblem[];
  notes: string[];
} {
  const { profile, situation: s, customsValue, selection } = input;
  const problems: ItemProblem[] = [];
  const notes: string[] = [];
  const drafts: Draft[] = [];
  const { rounding } = profile;
  const ruleFor = (d: Draft) =>
    rounding.taxAmountExceptions?.find(
      (e) => e.kind === d.kind && e.hsPrefixes.some((prefix) => s.item.hsCode.startsWith(prefix)),
    )?.rule ?? rounding.taxAmount;
  const rounded = (d: Draft) => roundByRule(d.evaluated.amount, ruleFor(d));
  // What a later tax takes of an earlier one: its rounded amount (KR), or its full-precision amount
  // unless a rule of its own already cut it (UK, see profiles/uk.ts).
  const chained = (d: Draft) =>
    rounding.chain === 'rounded' || ruleFor(d) !== rounding.taxAmount ? rounded(d) : d.evaluated.amount;
  const taxableValue = (v: Dec) => (rounding.chain === 'rounded' ? roundByRule(v, rounding.customsValue) : v);

  const baseFor = (def: TaxDefinition): Dec | null => {
    switch (def.base.kind) {
      case 'customs-value':
        return customsValue;
      case 'value-plus-duties':
        return taxableValue(customsValue.add(sumOf(drafts, chained, ['customs-duty', 'additional-duty'])));
      case 'tax-amounts': {
        const parents = drafts.filter((d) =>
          def.base.kind === 'tax-amounts' ? def.base.of.includes(d.kind) : false,
        );
        return parents.length === 0 ? null : sumOf(parents, chained);
      }
      case 'vat-base':
        return taxableValue(customsValue.add(sumOf(drafts, chained)));
      default:
        return assertNever(def.base, 'tax base');
    }
  };

  const fromMeasure = (def: TaxDefinition, e: EvaluatedMeasure, code: string | null, why: string[]) =>
    drafts.push({
      kind: def.kind,
      code,
      base: customsValue,
      evaluated: e,
      adValoremPercent: null,
      trace: [
        ...why,
        `${e.measure.kind} ${e.measure.code} "${e.measure.expression}" [${e.measure.source}; ${input.tariffVersion}]`,
        e.explanation,
      ],
    });

  const select = (kind: TaxKind, parent: ParentTax | null) =>
    selectNationalRate(input.nationalRates, kind, s.item, s.date, parent);
  const goodsWords = () =>
    `${s.item.hsCode}${(s.item.nationalCodes ?? []).length > 0 ? ` [${(s.item.nationalCodes ?? []).join(' ')}]` : ''}`;

  /** Levies what the selection says on `base`, or says why nothing is levied. */
  const levy = (
    def: TaxDefinition,
    selection: RateSelection,
    base: Dec,
    parent: ParentTax | null,
    on: string,
  ) => {
    switch (selection.outcome) {
      case 'none': {
        const rule = liableUnder(def.kind, s.item, profile.liability);
        if (rule) {
          problems.push({
            code: 'EXCISE_RATE_NOT_IN_DATA',
            message: `${def.label} (${def.code ?? def.kind})${on} for ${goodsWords()}: the goods are liable — ${rule.reason} — but no rate is loaded`,
          });
        }
        return;
      }
      case 'exempt':
        notes.push(`${def.label}${on}: not levied — ${describeRate(selection.rate)}`);
        return;
      case 'needs':
        problems.push({
          code: 'NATIONAL_RATE_NEEDS_ATTRIBUTE',
          message: `${def.label} (${def.code ?? def.kind})${on} for ${goodsWords()}: the rate depends on ${selection.attributes.map((a) => ATTRIBUTE_WORDS[a]).join(' and ')}, which the item does not declare (${selection.rates.map((r) => `"${r.expression}" [${r.source}]`).join('; ')})`,
        });
        return;
      case 'ambiguous':
        problems.push({
          code: 'EVALUATION_FAILED',
          message: `${def.label} for ${goodsWords()}: the rate table gives two rates with nothing to choose between them: ${selection.rates.map(describeRate).join('; ')}`,
        });
        return;
      case 'rates':
        for (const entry of selection.rates) {
          const applied = applyNationalRate(entry, {
            situation: s,
            base,
            what: def.label,
            statuteRate: () =>
              selectNationalRate(
                input.nationalRates.filter((r) => r.basis !== 'flexible'),
                def.kind,
                s.item,
                s.date,
                parent,
              ),
          });
          if (!applied.ok) {
            problems.push(applied.error);
            continue;
          }
          drafts.push({
            kind: def.kind,
            code: entry.code === '' ? def.code : entry.code,
            base,
            evaluated: applied.value.evaluated,
            adValoremPercent: applied.value.adValoremPercent,
            trace: [`${def.label}${on}: rate ${describeRate(entry)}`, ...applied.value.trace],
          });
        }
        return;
      default:
        assertNever(selection, 'rate selection');
    }
  };

  const national = (def: TaxDefinition) => {
    if (def.base.kind === 'tax-amounts' && input.nationalRates.some((r) => r.kind === def.kind && r.of)) {
      // Levied on each parent tax the item bears, at the rate the law sets for that parent
      // (Education Tax Act art. 5: 30% of the individual consumption tax, 10% of the liquor tax…).
      const of = def.base.of;
      for (const parent of drafts.filter((d) => of.includes(d.kind))) {
        const tax = { kind: parent.kind, adValoremPercent: parent.adValoremPercent };
        const parentLabel = profile.taxes.find((t) => t.kind === parent.kind)?.label ?? parent.kind;
        levy(def, select(def.kind, tax), chained(parent), tax, ` on ${parentLabel.toLowerCase()}`);
      }
      return;
    }
    const selection = select(def.kind, null);
    if (selection.outcome === 'none') return levy(def, selection, customsValue, null, '');
    const base = baseFor(def);
    if (base === null) return; // no parent tax on this item: nothing to levy (e.g. education tax without liquor tax)
    levy(def, selection, base, null, '');
  };

  for (const def of profile.taxes) {
    switch (def.kind) {
      case 'customs-duty':
        if (selection.chosen) fromMeasure(def, selection.chosen, def.code, selection.trace);
        break;
      case 'additional-duty':
        for (const e of selection.additional) {
          const code =
            profile.additionalDutyCodes.find(
              (c) => c.kind === e.measure.kind && c.measureCode === e.measure.code,
            ) ??
            profile.additionalDutyCodes.find((c) => c.kind === e.measure.kind && c.measureCode === undefined);
          fromMeasure(def, e, code?.code ?? def.code, [`${e.measure.kind} added on top of the chosen duty`]);
        }
        break;
      case 'excise':
      case 'individual-consumption':
      case 'liquor':
      case 'education':
      case 'rural-development':
      case 'traffic-energy-environment':
        national(def);
        break;
      case 'vat': {
        if (selection.chosen === null) break; // without the duty the VAT base is unknown: the item already has a problem
        const vatSelection = select('vat', null);
        const override = vatSelection.outcome === 'rates' ? vatSelection.rates[0] : undefined;
        const printed = override?.expression ?? profile.vatRate;
        const base = baseFor(def) ?? customsValue;
        const evaluated = evaluatePrinted(
          parseText(printed, profile.currency),
          def.label,
          { ...s.basis, customsValue: base.toFixed() },
          s.convert,
        );
        if (!evaluated.ok) {
          problems.push(evaluated.error);
          break;
        }
        const parts = drafts.map((d) => `${d.code ?? d.kind} ${chained(d).toFixed()}`).join(' + ');
        drafts.push({
          kind: 'vat',
          code: def.code,
          base,
          evaluated: evaluated.value,
          adValoremPercent: null,
          trace: [
            `VAT base = customs value ${customsValue.toFixed()}${parts === '' ? '' : ` + ${parts}`} = ${base.toFixed()}`,
            override
              ? `rate "${printed}" [${override.source}]`
              : `standard rate ${printed} (profile ${profile.jurisdiction})`,
            evaluated.value.explanation,
          ],
        });
        break;
      }
      default:
        assertNever(def.kind, 'tax kind');
    }
  }

  const taxes = drafts.map((d): TaxLine => {
    const amount = rounded(d);
    const rule = ruleFor(d);
    return {
      kind: d.kind,
      code: d.code,
      base: d.base.toFixed(),
      rate: d.evaluated.rate,
      rawAmount: d.evaluated.amount.toFixed(),
      amount: amount.toFixed(),
      trace: [
        ...d.trace,
        `${d.evaluated.rate} on base ${d.base.toFixed()} ${profile.currency}: ${d.evaluated.amount.toFixed()} → ${amount.toFixed()} (${rule.basis})`,
      ],
      provisional: selection.provisional,
    };
  });
  return { taxes, problems, notes };
}
