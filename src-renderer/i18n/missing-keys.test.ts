import { describe, expect, it } from 'vitest';
import { createTestI18n, missingKeys } from '../test-utils/i18n';

describe('the test i18n instance', () => {
  it('records a key the resources lack, so test-setup can fail the test', () => {
    const i18n = createTestI18n('ko');
    // A key outside the typed resources, as a mistyped dynamic key would be at run time.
    const key: string = 'declarations.noSuchKey';
    i18n.t(key as 'app.name');
    expect(missingKeys.splice(0)).toEqual(['ko:declarations.noSuchKey']);
    i18n.t('app.name');
    expect(missingKeys).toEqual([]);
  });
});
