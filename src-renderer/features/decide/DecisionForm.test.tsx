import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Officer, OfficerId } from '@shared/domain';
import { openCacheDb } from '../../db';
import type { DecisionForm as Form } from '../../sync';
import { makeDeclaration } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { DecisionForm } from './DecisionForm';

const kim = Officer.parse({
  id: 'kr-icn-officer',
  postId: 'KR-ICN',
  username: 'kim.officer',
  displayName: 'Kim Officer',
  role: 'officer',
  demo: true,
});
const park = Officer.parse({
  ...kim,
  id: 'kr-icn-supervisor',
  username: 'park.supervisor',
  displayName: 'Park',
  role: 'supervisor',
});
const declaration = makeDeclaration({ id: 'D-7' });

function renderForm(officer: Officer, language: 'en' | 'ko' = 'en') {
  const saved: Form[] = [];
  renderScreen(
    <DecisionForm
      actor={{ role: officer.role, officerId: OfficerId.parse(officer.id) }}
      officers={[kim, park]}
      target={declaration}
      onSave={async (form) => {
        saved.push(form);
        return null;
      }}
    />,
    { db: openCacheDb(`test-cache-${crypto.randomUUID()}`), language },
  );
  return saved;
}

const kinds = () =>
  [...screen.getByRole('combobox', { name: 'Decision' }).querySelectorAll('option')].map(
    (option) => option.value,
  );
const choose = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

describe('the Decide form', () => {
  it('offers an inspector only what the role matrix lets inspectors start', () => {
    renderForm({ ...kim, role: 'inspector' });
    expect(kinds()).toEqual(['release', 'hold', 'inspect', 'refer', 'assign', 'check-documents']);
  });

  it('says what will happen before saving, goes back on Esc with nothing saved, and saves on Confirm', async () => {
    const saved = renderForm(kim);
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the decision' });
    expect(screen.getByTestId('decide-confirm-text').textContent).toBe(
      `Release ${declaration.reference}: the goods may leave; saved on this device, sent to the centre when online.`,
    );
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect({ dialog: screen.queryByRole('dialog'), saved }).toEqual({ dialog: null, saved: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm and save' }));
    expect(await screen.findByText(/Decision saved on this device/)).toBeTruthy();
    expect(saved.map((form) => form.kind)).toEqual(['release']);
    expect(screen.getByTestId('decide-undo-explained').textContent).toBe(
      'A Release is final and cannot be undone.',
    );
  });

  it('lets an officer take a declaration for themselves, and offers handing it back as the undo', async () => {
    const saved = renderForm(kim);
    choose('Decision', 'assign');
    expect(
      [...screen.getByRole('combobox', { name: 'Assign to' }).querySelectorAll('option')].map((o) => o.value),
    ).toEqual(['', kim.id]);
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect((await screen.findByTestId('decide-confirm-text')).textContent).toBe(
      `Assign ${declaration.reference} to Kim Officer; saved on this device, sent to the centre when online.`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect({
      saved: saved.map(({ kind, assignee }) => ({ kind, assignee })),
      kind: (screen.getByRole('combobox', { name: 'Decision' }) as HTMLSelectElement).value,
      assignee: (screen.getByRole('combobox', { name: 'Assign to' }) as HTMLSelectElement).value,
    }).toEqual({ saved: [{ kind: 'assign', assignee: kim.id }], kind: 'assign', assignee: '' });
  });

  it('lets a supervisor re-route with a reason, naming both lanes, in Korean too', async () => {
    const saved = renderForm(park, 'ko');
    choose('처분 종류', 'reroute');
    choose('사유 코드', 'RISK_REASSESSED');
    choose('변경할 검사구분', 'RED');
    fireEvent.click(screen.getByRole('button', { name: '처분 저장' }));
    expect((await screen.findByTestId('decide-confirm-text')).textContent).toMatch(
      new RegExp(`^${declaration.reference} 검사구분 변경: .+ → .+; 이 단말에 저장되고`),
    );
    fireEvent.click(screen.getByRole('button', { name: '확인하고 저장' }));
    await screen.findByRole('button', { name: '되돌리기' });
    expect(saved.map(({ kind, lane, reasonCode }) => ({ kind, lane, reasonCode }))).toEqual([
      { kind: 'reroute', lane: 'RED', reasonCode: 'RISK_REASSESSED' },
    ]);
  });

  it('asks for the fields of a correction request before confirming it', async () => {
    const saved = renderForm(kim);
    choose('Decision', 'request-correction');
    choose('Reason code', 'VALUE_QUERY');
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose at least one field to correct.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Customs value or price' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Country of origin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect((await screen.findByTestId('decide-confirm-text')).textContent).toContain(
      '(Customs value or price, Country of origin): the goods are held until it is corrected',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and save' }));
    await screen.findByText(/Decision saved on this device/);
    expect(saved.map((form) => form.correctionFields)).toEqual([['value', 'origin']]);
  });
});
