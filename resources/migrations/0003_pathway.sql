-- mmtrack schema 3: what the case file holds beyond patients and results: the diagnosis's
-- details (cytogenetics, bone disease), the treatment plan, and the pathway's events.

-- One row per patient. Each finding is NULL when not reported (never "absent").
CREATE TABLE diagnosis_details (
    id {{ID}},
    patient_id BIGINT NOT NULL UNIQUE REFERENCES patients (id),
    fish_done INTEGER NOT NULL DEFAULT 0 CHECK (fish_done IN (0, 1)),
    del17p INTEGER CHECK (del17p IN (0, 1)),
    del17p_ccf_percent TEXT,
    tp53_mutation INTEGER CHECK (tp53_mutation IN (0, 1)),
    t4_14 INTEGER CHECK (t4_14 IN (0, 1)),
    t14_16 INTEGER CHECK (t14_16 IN (0, 1)),
    t14_20 INTEGER CHECK (t14_20 IN (0, 1)),
    t11_14 INTEGER CHECK (t11_14 IN (0, 1)),
    chr1q_copies INTEGER CHECK (chr1q_copies >= 0),
    del1p32 TEXT CHECK (del1p32 IN ('none', 'monoallelic', 'biallelic')),
    biopsy_proven_plasmacytoma INTEGER CHECK (biopsy_proven_plasmacytoma IN (0, 1)),
    osteolytic_lesions INTEGER CHECK (osteolytic_lesions >= 0),
    mri_focal_lesions INTEGER CHECK (mri_focal_lesions >= 0),
    transplants_planned INTEGER NOT NULL DEFAULT 1 CHECK (transplants_planned IN (1, 2)),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- The pathway: therapy cycles, collections, transplants (day 0), transfusions, reported labels.
-- Dates are ISO text that keeps its precision.
CREATE TABLE pathway_events (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patients (id),
    type TEXT NOT NULL CHECK (type IN ('therapy_cycle', 'new_therapy_line', 'mobilization',
        'stem_cell_collection', 'admission', 'discharge', 'conditioning', 'transplant',
        'transfusion', 'reported')),
    event_date TEXT NOT NULL CHECK (length(event_date) IN (4, 7, 10)),
    end_date TEXT CHECK (length(end_date) IN (4, 7, 10)),
    phase TEXT NOT NULL DEFAULT '',
    regimen TEXT NOT NULL DEFAULT '',
    cycle INTEGER,
    transplant_number INTEGER CHECK (transplant_number IN (1, 2)),
    cd34_10e6_per_kg TEXT,
    agents TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE INDEX pathway_events_by_patient ON pathway_events (patient_id, event_date);
