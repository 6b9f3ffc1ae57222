/**
 * Integrity under attack (issue 8).
 *
 * Progress per device AND officer: a device row used to be taken over by whoever signed in with
 * its deviceId last, so another officer (a cloned profile, or on purpose) could read, raise or
 * inflate the rightful officer's progress. Now each officer who signs in on a device has a row of
 * their own. Existing rows are rebuilt from the decisions actually held, which also drops the
 * seqs that a refused command used to raise `last_processed_seq` to.
 *
 * One decision per device, officer and seq: two different commands under one seq were both
 * applied. Commands stored before this rule that break it are kept (decisions are kept forever)
 * and marked, so the unique index covers every command from now on.
 *
 * `rejected_at` lets the server count an officer's stored rejections per day (the quota on what
 * an officer can make the server keep by sending commands it must refuse). The index on
 * `supersedes` finds whether a conflicted decision was already re-decided.
 */
export const sql = `
ALTER TABLE devices DROP CONSTRAINT devices_pkey;
ALTER TABLE devices ADD PRIMARY KEY (device_id, officer_id);
INSERT INTO devices (device_id, officer_id)
  SELECT DISTINCT device_id, officer_id FROM decisions
  ON CONFLICT (device_id, officer_id) DO NOTHING;
UPDATE devices SET
  processed_count = (SELECT count(*) FROM decisions d
                     WHERE d.device_id = devices.device_id AND d.officer_id = devices.officer_id),
  last_processed_seq = coalesce((SELECT max(seq) FROM decisions d
                     WHERE d.device_id = devices.device_id AND d.officer_id = devices.officer_id), 0);

ALTER TABLE decisions ADD COLUMN seq_reused_before_rule boolean NOT NULL DEFAULT false;
UPDATE decisions SET seq_reused_before_rule = true
  WHERE decision_id IN (
    SELECT decision_id FROM (
      SELECT decision_id, row_number() OVER (
        PARTITION BY device_id, officer_id, seq ORDER BY recorded_at, decision_id) AS n
      FROM decisions) numbered
    WHERE n > 1);
CREATE UNIQUE INDEX decisions_device_officer_seq_idx ON decisions (device_id, officer_id, seq)
  WHERE NOT seq_reused_before_rule;

ALTER TABLE decisions ADD COLUMN rejected_at timestamptz;
UPDATE decisions SET rejected_at = recorded_at WHERE outcome->>'outcome' = 'REJECTED';
CREATE INDEX decisions_rejected_idx ON decisions (officer_id, rejected_at)
  WHERE rejected_at IS NOT NULL;
CREATE INDEX decisions_supersedes_idx ON decisions ((command->>'supersedes'))
  WHERE command->>'supersedes' IS NOT NULL;
`;
