import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentVersions, Declaration } from '@shared/domain';
import type { NoticePost } from '@shared/notice';
import type { Assessment } from '@shared/tariff/types';
import { useServices } from '../../app/services';
import type { Language } from '../../i18n';
import './notice.css';

export type NoticeButtonProps = {
  declaration: Declaration;
  assessment: Assessment;
  /** The published reference versions the assessment used; null when not known. */
  versions: AssessmentVersions | null;
  language: Language;
  /** The declaration's customs office, printed by name; its id is printed when absent. */
  post?: NoticePost | null;
};

type PrintState =
  | { kind: 'idle' }
  | { kind: 'printing' }
  | { kind: 'saved'; path: string | null }
  | { kind: 'failed'; message: string };

/** "notice-43891-25-000123M-ko.pdf": the reference without characters a file name may not have. */
export const noticeFileName = (reference: string, language: Language): string =>
  `notice-${reference.replace(/[^A-Za-z0-9._-]/g, '_')}-${language}.pdf`;

/**
 * Prints the assessment notice for the trader as a PDF: saved through the host (a native save
 * dialog in the desktop app, a download in the browser). The PDF engine and the font are loaded
 * on the first click, not with the app.
 */
export function NoticeButton({
  declaration,
  assessment,
  versions,
  language,
  post = null,
}: NoticeButtonProps) {
  const { t } = useTranslation();
  const { host } = useServices();
  const [state, setState] = useState<PrintState>({ kind: 'idle' });

  async function print(): Promise<void> {
    setState({ kind: 'printing' });
    try {
      const { renderNoticePdf } = await import('./render-notice');
      const content = await renderNoticePdf({
        declaration,
        assessment,
        versions: { published: versions },
        language,
        post,
        issuedAt: new Date().toISOString(),
      });
      const outcome = await host.saveFile({
        suggestedName: noticeFileName(declaration.reference, language),
        mimeType: 'application/pdf',
        content,
      });
      if (!outcome.ok) setState({ kind: 'failed', message: outcome.error.message });
      else setState(outcome.value.saved ? { kind: 'saved', path: outcome.value.path } : { kind: 'idle' });
    } catch (caught) {
      setState({ kind: 'failed', message: caught instanceof Error ? caught.message : String(caught) });
    }
  }

  return (
    <div className="notice-print">
      <button type="button" onClick={() => void print()} disabled={state.kind === 'printing'}>
        {state.kind === 'printing' ? t('notice.printing') : t('notice.print')}
      </button>
      <span role="status" className="notice-print-status">
        {state.kind === 'saved' &&
          (state.path ? t('notice.savedTo', { path: state.path }) : t('notice.saved'))}
        {state.kind === 'failed' && t('notice.failed', { message: state.message })}
      </span>
    </div>
  );
}
