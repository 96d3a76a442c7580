import type { Migration } from './migrate.ts';

/**
 * The portal's schema, one migration at a time. Never edit a migration that has shipped: add one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'portal foundation',
    sql: `
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
`,
  },
  {
    version: 2,
    name: 'discrepancies, notifications, meetings and outcomes',
    sql: `
-- Where an identity-set value on a map came from: the accepted contribution that last set it.
CREATE TABLE field_sources (
  map_id text NOT NULL REFERENCES maps(id),
  entity_id text NOT NULL,
  field text NOT NULL,
  contribution_id text NOT NULL REFERENCES contributions(id),
  agency_id text NOT NULL REFERENCES agencies(id),
  practitioner_id text NOT NULL REFERENCES users(id),
  source text NOT NULL,
  value text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (map_id, entity_id, field)
);

-- An identity-set value a contribution gives that differs from the map's (seed learning point 8).
CREATE TABLE discrepancies (
  id text PRIMARY KEY,
  map_id text NOT NULL REFERENCES maps(id),
  contribution_id text NOT NULL REFERENCES contributions(id),
  entity_kind text NOT NULL CHECK (entity_kind IN ('person', 'household')),
  entity_id text NOT NULL,
  field text NOT NULL,
  path text NOT NULL,
  map_value text NOT NULL,
  map_source jsonb NOT NULL,
  reported_value text NOT NULL,
  reported_by_agency text NOT NULL REFERENCES agencies(id),
  reported_source text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'corrected', 'not_corrected')),
  resolved_by text REFERENCES users(id),
  resolved_at timestamptz,
  notified_agencies jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX discrepancies_map ON discrepancies (map_id, created_at);
CREATE INDEX discrepancies_contribution ON discrepancies (contribution_id);

CREATE TABLE meetings (
  id text PRIMARY KEY,
  map_id text NOT NULL REFERENCES maps(id),
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  place text,
  agencies jsonb NOT NULL,
  created_by text NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meetings_map ON meetings (map_id, starts_at);

-- The outcome of an assessment or a meeting, told to every agency that contributed (learning point 11.1).
CREATE TABLE outcomes (
  id text PRIMARY KEY,
  map_id text NOT NULL REFERENCES maps(id),
  kind text NOT NULL CHECK (kind IN ('assessment', 'meeting')),
  meeting_id text REFERENCES meetings(id),
  summary text NOT NULL,
  decided_on date,
  agencies jsonb NOT NULL,
  recorded_by text NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outcomes_map ON outcomes (map_id, created_at);

-- An agency's inbox. Every row inserted is announced on the channel kinmap_inbox_<schema> in the
-- same transaction (PostgreSQL delivers it when the transaction commits, to every server process).
CREATE TABLE notifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  map_id text REFERENCES maps(id),
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  read_by text REFERENCES users(id)
);
CREATE INDEX notifications_agency ON notifications (agency_id, id);

CREATE FUNCTION notifications_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kinmap_inbox_' || current_schema(),
    json_build_object('agencyId', NEW.agency_id, 'id', NEW.id)::text);
  RETURN NULL;
END;
$$;
CREATE TRIGGER notifications_announce AFTER INSERT ON notifications
  FOR EACH ROW EXECUTE FUNCTION notifications_announce();
`,
  },
  {
    version: 3,
    name: 'map versions',
    sql: `
-- Every version of every map, so a partner's change based on an older version can be matched through
-- the ids of the view that partner saw (issue 15). Written by a trigger on maps, so in the same
-- transaction as the map's own insert or update, whichever route does it.
CREATE TABLE map_versions (
  map_id text NOT NULL REFERENCES maps(id),
  version integer NOT NULL CHECK (version >= 1),
  family jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (map_id, version)
);

-- Maps made before this migration: their current version (the older ones were never kept).
INSERT INTO map_versions (map_id, version, family) SELECT id, version, family FROM maps;

CREATE FUNCTION map_versions_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO map_versions (map_id, version, family) VALUES (NEW.id, NEW.version, NEW.family)
    ON CONFLICT (map_id, version) DO UPDATE SET family = EXCLUDED.family;
  RETURN NULL;
END;
$$;
CREATE TRIGGER map_versions_keep AFTER INSERT OR UPDATE OF family, version ON maps
  FOR EACH ROW EXECUTE FUNCTION map_versions_keep();
`,
  },
];
