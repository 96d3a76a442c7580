-- Migration 3: map versions
-- Up Migration
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
