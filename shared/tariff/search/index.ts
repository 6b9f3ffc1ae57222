export {
  createTariffSearchIndex,
  createTariffSearchIndexAsync,
  DEFAULT_RESULT_LIMIT,
  searchTariff,
  type TariffSearchHit,
  type TariffSearchIndex,
  type TariffSearchResult,
} from './search-index';
export { hsHeadingContext, kcsHeadingContext, type ContextText, type SearchContext } from './context';
export { highlighter, type HighlightRange } from './highlight';
export { parseQuery, termsOf, type ParsedQuery, type QueryWord } from './normalize';
