import type { Declaration } from '@shared/domain';
import type { Assessment, AssessmentContext } from '@shared/tariff/types';
import type { AssessOptions } from './args';
import { USAGE, parseAssessArgs } from './args';
import type { AssessDeclaration } from './engine';
import { engine } from './engine';
import { assessmentJson, assessmentNotice } from './format';
import { loadDeclaration, loadRates, loadTariff } from './inputs';

export type RunOutcome = { exitCode: 0 | 1 | 2; stdout: string; stderr: string };

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** Everything the CLI does besides writing to the process streams. */
export async function runAssess(argv: string[]): Promise<RunOutcome> {
  const parsed = parseAssessArgs(argv);
  if (parsed.kind === 'help') return { exitCode: EXIT.ok, stdout: `${USAGE}\n`, stderr: '' };
  if (parsed.kind === 'usage-error')
    return { exitCode: EXIT.usage, stdout: '', stderr: `assess: ${parsed.message}\n\n${USAGE}\n` };
  const prepared = prepare(parsed.options);
  if (!prepared.ok) return { exitCode: EXIT.input, stdout: '', stderr: `assess: ${prepared.message}\n` };
  return {
    exitCode: EXIT.ok,
    ...render(parsed.options, prepared.declaration, assess(engine, prepared)),
  };
}

type Prepared =
  { ok: true; declaration: Declaration; context: AssessmentContext } | { ok: false; message: string };

/** Read and import the tariff, the rates and the declaration, in that order (the declaration needs the tariff's units). */
export function prepare(options: AssessOptions): Prepared {
  const tariff = loadTariff(options);
  if (!tariff.ok) return { ok: false, message: tariff.error.message };
  const rates = loadRates(options);
  if (!rates.ok) return { ok: false, message: rates.error.message };
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
    context: { profile: options.profile, tariff: tariff.value, rates: rates.value },
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
