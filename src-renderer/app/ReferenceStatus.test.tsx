import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../i18n';
import { useReferenceStore, useSessionStore } from '../state';
import { createTestI18n } from '../test-utils/i18n';
import { ReferenceStatus } from './ReferenceStatus';

const now = () => Date.parse('2026-10-04T10:00:00Z');

function show(language: Language) {
  useSessionStore.getState().setLanguage(language);
  render(
    <I18nextProvider i18n={createTestI18n(language)}>
      <ReferenceStatus now={now} />
    </I18nextProvider>,
  );
  return screen.getByTestId('reference-status').textContent;
}

describe('the reference data on the status bar', () => {
  beforeEach(() => {
    const store = useReferenceStore.getState();
    store.follow('uk');
    store.inUse('tariff', {
      version: 3,
      label: 'UK Global Tariff 2021-01-01 (published 2020-12-02)',
      publishedAt: '2026-10-01T08:00:00.000Z',
      demo: false,
      covers: null,
    });
    store.inUse('rates', {
      version: 7,
      label: 'HMRC monthly rates to 2026-09',
      publishedAt: '2026-10-01T08:00:00.000Z',
      demo: false,
      covers: { from: '2015-01-01', to: '2026-09-30' },
    });
  });

  it('names the tariff and rate versions in use and their age, in English and Korean', () => {
    const english = show('en');
    document.body.innerHTML = '';
    expect([english, show('ko')]).toEqual([
      'Tariff UK Global Tariff 2021-01-01 v3 · rates Sep 2026 · 3 days old',
      '관세율표 UK Global Tariff 2021-01-01 v3 · 환율 2026년 9월 · 3일 경과',
    ]);
  });

  it('shows a download in progress and why the last one failed, the version in use still named', () => {
    useReferenceStore.getState().progress('tariff', { version: 4, received: 1_200_000, total: 3_600_000 });
    useReferenceStore
      .getState()
      .failed('rates', { kind: 'network', message: 'the rates download stopped after 10 of 20 bytes' }, null);
    show('en');
    expect([
      screen.getByTestId('reference-download').textContent,
      screen.getByRole('alert').textContent,
    ]).toEqual([
      'Downloading tariff v4: 1.2 of 3.6 MB',
      'New exchange rates not downloaded: the rates download stopped after 10 of 20 bytes. Still using v7; retrying later.',
    ]);
  });

  it('says when the device holds no tariff yet', () => {
    useReferenceStore.getState().follow('kr');
    expect(show('en')).toBe('No tariff on this device yet');
  });
});
