import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DeviceId } from '@shared/domain';
import { createSyncEngine, seededRandom } from '@shared/sync';
import { ok } from '@shared/util/result';
import { ServicesContext, SyncRuntimeContext, useServices } from '../../app/services';
import { DexieSyncStore, openCacheDb, openOutboxDb } from '../../db';
import type { ReferenceDb } from '../../reference/reference-db';
import { useAuthStore } from '../../state';
import type { DecisionForm, SyncRuntime } from '../../sync';
import { createDecisions } from '../../sync/decisions';
import { makeDeclaration, makeSession } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { offlineTransport } from '../../test-utils/sync';
import { DeclarationDetailPage } from '../declarations';
import { createAssessmentCore } from './assess-core';
import { AssessmentContext } from './assessor';
import { CODES, RATES, referenceDbWith, TARIFF } from './test-packs';

const session = makeSession();
/** The declaration page with the assessment computed in process by the worker's own core. */
async function open(
  referenceDb: ReferenceDb,
  declaration = makeDeclaration({ id: 'D-1' }),
  language: 'en' | 'ko' = 'en',
) {
  const suffix = crypto.randomUUID();
  const outbox = openOutboxDb(`test-outbox-${suffix}`);
  const db = openCacheDb(`test-cache-${suffix}`);
  await db.declarations.add(declaration);
  const engine = createSyncEngine({
    store: new DexieSyncStore(outbox, db, 'KR-ICN'),
    transport: offlineTransport,
    clock: { now: () => Date.UTC(2025, 2, 14, 9) },
    random: seededRandom(1),
    deviceId: DeviceId.parse('device-test-0001'),
    officerId: session.officer.id,
  });
  const decisions = createDecisions(
    engine,
    {
      appendDecision: async () => ok({ appended: false }),
      readJournal: async () => ok({ commands: [], problems: [] }),
    },
    () => {},
  );
  // What the Decide form hands to the outbox, as the officer submitted it.
  const submitted: DecisionForm[] = [];
  const runtime: SyncRuntime = {
    decisions: {
      ...decisions,
      decide: (declarationId, officerId, form) => {
        submitted.push(form);
        return decisions.decide(declarationId, officerId, form);
      },
    },
    poke: () => {},
    stop: () => {},
  };
  const assess = createAssessmentCore(referenceDb);
  function Page() {
    const services = useServices();
    return (
      <ServicesContext.Provider value={{ ...services, outbox }}>
        <SyncRuntimeContext.Provider value={runtime}>
          <AssessmentContext.Provider value={{ assessor: { assess }, referenceDb }}>
            <Routes>
              <Route path="/declarations/:id" element={<DeclarationDetailPage />} />
            </Routes>
          </AssessmentContext.Provider>
        </SyncRuntimeContext.Provider>
      </ServicesContext.Provider>
    );
  }
  useAuthStore.getState().signIn(session);
  renderScreen(<Page />, { db, route: `/declarations/${declaration.id}`, language });
  return { outbox, submitted };
}

/** Fills the form's fields by their labels (a text field or a select alike). */
const fill = (form: HTMLElement, values: Record<string, string>) =>
  Object.entries(values).forEach(([label, value]) =>
    fireEvent.change(within(form).getByLabelText(label), { target: { value } }),
  );

const totals = (panel: HTMLElement) =>
  within(panel)
    .getAllByTestId('assessment-total')
    .map((row) => [row.dataset['kind'], row.dataset['amount']]);

describe('the assessment panel', () => {
  it('shows each tax and the payable amount, the FTA rate chosen over the basic rate, the banners and the versions', async () => {
    await open(await referenceDbWith([TARIFF, RATES, CODES]));
    const [panel] = await screen.findAllByTestId('assessment-panel');
    if (!panel) throw new Error('no panel');
    await within(panel).findByTestId('assessment-payable');
    fireEvent.click(within(panel).getByText(/Item 1: 0306171000/));
    const options = await within(panel).findByTestId('duty-options');
    expect({
      totals: totals(panel),
      payable: within(panel).getByTestId('assessment-payable').textContent,
      banners: within(panel)
        .getAllByTestId('assessment-banner')
        .map((b) => b.textContent),
      options: within(options)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
      versions: within(panel).getByTestId('assessment-versions').textContent,
    }).toEqual({
      totals: [
        ['customs-duty', '0'],
        ['vat', '1562500'],
      ],
      payable: 'Payable1,562,500 KRW',
      banners: ['Exchange rates: demo rates, not KCS rates (KRW demo 2025-03) — NOT OFFICIAL'],
      options: [
        'Third-country / basic A20%3,125,000 KRWnot applied — basic rate (A)',
        'Preference FVN10%0 KRWapplied — FVN1 with proof C/O VK 2025-001 lower than A, applied (FTA Special Act art. 5(1))',
      ],
      versions:
        'TariffKCS test tariff (version 3)Exchange ratesdemo rates, not KCS rates (version 3)National taxesnone published',
    });
  });

  it('says there is no reference data on this device yet while the first download runs', async () => {
    await open(await referenceDbWith([]));
    expect((await screen.findByTestId('assessment-no-reference')).textContent).toContain(
      'No reference data on this device yet (tariff, exchange rates)',
    );
  });

  it('flags a declaration accepted after the cached rate table and does not assess it', async () => {
    await open(
      await referenceDbWith([TARIFF, RATES]),
      makeDeclaration({ id: 'D-1', acceptanceDate: '2025-04-02' }),
    );
    expect((await screen.findByTestId('assessment-not-covered')).textContent).toBe(
      'Not assessed: the acceptance date 2 Apr 2025 is after the cached exchange-rate table (demo rates, not KCS rates, 1 Mar 2025 to 31 Mar 2025). A newer rates pack is needed.',
    );
    expect(screen.queryByTestId('assessment-payable')).toBeNull();
  });

  it('shows the payment state beside the assessment, in Korean', async () => {
    const declaration = makeDeclaration({
      id: 'D-1',
      payment: {
        status: 'deferred',
        amount: '1562500',
        currency: 'KRW',
        guaranteeReference: 'G-2025-0001',
        guaranteeKind: 'comprehensive',
        dueDate: '2025-04-15',
      },
    });
    await open(await referenceDbWith([TARIFF, RATES]), declaration, 'ko');
    const [status] = await screen.findAllByTestId('payment-status');
    expect(status?.textContent).toBe(
      '사후납부 (담보 제공) 1,562,500 KRW, 포괄담보 G-2025-0001, 납부기한 2025. 4. 15.',
    );
  });
});

describe('reassessment', () => {
  it('withdraws the preference, shows the additional duty per tax, and a reassess decision carries the corrected assessment', async () => {
    const { outbox, submitted } = await open(await referenceDbWith([TARIFF, RATES, CODES]));
    await screen.findByTestId('assessment-payable');
    const form = screen.getByRole('form', { name: 'Reassess (what-if)' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Preference' }), {
      target: { value: 'withdraw' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Compute with this correction' }));
    const difference = await screen.findByTestId('assessment-difference');
    expect(
      within(difference)
        .getAllByTestId('difference-row')
        .map((row) => [row.dataset['kind'], row.dataset['change']])
        .concat([['payable', within(difference).getByTestId('difference-payable').dataset['change']]]),
    ).toEqual([
      ['customs-duty', '3125000'],
      ['vat', '312500'],
      ['payable', '3437500'],
    ]);
    expect(within(difference).getByTestId('difference-payable').textContent).toContain(
      'additional 3,437,500 KRW',
    );

    fireEvent.change(screen.getByRole('combobox', { name: 'Decision' }), { target: { value: 'reassess' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Reason code' }), {
      target: { value: 'PREFERENCE_DENIED' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm and save' }));
    await screen.findByText(/Decision saved on this device/);
    const [saved] = await outbox.decisions.toArray();
    expect({ saved: saved?.entry?.command.kind, submitted }).toEqual({
      saved: 'reassess',
      submitted: [
        {
          kind: 'reassess',
          reasonCode: 'PREFERENCE_DENIED',
          note: '',
          assessment: {
            versions: { tariff: 3, rates: 3, taxes: null },
            tariffLabel: 'KCS test tariff',
            ratesLabel: 'demo rates, not KCS rates',
            corrections: [{ sequence: 1, preference: null }],
            figures: {
              currency: 'KRW',
              payable: '5000000',
              byKind: [
                { kind: 'customs-duty', code: '관세', amount: '3125000' },
                { kind: 'vat', code: '부가가치세', amount: '1875000' },
              ],
              items: [
                {
                  sequence: 1,
                  taxes: [
                    { kind: 'customs-duty', code: '관세', amount: '3125000' },
                    { kind: 'vat', code: '부가가치세', amount: '1875000' },
                  ],
                },
              ],
              complete: true,
            },
          },
        },
      ],
    });
  });

  it('lists a liquor or vehicle correction with the form labels and values in Korean', async () => {
    await open(await referenceDbWith([TARIFF, RATES]), makeDeclaration({ id: 'D-1' }), 'ko');
    await screen.findByTestId('assessment-payable');
    const form = screen.getByRole('form', { name: '재심사 (가정 계산)' });
    const apply = () => fireEvent.click(within(form).getByRole('button', { name: '이 정정으로 계산' }));
    const listed = () => within(screen.getByTestId('corrections')).getByText(/^란 1:/).textContent;
    fill(form, { 'HS 부호': '2208300000' });
    apply();
    expect(listed()).toBe('란 1: HS 부호 2208300000');
    // The form goes on from the correction applied: the reclassified item is asked its liquor.
    fill(form, { '주류 종류': 'whisky', '알코올 도수 (% vol)': '40' });
    apply();
    expect(listed()).toBe('란 1: HS 부호 2208300000, 주류 종류 위스키, 알코올 도수 (% vol) 40');

    // Corrected again as a vehicle: the correction is replaced, and the liquor fields, no longer
    // asked for, are not part of it.
    fill(form, { 'HS 부호': '8703239010', '배기량 (cc)': '2500', 전기자동차: 'no' });
    apply();
    expect(listed()).toBe('란 1: HS 부호 8703239010, 배기량 (cc) 2,500, 전기자동차 아니요');
    // Removed: the item is as declared again, and so is the form.
    fireEvent.click(within(screen.getByTestId('corrections')).getByRole('button', { name: '삭제' }));
    expect(within(form).getByRole('textbox', { name: 'HS 부호' })).toHaveProperty('value', '');
    expect(within(form).queryByRole('textbox', { name: '배기량 (cc)' })).toBeNull();
  });

  it('refuses a malformed HS code with the field named, and computes nothing', async () => {
    await open(await referenceDbWith([TARIFF, RATES]));
    await screen.findByTestId('assessment-payable');
    const form = screen.getByRole('form', { name: 'Reassess (what-if)' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'HS code' }), { target: { value: '03061' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Compute with this correction' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'HS code: an HS code is 6, 8 or 10 digits',
    );
    await waitFor(() => expect(screen.queryByTestId('assessment-difference')).toBeNull());
  });
});
