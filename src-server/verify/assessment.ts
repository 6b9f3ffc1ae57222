import type { OfficialAssessment } from '@shared/api/decision-history';
import type { ReferenceKind } from '@shared/api/reference-v1';
import type { AssessmentVersions } from '@shared/domain/assessment-claim';
import type { DecisionCommand } from '@shared/domain/decision';
import type { Declaration } from '@shared/domain/declaration';
import type { AssessmentPacks } from '@shared/tariff/claim';
import {
  claimRefusal as refusalOf,
  currentVersions,
  verifyClaim,
  type ClaimRefusal,
  type PublishedVersions,
  type Verification,
} from '@shared/tariff/verify';
import type { Queryable } from '../db/database';
import { loadPack } from '../store/reference-data';

// The centre verifies (issue 9): the judgement in shared/tariff/verify.ts over this database's
// reference data. Packs are parsed once per version and kept (loadPack's cache, by ETag), and the
// tariff index is built once per parsed schedule (the engine's own cache), so a push pays for the
// engine run only.

/** The newest published version of each kind for a jurisdiction; versions run 1, 2, 3… without gaps. */
async function publishedVersions(tx: Queryable, jurisdiction: string): Promise<PublishedVersions> {
  const rows = await tx.query<{ kind: ReferenceKind; version: number }>(
    'SELECT kind, max(version) AS version FROM reference_data WHERE jurisdiction = $1 GROUP BY kind',
    [jurisdiction],
  );
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.version)]));
}

/** Why the decision's assessment cannot be verified (REJECTED with its code), or null. */
export async function claimRefusal(
  tx: Queryable,
  declaration: Declaration,
  command: DecisionCommand,
): Promise<ClaimRefusal | null> {
  if (command.assessment === undefined && command.kind !== 'reassess') return null;
  return refusalOf(declaration, command, await publishedVersions(tx, declaration.jurisdiction));
}

async function packsAt(
  tx: Queryable,
  jurisdiction: Declaration['jurisdiction'],
  versions: AssessmentVersions,
): Promise<AssessmentPacks> {
  // One after another: a transaction is one connection.
  const tariff = await loadPack(tx, 'tariff', jurisdiction, versions.tariff);
  const rates = await loadPack(tx, 'rates', jurisdiction, versions.rates);
  const taxes = versions.taxes === null ? null : await loadPack(tx, 'taxes', jurisdiction, versions.taxes);
  // claimRefusal found them published, in this same transaction.
  if (tariff === null || rates === null || (versions.taxes !== null && taxes === null)) {
    throw new Error(`reference versions ${JSON.stringify(versions)} are not published`);
  }
  return { tariff: tariff.pack, rates: rates.pack, taxes: taxes?.pack ?? null };
}

/** The decision's assessment recomputed with the current versions: verified, or the conflict to answer. */
export async function verifyAssessment(
  tx: Queryable,
  declaration: Declaration,
  command: DecisionCommand,
): Promise<Verification> {
  const claim = command.assessment;
  if (claim === undefined) return { outcome: 'none' };
  const current = currentVersions(await publishedVersions(tx, declaration.jurisdiction), claim.versions);
  return verifyClaim(declaration, command, current, await packsAt(tx, declaration.jurisdiction, current));
}

/** Keeps the official assessment with the decision it was verified for, in the claiming transaction. */
export async function storeOfficialAssessment(
  tx: Queryable,
  decisionId: string,
  official: OfficialAssessment,
): Promise<void> {
  await tx.query('UPDATE decisions SET official_assessment = $2 WHERE decision_id = $1', [
    decisionId,
    JSON.stringify(official),
  ]);
}
