/**
 * The role matrix (shared/domain/role-matrix.ts) has four roles: the administrator, who manages
 * accounts and reference data and decides nothing on declarations, joins officer, inspector and
 * supervisor. The domain knew it before the database did (issue 12): an administrator account
 * could not be stored.
 */
export const sql = `
ALTER TABLE officers DROP CONSTRAINT officers_role_check;
ALTER TABLE officers ADD CONSTRAINT officers_role_check
  CHECK (role IN ('officer', 'inspector', 'supervisor', 'administrator'));
`;
