import { useTranslation } from 'react-i18next';
import { useSelectedPost } from '../../state';
import { TariffSearch } from './TariffSearch';

/** The standalone tariff look-up: the search over the selected post's tariff. */
export function TariffPage() {
  const { t } = useTranslation();
  const post = useSelectedPost();
  return (
    // A section, not a second <main>: the shell's <main> already holds every page (axe landmarks).
    <section className="tariff-page">
      <h1>{t('tariffSearch.title')}</h1>
      {post === null ? (
        <p role="status">{t('tariffSearch.noPost')}</p>
      ) : (
        <TariffSearch jurisdiction={post.jurisdiction} />
      )}
    </section>
  );
}
