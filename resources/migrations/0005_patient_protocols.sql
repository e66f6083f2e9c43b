-- mmtrack schema 5: the protocol a patient follows. The template is kept as it was applied
-- (a copy of its JSON), so that a later change to the template files does not move a
-- patient's planned steps; the steps themselves are derived from it, the start date and the
-- recorded events whenever they are shown.

CREATE TABLE patient_protocols (
    id {{ID}},
    patient_id BIGINT NOT NULL UNIQUE REFERENCES patients (id),
    template_id TEXT NOT NULL,
    template_json TEXT NOT NULL,
    start_date TEXT NOT NULL CHECK (length(start_date) = 10),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
