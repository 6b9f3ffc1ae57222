export type { CdsImportOptions } from './cds/import';
export { CDS_DECLARATION_NAMESPACE, CDS_METADATA_NAMESPACE, importCdsDeclaration } from './cds/import';
export { CHARGE_CODES } from './cds/charge-codes';
export { UNKNOWN_UNIT } from './cds/items';
export { DEFAULT_XML_LIMITS } from './cds/xml';
export { importProjectDeclaration } from './project/import';
export { DECLARATION_SCHEMA_ID, declarationJsonSchema, renderDeclarationJsonSchema } from './project/schema';
