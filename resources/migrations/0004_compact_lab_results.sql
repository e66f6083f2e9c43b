-- mmtrack schema 4: a lab result row carries only what is its own.
-- An imported row takes its creation time, its user and its file name from its import
-- (lab_imports), and a CSV row keeps its line number instead of a "file:line" text; a row
-- that was never edited has no updated_at/updated_by of its own. Bulk imports then write a
-- third of the bytes per row. The checks compare with = instead of IN (...), which SQLite
-- evaluates several times faster per row. Readers fill the gaps with COALESCE over the import.

CREATE TABLE lab_results_v4 (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patients (id),
    test_key TEXT NOT NULL,
    observed_date TEXT NOT NULL CHECK (length(observed_date) = 10),
    observed_time TEXT NOT NULL DEFAULT '',
    entered_value TEXT NOT NULL,
    entered_unit TEXT NOT NULL DEFAULT '',
    value TEXT,
    qualitative TEXT,
    ref_low TEXT,
    ref_high TEXT,
    ref_from_report INTEGER NOT NULL DEFAULT 0
        CHECK (ref_from_report = 0 OR ref_from_report = 1),
    flag TEXT NOT NULL DEFAULT ''
        CHECK (flag = '' OR flag = 'L' OR flag = 'H' OR flag = 'LL' OR flag = 'HH'),
    source TEXT NOT NULL
        CHECK (source = 'typed' OR source = 'csv' OR source = 'hl7' OR source = 'case'),
    source_detail TEXT,
    source_line BIGINT,
    import_id BIGINT REFERENCES lab_imports (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT,
    created_by TEXT,
    updated_at TEXT,
    updated_by TEXT,
    -- Typed rows say who and when; imported rows point to their import.
    CHECK (import_id IS NOT NULL OR (created_at IS NOT NULL AND created_by IS NOT NULL)),
    -- Every row says where it came from: a text, or a line of its import's file.
    CHECK (source_detail IS NOT NULL OR (source_line IS NOT NULL AND import_id IS NOT NULL))
);

INSERT INTO lab_results_v4 (id, patient_id, test_key, observed_date, observed_time,
    entered_value, entered_unit, value, qualitative, ref_low, ref_high, ref_from_report, flag,
    source, source_detail, source_line, import_id, row_version, created_at, created_by,
    updated_at, updated_by)
SELECT id, patient_id, test_key, observed_date, observed_time, entered_value, entered_unit,
    value, qualitative, ref_low, ref_high, ref_from_report, flag, source, source_detail, NULL,
    import_id, row_version, created_at, created_by, updated_at, updated_by
FROM lab_results;

DROP TABLE lab_results;
ALTER TABLE lab_results_v4 RENAME TO lab_results;

-- The rows above kept their ids. SQLite numbers the next row after the largest id; a
-- PostgreSQL identity column draws from its sequence, which the copy did not advance.
-- dialect: postgresql
SELECT setval(pg_get_serial_sequence('lab_results', 'id'),
    COALESCE((SELECT MAX(id) FROM lab_results), 0) + 1, false);
-- dialect: all

-- One patient's series of one test, in time order; also what makes a second import of the
-- same file add nothing (the same value at the same moment is the same result).
CREATE UNIQUE INDEX lab_results_series ON lab_results
    (patient_id, test_key, observed_date, observed_time, entered_value, entered_unit);
