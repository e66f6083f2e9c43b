-- mmtrack schema 8: signed assessments.
-- A clinician signs a patient's assessment as of a date by entering the password again. The
-- row keeps the assessment JSON exactly as it was signed and its SHA-256, so that what was
-- signed can always be shown and checked. A signed row never changes: a later correction is
-- a new row with the next version, the row it supersedes, the reason, and the list of what
-- changed (JSON: [{"path", "before", "after"}]).

CREATE TABLE assessment_signatures (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patients (id),
    as_of TEXT NOT NULL CHECK (length(as_of) = 10),
    version INTEGER NOT NULL CHECK (version >= 1),
    supersedes_id BIGINT REFERENCES assessment_signatures (id),
    assessment TEXT NOT NULL,
    assessment_sha256 TEXT NOT NULL CHECK (length(assessment_sha256) = 64),
    changes TEXT,
    reason TEXT,
    signed_by TEXT NOT NULL,
    signed_by_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    UNIQUE (patient_id, as_of, version),
    CHECK (version = 1 OR (supersedes_id IS NOT NULL AND reason IS NOT NULL AND length(reason) > 0))
);

CREATE INDEX assessment_signatures_by_patient ON assessment_signatures (patient_id, as_of, version);

-- Signed is signed: rows are only ever added.
-- dialect: sqlite
CREATE TRIGGER assessment_signatures_no_update BEFORE UPDATE ON assessment_signatures
BEGIN
    SELECT RAISE(ABORT, 'assessment_signatures is append-only');
END;

CREATE TRIGGER assessment_signatures_no_delete BEFORE DELETE ON assessment_signatures
BEGIN
    SELECT RAISE(ABORT, 'assessment_signatures is append-only');
END;

-- dialect: postgresql
CREATE FUNCTION assessment_signatures_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'assessment_signatures is append-only';
END
$$;

CREATE TRIGGER assessment_signatures_no_update BEFORE UPDATE ON assessment_signatures
    FOR EACH ROW EXECUTE FUNCTION assessment_signatures_append_only();

CREATE TRIGGER assessment_signatures_no_delete BEFORE DELETE ON assessment_signatures
    FOR EACH ROW EXECUTE FUNCTION assessment_signatures_append_only();

CREATE TRIGGER assessment_signatures_no_truncate BEFORE TRUNCATE ON assessment_signatures
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_signatures_append_only();
-- dialect: all
