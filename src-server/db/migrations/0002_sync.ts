/**
 * Sync protocol v1 and sign-in (issue 4): refresh tokens, devices, decisions (the dedupe record),
 * one final decision per declaration, amendment history for AMENDED_SINCE_VIEWED, tombstones in
 * the change log, its retention horizon, and versioned reference data.
 *
 * Passwords reuse officers.password_hash from 0001 as one self-describing string
 * (`scrypt$N$r$p$salt$hash`), so the cost parameters travel with each hash and can be raised later.
 */
export const sql = `
CREATE TABLE refresh_tokens (
  -- SHA-256 of the token: a stolen table row cannot be replayed.
  token_hash text COLLATE "C" PRIMARY KEY,
  -- Every rotation of one sign-in shares a family; reusing a rotated token revokes the family.
  family_id text COLLATE "C" NOT NULL,
  officer_id text COLLATE "C" NOT NULL REFERENCES officers (id),
  device_id text COLLATE "C" NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  rotated_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

CREATE TABLE devices (
  device_id text COLLATE "C" PRIMARY KEY,
  -- The officer who last signed in on this device: the one who may read its state.
  officer_id text COLLATE "C" NOT NULL REFERENCES officers (id),
  last_processed_seq bigint NOT NULL DEFAULT 0 CHECK (last_processed_seq >= 0),
  registered_at timestamptz NOT NULL DEFAULT now()
);

-- Kept forever: a decision id seen once is answered DUPLICATE with its stored outcome ever after.
-- No foreign keys, so a poison decision (unknown declaration) is recorded like any other.
CREATE TABLE decisions (
  decision_id text COLLATE "C" PRIMARY KEY,
  device_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  declaration_id text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  base_version integer NOT NULL,
  officer_id text COLLATE "C" NOT NULL,
  command jsonb NOT NULL,
  -- Written in the same transaction as the claim; NULL only inside that transaction.
  outcome jsonb,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decisions_declaration_idx ON decisions (declaration_id);

-- The primary key is the rule: one final decision (release, reject) per declaration.
CREATE TABLE declaration_final_decisions (
  declaration_id text COLLATE "C" PRIMARY KEY,
  decision_id text COLLATE "C" NOT NULL UNIQUE REFERENCES decisions (decision_id)
);

-- One row per amendment: the material fields it changed, before and after, so a decision made on
-- an older version gets the diff without keeping every full version of the declaration.
CREATE TABLE declaration_amendments (
  declaration_id text COLLATE "C" NOT NULL REFERENCES declarations (id),
  version integer NOT NULL,
  changes jsonb NOT NULL,
  amended_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (declaration_id, version)
);

-- Withdrawn declarations stay (decisions refer to them) but leave snapshots and pulls.
ALTER TABLE declarations ADD COLUMN withdrawn_at timestamptz;

-- 'created' (0001, seeding) and 'upsert' carry the declaration; 'tombstone' removes it from a
-- post's devices for the given reason.
ALTER TABLE change_log ADD COLUMN reason text;
ALTER TABLE change_log ADD CONSTRAINT change_log_kind_check CHECK (
  (kind IN ('created', 'upsert') AND reason IS NULL)
  OR (kind = 'tombstone' AND reason IN ('withdrawn', 'reassigned', 'access-revoked'))
);

-- Pruning deletes a prefix of the change log; cursors at or after this seq stay valid.
CREATE TABLE change_log_horizon (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  pruned_through bigint NOT NULL DEFAULT 0
);
INSERT INTO change_log_horizon (id, pruned_through) VALUES (true, 0);

-- body is the exact text served, so its hash is a strong ETag.
CREATE TABLE reference_data (
  kind text NOT NULL CHECK (kind IN ('tariff', 'rates')),
  jurisdiction text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  etag text NOT NULL,
  body text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, jurisdiction, version)
);
`;
