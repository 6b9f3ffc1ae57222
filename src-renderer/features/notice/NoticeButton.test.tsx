import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { HostBridge, SaveFileRequest } from '@shared/ipc';
import type { Assessment } from '@shared/tariff/types';
import { ServicesContext, type AppServices } from '../../app/services';
import { openCacheDb } from '../../db';
import { makeDeclaration } from '../../test-utils/fixtures';
import { createTestI18n } from '../../test-utils/i18n';
import { NoticeButton, noticeFileName } from './NoticeButton';

// The PDF engine is the lazily loaded module; here it stands in with four bytes, and the test is
// about what the button does with them: the host saves them under the notice's name.
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const renderNoticePdf = vi.fn(async () => PDF);
vi.mock('./render-notice', () => ({ renderNoticePdf }));

const assessment = { profile: 'kr', currency: 'KRW' } as unknown as Assessment;

function renderButton(saveFile: HostBridge['saveFile']) {
  const host = { saveFile } as unknown as HostBridge;
  const services = { host, db: openCacheDb('test-notice-button') } as unknown as AppServices;
  render(
    <I18nextProvider i18n={createTestI18n('ko')}>
      <ServicesContext.Provider value={services}>
        <NoticeButton
          declaration={makeDeclaration({ reference: '43891-25-000123M' })}
          assessment={assessment}
          versions={null}
          language="ko"
        />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
}

describe('NoticeButton', () => {
  it('renders the notice and has the host save it as a PDF named after the declaration', async () => {
    const saved: SaveFileRequest[] = [];
    renderButton(async (request) => {
      saved.push(request);
      return { ok: true, value: { saved: true, path: '/home/officer/notice.pdf' } };
    });
    fireEvent.click(screen.getByRole('button', { name: '세액 통지서 인쇄 (PDF)' }));
    expect(await screen.findByText('통지서를 저장했습니다: /home/officer/notice.pdf')).toBeTruthy();
    expect({ saved, rendered: renderNoticePdf.mock.calls.length }).toEqual({
      saved: [{ suggestedName: 'notice-43891-25-000123M-ko.pdf', mimeType: 'application/pdf', content: PDF }],
      rendered: 1,
    });
  });

  it('says why when the host cannot save', async () => {
    renderButton(async () => ({ ok: false, error: { code: 'SAVE_FAILED', message: 'disk full' } }));
    fireEvent.click(screen.getByRole('button', { name: '세액 통지서 인쇄 (PDF)' }));
    expect(await screen.findByText('통지서를 인쇄하지 못했습니다: disk full')).toBeTruthy();
  });
});

describe('noticeFileName', () => {
  it('keeps a file name free of path and reserved characters', () => {
    expect(noticeFileName('26/GB:DEMO 1', 'en')).toBe('notice-26_GB_DEMO_1-en.pdf');
  });
});
