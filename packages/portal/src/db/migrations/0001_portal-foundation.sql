-- Migration 1: portal foundation
-- Up Migration
CREATE TABLE agencies (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  can_lead boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  email text NOT NULL,
  display_name text NOT NULL,
  password_hash text,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE maps (
  id text PRIMARY KEY,
  lead_agency_id text NOT NULL REFERENCES agencies(id),
  title text NOT NULL,
  family jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_by text NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX maps_lead ON maps (lead_agency_id);

CREATE TABLE map_invitations (
  map_id text NOT NULL REFERENCES maps(id),
  agency_id text NOT NULL REFERENCES agencies(id),
  invited_by text NOT NULL REFERENCES users(id),
  invited_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (map_id, agency_id)
);
CREATE INDEX map_invitations_agency ON map_invitations (agency_id);

CREATE TABLE contributions (
  id text PRIMARY KEY,
  map_id text NOT NULL REFERENCES maps(id),
  agency_id text NOT NULL REFERENCES agencies(id),
  practitioner_id text NOT NULL REFERENCES users(id),
  change jsonb NOT NULL,
  change_as_sent jsonb,
  source text NOT NULL,
  note text,
  base_version integer NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'accepted', 'rejected', 'conflict')),
  conflicts jsonb,
  decided_by text REFERENCES users(id),
  decided_at timestamptz,
  decision_reason text,
  applied_version integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contributions_map ON contributions (map_id, created_at);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id text,
  agency_id text,
  map_id text,
  action text NOT NULL,
  profile text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_map ON audit_log (map_id, id);

-- The audit log is append-only: no row is ever changed or removed, whoever asks.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
