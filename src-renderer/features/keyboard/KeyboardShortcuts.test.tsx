import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { openTestCacheDb } from '../../test-utils/db';
import { renderScreen } from '../../test-utils/render';
import type { Language } from '../../i18n';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { ShortcutsButton } from './ShortcutsButton';

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

/** A shell with the keyboard, a worklist search field and a text area to type in. */
function render({ route = '/', language = 'en' as Language } = {}) {
  const scans: string[] = [];
  const view = renderScreen(
    <KeyboardShortcuts onScan={(number) => scans.push(number)}>
      <ShortcutsButton />
      <Where />
      <Routes>
        <Route path="/" element={<input type="search" aria-label="Quick search" data-shortcut="search" />} />
        <Route path="*" element={<textarea aria-label="Note" />} />
      </Routes>
    </KeyboardShortcuts>,
    { db: openTestCacheDb(), route, language },
  );
  return { ...view, scans };
}

const where = () => screen.getByTestId('where').textContent;
const press = (key: string, target: Element | Window = window, init: KeyboardEventInit = {}) =>
  act(() => {
    fireEvent.keyDown(target, { key, ...init });
  });

describe('the keyboard shortcuts', () => {
  it('focuses the worklist search on /', async () => {
    render();
    await press('/', document.body);
    expect(document.activeElement).toBe(screen.getByLabelText('Quick search'));
  });

  it('goes to the worklist and then focuses its search on / from another screen', async () => {
    render({ route: '/tariff' });
    await press('/', document.body);
    expect(where()).toBe('/');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Quick search')));
  });

  it('goes to the main screens on g then a letter', async () => {
    render();
    await press('g', document.body);
    await press('t', document.body);
    expect(where()).toBe('/tariff');
    await press('g', document.body);
    await press('a', document.body);
    expect(where()).toBe('/attention');
    await press('g', document.body);
    await press('w', document.body);
    expect(where()).toBe('/');
  });

  it('acts on no single-key shortcut while the officer types in a field', async () => {
    render({ route: '/declarations/D-1' });
    const note = screen.getByLabelText('Note');
    note.focus();
    await press('g', note);
    await press('w', note);
    await press('?', note);
    expect([where(), screen.queryByRole('dialog')]).toEqual(['/declarations/D-1', null]);
  });

  it('leaves the field on the first Esc and goes back to the worklist on the second', async () => {
    render({ route: '/declarations/D-1' });
    const note = screen.getByLabelText('Note');
    note.focus();
    await press('Escape', note);
    expect([document.activeElement === note, where()]).toEqual([false, '/declarations/D-1']);
    await press('Escape', document.body);
    expect(where()).toBe('/');
  });

  it('lists every shortcut in a modal dialog on ?, and gives focus back when it closes', async () => {
    render();
    const button = screen.getByRole('button', { name: /Shortcuts/ });
    button.focus();
    await press('?', button);
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.hasAttribute('open')).toBe(true);
    const rows = [...dialog.querySelectorAll('tr[data-shortcut-id]')].map((row) => row.textContent);
    expect(rows).toContain('/Search the worklist');
    expect(rows).toContain('g then wGo to the worklist');
    expect(rows).toContain('Ctrl+K or F2Open a declaration by its number');
    expect(rows).toContain('↓ or jWorklist: next declaration');
    // Keys meant for the page behind do nothing while the dialog is open.
    await press('g', dialog);
    await press('t', dialog);
    expect(where()).toBe('/');
    await act(() => (dialog as HTMLDialogElement).close());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('lists the shortcuts in Korean for a Korean officer', async () => {
    render({ language: 'ko' });
    await press('?', document.body);
    const dialog = await screen.findByRole('dialog', { name: '단축키' });
    expect(dialog.textContent).toContain('심사 목록 검색');
    expect(dialog.textContent).toContain('g 다음 w');
  });

  it('hands a number typed in a burst and ended by Enter to the scanner, not to the page', async () => {
    const { scans } = render();
    let enterReachedPage = false;
    document.body.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') enterReachedPage = true;
    });
    for (const key of '12345-26-0000001') await press(key, document.body);
    await press('Enter', document.body);
    expect([scans, enterReachedPage]).toEqual([['12345-26-0000001'], false]);
  });

  it('leaves a number typed into a field to that field', async () => {
    const { scans } = render();
    const search = screen.getByLabelText('Quick search');
    search.focus();
    for (const key of '12345-26-0000001') await press(key, search);
    await press('Enter', search);
    expect(scans).toEqual([]);
  });
});
