import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiquorCategory, type Declaration } from '@shared/domain';
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
  engineCapacityCc: string;
  electricVehicle: 'as-declared' | 'yes' | 'no';
  /** '' is as declared. */
  liquorCategory: LiquorCategory | '';
  alcoholStrengthPercent: string;
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
  engineCapacityCc: '',
  electricVehicle: 'as-declared',
  liquorCategory: '',
  alcoholStrengthPercent: '',
};

type TextField =
  'originCountry' | 'quantity' | 'netMassKg' | 'price' | 'engineCapacityCc' | 'alcoholStrengthPercent';

/** Which of the attributes Korea's internal taxes turn on the form asks for: vehicles (87), liquor (22). */
type Shown = { vehicle: boolean; liquor: boolean };

function shownFor(hsCodes: string[]): Shown {
  return {
    vehicle: hsCodes.some((code) => code.startsWith('87')),
    liquor: hsCodes.some((code) => code.startsWith('22')),
  };
}

/** The correction the filled fields say; an empty field is as declared, a hidden one is not asked. */
function correctionOf(sequence: number, fields: Fields, shown: Shown): unknown {
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
    ...(shown.vehicle && {
      engineCapacityCc: text(fields.engineCapacityCc),
      electricVehicle:
        fields.electricVehicle === 'as-declared' ? undefined : fields.electricVehicle === 'yes',
    }),
    ...(shown.liquor && {
      liquorCategory: fields.liquorCategory === '' ? undefined : fields.liquorCategory,
      alcoholStrengthPercent: text(fields.alcoholStrengthPercent),
    }),
  };
  // A field left empty is as declared: not named in the correction at all.
  return Object.fromEntries(Object.entries(correction).filter(([, value]) => value !== undefined));
}

/** The fields that say a correction already applied, to go on from it; none is all as declared. */
function fieldsOf(correction: ItemCorrection | undefined): Fields {
  if (correction === undefined) return EMPTY;
  const { preference, electricVehicle } = correction;
  return {
    hsCode: correction.hsCode ?? '',
    originCountry: correction.originCountry ?? '',
    quantity: correction.quantity ?? '',
    netMassKg: correction.netMassKg ?? '',
    price: correction.price ?? '',
    preference: preference === undefined ? 'as-declared' : preference === null ? 'withdraw' : 'claim',
    agreement: preference?.agreement ?? '',
    proofOfOrigin: preference?.proofOfOrigin ?? '',
    engineCapacityCc: correction.engineCapacityCc ?? '',
    electricVehicle: electricVehicle === undefined ? 'as-declared' : electricVehicle ? 'yes' : 'no',
    liquorCategory: correction.liquorCategory ?? '',
    alcoholStrengthPercent: correction.alcoholStrengthPercent ?? '',
  };
}

/**
 * What-if: the officer corrects one item (HS code, value, quantity, mass, origin, preference, and for
 * a vehicle or liquor what Korea's internal taxes turn on) and the panel shows the new assessment and the difference. Nothing here edits the declaration: the
 * correction is kept with the page and travels only inside a `reassess` decision.
 *
 * The fields show the selected item's correction already applied, so the officer goes on from it
 * (an item reclassified as whisky is then given its liquor category); applying replaces it.
 */
export function ReassessForm({
  declaration,
  applied = [],
  onCorrect,
}: {
  declaration: Declaration;
  /** The corrections applied so far, one per item at most. */
  applied?: ItemCorrection[];
  onCorrect: (correction: ItemCorrection) => void;
}) {
  const { t } = useTranslation();
  const [sequence, setSequence] = useState(declaration.items[0]?.sequence ?? 1);
  const current = applied.find((correction) => correction.sequence === sequence);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(current));
  // Another item chosen, or its correction applied or removed: the fields show that correction.
  const [shownCorrection, setShownCorrection] = useState({ sequence, current });
  if (shownCorrection.sequence !== sequence || shownCorrection.current !== current) {
    setShownCorrection({ sequence, current });
    setFields(fieldsOf(current));
  }
  const [error, setError] = useState<string | null>(null);
  const item = declaration.items.find((candidate) => candidate.sequence === sequence);
  const set = (name: keyof Fields) => (value: string) => setFields((now) => ({ ...now, [name]: value }));
  const shown = shownFor([item?.hsCode ?? '', fields.hsCode.trim()]);
  const asDeclared = (value: string | undefined) =>
    value === undefined
      ? t('assessment.reassess.noneDeclared')
      : t('assessment.reassess.asDeclared', { value });
  const yesNo = (value: boolean) => t(value ? 'assessment.reassess.yes' : 'assessment.reassess.no');

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ItemCorrection.safeParse(correctionOf(sequence, fields, shown));
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
  }

  const input = (name: TextField, placeholder: string) => (
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

  /** A select of the form: the options as [value, what the officer reads], the first as declared. */
  const choice = (
    name: 'electricVehicle' | 'liquorCategory' | 'preference',
    options: ReadonlyArray<readonly [string, string]>,
  ) => (
    <label>
      {t(`assessment.reassess.fields.${name}`)}
      <select name={name} value={fields[name]} onChange={(event) => set(name)(event.target.value)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
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
      {shown.vehicle && (
        <>
          {input('engineCapacityCc', item?.engineCapacityCc ?? '')}
          {choice('electricVehicle', [
            [
              'as-declared',
              asDeclared(item?.electricVehicle === undefined ? undefined : yesNo(item.electricVehicle)),
            ],
            ['yes', yesNo(true)],
            ['no', yesNo(false)],
          ])}
        </>
      )}
      {shown.liquor && (
        <>
          {choice('liquorCategory', [
            ['', asDeclared(item?.liquorCategory && t(`liquorCategory.${item.liquorCategory}`))],
            ...LiquorCategory.options.map((category) => [category, t(`liquorCategory.${category}`)] as const),
          ])}
          {input('alcoholStrengthPercent', item?.alcoholStrengthPercent ?? '')}
        </>
      )}
      {choice('preference', [
        [
          'as-declared',
          item?.preference
            ? t('assessment.reassess.preferenceAsDeclared', { agreement: item.preference.agreement })
            : t('assessment.reassess.preferenceNoneDeclared'),
        ],
        ['withdraw', t('assessment.reassess.preferenceWithdraw')],
        ['claim', t('assessment.reassess.preferenceClaim')],
      ])}
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
