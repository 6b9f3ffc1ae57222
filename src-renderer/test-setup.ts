// fake-indexeddb gives Dexie a complete IndexedDB under happy-dom, so db and sync tests run the
// real storage code.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { missingKeys } from './test-utils/i18n';
import { resetStores } from './test-utils/stores';

// findBy* and waitFor give up after this long. It is a budget for a loaded CI machine (the default
// 1 s was once too short for a first sync plus a language switch), never a speed assertion.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  resetStores();
  // Every string a component rendered must exist in the resources (a missing one shows its key).
  const missing = missingKeys.splice(0);
  expect(missing, 'translation keys missing from the resources').toEqual([]);
});
