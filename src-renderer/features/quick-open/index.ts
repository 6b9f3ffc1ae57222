export { OpenByNumberField } from './OpenByNumberField';
export { QuickOpenProvider, useQuickOpen } from './QuickOpen';
