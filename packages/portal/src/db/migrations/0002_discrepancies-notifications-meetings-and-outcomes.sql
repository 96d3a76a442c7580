-- Migration 2: discrepancies, notifications, meetings and outcomes
-- Up Migration
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
