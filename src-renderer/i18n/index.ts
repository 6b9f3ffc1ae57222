export { applyLanguage, createI18n, resources } from './setup';
export {
  LANGUAGES,
  initialLanguage,
  isLanguage,
  languageFromLocales,
  readLanguagePreference,
  writeLanguagePreference,
  type Language,
} from './language';
export {
  formatAge,
  formatDate,
  formatDateTime,
  formatDecimalString,
  formatInteger,
  formatMoney,
} from './format';
