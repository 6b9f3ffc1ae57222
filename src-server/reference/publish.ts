import type { ReferenceKind, ReferencePack } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain/post';
import { LANE_NAMES, REASON_CODES } from '@shared/domain/reason-codes';
import type { Database } from '../db/database';
import { latestPublication, publishReferenceData } from '../store/reference-data';
import { PackBuilder } from './build-packs';
import { DOCUMENT_CODES } from './document-codes';
import { DEFAULT_DATA_DIR, SourceReader } from './sources';

export type PublishedPack = {
  kind: ReferenceKind;
  jurisdiction: Jurisdiction;
  version: number;
  /** False when the source files were unchanged and nothing was imported. */
  rebuilt: boolean;
};

export type PublishOptions = {
  dataDir?: string;
  jurisdictions?: readonly Jurisdiction[];
  now?: () => Date;
};

const KINDS: readonly ReferenceKind[] = ['tariff', 'rates', 'taxes', 'codes'];

/** The code lists kept in source code: part of the codes pack's inputs, like its files. */
const CODE_LISTS = JSON.stringify({ REASON_CODES, LANE_NAMES, DOCUMENT_CODES });

/**
 * Publishes the tariff, rates, taxes and codes packs of each jurisdiction from assets/data. A pack
 * whose source files (and builder) are unchanged since its current version is skipped without
 * importing anything, so a restart costs a few file hashes; a changed file makes a new version
 * (and only when the built content differs, publishing being idempotent by content).
 */
export async function publishReferencePacks(
  db: Database,
  options: PublishOptions = {},
): Promise<PublishedPack[]> {
  const sources = new SourceReader(options.dataDir ?? DEFAULT_DATA_DIR);
  const builder = new PackBuilder(sources, (options.now?.() ?? new Date()).toISOString());
  const published: PublishedPack[] = [];
  for (const jurisdiction of options.jurisdictions ?? (['kr', 'uk'] as const)) {
    for (const kind of KINDS) {
      const inputsHash = sources.inputsHash(kind, jurisdiction, kind === 'codes' ? CODE_LISTS : '');
      const latest = await latestPublication(db, kind, jurisdiction);
      if (latest?.inputsHash === inputsHash) {
        published.push({ kind, jurisdiction, version: latest.version, rebuilt: false });
        continue;
      }
      const pack = build(builder, kind, jurisdiction);
      const document = await publishReferenceData(db, kind, jurisdiction, pack, { inputsHash });
      published.push({ kind, jurisdiction, version: document.version, rebuilt: true });
    }
  }
  return published;
}

function build(builder: PackBuilder, kind: ReferenceKind, jurisdiction: Jurisdiction): ReferencePack {
  switch (kind) {
    case 'tariff':
      return builder.tariff(jurisdiction);
    case 'rates':
      return builder.rates(jurisdiction);
    case 'taxes':
      return builder.taxes(jurisdiction);
    case 'codes':
      return builder.codes(jurisdiction);
  }
}
