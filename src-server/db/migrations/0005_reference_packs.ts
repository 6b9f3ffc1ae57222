/**
 * Reference data on the device (issue 9).
 *
 * Four kinds of pack instead of two: national tax rates and the code lists the officer's screens
 * offer join the tariff and the exchange rates. The manifest a device polls names each current
 * version with its label and the source data's date without reading the (multi-MB) bodies, so
 * those are columns. `inputs_hash` is the hash of the source files a pack was built from: a server
 * starting on unchanged files sees the hash and does not re-import them.
 */
export const sql = `
ALTER TABLE reference_data DROP CONSTRAINT reference_data_kind_check;
ALTER TABLE reference_data ADD CONSTRAINT reference_data_kind_check
  CHECK (kind IN ('tariff', 'rates', 'taxes', 'codes'));
ALTER TABLE reference_data ADD COLUMN label text NOT NULL DEFAULT '';
ALTER TABLE reference_data ADD COLUMN source_published_at timestamptz;
ALTER TABLE reference_data ADD COLUMN inputs_hash text;
`;
