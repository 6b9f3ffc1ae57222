import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentBanners } from '@shared/tariff/banners';
import type { Assessment, ItemAssessment } from '@shared/tariff/types';
import { useLanguage } from '../../state';
import type { AssessOutcome } from './assess-core';
import { moneyOf } from './money';
import { TaxName } from './TaxName';

type Assessed = Extract<AssessOutcome, { status: 'assessed' }>;
type Money = ReturnType<typeof moneyOf>;

/** The INCOMPLETE, PROVISIONAL and unofficial-rates banners, worded exactly as the CLI prints them. */
export function Banners({ assessment }: { assessment: Assessment }) {
  const banners = assessmentBanners(assessment);
  if (banners.length === 0) return null;
  return (
    <ul className="assessment-banners">
      {banners.map((banner) => (
        <li
          key={banner.kind}
          className={`assessment-banner banner-${banner.kind}`}
          data-testid="assessment-banner"
        >
          {banner.text}
        </li>
      ))}
    </ul>
  );
}

/** The tariff, rate-table and national-tax versions the figures were computed with. */
export function Versions({ result }: { result: Assessed }) {
  const { t } = useTranslation();
  const { versions, labels } = result;
  return (
    <dl className="fields assessment-versions" data-testid="assessment-versions">
      <dt>{t('assessment.versions.tariff')}</dt>
      <dd>{t('assessment.versions.labelled', { label: labels.tariff, version: versions.tariff })}</dd>
      <dt>{t('assessment.versions.rates')}</dt>
      <dd>{t('assessment.versions.labelled', { label: labels.rates, version: versions.rates })}</dd>
      <dt>{t('assessment.versions.taxes')}</dt>
      <dd>
        {labels.taxes === null || versions.taxes === null
          ? t('assessment.versions.none')
          : t('assessment.versions.labelled', { label: labels.taxes, version: versions.taxes })}
      </dd>
    </dl>
  );
}

/** The tax's name, with its code where the code says something more (UK A00, not KR 관세 관세). */
/** An unrounded figure for reading: four decimals at most, the full digits stay in the trace. */
const shortRaw = (raw: string): string => raw.replace(/^(-?\d+\.\d{4})\d+$/, '$1…');

/** Duty and each tax in total, what is not collected and why, and the payable amount. */
export function Totals({ assessment, money }: { assessment: Assessment; money: Money }) {
  const { t } = useTranslation();
  const { totals } = assessment;
  return (
    <table className="assessment-totals">
      <caption>{t('assessment.totals')}</caption>
      <tbody>
        {totals.byKind.map((total) => (
          <tr
            key={`${total.kind}|${total.code ?? ''}`}
            data-testid="assessment-total"
            data-kind={total.kind}
            data-code={total.code ?? ''}
            data-amount={money.plain(total.amount)}
          >
            <th scope="row">
              <TaxName kind={total.kind} code={total.code} />
            </th>
            <td className="amount">{money.text(total.amount)}</td>
          </tr>
        ))}
        {totals.waived.map((waived) => (
          <tr key={`waived-${waived.kind}`} className="muted">
            <th scope="row">
              {t('assessment.waived', {
                tax: t(`assessment.taxKinds.${waived.kind}`),
                reason: waived.reason,
              })}
            </th>
            <td className="amount">{`− ${money.text(waived.amount)}`}</td>
          </tr>
        ))}
        <tr className="payable" data-testid="assessment-payable" data-amount={money.plain(totals.payable)}>
          <th scope="row">{t('assessment.payable')}</th>
          <td className="amount">{money.text(totals.payable)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** A declared line's tax by name where the computed totals know its code, else the code alone. */
function DeclaredTax({ code, totals }: { code: string; totals: Assessment['totals']['byKind'] }) {
  const kind = totals.find((total) => total.code === code)?.kind;
  return kind === undefined ? <span className="mono">{code}</span> : <TaxName kind={kind} code={code} />;
}

/** Declared vs computed per tax, flagged when outside the tolerance. */
export function DeclaredVsComputed({ assessment, money }: { assessment: Assessment; money: Money }) {
  const { t } = useTranslation();
  if (assessment.declared.length === 0) return null;
  return (
    <table className="assessment-declared">
      <caption>{t('assessment.declared.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessment.declared.code')}</th>
          <th scope="col">{t('assessment.declared.declared')}</th>
          <th scope="col">{t('assessment.declared.computed')}</th>
          <th scope="col">{t('assessment.declared.tolerance')}</th>
        </tr>
      </thead>
      <tbody>
        {assessment.declared.map((line) => (
          <tr key={line.code} className={line.withinTolerance ? undefined : 'outside-tolerance'}>
            <td>
              <DeclaredTax code={line.code} totals={assessment.totals.byKind} />
            </td>
            <td className="amount">
              {line.declared === null ? t('assessment.declared.none') : money.text(line.declared)}
            </td>
            <td className="amount">{money.text(line.computed)}</td>
            <td>
              {line.withinTolerance ? t('assessment.declared.within') : t('assessment.declared.outside')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Trace({ lines }: { lines: string[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return null;
  return (
    <details className="trace">
      <summary>{t('assessment.trace')}</summary>
      <ol className="mono">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </details>
  );
}

function DutyOptions({ item, money }: { item: ItemAssessment; money: Money }) {
  const { t } = useTranslation();
  const options = item.dutyOptions ?? [];
  if (options.length === 0) return null;
  return (
    <table className="duty-options" data-testid="duty-options">
      <caption>{t('assessment.options.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessment.options.measure')}</th>
          <th scope="col">{t('assessment.options.rate')}</th>
          <th scope="col">{t('assessment.options.amount')}</th>
          <th scope="col">{t('assessment.options.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {options.map((option, i) => (
          <tr key={i} className={`option-${option.outcome}`}>
            <td>
              {t(`assessment.measureKinds.${option.kind}`)} <span className="mono muted">{option.code}</span>
            </td>
            <td className="mono">{option.rate}</td>
            <td className="amount">{money.text(option.amount)}</td>
            <td>
              <strong>{t(`assessment.options.outcomes.${option.outcome}`)}</strong>
              <span className="muted">{` — ${option.reason}`}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One item: its taxes (each expandable to its trace), the rates weighed, its problems. */
function ItemView({ item, money }: { item: ItemAssessment; money: Money }) {
  const { t } = useTranslation();
  // A 999-item declaration: an item's tables are built only once it is opened.
  const [open, setOpen] = useState(false);
  return (
    <details
      className="assessment-item"
      data-testid="assessment-item"
      data-sequence={item.sequence}
      data-problems={item.problems.length}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {t('assessment.item.summary', {
          sequence: item.sequence,
          hsCode: item.hsCode,
          line: item.tariffLine ?? t('assessment.item.noLine'),
        })}
        {item.problems.length > 0 && (
          <span className="error-text">{` · ${t('assessment.item.problems', { count: item.problems.length })}`}</span>
        )}
        {item.provisional && <span className="warning-text">{` · ${t('assessment.item.provisional')}`}</span>}
      </summary>
      {open && <ItemDetail item={item} money={money} />}
    </details>
  );
}

function ItemDetail({ item, money }: { item: ItemAssessment; money: Money }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {t('assessment.item.customsValue', {
          value: money.text(item.customsValue),
          raw: shortRaw(item.customsValueRaw),
        })}
      </p>
      {item.taxes.length > 0 && (
        <table className="item-taxes">
          <thead>
            <tr>
              <th scope="col">{t('assessment.item.tax')}</th>
              <th scope="col">{t('assessment.item.base')}</th>
              <th scope="col">{t('assessment.item.rate')}</th>
              <th scope="col">{t('assessment.item.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {item.taxes.map((tax, i) => (
              <tr key={i} data-testid="item-tax" data-kind={tax.kind} data-amount={money.plain(tax.amount)}>
                <td>
                  <TaxName kind={tax.kind} code={tax.code} />
                </td>
                <td className="amount">{money.text(tax.base)}</td>
                <td className="mono">{tax.rate}</td>
                <td className="amount">
                  {money.text(tax.amount)}
                  <details className="trace">
                    <summary>{t('assessment.trace')}</summary>
                    <ol className="mono">
                      <li>{t('assessment.item.raw', { raw: tax.rawAmount })}</li>
                      {tax.trace.map((line, j) => (
                        <li key={j}>{line}</li>
                      ))}
                    </ol>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DutyOptions item={item} money={money} />
      {item.problems.length > 0 && (
        <ul className="item-problems">
          {item.problems.map((problem, i) => (
            <li key={i} className="error-text">
              <strong>{t(`assessment.problems.${problem.code}`)}</strong>
              {` — ${problem.message}`}
            </li>
          ))}
        </ul>
      )}
      <Trace lines={item.trace} />
    </>
  );
}

/** A computed assessment: banners, versions, totals, declared vs computed, items with their traces. */
export function AssessmentView({ result }: { result: Assessed }) {
  const language = useLanguage();
  const { assessment } = result;
  const money = moneyOf(assessment, language);
  return (
    <div className="assessment-view">
      <Banners assessment={assessment} />
      <div className="detail-grid">
        <Totals assessment={assessment} money={money} />
        <DeclaredVsComputed assessment={assessment} money={money} />
      </div>
      <div className="assessment-items">
        {assessment.items.map((item) => (
          <ItemView key={item.sequence} item={item} money={money} />
        ))}
      </div>
      <Versions result={result} />
    </div>
  );
}
