import { useTranslation } from 'react-i18next';
import type { ReferenceKind } from '@shared/api/reference-v1';
import type { Language } from '../i18n/language';
import { useLanguage, useReferenceStore, type ReferenceKindState } from '../state';

const DAY_MS = 86_400_000;
const MB = 1_000_000;

/** "UK Global Tariff 2021-01-01 (published …)" → "UK Global Tariff 2021-01-01": the label's name part. */
const shortLabel = (label: string): string => label.split(/ \(| \+ /)[0] ?? label;

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sep 2026" / "2026년 9월", the same whatever ICU data the browser ships. */
function monthOf(isoDate: string, language: Language): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  return language === 'ko' ? `${year}년 ${month}월` : `${EN_MONTHS[month - 1] ?? '?'} ${year}`;
}

const megabytes = (bytes: number, language: Language): string =>
  new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / MB);

const KINDS: readonly ReferenceKind[] = ['tariff', 'rates', 'taxes', 'codes'];

/**
 * The tariff and exchange-rate versions in use and their age, a download in progress, and why the
 * last one failed (the previous version staying in use): "Tariff UKGT … v3 · rates Sep 2026 · 3
 * days old".
 */
export function ReferenceStatus({ now = () => Date.now() }: { now?: () => number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kinds = useReferenceStore((state) => state.kinds);
  const { tariff, rates } = kinds;
  const downloading = KINDS.flatMap((kind) => {
    const download = kinds[kind].download;
    return download === null ? [] : [{ kind, ...download }];
  });
  const failed = KINDS.flatMap((kind) => {
    const state: ReferenceKindState = kinds[kind];
    return state.lastError === null ? [] : [{ kind, error: state.lastError }];
  });
  const published = [tariff.publishedAt, rates.publishedAt]
    .filter((at): at is string => at !== null)
    .sort()[0];
  const days =
    published === undefined ? null : Math.max(0, Math.floor((now() - Date.parse(published)) / DAY_MS));

  return (
    <span className="reference-status" data-testid="reference-status">
      {tariff.version === null ? (
        <span data-testid="reference-none">{t('reference.none')}</span>
      ) : (
        <span data-testid="reference-tariff" data-version={tariff.version} title={tariff.label ?? undefined}>
          {t('reference.tariff', { label: shortLabel(tariff.label ?? ''), version: tariff.version })}
        </span>
      )}
      {rates.covers !== null && (
        <span data-testid="reference-rates" data-version={rates.version} title={rates.label ?? undefined}>
          {' · '}
          {t('reference.rates', { month: monthOf(rates.covers.to, language) })}
          {rates.demo && ` (${t('reference.demo')})`}
        </span>
      )}
      {days !== null && (
        <span> · {days === 0 ? t('reference.ageToday') : t('reference.age', { count: days })}</span>
      )}
      {downloading.map(({ kind, version, received, total }) => (
        <span key={kind} className="sync-progress" data-testid="reference-download" data-kind={kind}>
          <progress max={Math.max(total, 1)} value={received} aria-label={t('reference.progressLabel')} />
          {t('reference.downloading', {
            kind: t(`reference.kinds.${kind}`),
            version,
            received: megabytes(received, language),
            total: megabytes(total, language),
          })}
        </span>
      ))}
      {failed.map(({ kind, error }) => (
        <span key={kind} className="sync-error" role="alert" data-testid="reference-error" data-kind={kind}>
          {t('reference.failed', {
            kind: t(`reference.kinds.${kind}`),
            version: kinds[kind].version ?? '—',
            message: error.message,
          })}
        </span>
      ))}
    </span>
  );
}
