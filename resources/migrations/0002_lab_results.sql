-- mmtrack schema 2: lab results, the local-code mapping and the record of imports.
-- Values are exact decimal text (canonical unit); the value as entered and its unit are kept.

CREATE TABLE lab_imports (
    id {{ID}},
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('csv', 'hl7', 'case')),
    strict INTEGER NOT NULL DEFAULT 0 CHECK (strict IN (0, 1)),
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_duplicate INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE lab_results (
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
    ref_from_report INTEGER NOT NULL DEFAULT 0 CHECK (ref_from_report IN (0, 1)),
    flag TEXT NOT NULL DEFAULT '' CHECK (flag IN ('', 'L', 'H', 'LL', 'HH')),
    source TEXT NOT NULL CHECK (source IN ('typed', 'csv', 'hl7', 'case')),
    source_detail TEXT NOT NULL DEFAULT '',
    import_id BIGINT REFERENCES lab_imports (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- One patient's series of one test, in time order; also what makes a second import of the
-- same file add nothing (the same value at the same moment is the same result).
CREATE UNIQUE INDEX lab_results_series ON lab_results
    (patient_id, test_key, observed_date, observed_time, entered_value, entered_unit);

-- Local codes of the lab system (HL7 OBX-3 or a CSV test column) and the test each means.
CREATE TABLE lab_code_map (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    test_key TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
