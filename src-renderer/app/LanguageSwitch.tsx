import { useTranslation } from 'react-i18next';
import { LANGUAGES, writeLanguagePreference } from '../i18n';
import { useLanguage, useSessionActions } from '../state';

/** Each language is named in itself, so an officer can find theirs whatever is showing. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { setLanguage } = useSessionActions();

  return (
    <div className="language-switch" role="group" aria-label={t('nav.language')}>
      {LANGUAGES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          lang={candidate}
          aria-pressed={candidate === language}
          onClick={() => {
            setLanguage(candidate);
            writeLanguagePreference(localStorage, candidate);
          }}
        >
          {t(`language.${candidate}`)}
        </button>
      ))}
    </div>
  );
}
