import { z } from 'zod';
import { Declaration } from '../../domain/declaration';

export const DECLARATION_SCHEMA_ID = 'https://border-post.example/schemas/declaration.schema.json';

/**
 * The JSON Schema of the project declaration format, generated from the zod schema so the two never
 * drift. docs/declaration.schema.json holds this document; a test compares them.
 */
export function declarationJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Declaration, { target: 'draft-2020-12', io: 'input' });
  return {
    ...generated,
    $id: DECLARATION_SCHEMA_ID,
    title: 'Border Post declaration',
    description:
      'A customs declaration in the Border Post project format (generated from shared/domain/declaration.ts; do not edit by hand).',
  };
}

/** The schema as the file is written: two-space JSON and a final newline. */
export function renderDeclarationJsonSchema(): string {
  return `${JSON.stringify(declarationJsonSchema(), null, 2)}\n`;
}
