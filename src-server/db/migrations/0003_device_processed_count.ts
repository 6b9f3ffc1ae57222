/**
 * Restore detection for commands processed out of seq order (issue 4): each device's count of
 * dedupe records, raised in the transaction that claims each decision, so that any backup holds
 * a count that matches its decisions exactly (see DeviceProgress in shared/api/sync-v1.ts).
 * Existing rows are counted from the decisions already held; a device with decisions but no
 * devices row (a crash between the claim and the row's insert) gets one.
 */
export const sql = `
ALTER TABLE devices ADD COLUMN processed_count bigint NOT NULL DEFAULT 0 CHECK (processed_count >= 0);
INSERT INTO devices (device_id, officer_id)
  SELECT DISTINCT ON (device_id) device_id, officer_id FROM decisions ORDER BY device_id, recorded_at
  ON CONFLICT (device_id) DO NOTHING;
UPDATE devices SET processed_count = counted.n
  FROM (SELECT device_id, count(*) AS n FROM decisions GROUP BY device_id) AS counted
  WHERE counted.device_id = devices.device_id;
`;
