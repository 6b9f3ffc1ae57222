import type { OfficialAssessment } from '../api/decision-history';
import type { ReferenceKind } from '../api/reference-v1';
import type { Conflict } from '../api/sync-v1';
import type { AssessmentVersions } from '../domain/assessment-claim';
import { applyCorrections } from '../domain/corrections';
import type { DecisionCommand } from '../domain/decision';
import type { Declaration } from '../domain/declaration';
import type { z } from 'zod';
import { assessCorrected, type AssessmentPacks } from './claim';
import { sameFigures } from './figures';

// The centre's verification of a decision's assessment (issue 9), pure: the central API
// (src-server/verify) and the reference server (shared/sync/testing) give it the declaration, the
// command and the reference data they hold, and answer what it says.

/** A decision's assessment that cannot even be verified: answered REJECTED with this code. */
export type ClaimRefusal = {
  code: 'ASSESSMENT_REQUIRED' | 'CORRECTION_INVALID' | 'REFERENCE_VERSION_UNKNOWN';
  message: string;
};

/** The newest published version of each kind for the declaration's jurisdiction (versions run 1, 2, 3…). */
export type PublishedVersions = Partial<Record<ReferenceKind, number>>;

export type Verification =
  | { outcome: 'none' }
  | { outcome: 'verified'; official: OfficialAssessment }
  | { outcome: 'conflict'; conflict: z.infer<typeof Conflict> };

/**
 * Why a decision's assessment cannot be verified, or null. A `reassess` carries the assessment it
 * makes (`ASSESSMENT_REQUIRED`); corrections name items the declaration has, once each
 * (`CORRECTION_INVALID`); the versions it names have been published (`REFERENCE_VERSION_UNKNOWN`).
 * Cheap, no pack read: checked with the other refusals, before the conflicts.
 */
export function claimRefusal(
  declaration: Declaration,
  command: DecisionCommand,
  published: PublishedVersions,
): ClaimRefusal | null {
  const claim = command.assessment;
  if (claim === undefined) {
    return command.kind === 'reassess'
      ? {
          code: 'ASSESSMENT_REQUIRED',
          message: 'a reassessment carries the assessment it makes: its corrections, figures and versions',
        }
      : null;
  }
  const corrected = applyCorrections(declaration, claim.corrections);
  if (!corrected.ok) return { code: 'CORRECTION_INVALID', message: corrected.error.message };
  const claimed: Array<[ReferenceKind, number | null]> = [
    ['tariff', claim.versions.tariff],
    ['rates', claim.versions.rates],
    ['taxes', claim.versions.taxes],
  ];
  for (const [kind, version] of claimed) {
    const newest = published[kind];
    if (version === null || (newest !== undefined && version <= newest)) continue;
    return {
      code: 'REFERENCE_VERSION_UNKNOWN',
      message: `${kind} version ${version} of ${declaration.jurisdiction} is not published${newest === undefined ? '' : ` (the newest is ${newest})`}`,
    };
  }
  return null;
}

/** The versions an assessment is verified with: the newest published (after `claimRefusal` found nothing). */
export function currentVersions(
  published: PublishedVersions,
  fallback: AssessmentVersions,
): AssessmentVersions {
  return {
    tariff: published.tariff ?? fallback.tariff,
    rates: published.rates ?? fallback.rates,
    taxes: published.taxes ?? null,
  };
}

const sameVersions = (a: AssessmentVersions, b: AssessmentVersions) =>
  a.tariff === b.tariff && a.rates === b.rates && a.taxes === b.taxes;

/**
 * The decision's assessment recomputed with the current versions' packs (`current`, `packs`):
 * equal figures are verified and become the official assessment. Other figures are
 * ASSESSMENT_MISMATCH when the device used the current versions, TARIFF_OUTDATED (with the
 * current versions' figures) when a newer tariff, rate or tax version was published since. So a
 * new publication puts in conflict only the assessments whose figures it changes.
 *
 * The declaration is the one the decision is applied to, as it stands: the judgement has refused
 * a decision made before a material amendment (AMENDED_SINCE_VIEWED), and an official assessment
 * must be of the declaration it is stored with.
 */
export function verifyClaim(
  declaration: Declaration,
  command: DecisionCommand,
  current: AssessmentVersions,
  packs: AssessmentPacks,
): Verification {
  const claim = command.assessment;
  if (claim === undefined) return { outcome: 'none' };
  const recomputed = assessCorrected(declaration, claim.corrections, packs);
  if (!recomputed.ok)
    throw new Error(`corrections refused after they were checked: ${recomputed.error.message}`);
  const official = recomputed.value.figures;
  if (sameFigures(claim.figures, official)) {
    const { tariff, rates } = packs;
    return {
      outcome: 'verified',
      official: { versions: current, tariffLabel: tariff.label, ratesLabel: rates.label, figures: official },
    };
  }
  const { decisionId } = command;
  return {
    outcome: 'conflict',
    conflict: sameVersions(claim.versions, current)
      ? {
          outcome: 'CONFLICT',
          decisionId,
          reason: 'ASSESSMENT_MISMATCH',
          versions: current,
          claimed: claim.figures,
          official,
        }
      : {
          outcome: 'CONFLICT',
          decisionId,
          reason: 'TARIFF_OUTDATED',
          used: claim.versions,
          current,
          claimed: claim.figures,
          official,
        },
  };
}
