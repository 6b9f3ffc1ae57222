import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemCorrection } from '@shared/domain/assessment-claim';
import { openTestCacheDb } from '../../test-utils/db';
import { makeDeclaration } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { ReassessForm } from './ReassessForm';

const shrimp = makeDeclaration().items[0];
if (!shrimp) throw new Error('the fixture declares one item');

/** The form for a declaration of items like the fixture's, with the given HS codes and attributes. */
function renderForm(items: Record<string, unknown>[], language: 'en' | 'ko' = 'en') {
  const declaration = makeDeclaration({ items: items.map((item) => ({ ...shrimp, ...item })) });
  const corrections: ItemCorrection[] = [];
  renderScreen(<ReassessForm declaration={declaration} onCorrect={(c) => corrections.push(c)} />, {
    db: openTestCacheDb(),
    language,
  });
  const form = screen.getByRole('form', {
    name: language === 'en' ? 'Reassess (what-if)' : '재심사 (가정 계산)',
  });
  const apply = () => fireEvent.click(within(form).getByRole('button', { name: /Compute|계산/ }));
  return { form, corrections, apply };
}

/** Fills the form's fields by their labels (a text field or a select alike). */
const fill = (form: HTMLElement, values: Record<string, string>) =>
  Object.entries(values).forEach(([label, value]) =>
    fireEvent.change(within(form).getByLabelText(label), { target: { value } }),
  );

const ATTRIBUTES = ['engineCapacityCc', 'electricVehicle', 'liquorCategory', 'alcoholStrengthPercent'];

/** The names of the fields the form asks for. */
const names = (form: HTMLElement) =>
  within(form)
    .getAllByRole('textbox')
    .concat(within(form).getAllByRole('combobox'))
    .map((field) => field.getAttribute('name'));

describe('the reassess form', () => {
  it('asks for engine capacity and electric drive for a vehicle (8703), not for fish (0303)', () => {
    const { form } = renderForm([
      { hsCode: '8703239010', description: 'Passenger car', engineCapacityCc: '1998' },
      { hsCode: '0303890000', description: 'Frozen fish', sequence: 2 },
    ]);
    expect(
      within(form).getByRole('textbox', { name: 'Engine capacity (cc)' }).getAttribute('placeholder'),
    ).toBe('1998');
    const electric = within(form).getByRole('combobox', { name: 'Electric vehicle' });
    expect(
      within(electric)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['As declared (none)', 'Yes', 'No']);
    expect(names(form)).not.toContain('liquorCategory');

    fill(form, { Item: '2' });
    expect(names(form).filter((name) => ATTRIBUTES.includes(name ?? ''))).toEqual([]);
  });

  it('asks for the vehicle fields once the corrected HS code typed is a vehicle, and corrects them', () => {
    const { form, corrections, apply } = renderForm([{ hsCode: '0303890000', description: 'Frozen fish' }]);
    fill(form, { 'HS code': '8703.23', 'Engine capacity (cc)': '2500', 'Electric vehicle': 'no' });
    apply();
    expect(corrections).toEqual([
      { sequence: 1, hsCode: '870323', engineCapacityCc: '2500', electricVehicle: false },
    ]);
  });

  it('corrects the liquor category and strength of a 2208 item, leaving the rest as declared', () => {
    const { form, corrections, apply } = renderForm([
      {
        hsCode: '2208300000',
        description: 'Whisky',
        liquorCategory: 'fruit-wine',
        alcoholStrengthPercent: '12',
      },
    ]);
    expect(within(form).queryByRole('textbox', { name: 'Engine capacity (cc)' })).toBeNull();
    const category = within(form).getByRole('combobox', { name: 'Liquor category' });
    expect(
      within(category)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'As declared (Fruit wine)',
      'Spirit alcohol (ethanol)',
      'Takju',
      'Yakju',
      'Cheongju',
      'Beer',
      'Fruit wine',
      'Soju',
      'Whisky',
      'Brandy',
      'General distilled spirits',
      'Liqueur',
      'Other liquor',
    ]);
    fill(form, { 'Liquor category': 'whisky', 'Alcoholic strength (% vol)': '40' });
    apply();
    expect(corrections).toEqual([{ sequence: 1, liquorCategory: 'whisky', alcoholStrengthPercent: '40' }]);
  });

  it('names the strength field in Korean when it is malformed, and corrects nothing', async () => {
    const { form, corrections, apply } = renderForm([{ hsCode: '2208300000', description: 'Whisky' }], 'ko');
    expect(
      within(within(form).getByRole('combobox', { name: '주류 종류' }))
        .getAllByRole('option')
        .map((option) => option.textContent)
        .slice(0, 3),
    ).toEqual(['신고대로 (없음)', '주정', '탁주']);
    fill(form, { '알코올 도수 (% vol)': '40%' });
    apply();
    expect((await within(form).findByRole('alert')).textContent).toBe(
      '알코올 도수 (% vol): an amount is a decimal string such as 1234.50',
    );
    expect(corrections).toEqual([]);
  });
});
