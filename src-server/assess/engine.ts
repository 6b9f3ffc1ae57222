import type { Declaration } from '@shared/domain';
import { assessDeclaration } from '@shared/tariff/engine';
import type { Assessment, AssessmentContext } from '@shared/tariff/types';

export type AssessDeclaration = (declaration: Declaration, context: AssessmentContext) => Assessment;

/** The engine entry point the CLI and the benchmark call: shared/tariff/engine `assessDeclaration`. */
export const engine: AssessDeclaration = assessDeclaration;
