import { writeFile } from 'node:fs/promises';
import type { Declaration } from '@shared/domain';
import { previewMessage } from '@shared/tariff/preview';
import type { Assessment, AssessmentContext } from '@shared/tariff/types';
import type { AssessOptions } from './args';
import { USAGE, parseAssessArgs } from './args';
import type { AssessDeclaration } from './engine';
import { engine } from './engine';
import { assessmentJson, assessmentNotice } from './format';
import { loadDeclaration, loadNationalRates, loadRates, loadTariff } from './inputs';
import { renderNoticePdf } from '../notice/render-notice';

export type RunOutcome = { exitCode: (typeof EXIT)[keyof typeof EXIT]; stdout: string; stderr: string };

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

/**
 * Everything the CLI does besides writing to the process streams. Every outcome is a value: a
 * refused input is one line naming the file and the error code (exit 1), and even an exception,
 * which no input should cause, is one line (exit 3), never a stack trace.
 */
export async function runAssess(argv: string[], assessWith: AssessDeclaration = engine): Promise<RunOutcome> {
  const parsed = parseAssessArgs(argv);
  if (parsed.kind === 'help') return { exitCode: EXIT.ok, stdout: `${USAGE}\n`, stderr: '' };
  if (parsed.kind === 'usage-error')
    return { exitCode: EXIT.usage, stdout: '', stderr: `assess: ${parsed.message}\n\n${USAGE}\n` };
  try {
    const prepared = prepare(parsed.options);
    if (!prepared.ok) return { exitCode: EXIT.input, stdout: '', stderr: `assess: ${prepared.message}\n` };
    const assessment = assess(assessWith, prepared);
    if (parsed.options.notice) await writeNotice(parsed.options.notice, prepared.declaration, assessment);
    return { exitCode: EXIT.ok, ...render(parsed.options, prepared.declaration, assessment) };
  } catch (caught) {
    const message = previewMessage(caught instanceof Error ? caught.message : String(caught));
    return {
      exitCode: EXIT.internal,
      stdout: '',
      stderr: `assess: ${parsed.options.declaration}: internal error, please report it with the input files: ${message}\n`,
    };
  }
}

type Prepared =
  { ok: true; declaration: Declaration; context: AssessmentContext } | { ok: false; message: string };

/** Read and import the tariff, the rates, the national tax rates and the declaration, in that order (the declaration needs the tariff's units). */
export function prepare(options: AssessOptions): Prepared {
  const tariff = loadTariff(options);
  if (!tariff.ok) return { ok: false, message: tariff.error.message };
  const rates = loadRates(options);
  if (!rates.ok) return { ok: false, message: rates.error.message };
  const national = loadNationalRates(options);
  if (!national.ok) return { ok: false, message: national.error.message };
  const declaration = loadDeclaration(options, tariff.value);
  if (!declaration.ok) return { ok: false, message: declaration.error.message };
  if (declaration.value.jurisdiction !== options.profile)
    return {
      ok: false,
      message: `${options.declaration}: a ${declaration.value.jurisdiction.toUpperCase()} declaration cannot be assessed with --profile ${options.profile}`,
    };
  return {
    ok: true,
    declaration: declaration.value,
    context: {
      profile: options.profile,
      tariff: tariff.value,
      rates: rates.value,
      ...(national.value === null
        ? {}
        : { nationalTaxRates: national.value.rates, nationalTaxRatesVersion: national.value.version }),
    },
  };
}

const assess = (
  engine: AssessDeclaration,
  prepared: { declaration: Declaration; context: AssessmentContext },
): Assessment => engine(prepared.declaration, prepared.context);

function render(
  options: AssessOptions,
  declaration: Declaration,
  assessment: Assessment,
): { stdout: string; stderr: string } {
  if (options.json) return { stdout: `${JSON.stringify(assessmentJson(assessment))}\n`, stderr: '' };
  return {
    stdout: assessmentNotice(assessment, {
      declaration: options.declaration,
      reference: declaration.reference,
    }),
    stderr: '',
  };
}

/** --notice: the trader's PDF notice beside the printed one, Korean for KR, English for UK. */
async function writeNotice(file: string, declaration: Declaration, assessment: Assessment): Promise<void> {
  const pdf = await renderNoticePdf({
    declaration,
    assessment,
    versions: { published: null },
    language: assessment.profile === 'kr' ? 'ko' : 'en',
    post: null,
    issuedAt: new Date().toISOString(),
  });
  await writeFile(file, pdf);
}
