import { describe, expect, it } from 'vitest';
import { Declaration } from '@shared/domain';
import { declarationInput } from '../test-support/fixtures';
import { withDemoAssignment } from './assignment';

const declaration = (status: string, lane: string) =>
  Declaration.parse({ ...declarationInput('KR-BUSAN', 1), status, lane });

describe('demo assignments', () => {
  it('give every sixth open declaration to the post officer, RED ones shifted by three to the inspector', () => {
    expect([
      withDemoAssignment(declaration('selected', 'GREEN'), 0).assignedTo,
      withDemoAssignment(declaration('selected', 'GREEN'), 1).assignedTo,
      withDemoAssignment(declaration('selected', 'RED'), 3).assignedTo,
      withDemoAssignment(declaration('selected', 'GREEN'), 3).assignedTo,
      withDemoAssignment(declaration('released', 'GREEN'), 6).assignedTo,
    ]).toEqual(['kr-busan-officer', null, 'kr-busan-inspector', null, null]);
  });
});
