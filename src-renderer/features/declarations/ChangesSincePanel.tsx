import type { ParseKeys, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DeclarationStatus, Lane, TransportMode, type Declaration } from '@shared/domain';
import { formatDateTime, type Language } from '../../i18n';
import { useLanguage } from '../../state';
import { useOfficerName } from '../attention/use-officer-name';
import type { ChangeScope, FieldChange } from './changes-since';
import { useChangesSince } from './use-changes-since';

/** Header and item fields the officer knows by a name on this page; others show their path. */
const FIELD_WORDS: Partial<Record<string, ParseKeys>> = {
  status: 'declarations.columns.status',
  lane: 'declarations.columns.lane',
  riskScore: 'declarations.columns.riskScore',
  assignedTo: 'changes.fields.assignedTo',
  acceptanceDate: 'detail.acceptanceDate',
  'valuation.invoiceTotal': 'detail.invoiceTotal',
  'valuation.incoterm': 'detail.incoterm',
  'valuation.freight': 'detail.freight',
  'valuation.insurance': 'detail.insurance',
  'transport.mode': 'detail.transportFields.mode',
  'transport.meansName': 'detail.transportFields.means',
  'transport.placeOfLoading': 'detail.transportFields.placeOfLoading',
  'transport.placeOfDischarge': 'detail.transportFields.placeOfDischarge',
  'transport.transportDocument': 'detail.transportFields.transportDocument',
  'transport.containers': 'detail.transportFields.containers',
  'transport.arrivalDate': 'detail.transportFields.arrivalDate',
  hsCode: 'detail.item.hsCode',
  description: 'detail.item.description',
  originCountry: 'detail.item.origin',
  quantity: 'detail.item.quantity',
  netMassKg: 'detail.item.netMass',
  price: 'detail.item.price',
  name: 'detail.party.name',
  identifier: 'detail.party.identifier',
  address: 'detail.party.address',
  country: 'detail.party.country',
  weight: 'detail.riskHit.weight',
};

function scopeText(scope: ChangeScope, t: TFunction): string {
  switch (scope.kind) {
    case 'header':
      return t('detail.header');
    case 'item':
      return t('changes.item', { sequence: scope.sequence });
    case 'party':
      return t(`partyRole.${scope.role}`);
    case 'document':
      return t('changes.document', { code: scope.code, reference: scope.reference });
    case 'riskHit':
      return t('changes.riskHit', { code: scope.code });
  }
}

/** A value as the page shows it: statuses, lanes and officers in words, absence as a dash. */
function valueText(change: FieldChange, value: string | null, t: TFunction, nameOf: (id: string) => string) {
  if (value === null || value === '') return t('detail.none');
  if (change.field === '') return value === 'present' ? t('changes.present') : t('detail.none');
  const status = DeclarationStatus.safeParse(value);
  const lane = Lane.safeParse(value);
  const mode = TransportMode.safeParse(value);
  if (change.field === 'status' && status.success) return t(`status.${status.data}`);
  if (change.field === 'lane' && lane.success) return t(`lane.${lane.data}`);
  if (change.field === 'transport.mode' && mode.success) return t(`transportMode.${mode.data}`);
  if (change.field === 'assignedTo') return nameOf(value);
  return value;
}

function ChangeLine({
  change,
  t,
  nameOf,
}: {
  change: FieldChange;
  t: TFunction;
  nameOf: (id: string) => string;
}) {
  const words = FIELD_WORDS[change.field];
  const field =
    change.field === ''
      ? change.after === null
        ? t('changes.removed')
        : t('changes.added')
      : words
        ? t(words)
        : change.field;
  return (
    <tr data-field={change.field}>
      <th scope="row">{scopeText(change.scope, t)}</th>
      <td>{field}</td>
      <td className="mono changes-before">{valueText(change, change.before, t, nameOf)}</td>
      <td className="mono changes-after">{valueText(change, change.after, t, nameOf)}</td>
    </tr>
  );
}

const sinceText = (at: string, version: number, t: TFunction, language: Language) =>
  t('changes.since', { time: formatDateTime(at, language), version });

/**
 * "Changed since you last opened it": field by field, what differs from the copy this officer
 * had on screen last time on this device. Nothing is shown on a first visit.
 */
export function ChangesSincePanel({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useOfficerName();
  const state = useChangesSince(declaration);
  if (state.status !== 'known') return null;
  const { since, changes } = state;
  const when = sinceText(since.viewedAt, since.declaration.version, t, language);
  if (changes.length === 0) {
    return (
      <p className="muted changes-none" data-testid="changes-since" data-count="0">
        {t('changes.none', { since: when })}
      </p>
    );
  }
  return (
    <section className="panel changes-since" data-testid="changes-since" data-count={changes.length}>
      <h2>{t('changes.title', { count: changes.length, since: when })}</h2>
      <table className="changes-table">
        <thead>
          <tr>
            <th scope="col">{t('changes.where')}</th>
            <th scope="col">{t('changes.field')}</th>
            <th scope="col">{t('changes.before')}</th>
            <th scope="col">{t('changes.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <ChangeLine
              key={`${JSON.stringify(change.scope)}|${change.field}`}
              change={change}
              t={t}
              nameOf={nameOf}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
