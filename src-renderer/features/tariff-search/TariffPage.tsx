import { useTranslation } from 'react-i18next';
import { useSelectedPost } from '../../state';
import { TariffSearch } from './TariffSearch';

/** The standalone tariff look-up: the search over the selected post's tariff. */
export function TariffPage() {
  const { t } = useTranslation();
  const post = useSelectedPost();
  return (
    <main className="tariff-page">
      <h2>{t('tariffSearch.title')}</h2>
      {post === null ? (
        <p role="status">{t('tariffSearch.noPost')}</p>
      ) : (
        <TariffSearch jurisdiction={post.jurisdiction} />
      )}
    </main>
  );
}
