// fake-indexeddb gives Dexie a complete IndexedDB under happy-dom, so db and sync tests run the
// real storage code.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { missingKeys } from './test-utils/i18n';
import { resetStores } from './test-utils/stores';

afterEach(() => {
  cleanup();
  localStorage.clear();
  resetStores();
  // Every string a component rendered must exist in the resources (a missing one shows its key).
  const missing = missingKeys.splice(0);
  expect(missing, 'translation keys missing from the resources').toEqual([]);
});
