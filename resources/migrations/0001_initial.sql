-- mmtrack schema 1: the patient registry and the audit log.
-- Portable SQL: runs on SQLite and PostgreSQL. {{ID}} is the one dialect difference: an
-- auto-numbered primary key (INTEGER PRIMARY KEY on SQLite, an identity column on
-- PostgreSQL). Times are ISO 8601 UTC text; partial dates are ISO text (YYYY, YYYY-MM or
-- YYYY-MM-DD), whose length is their precision.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE patients (
    id {{ID}},
    mrn TEXT NOT NULL UNIQUE CHECK (length(mrn) BETWEEN 1 AND 40),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date TEXT CHECK (length(birth_date) IN (4, 7, 10)),
    weight_kg DOUBLE PRECISION CHECK (weight_kg > 0),
    diagnosis_date TEXT CHECK (length(diagnosis_date) IN (4, 7, 10)),
    heavy_chain TEXT CHECK (heavy_chain IN ('IgG', 'IgA', 'IgD', 'IgE', 'IgM', 'none')),
    light_chain TEXT CHECK (light_chain IN ('kappa', 'lambda')),
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE INDEX patients_by_name ON patients (name);

-- One row per insert, update or delete of clinical data. Values are JSON objects: the whole
-- row for an insert or delete, the changed columns for an update.
CREATE TABLE audit_log (
    id {{ID}},
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name TEXT NOT NULL,
    row_id BIGINT NOT NULL,
    old_values TEXT,
    new_values TEXT,
    reason TEXT
);

CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id);
