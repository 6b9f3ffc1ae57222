import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '@shared/domain';
import { ItemCorrection } from '@shared/domain/assessment-claim';
import { HsCodeField } from './HsCodeField';

type Fields = {
  hsCode: string;
  originCountry: string;
  quantity: string;
  netMassKg: string;
  price: string;
  preference: 'as-declared' | 'withdraw' | 'claim';
  agreement: string;
  proofOfOrigin: string;
};

const EMPTY: Fields = {
  hsCode: '',
  originCountry: '',
  quantity: '',
  netMassKg: '',
  price: '',
  preference: 'as-declared',
  agreement: '',
  proofOfOrigin: '',
};

/** The correction the filled fields say; an empty field is as declared. */
function correctionOf(sequence: number, fields: Fields): unknown {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const correction = {
    sequence,
    hsCode: text(fields.hsCode),
    originCountry: text(fields.originCountry)?.toUpperCase(),
    quantity: text(fields.quantity),
    netMassKg: text(fields.netMassKg),
    price: text(fields.price),
    preference:
      fields.preference === 'as-declared'
        ? undefined
        : fields.preference === 'withdraw'
          ? null
          : { agreement: fields.agreement.trim(), proofOfOrigin: text(fields.proofOfOrigin) ?? null },
  };
  // A field left empty is as declared: not named in the correction at all.
  return Object.fromEntries(Object.entries(correction).filter(([, value]) => value !== undefined));
}

/**
 * What-if: the officer corrects one item (HS code, value, quantity, mass, origin, preference) and
 * the panel shows the new assessment and the difference. Nothing here edits the declaration: the
 * correction is kept with the page and travels only inside a `reassess` decision.
 */
export function ReassessForm({
  declaration,
  onCorrect,
}: {
  declaration: Declaration;
  onCorrect: (correction: ItemCorrection) => void;
}) {
  const { t } = useTranslation();
  const [sequence, setSequence] = useState(declaration.items[0]?.sequence ?? 1);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const item = declaration.items.find((candidate) => candidate.sequence === sequence);
  const set = (name: keyof Fields) => (value: string) => setFields((now) => ({ ...now, [name]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ItemCorrection.safeParse(correctionOf(sequence, fields));
    if (!parsed.success) {
      setError(
        parsed.error.issues
          .map(
            (issue) =>
              `${t(`assessment.reassess.fields.${String(issue.path[0] ?? 'sequence')}`, { defaultValue: String(issue.path.join('.')) })}: ${issue.message}`,
          )
          .join('; '),
      );
      return;
    }
    const { sequence: _sequence, ...changed } = parsed.data;
    if (Object.values(changed).every((value) => value === undefined)) {
      setError(t('assessment.reassess.nothing'));
      return;
    }
    setError(null);
    onCorrect(parsed.data);
    setFields(EMPTY);
  }

  const input = (name: 'originCountry' | 'quantity' | 'netMassKg' | 'price', placeholder: string) => (
    <label>
      {t(`assessment.reassess.fields.${name}`)}
      <input
        name={name}
        value={fields[name]}
        placeholder={placeholder}
        onChange={(event) => set(name)(event.target.value)}
      />
    </label>
  );

  return (
    <form className="reassess-form" onSubmit={submit} aria-label={t('assessment.reassess.title')}>
      <label>
        {t('assessment.reassess.item')}
        <select name="item" value={sequence} onChange={(event) => setSequence(Number(event.target.value))}>
          {declaration.items.map((candidate) => (
            <option key={candidate.sequence} value={candidate.sequence}>
              {`${candidate.sequence} · ${candidate.hsCode} · ${candidate.description.slice(0, 40)}`}
            </option>
          ))}
        </select>
      </label>
      <HsCodeField
        jurisdiction={declaration.jurisdiction}
        value={fields.hsCode}
        placeholder={item?.hsCode ?? ''}
        onChange={set('hsCode')}
      />
      {input('price', item?.price ?? '')}
      {input('quantity', item?.quantity ?? '')}
      {input('netMassKg', item?.netMassKg ?? '')}
      {input('originCountry', item?.originCountry ?? '')}
      <label>
        {t('assessment.reassess.fields.preference')}
        <select
          name="preference"
          value={fields.preference}
          onChange={(event) => set('preference')(event.target.value)}
        >
          <option value="as-declared">
            {item?.preference
              ? t('assessment.reassess.preferenceAsDeclared', { agreement: item.preference.agreement })
              : t('assessment.reassess.preferenceNoneDeclared')}
          </option>
          <option value="withdraw">{t('assessment.reassess.preferenceWithdraw')}</option>
          <option value="claim">{t('assessment.reassess.preferenceClaim')}</option>
        </select>
      </label>
      {fields.preference === 'claim' && (
        <>
          <label>
            {t('assessment.reassess.fields.agreement')}
            <input
              name="agreement"
              value={fields.agreement}
              onChange={(event) => set('agreement')(event.target.value)}
            />
          </label>
          <label>
            {t('assessment.reassess.fields.proofOfOrigin')}
            <input
              name="proofOfOrigin"
              value={fields.proofOfOrigin}
              onChange={(event) => set('proofOfOrigin')(event.target.value)}
            />
          </label>
        </>
      )}
      <button type="submit">{t('assessment.reassess.apply')}</button>
      {error !== null && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </form>
  );
}
