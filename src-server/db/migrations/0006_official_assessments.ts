/**
 * The centre verifies (issue 9).
 *
 * A decision that carries an assessment (its corrections, figures and reference versions travel
 * inside the command, already stored in `command`) is recomputed by the central API; when the
 * figures agree the official assessment (the versions used and the figures) is kept here, beside
 * the decision, for good. NULL for every decision without one, and for every decision recorded
 * before this migration.
 */
export const sql = `
ALTER TABLE decisions ADD COLUMN official_assessment jsonb;
`;
