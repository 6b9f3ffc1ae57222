import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../test-utils/i18n';
import { FatalError } from './FatalError';

describe('the fatal error screen', () => {
  it('tells the officer, in Korean, that the local data is from a newer version', () => {
    render(<FatalError i18n={createTestI18n('ko')} reason="db-too-new" />);
    expect(screen.getByRole('alert').textContent).toContain('더 새로운 버전');
  });
});
