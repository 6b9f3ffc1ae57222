import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { SearchContext } from '@shared/tariff/search';
import type { TariffSchedule } from '@shared/tariff/types';
import type { Language } from '../../i18n';
import { createTestI18n } from '../../test-utils/i18n';
import { TariffSearch } from './TariffSearch';
import type { TariffSource } from './tariff-source';

// Real KCS HSK 2025 lines with their VKFTA and basic rates as the Korean demo tariff carries them.
const schedule: TariffSchedule = {
  jurisdiction: 'kr',
  version: 'KCS HSK 2025 + VKFTA',
  lines: [
    {
      code: '0306179091',
      description: 'White leg shrimp (Litopenaeus vannamei)',
      descriptionLocal: '흰다리새우[리토페나에우스 바나메이(Litopenaeus vannamei)]',
      measures: [
        { kind: 'third-country', code: 'A', expression: '20%', source: 'test' },
        {
          kind: 'preference',
          code: 'FVN1',
          expression: '0%',
          origins: ['VN' as never],
          validFrom: '2025-01-01',
          validTo: '2025-12-31',
          source: 'test',
        },
      ],
    },
    { code: '0306171090', description: 'Other', descriptionLocal: '기타', measures: [] },
    { code: '8703231000', description: 'New', descriptionLocal: '신차', measures: [] },
  ],
};
const context: SearchContext = [
  { code: '030617', text: 'Crustaceans; frozen, shrimps and prawns' },
  { code: '030617', text: '냉동 · 훈제' },
  { code: '0306171090', text: '새우(훈제하지 않은 것)' },
  { code: '0306179091', text: '새우(훈제하지 않은 것)' },
  { code: '8703', text: 'Motor cars and other motor vehicles' },
];

const source = (stored: TariffSchedule | null): TariffSource => ({
  currentVersion: async () => (stored === null ? null : 3),
  schedule: async () => (stored === null ? null : { version: 3, schedule: stored }),
  context: async () => context,
});

function renderSearch(language: Language, tariff: TariffSchedule | null = schedule) {
  const onPick = vi.fn();
  render(
    <I18nextProvider i18n={createTestI18n(language)}>
      <TariffSearch jurisdiction="kr" onPick={onPick} source={source(tariff)} />
    </I18nextProvider>,
  );
  return { onPick };
}

describe('TariffSearch', () => {
  it('lists Korean results as the officer types, marks the matches and picks one with the keyboard', async () => {
    const { onPick } = renderSearch('ko');
    const input = await screen.findByRole('combobox', { name: '관세율표 검색' });
    fireEvent.change(input, { target: { value: '냉동 새우' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.querySelector('.tariff-code')?.textContent)).toEqual([
      '0306.17.9091',
      '0306.17.1090',
    ]);
    expect([...(options[0]?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent)).toEqual([
      '새우',
      '새우',
    ]);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(schedule.lines[0]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    const measures = screen.getByRole('region', { name: '0306.17.9091의 세율' });
    expect(
      within(measures)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      '구분코드세율(고시 그대로)원산지적용 기간',
      '기본세율A20%모든 원산지종료일 없음',
      'FTA 협정세율FVN10%VN2025-01-01 ~ 2025-12-31',
    ]);
  });

  it('finds lines by code prefix first, in English, and Escape closes the list then clears the query', async () => {
    renderSearch('en');
    const input = await screen.findByRole('combobox', { name: 'Search the tariff' });
    fireEvent.change(input, { target: { value: '8703' } });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      '8703.23.1000신차NewMotor cars and other motor vehicles',
    ]);
    expect(screen.getByRole('option').querySelector('mark')?.textContent).toBe('8703');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.getByRole('listbox', { hidden: true }).hidden).toBe(true);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('says so when nothing matches', async () => {
    renderSearch('en');
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: 'zebra' } });
    expect(screen.getByText('No tariff line matches “zebra”.')).toBeTruthy();
  });

  it('tells the officer when no tariff is on the device yet', async () => {
    renderSearch('ko', null);
    expect(
      (await screen.findByText('이 기기에 관세율표가 아직 없습니다. 로그인 후 내려받습니다.')).getAttribute(
        'role',
      ),
    ).toBe('status');
  });
});
