#!/usr/bin/env python3
"""Writes resources/demo/demo-case.json: the published tandem-transplant case with its labs.

Published facts (clinical-reference.md §7): a man of 36 diagnosed in April 2025 with
t(4;14) and 1q21 amplification, Hb 83 g/L and globulin 95 g/L at presentation, collection
on 2025-08-27, ASCT1 on 2025-11-03 (neutrophil engraftment reported on day +9, discharge
day +10), ASCT2 on 2026-03-17 (engraftment reported on day +8, discharge day +17), VGPR
after four VRD cycles, sCR before the first transplant and three months after it.

Every other value below is ILLUSTRATIVE: chosen to be clinically plausible and consistent
with those facts, not published. The case file says so in the patient's notes.
Run: python3 resources/demo/make_demo_case.py
"""
import json
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "demo-case.json"
ASCT1 = date(2025, 11, 3)
ASCT2 = date(2026, 3, 17)

observations = []


def obs(test, value, unit, day, **extra):
    entry = {"test": test, "value": value}
    if unit is not None:
        entry["unit"] = unit
    entry["date"] = day.isoformat()
    entry.update(extra)
    observations.append(entry)


def myeloma_panel(day, m, urine, sife, uife, kappa, lam, bmpc=None, ihc=None):
    obs("serum_m_protein", m, "g/L", day)
    obs("urine_m_protein_24h", urine, "mg/(24.h)", day)
    obs("serum_ife", sife, None, day)
    obs("urine_ife", uife, None, day)
    obs("kappa_flc", kappa, "mg/L", day)
    obs("lambda_flc", lam, "mg/L", day)
    obs("flc_ratio", round(kappa / lam, 2), None, day)
    if bmpc is not None:
        obs("bm_plasma_cells", bmpc, "%", day)
    if ihc is not None:
        obs("bm_clonal_pc_ihc", ihc, None, day)


# Diagnosis, April 2025: Hb 83 and globulin 95 are published; the rest is illustrative.
dx = date(2025, 4, 15)
obs("hemoglobin", 83, "g/L", dx)
obs("globulin", 95, "g/L", dx)
obs("total_protein", 132, "g/L", dx)
obs("albumin", 37, "g/L", dx)
obs("wbc", 4.1, "10*9/L", dx)
obs("anc", 2.2, "10*9/L", dx)
obs("platelets", 148, "10*9/L", dx)
obs("beta2_microglobulin", 4.2, "mg/L", dx)
obs("ldh", 212, "U/L", dx)
obs("creatinine", 81, "umol/L", dx)
obs("calcium", 2.38, "mmol/L", dx)
obs("igg", 88.5, "g/L", dx)
obs("iga", 0.35, "g/L", dx)
obs("igm", 0.21, "g/L", dx)
myeloma_panel(dx, 62, 380, "positive", "positive", 845, 9.6, bmpc=46, ihc="present")

# After cycle 4 (August 2025): VGPR, twice for confirmation.
myeloma_panel(date(2025, 8, 8), 4.1, 60, "positive", "positive", 38.5, 9.1)
obs("hemoglobin", 118, "g/L", date(2025, 8, 8))
myeloma_panel(date(2025, 8, 19), 3.6, 45, "positive", "negative", 31.2, 9.4)

# Before the first transplant (October 2025): sCR, twice.
myeloma_panel(date(2025, 10, 14), 0, 0, "negative", "negative", 14.2, 11.8, bmpc=2, ihc="absent")
myeloma_panel(date(2025, 10, 28), 0, 0, "negative", "negative", 13.5, 12.1)


def counts_around(day0, anc, plt, hb, transfusions):
    """Daily blood counts from D-2; anc/plt/hb are lists from D-2 onwards."""
    for offset, (a, p, h) in enumerate(zip(anc, plt, hb)):
        day = day0 + timedelta(days=offset - 2)
        wbc = round(max(a * 1.35, a + 0.05), 2) if a > 0 else 0.02
        obs("wbc", wbc, "10*9/L", day)
        obs("anc", a, "10*9/L", day)
        obs("platelets", p, "10*9/L", day)
        obs("hemoglobin", h, "g/L", day)
    return [{"type": "transfusion", "product": product, "date": (day0 + timedelta(days=d)).isoformat()}
            for d, product in transfusions]


# ASCT1 (2025-11-03): neutrophil engraftment on day +9 (ANC >= 0.5 from D+9, three days running).
#        D-2   D-1   D0    1     2     3     4     5     6     7     8     9     10    11    12    13    14    15    16    17    18    19    20    21
anc1 = [3.4, 3.1, 2.6, 1.7, 0.9, 0.41, 0.12, 0.03, 0.01, 0.02, 0.21, 0.62, 1.35, 2.4, 3.1, 3.6, 3.9, 4.0, 3.8, 3.7, 3.9, 4.1, 3.8, 3.9]
plt1 = [171, 165, 152, 131, 104, 78, 51, 33, 17, 26, 14, 22, 19, 21, 24, 29, 38, 52, 66, 81, 95, 108, 116, 124]
hb1 = [121, 119, 117, 112, 108, 104, 99, 95, 91, 88, 86, 87, 88, 90, 93, 95, 98, 101, 103, 106, 108, 110, 111, 113]
events1 = counts_around(ASCT1, anc1, plt1, hb1, [(6, "platelets"), (8, "platelets"), (10, "platelets")])

# Day +100 after ASCT1 (2026-02-11): still sCR, and again before ASCT2.
myeloma_panel(date(2026, 2, 11), 0, 0, "negative", "negative", 12.4, 11.2, bmpc=1, ihc="absent")
obs("hemoglobin", 132, "g/L", date(2026, 2, 11))
myeloma_panel(date(2026, 3, 6), 0, 0, "negative", "negative", 11.9, 10.8)

# ASCT2 (2026-03-17): neutrophil engraftment on day +8.
anc2 = [3.6, 3.3, 2.9, 1.9, 1.0, 0.45, 0.15, 0.04, 0.02, 0.09, 0.58, 1.2, 2.1, 2.9, 3.4, 3.8, 4.0, 3.9, 4.1, 3.8, 4.0, 4.2, 3.9, 4.0]
plt2 = [182, 176, 160, 139, 112, 84, 57, 36, 18, 24, 31, 44, 59, 77, 96, 112, 125, 134, 140, 146, 150, 153, 155, 158]
hb2 = [128, 127, 124, 119, 114, 109, 104, 100, 97, 95, 96, 98, 100, 103, 106, 109, 111, 113, 115, 117, 118, 120, 121, 122]
events2 = counts_around(ASCT2, anc2, plt2, hb2, [(6, "platelets")])

# Illustrative follow-up after the article (April 2026), so that the demo reaches today: the
# day +100 panel after ASCT2 (still sCR) and lenalidomide maintenance in 28-day cycles from
# about day +100 (clinical-reference.md §4.10).
myeloma_panel(date(2026, 6, 25), 0, 0, "negative", "negative", 12.1, 11.0, bmpc=1, ihc="absent")
obs("hemoglobin", 134, "g/L", date(2026, 6, 25))
maintenance = [{"type": "therapy_cycle", "phase": "maintenance", "regimen": "R", "cycle": i + 1,
                "date": (date(2026, 6, 29) + timedelta(days=28 * i)).isoformat()} for i in range(6)]

# The pathway as published (clinical-reference.md §7). Cycle dates are known to the month
# only; the CD34+ yield was not published and is illustrative.
pathway = [
    {"type": "therapy_cycle", "phase": "induction", "regimen": "VRD", "cycle": 1, "date": "2025-04"},
    {"type": "therapy_cycle", "phase": "induction", "regimen": "VRD", "cycle": 2, "date": "2025-05"},
    {"type": "therapy_cycle", "phase": "induction", "regimen": "VRD", "cycle": 3, "date": "2025-06"},
    {"type": "therapy_cycle", "phase": "induction", "regimen": "VRD", "cycle": 4, "date": "2025-07"},
    {"type": "reported", "date": "2025-08", "label": "VGPR", "note": "after 4 cycles of VRD (article)"},
    {"type": "mobilization", "date": "2025-08", "agents": ["G-CSF"]},
    {"type": "stem_cell_collection", "date": "2025-08-27", "cd34_10e6_per_kg": 9.1},
    {"type": "therapy_cycle", "phase": "consolidation", "regimen": "VRD", "cycle": 5, "date": "2025-09"},
    {"type": "therapy_cycle", "phase": "consolidation", "regimen": "VRD", "cycle": 6, "date": "2025-10"},
    {"type": "reported", "date": "2025-10", "label": "sCR", "note": "before the first transplant (article)"},
    {"type": "admission", "date": "2025-10-31"},
    {"type": "conditioning", "date": "2025-11-02", "regimen": "MEL200"},
    {"type": "transplant", "number": 1, "date": "2025-11-03"},
    {"type": "reported", "date": "2025-11-12", "label": "WBC engrafted", "note": "article: WBC 0 → 0.02"},
    {"type": "discharge", "date": "2025-11-13"},
    {"type": "reported", "date": "2026-02", "label": "sCR", "note": "three months after the first transplant (article)"},
    {"type": "admission", "date": "2026-03-11"},
    {"type": "conditioning", "date": "2026-03-16", "regimen": "MEL200"},
    {"type": "transplant", "number": 2, "date": "2026-03-17"},
    {"type": "reported", "date": "2026-03-25", "label": "WBC and platelets engrafted", "note": "article"},
    {"type": "discharge", "date": "2026-04-03"},
]

case = {
    "format": "mmtrack-case",
    "version": 1,
    "patient": {
        "mrn": "TZ-2025-0417",
        "name": "张某某",
        "sex": "male",
        "birth_date": "1989-03",
        "notes": "演示病例：台州市立医院2026年4月报道的首例序贯双次自体造血干细胞移植。原文未报道分型，IgG κ为假设；"
                 "出生年月按报道年龄（36岁）推定。FISH：t(4;14)（IGH/FGFR3）+ 1q21扩增。"
                 "除诊断时血红蛋白83 g/L、球蛋白95 g/L外，其余检验值、CD34+采集量及2026年4月以后的随访（第二次移植后第100天评估、来那度胺维持）均为示意数据。\n"
                 "Demo case: the tandem autologous transplant reported by Taizhou Municipal Hospital (April 2026). "
                 "The isotype was not published: IgG kappa is assumed. The birth month is assumed from the reported "
                 "age (36). Apart from Hb 83 g/L and globulin 95 g/L at diagnosis, lab values, the CD34+ "
                 "yield and the follow-up after April 2026 (day +100 after ASCT2, lenalidomide "
                 "maintenance) are illustrative.",
    },
    "diagnosis": {
        "date": "2025-04",
        "heavy_chain": "IgG",
        "light_chain": "kappa",
        "cytogenetics": {
            "del17p": False, "tp53_mutation": False,
            "t4_14": True, "t14_16": False, "t14_20": False, "t11_14": False,
            "chr1q_copies": 4, "del1p32": "none",
        },
    },
    "plan": {"transplants_planned": 2},
    "observations": observations,
    "events": pathway + events1 + events2 + maintenance,
}

OUT.write_text(json.dumps(case, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{OUT.name}: {len(observations)} observations, {len(case['events'])} events")
