import { fireEvent, screen } from '@testing-library/react';
import { Link, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../state';
import { openTestCacheDb } from '../../test-utils/db';
import { makeDeclaration, makePost } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import type { Language } from '../../i18n';
import { OpenByNumberField } from './OpenByNumberField';
import { QuickOpenProvider } from './QuickOpen';

function Opened() {
  return <h1>Opened {useParams().id}</h1>;
}

async function render(language: Language = 'en') {
  const db = openTestCacheDb();
  await db.declarations.bulkPut([
    makeDeclaration({ id: 'D-7', reference: '12345-26-0000007' }),
    makeDeclaration({ id: 'D-8', reference: '26GBDEMO00000008J1' }),
  ]);
  useSessionStore.getState().setPosts([makePost()], 'cache');
  useSessionStore.getState().selectPost('KR-ICN');
  renderScreen(
    <QuickOpenProvider>
      <OpenByNumberField />
      <Link to="/tariff">Tariff</Link>
      <Routes>
        <Route path="/" element={<p>Worklist</p>} />
        <Route path="/declarations/:id" element={<Opened />} />
      </Routes>
    </QuickOpenProvider>,
    { db, language },
  );
}

function submit(typed: string, label = 'Open by declaration number') {
  const field = screen.getByRole('searchbox', { name: label });
  fireEvent.change(field, { target: { value: typed } });
  fireEvent.submit(field);
  return field;
}

describe('opening a declaration by its number', () => {
  it('opens the declaration typed without its dashes', async () => {
    await render();
    const field = submit(' 12345 26 0000007 ');
    expect(await screen.findByRole('heading', { name: 'Opened D-7' })).toBeTruthy();
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('opens a UK MRN typed in lower case', async () => {
    await render();
    submit('26gbdemo00000008j1');
    expect(await screen.findByRole('heading', { name: 'Opened D-8' })).toBeTruthy();
  });

  it('names a number it cannot find and keeps it in the field', async () => {
    await render();
    const field = submit('12345-26-0000099');
    const message = 'No declaration numbered 12345-26-0000099 is in the local copy of this post.';
    expect((await screen.findByText(message)).getAttribute('role')).toBe('status');
    expect([(field as HTMLInputElement).value, field.getAttribute('aria-invalid')]).toEqual([
      '12345-26-0000099',
      'true',
    ]);
    expect(screen.getByText('Worklist')).toBeTruthy();
  });

  it('drops the message when the officer moves to another screen, and keeps the number', async () => {
    await render();
    const field = submit('12345-26-0000099');
    await screen.findByText(/No declaration numbered/);
    fireEvent.click(screen.getByRole('link', { name: 'Tariff' }));
    expect([screen.queryByText(/No declaration numbered/), (field as HTMLInputElement).value]).toEqual([
      null,
      '12345-26-0000099',
    ]);
  });

  it('says so in Korean', async () => {
    await render('ko');
    submit('99999', '신고번호로 열기');
    expect(await screen.findByText('신고번호 99999인 신고가 이 세관의 로컬 사본에 없습니다.')).toBeTruthy();
  });
});
