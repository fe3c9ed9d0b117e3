/**
 * Versioned SQL migrations, applied in order at start and recorded in `sos_schema_migrations`.
 * A migration, once released, is never edited: change the schema with a new one. Replicas
 * starting together take an advisory lock, so each migration runs exactly once.
 */
import type { Database } from './db.js';

/** One step of the schema. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'collections, keys, respondent links, versioned submissions, aggregate states, idempotency, audit',
    sql: `
CREATE TABLE collections (
  id text PRIMARY KEY,
  county text NOT NULL,
  title text NOT NULL,
  framework_id text NOT NULL,
  framework_version text NOT NULL,
  level text NOT NULL,
  subject jsonb NOT NULL,
  school_year text,
  perspectives jsonb NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  deadline timestamptz,
  allowed_origins jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX collections_county ON collections (county);

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('owner', 'county-admin', 'state-viewer')),
  county text,
  collection_id text REFERENCES collections (id),
  label text NOT NULL,
  salt bytea NOT NULL,
  hash bytea NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  CHECK ((role = 'owner') = (collection_id IS NOT NULL)),
  CHECK ((role = 'county-admin') = (county IS NOT NULL))
);

CREATE TABLE respondent_links (
  id text PRIMARY KEY,
  collection_id text NOT NULL REFERENCES collections (id),
  token_hash bytea NOT NULL UNIQUE,
  perspective text NOT NULL CHECK (perspective IN ('self', 'partner')),
  respondent text,
  label text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX respondent_links_collection ON respondent_links (collection_id);

CREATE TABLE submissions (
  id text PRIMARY KEY,
  collection_id text NOT NULL REFERENCES collections (id),
  link_id text NOT NULL REFERENCES respondent_links (id),
  respondent_key text NOT NULL,
  perspective text NOT NULL,
  latest_version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (link_id, respondent_key)
);
CREATE INDEX submissions_collection ON submissions (collection_id);

CREATE TABLE submission_versions (
  submission_id text NOT NULL REFERENCES submissions (id),
  version integer NOT NULL,
  document jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (submission_id, version)
);

CREATE TABLE aggregate_states (
  collection_id text NOT NULL REFERENCES collections (id),
  perspective text NOT NULL,
  -- json, not jsonb: core compares scoring methods by their JSON text, so key order must survive.
  state json NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection_id, perspective)
);

CREATE TABLE idempotency_keys (
  link_id text NOT NULL REFERENCES respondent_links (id),
  key text NOT NULL,
  request_hash text NOT NULL,
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (link_id, key)
);

CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  county text,
  collection_id text,
  target text,
  detail jsonb
);
CREATE INDEX audit_events_collection ON audit_events (collection_id, id);
CREATE INDEX audit_events_county ON audit_events (county, id);

CREATE TABLE server_settings (
  name text PRIMARY KEY,
  value jsonb NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'improvement plans stored with their collection, versioned like submissions',
    sql: `
CREATE TABLE improvement_plans (
  id text PRIMARY KEY,
  collection_id text NOT NULL REFERENCES collections (id),
  latest_version integer NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX improvement_plans_collection ON improvement_plans (collection_id, created_at, id);

-- Every saved version is kept: a save adds a row, nothing updates or deletes one.
CREATE TABLE improvement_plan_versions (
  plan_id text NOT NULL REFERENCES improvement_plans (id),
  version integer NOT NULL,
  document jsonb NOT NULL,
  saved_by text NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, version)
);
`,
  },
  {
    version: 3,
    name: 'aggregate states updated by counts in SQL: shards of summed contributions, no collection lock',
    sql: `
-- A collection's state is its base state (aggregate_states.state) plus every shard of summed
-- submission contributions. See src/counts.ts for the layout of the counts.
CREATE TABLE aggregate_counts (
  collection_id text NOT NULL REFERENCES collections (id),
  perspective text NOT NULL,
  shard smallint NOT NULL,
  counts bigint[] NOT NULL,
  PRIMARY KEY (collection_id, perspective, shard)
);

-- The positions the latest version counts, and (set by each resubmission) the positions of the
-- version it replaced, which the same statement takes out of the state. Rows stored before this
-- migration get their contribution computed by the server at start (Store.backfillContributions).
ALTER TABLE submissions ADD COLUMN contribution integer[];
ALTER TABLE submissions ADD COLUMN replaced_contribution integer[];

-- counts + 1 at each position of plus, - 1 at each position of minus (positions may repeat).
CREATE FUNCTION sos_add_counts(counts bigint[], plus integer[], minus integer[]) RETURNS bigint[]
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  k integer;
BEGIN
  IF plus IS NOT NULL THEN
    FOREACH k IN ARRAY plus LOOP counts[k] := counts[k] + 1; END LOOP;
  END IF;
  IF minus IS NOT NULL THEN
    FOREACH k IN ARRAY minus LOOP counts[k] := counts[k] - 1; END LOOP;
  END IF;
  RETURN counts;
END
$$;

-- One submission, called as one statement (so it commits or rolls back as a whole, with one round
-- trip). A function rather than a long statement: its statements' plans are cached per database
-- session, where parsing and planning a statement of this size would cost more than running it.
-- Returns no row when the link is unknown or withdrawn; else the collection's status and either
-- the first receipt of a committed Idempotency-Key (replay_*) or the new receipt.
CREATE FUNCTION sos_submit(
  p_id text, p_collection text, p_link text, p_respondent text, p_perspective text, p_document jsonb,
  p_contribution integer[], p_length integer, p_shard smallint, p_key text, p_hash text
) RETURNS TABLE (status text, past_deadline boolean, replay_response jsonb, replay_hash text, id text, version integer, received_at text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_now timestamptz := date_trunc('milliseconds', now());
  v_status text;
  v_past boolean;
  v_county text;
  v_id text;
  v_version integer;
  v_replaced integer[];
  v_received text;
BEGIN
  SELECT c.status, (c.deadline IS NOT NULL AND c.deadline < now()), c.county INTO v_status, v_past, v_county
  FROM respondent_links l JOIN collections c ON c.id = l.collection_id
  WHERE l.id = p_link AND l.collection_id = p_collection AND l.revoked_at IS NULL;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF v_status <> 'open' OR v_past THEN
    -- A retry of a submission stored before the collection closed still gets its receipt.
    RETURN QUERY SELECT v_status, v_past, i.response, i.request_hash, NULL::text, NULL::integer, NULL::text
      FROM (SELECT 1) AS one LEFT JOIN idempotency_keys i ON i.link_id = p_link AND i.key = p_key;
    RETURN;
  END IF;
  IF p_key IS NOT NULL THEN
    -- Claiming the key first makes a concurrent request with the same key wait here until this
    -- one commits; it then finds the key taken and answers this one's receipt.
    INSERT INTO idempotency_keys AS i (link_id, key, request_hash, response, created_at)
    VALUES (p_link, p_key, p_hash, 'null', v_now) ON CONFLICT (link_id, key) DO NOTHING;
    IF NOT FOUND THEN
      RETURN QUERY SELECT v_status, v_past, i.response, i.request_hash, NULL::text, NULL::integer, NULL::text
        FROM idempotency_keys i WHERE i.link_id = p_link AND i.key = p_key;
      RETURN;
    END IF;
  END IF;
  -- A new submission, or the next version of the respondent's (waiting for a concurrent version
  -- of the same respondent and numbering after it).
  INSERT INTO submissions AS s (id, collection_id, link_id, respondent_key, perspective, latest_version, contribution, created_at, updated_at)
  VALUES (p_id, p_collection, p_link, p_respondent, p_perspective, 1, p_contribution, v_now, v_now)
  ON CONFLICT (link_id, respondent_key) DO UPDATE
    SET latest_version = s.latest_version + 1, replaced_contribution = s.contribution, contribution = EXCLUDED.contribution, updated_at = EXCLUDED.updated_at
  RETURNING s.id, s.latest_version, s.replaced_contribution INTO v_id, v_version, v_replaced;
  IF v_version > 1 AND v_replaced IS NULL THEN
    RAISE EXCEPTION 'sos_abort: uncounted_previous_version' USING ERRCODE = 'P0001';
  END IF;
  INSERT INTO submission_versions (submission_id, version, document, received_at) VALUES (v_id, v_version, p_document, v_now);
  UPDATE aggregate_counts a SET counts = sos_add_counts(a.counts, p_contribution, v_replaced)
  WHERE a.collection_id = p_collection AND a.perspective = p_perspective AND a.shard = p_shard;
  IF NOT FOUND THEN
    INSERT INTO aggregate_counts AS a (collection_id, perspective, shard, counts)
    VALUES (p_collection, p_perspective, p_shard, sos_add_counts(array_fill(0::bigint, ARRAY[p_length]), p_contribution, v_replaced))
    ON CONFLICT (collection_id, perspective, shard) DO UPDATE SET counts = sos_add_counts(a.counts, p_contribution, v_replaced);
  END IF;
  v_received := to_char(v_now AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  IF p_key IS NOT NULL THEN
    UPDATE idempotency_keys SET response = jsonb_build_object('id', v_id, 'version', v_version, 'receivedAt', v_received)
    WHERE link_id = p_link AND key = p_key;
  END IF;
  INSERT INTO audit_events (at, actor, action, county, collection_id, target, detail)
  VALUES (v_now, 'link:' || p_link, CASE WHEN v_version = 1 THEN 'submission.create' ELSE 'submission.version' END, v_county, p_collection, v_id, jsonb_build_object('version', v_version));
  RETURN QUERY SELECT v_status, v_past, NULL::jsonb, NULL::text, v_id, v_version, v_received;
END
$$;
`,
  },
  {
    version: 4,
    name: 'cheaper submissions: counts as 32-bit integers, one idempotency row written per submission, several submissions per call',
    sql: `
-- Counts of respondents fit 32 bits. Half the bytes to read, add to and write back on every
-- submission, and on the embedded engine (32-bit WebAssembly) the elements are passed by value.
ALTER TABLE aggregate_counts ALTER COLUMN counts TYPE integer[];
DROP FUNCTION sos_add_counts(bigint[], integer[], integer[]);
CREATE FUNCTION sos_add_counts(counts integer[], plus integer[], minus integer[]) RETURNS integer[]
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  k integer;
BEGIN
  IF plus IS NOT NULL THEN
    FOREACH k IN ARRAY plus LOOP counts[k] := counts[k] + 1; END LOOP;
  END IF;
  IF minus IS NOT NULL THEN
    FOREACH k IN ARRAY minus LOOP counts[k] := counts[k] - 1; END LOOP;
  END IF;
  RETURN counts;
END
$$;

-- Migration 3's sos_submit, taken apart so that several submissions can share one update of the
-- counts: sos_store_submission stores one (the Idempotency-Key now looked up first and written
-- once, with its receipt, at the end, where migration 3 claimed it and then filled it in) and
-- returns the contribution its new version replaced; sos_count adds contributions to a shard.
CREATE FUNCTION sos_store_submission(
  p_id text, p_collection text, p_link text, p_respondent text, p_perspective text, p_document jsonb,
  p_contribution integer[], p_key text, p_hash text
) RETURNS TABLE (status text, past_deadline boolean, replay_response jsonb, replay_hash text, id text, version integer, received_at text, replaced integer[])
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_now timestamptz := date_trunc('milliseconds', now());
  v_status text;
  v_past boolean;
  v_county text;
  v_id text;
  v_version integer;
  v_replaced integer[];
  v_received text;
BEGIN
  SELECT c.status, (c.deadline IS NOT NULL AND c.deadline < now()), c.county INTO v_status, v_past, v_county
  FROM respondent_links l JOIN collections c ON c.id = l.collection_id
  WHERE l.id = p_link AND l.collection_id = p_collection AND l.revoked_at IS NULL;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF v_status <> 'open' OR v_past THEN
    -- A retry of a submission stored before the collection closed still gets its receipt.
    RETURN QUERY SELECT v_status, v_past, i.response, i.request_hash, NULL::text, NULL::integer, NULL::text, NULL::integer[]
      FROM (SELECT 1) AS one LEFT JOIN idempotency_keys i ON i.link_id = p_link AND i.key = p_key;
    RETURN;
  END IF;
  IF p_key IS NOT NULL THEN
    -- A retry of a committed request answers its first receipt (a read: no row is written).
    RETURN QUERY SELECT v_status, v_past, i.response, i.request_hash, NULL::text, NULL::integer, NULL::text, NULL::integer[]
      FROM idempotency_keys i WHERE i.link_id = p_link AND i.key = p_key;
    IF FOUND THEN
      RETURN;
    END IF;
  END IF;
  -- A new submission, or the next version of the respondent's (waiting for a concurrent version
  -- of the same respondent and numbering after it).
  INSERT INTO submissions AS s (id, collection_id, link_id, respondent_key, perspective, latest_version, contribution, created_at, updated_at)
  VALUES (p_id, p_collection, p_link, p_respondent, p_perspective, 1, p_contribution, v_now, v_now)
  ON CONFLICT (link_id, respondent_key) DO UPDATE
    SET latest_version = s.latest_version + 1, replaced_contribution = s.contribution, contribution = EXCLUDED.contribution, updated_at = EXCLUDED.updated_at
  RETURNING s.id, s.latest_version, s.replaced_contribution INTO v_id, v_version, v_replaced;
  IF v_version > 1 AND v_replaced IS NULL THEN
    RAISE EXCEPTION 'sos_abort: uncounted_previous_version' USING ERRCODE = 'P0001';
  END IF;
  INSERT INTO submission_versions (submission_id, version, document, received_at) VALUES (v_id, v_version, p_document, v_now);
  v_received := to_char(v_now AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  IF p_key IS NOT NULL THEN
    -- The key is recorded once, with its receipt. A concurrent request with the same key that got
    -- here first makes this insert wait for it, then find the key taken: everything this call did
    -- is undone, and the caller calls again, which answers that request's receipt.
    INSERT INTO idempotency_keys AS i (link_id, key, request_hash, response, created_at)
    VALUES (p_link, p_key, p_hash, jsonb_build_object('id', v_id, 'version', v_version, 'receivedAt', v_received), v_now)
    ON CONFLICT (link_id, key) DO NOTHING;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'sos_abort: idempotency_key_taken' USING ERRCODE = 'P0001';
    END IF;
  END IF;
  INSERT INTO audit_events (at, actor, action, county, collection_id, target, detail)
  VALUES (v_now, 'link:' || p_link, CASE WHEN v_version = 1 THEN 'submission.create' ELSE 'submission.version' END, v_county, p_collection, v_id, jsonb_build_object('version', v_version));
  RETURN QUERY SELECT v_status, v_past, NULL::jsonb, NULL::text, v_id, v_version, v_received, v_replaced;
END
$$;


CREATE FUNCTION sos_count(p_collection text, p_perspective text, p_shard smallint, p_length integer, p_plus integer[], p_minus integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE aggregate_counts a SET counts = sos_add_counts(a.counts, p_plus, p_minus)
  WHERE a.collection_id = p_collection AND a.perspective = p_perspective AND a.shard = p_shard;
  IF NOT FOUND THEN
    INSERT INTO aggregate_counts AS a (collection_id, perspective, shard, counts)
    VALUES (p_collection, p_perspective, p_shard, sos_add_counts(array_fill(0, ARRAY[p_length]), p_plus, p_minus))
    ON CONFLICT (collection_id, perspective, shard) DO UPDATE SET counts = sos_add_counts(a.counts, p_plus, p_minus);
  END IF;
END
$$;

-- One submission: as migration 3's, same arguments and answer.
CREATE OR REPLACE FUNCTION sos_submit(
  p_id text, p_collection text, p_link text, p_respondent text, p_perspective text, p_document jsonb,
  p_contribution integer[], p_length integer, p_shard smallint, p_key text, p_hash text
) RETURNS TABLE (status text, past_deadline boolean, replay_response jsonb, replay_hash text, id text, version integer, received_at text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM sos_store_submission(p_id, p_collection, p_link, p_respondent, p_perspective, p_document, p_contribution, p_key, p_hash) LOOP
    IF r.id IS NOT NULL THEN
      PERFORM sos_count(p_collection, p_perspective, p_shard, p_length, p_contribution, r.replaced);
    END IF;
    RETURN QUERY SELECT r.status, r.past_deadline, r.replay_response, r.replay_hash, r.id, r.version, r.received_at;
  END LOOP;
END
$$;

-- Several submissions to one collection and perspective in one call, so one transaction and one
-- update of the counts (the server groups those that arrive while its previous call is under
-- way). Each is stored as sos_submit stores it alone, in order, so a later one sees an earlier
-- one: a retry with the same key is answered the first's receipt, a second version of the same
-- respondent is numbered after the first. Any error undoes them all (the server then submits
-- each alone). p_batch: a JSON array of objects with sos_store_submission's other arguments (id,
-- link, respondent, document, contribution, key, hash); n is a submission's position in it, from
-- 1, and a link that is unknown or withdrawn gives no row, as in sos_submit.
CREATE FUNCTION sos_submit_many(p_collection text, p_perspective text, p_shard smallint, p_length integer, p_batch jsonb)
RETURNS TABLE (n integer, status text, past_deadline boolean, replay_response jsonb, replay_hash text, id text, version integer, received_at text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_item jsonb;
  v_n integer;
  v_contribution integer[];
  v_plus integer[] := '{}';
  v_minus integer[] := '{}';
  r record;
BEGIN
  FOR v_item, v_n IN SELECT e.value, e.ordinality::integer FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS e ORDER BY e.ordinality LOOP
    v_contribution := ARRAY(SELECT jsonb_array_elements_text(v_item->'contribution')::integer);
    FOR r IN SELECT * FROM sos_store_submission(v_item->>'id', p_collection, v_item->>'link', v_item->>'respondent', p_perspective, v_item->'document',
        v_contribution, v_item->>'key', v_item->>'hash') LOOP
      IF r.id IS NOT NULL THEN
        v_plus := v_plus || v_contribution;
        v_minus := v_minus || r.replaced;
      END IF;
      RETURN QUERY SELECT v_n, r.status, r.past_deadline, r.replay_response, r.replay_hash, r.id, r.version, r.received_at;
    END LOOP;
  END LOOP;
  IF cardinality(v_plus) > 0 THEN
    PERFORM sos_count(p_collection, p_perspective, p_shard, p_length, v_plus, v_minus);
  END IF;
END
$$;
`,
  },
  {
    version: 5,
    name: 'submissions counted later (marked pending, added by reads, folded into the counts in batches); no foreign-key checks on the submission path',
    sql: `
-- Rewriting a collection's vector of counts (about 4,000 integers) on every submission cost more
-- than storing the submission itself. Now a submission only records its contribution and is
-- marked pending; a fold (sos_fold, run by the server every few hundred submissions) adds the
-- pending ones to the counts in one go. A collection's state is its base state plus its shards of
-- counts plus, for each pending submission, its contribution minus the one the counts hold for it.
--
-- pending: the latest contribution is not in the counts yet. counted: while pending, the
-- contribution the counts hold for this submission (NULL: none, a new submission); when not
-- pending the counts hold contribution itself. Rows stored before this migration are counted.
ALTER TABLE submissions ADD COLUMN pending boolean NOT NULL DEFAULT false;
ALTER TABLE submissions ADD COLUMN counted integer[];
CREATE INDEX submissions_pending ON submissions (collection_id, perspective) WHERE pending;

-- The foreign keys on the submission path: each insert checked them with a locking read of the
-- collection, link or submission row (a tenth of a submission's time in the database). The
-- submission statement itself finds the live link of the collection before it writes anything,
-- writes the version beside its submission in the same statement, and nothing ever deletes a
-- collection, link or submission.
ALTER TABLE submissions DROP CONSTRAINT submissions_collection_id_fkey;
ALTER TABLE submissions DROP CONSTRAINT submissions_link_id_fkey;
ALTER TABLE submission_versions DROP CONSTRAINT submission_versions_submission_id_fkey;
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_link_id_fkey;

-- Migrations 3 and 4's functions counted eagerly; a server still calling them would now count a
-- pending submission's earlier version out of the counts twice, so they go.
DROP FUNCTION sos_submit_many(text, text, smallint, integer, jsonb);
DROP FUNCTION sos_submit(text, text, text, text, text, jsonb, integer[], integer, smallint, text, text);
DROP FUNCTION sos_store_submission(text, text, text, text, text, jsonb, integer[], text, text);
DROP FUNCTION sos_count(text, text, smallint, integer, integer[], integer[]);
DROP FUNCTION sos_add_counts(integer[], integer[], integer[]);

-- One submission as one statement (a function, so its plan is made once per database session).
-- No row: the link is unknown or withdrawn. Else the collection's status; the first receipt of a
-- committed Idempotency-Key (replay_*, also after the collection closed); or the new receipt; or
-- none of these when the respondent's earlier version has no recorded contribution (stored before
-- migration 3 and not backfilled yet: the server backfills and calls again). A concurrent request
-- with the same key that commits first makes the idempotency insert fail (unique violation): the
-- whole statement is undone, and the server calls again, which answers that request's receipt.
CREATE FUNCTION sos_put_submission(
  p_id text, p_collection text, p_link text, p_respondent text, p_perspective text, p_document jsonb,
  p_contribution integer[], p_key text, p_hash text
) RETURNS TABLE (status text, past_deadline boolean, replay_response jsonb, replay_hash text, id text, version integer, received_at text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH link AS (
    SELECT c.status, (c.deadline IS NOT NULL AND c.deadline < now()) AS past, c.county, date_trunc('milliseconds', now()) AS at
    FROM respondent_links l JOIN collections c ON c.id = l.collection_id
    WHERE l.id = p_link AND l.collection_id = p_collection AND l.revoked_at IS NULL
  ), prior AS (
    SELECT i.response, i.request_hash FROM idempotency_keys i WHERE p_key IS NOT NULL AND i.link_id = p_link AND i.key = p_key
  ), stored AS (
    -- A new submission, or the next version of the respondent's (waiting for a concurrent version
    -- of the same respondent and numbering after it).
    INSERT INTO submissions AS s (id, collection_id, link_id, respondent_key, perspective, latest_version, contribution, pending, created_at, updated_at)
    SELECT p_id, p_collection, p_link, p_respondent, p_perspective, 1, p_contribution, true, link.at, link.at FROM link
    WHERE link.status = 'open' AND NOT link.past AND NOT EXISTS (SELECT FROM prior)
    ON CONFLICT (link_id, respondent_key) DO UPDATE
      SET latest_version = s.latest_version + 1, counted = CASE WHEN s.pending THEN s.counted ELSE s.contribution END, pending = true,
          contribution = EXCLUDED.contribution, updated_at = EXCLUDED.updated_at
      WHERE s.pending OR s.contribution IS NOT NULL
    RETURNING s.id, s.latest_version, s.updated_at
  ), saved AS (
    INSERT INTO submission_versions (submission_id, version, document, received_at)
    SELECT stored.id, stored.latest_version, p_document, stored.updated_at FROM stored
    RETURNING submission_id, version, to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS received
  ), receipt AS (
    INSERT INTO idempotency_keys (link_id, key, request_hash, response, created_at)
    SELECT p_link, p_key, p_hash, jsonb_build_object('id', saved.submission_id, 'version', saved.version, 'receivedAt', saved.received), link.at FROM saved, link
    WHERE p_key IS NOT NULL
  ), audited AS (
    INSERT INTO audit_events (at, actor, action, county, collection_id, target, detail)
    SELECT link.at, 'link:' || p_link, CASE WHEN saved.version = 1 THEN 'submission.create' ELSE 'submission.version' END, link.county, p_collection, saved.submission_id, jsonb_build_object('version', saved.version)
    FROM saved, link
  )
  SELECT link.status, link.past, prior.response, prior.request_hash, saved.submission_id, saved.version, saved.received
  FROM link LEFT JOIN prior ON true LEFT JOIN saved ON true;
END
$$;

-- Several submissions to one collection and perspective in one call and one transaction (the
-- server groups those that arrive while its previous call is under way). Each is stored as
-- sos_put_submission stores it alone, in order, so a later one sees an earlier one: a retry with
-- the same key is answered the first's receipt, a second version of the same respondent is
-- numbered after the first. Any error undoes them all (the server then submits each alone).
-- p_batch: a JSON array of objects with sos_put_submission's other arguments (id, link,
-- respondent, document, contribution, key, hash); n is a submission's position in it, from 1.
CREATE FUNCTION sos_put_submissions(p_collection text, p_perspective text, p_batch jsonb)
RETURNS TABLE (n integer, status text, past_deadline boolean, replay_response jsonb, replay_hash text, id text, version integer, received_at text)
LANGUAGE plpgsql AS $$
DECLARE
  v_item jsonb;
  v_n integer;
BEGIN
  FOR v_item, v_n IN SELECT e.value, e.ordinality::integer FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS e ORDER BY e.ordinality LOOP
    RETURN QUERY SELECT v_n, r.* FROM sos_put_submission(v_item->>'id', p_collection, v_item->>'link', v_item->>'respondent', p_perspective, v_item->'document',
      ARRAY(SELECT jsonb_array_elements_text(v_item->'contribution')::integer), v_item->>'key', v_item->>'hash') AS r;
  END LOOP;
END
$$;

-- Adds the pending submissions of a collection and perspective to its counts (shard 0) and marks
-- them counted, in one transaction; returns how many it folded. Rows locked by a submission under
-- way are skipped (the next fold takes them), so a fold never waits for submissions nor they for
-- it beyond the rows it holds, and two folds at once take different rows.
CREATE FUNCTION sos_fold(p_collection text, p_perspective text, p_length integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_ids text[];
  v_counts integer[];
  v_found boolean;
  r record;
BEGIN
  SELECT coalesce(array_agg(s.id), '{}') INTO v_ids FROM (
    SELECT id FROM submissions WHERE collection_id = p_collection AND perspective = p_perspective AND pending ORDER BY id FOR UPDATE SKIP LOCKED
  ) AS s;
  IF cardinality(v_ids) = 0 THEN
    RETURN 0;
  END IF;
  SELECT a.counts INTO v_counts FROM aggregate_counts a WHERE a.collection_id = p_collection AND a.perspective = p_perspective AND a.shard = 0 FOR UPDATE;
  v_found := FOUND;
  IF NOT v_found THEN
    v_counts := array_fill(0, ARRAY[p_length]);
  END IF;
  -- The locked rows cannot change now; this statement sees their latest versions. Only the
  -- positions they count are touched (in place: PL/pgSQL keeps the array expanded).
  FOR r IN
    SELECT x.position, sum(x.sign)::integer AS n
    FROM submissions s, LATERAL (SELECT unnest(s.contribution), 1 UNION ALL SELECT unnest(s.counted), -1) AS x(position, sign)
    WHERE s.id = ANY(v_ids) GROUP BY x.position
  LOOP
    v_counts[r.position] := v_counts[r.position] + r.n;
  END LOOP;
  IF v_found THEN
    UPDATE aggregate_counts a SET counts = v_counts WHERE a.collection_id = p_collection AND a.perspective = p_perspective AND a.shard = 0;
  ELSE
    -- Another fold may have created the row meanwhile: then add to it.
    INSERT INTO aggregate_counts AS a (collection_id, perspective, shard, counts) VALUES (p_collection, p_perspective, 0, v_counts)
    ON CONFLICT (collection_id, perspective, shard) DO UPDATE
      SET counts = (SELECT array_agg(t.c + t.d ORDER BY t.o) FROM unnest(a.counts, EXCLUDED.counts) WITH ORDINALITY AS t(c, d, o));
  END IF;
  UPDATE submissions SET pending = false, counted = NULL WHERE id = ANY(v_ids);
  RETURN cardinality(v_ids);
END
$$;
`,
  },
];

/**
 * Brings the database from any earlier version (or empty) to the latest; returns the versions
 * it applied.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(7262091)`);
    await tx.query(`CREATE TABLE IF NOT EXISTS sos_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>(`SELECT version FROM sos_schema_migrations`)).map((row) => row.version));
    const latestKnown = Math.max(0, ...migrations.map((m) => m.version));
    const newer = [...done].filter((v) => v > latestKnown);
    if (newer.length > 0) throw new Error(`the database has schema version ${Math.max(...newer)}, newer than this server knows (${latestKnown}); upgrade the server`);
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO sos_schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
