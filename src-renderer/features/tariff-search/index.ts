export { TariffSearch, type TariffSearchProps } from './TariffSearch';
export { TariffSearchBox, type TariffSearchBoxProps } from './TariffSearchBox';
export { TariffPage } from './TariffPage';
export { formatCode } from './Highlighted';
export {
  loadTariffSearchIndex,
  useTariffSearchIndex,
  type TariffIndexState,
} from './use-tariff-search-index';
export { deviceTariffSource, type TariffSource } from './tariff-source';
