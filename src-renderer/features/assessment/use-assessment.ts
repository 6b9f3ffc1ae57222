import { useCallback, useEffect, useState } from 'react';
import type { ItemCorrection } from '@shared/domain/assessment-claim';
import type { Declaration } from '@shared/domain';
import { useLiveQuery } from '../../db';
import type { CodeEntry } from '@shared/api/reference-v1';
import { readCurrentPack, readCurrentVersions } from '../../reference/current-packs';
import type { AssessOutcome } from './assess-core';
import { useAssessor, useReferenceDb } from './assessor';

export type AssessmentState =
  { status: 'assessing'; previous: AssessOutcome | null } | { status: 'done'; outcome: AssessOutcome };

/**
 * The declaration's assessment with the officer's corrections, from the worker; assessed again
 * when the declaration, the corrections or the reference version in use change (a download that
 * switches in a new tariff re-assesses what is on screen). `corrections` must be stable (memoised).
 */
export function useAssessment(declaration: Declaration, corrections: ItemCorrection[]): AssessmentState;
export function useAssessment(
  declaration: Declaration,
  corrections: ItemCorrection[] | null,
): AssessmentState | null;
/** With `corrections` null nothing is assessed (no what-if yet) and the answer is null. */
export function useAssessment(
  declaration: Declaration,
  corrections: ItemCorrection[] | null,
): AssessmentState | null {
  const assessor = useAssessor();
  const referenceDb = useReferenceDb();
  const jurisdiction = declaration.jurisdiction;
  const versions = useLiveQuery(
    useCallback(async () => {
      const current = await readCurrentVersions(referenceDb, jurisdiction);
      return current
        .map((pack) => `${pack.kind}:${pack.version}`)
        .sort()
        .join('|');
    }, [referenceDb, jurisdiction]),
  );
  const versionKey = versions.status === 'ready' ? versions.value : null;
  const [state, setState] = useState<{ key: unknown[]; outcome: AssessOutcome } | null>(null);
  const key = [declaration, corrections, versionKey];

  useEffect(() => {
    if (versionKey === null || corrections === null) return;
    let current = true;
    void assessor.assess({ declaration, corrections }).then((outcome) => {
      if (current) setState({ key: [declaration, corrections, versionKey], outcome });
    });
    return () => {
      current = false;
    };
  }, [assessor, declaration, corrections, versionKey]);

  if (corrections === null) return null;
  if (state !== null && state.key.every((part, i) => part === key[i]))
    return { status: 'done', outcome: state.outcome };
  return { status: 'assessing', previous: state?.outcome ?? null };
}

/** The codes pack's decision reason codes per kind for the jurisdiction; {} while none is held. */
export function useReasonCodes(jurisdiction: Declaration['jurisdiction']): Record<string, CodeEntry[]> {
  const referenceDb = useReferenceDb();
  const codes = useLiveQuery(
    useCallback(
      async () => (await readCurrentPack(referenceDb, jurisdiction, 'codes'))?.pack.reasons ?? {},
      [referenceDb, jurisdiction],
    ),
  );
  return codes.status === 'ready' ? codes.value : NO_CODES;
}

const NO_CODES: Record<string, CodeEntry[]> = {};
