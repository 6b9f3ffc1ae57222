/**
 * First slice: posts, officers, declarations and the change log the sync protocol pages over.
 * Ids are `COLLATE "C"` so keyset paging orders them bytewise, identically on both engines
 * whatever the cluster's locale. Decisions and device sync state come in a later migration.
 */
export const sql = `
CREATE TABLE posts (
  id text COLLATE "C" PRIMARY KEY,
  office_code text NOT NULL,
  name text NOT NULL,
  name_local text NOT NULL,
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('kr', 'uk')),
  currency text NOT NULL,
  timezone text NOT NULL,
  demo boolean NOT NULL
);

CREATE TABLE officers (
  id text COLLATE "C" PRIMARY KEY,
  post_id text COLLATE "C" NOT NULL REFERENCES posts (id),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('officer', 'inspector', 'supervisor')),
  -- Set when login arrives; demo officers have none yet.
  password_hash text,
  demo boolean NOT NULL
);
CREATE INDEX officers_post_idx ON officers (post_id);

CREATE TABLE declarations (
  id text COLLATE "C" PRIMARY KEY,
  post_id text COLLATE "C" NOT NULL REFERENCES posts (id),
  reference text NOT NULL UNIQUE,
  version integer NOT NULL CHECK (version >= 1),
  status text NOT NULL,
  lane text,
  risk_score integer NOT NULL,
  registered_at timestamptz NOT NULL,
  -- The whole Declaration as the API serves it; the columns above are copies for querying.
  doc jsonb NOT NULL
);
CREATE UNIQUE INDEX declarations_post_id_idx ON declarations (post_id, id);

CREATE TABLE change_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_id text COLLATE "C" NOT NULL,
  post_id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_post_seq_idx ON change_log (post_id, seq);
`;
