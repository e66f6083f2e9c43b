-- mmtrack schema 6: a tamper-evident audit log.
-- Each row is sealed by AuditLog::record: prev_hash is the hash of the row before it (64 zeros
-- for the first row) and hash = SHA-256(prev_hash || the row's fields, length-prefixed; see
-- docs/DATA-FORMATS.md), both lower-case hex. Rows written before this schema are sealed
-- in id order by AuditLog::sealExisting when the database is next opened (in C++: SQL
-- cannot compute SHA-256 portably); that happens once, while no row is sealed yet.
-- patient_id names the patient a row belongs to (NULL for lab imports and lab-code edits),
-- so that the audit viewer can filter by patient.

ALTER TABLE audit_log ADD COLUMN patient_id BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- Backfill patient_id from the rows that still exist, then, for deleted rows, from the
-- latest earlier audit row of the same row.
UPDATE audit_log SET patient_id = row_id WHERE table_name = 'patients';
UPDATE audit_log SET patient_id = (SELECT t.patient_id FROM lab_results t WHERE t.id = audit_log.row_id)
    WHERE table_name = 'lab_results';
UPDATE audit_log SET patient_id = (SELECT t.patient_id FROM pathway_events t WHERE t.id = audit_log.row_id)
    WHERE table_name = 'pathway_events';
UPDATE audit_log SET patient_id = (SELECT t.patient_id FROM diagnosis_details t WHERE t.id = audit_log.row_id)
    WHERE table_name = 'diagnosis_details';
UPDATE audit_log SET patient_id = (SELECT t.patient_id FROM patient_protocols t WHERE t.id = audit_log.row_id)
    WHERE table_name = 'patient_protocols';
UPDATE audit_log SET patient_id = (SELECT e.patient_id FROM audit_log e WHERE e.table_name = audit_log.table_name
        AND e.row_id = audit_log.row_id AND e.id < audit_log.id AND e.patient_id IS NOT NULL
        ORDER BY e.id DESC LIMIT 1)
    WHERE patient_id IS NULL
      AND table_name IN ('lab_results', 'pathway_events', 'diagnosis_details', 'patient_protocols');

CREATE INDEX audit_log_by_patient ON audit_log (patient_id, id);

-- Append-only, as far as the database can enforce it: a sealed row can be neither changed nor
-- deleted; an unsealed row (written before schema 6) may only receive its seal, once.
-- SQLite: two triggers (the Migrator keeps a CREATE TRIGGER ... END block as one statement).
-- dialect: sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
    OR NEW.user_name IS NOT OLD.user_name OR NEW.action IS NOT OLD.action
    OR NEW.table_name IS NOT OLD.table_name OR NEW.row_id IS NOT OLD.row_id
    OR NEW.patient_id IS NOT OLD.patient_id OR NEW.old_values IS NOT OLD.old_values
    OR NEW.new_values IS NOT OLD.new_values OR NEW.reason IS NOT OLD.reason
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- PostgreSQL: the same rule as a PL/pgSQL trigger function, also refusing TRUNCATE (which
-- skips row triggers). The triggers keep SQLite's names, so an outside edit disables the same
-- trigger on both.
-- dialect: postgresql
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.hash IS NULL
           AND (NEW.id, NEW.at, NEW.user_name, NEW.action, NEW.table_name, NEW.row_id,
                NEW.patient_id, NEW.old_values, NEW.new_values, NEW.reason)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.at, OLD.user_name, OLD.action, OLD.table_name, OLD.row_id,
                OLD.patient_id, OLD.old_values, OLD.new_values, OLD.reason) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
-- dialect: all
