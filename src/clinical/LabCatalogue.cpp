#include "clinical/LabCatalogue.h"

#include <QHash>

namespace mmtrack::clinical {

namespace {

Decimal d(const char* text)
{
    return *Decimal::parse(QLatin1String(text));
}

LabRange range(const char* low, const char* high)
{
    LabRange r;
    if (low)
        r.low = d(low);
    if (high)
        r.high = d(high);
    return r;
}

LabTest quantity(const char* key, const char* loinc, LabPanel panel, const char* unit,
                 QList<LabUnit> altUnits, LabRange male, LabRange female, LabRange plausible,
                 LabRange critical, int decimals)
{
    LabTest test;
    test.key = QLatin1String(key);
    test.loinc = QLatin1String(loinc);
    test.panel = panel;
    test.unit = QLatin1String(unit);
    test.altUnits = std::move(altUnits);
    test.maleRange = male;
    test.femaleRange = female;
    test.plausible = plausible;
    test.critical = critical;
    test.decimals = decimals;
    return test;
}

LabTest qualitative(const char* key, const char* loinc, LabPanel panel, QStringList choices)
{
    LabTest test;
    test.key = QLatin1String(key);
    test.loinc = QLatin1String(loinc);
    test.panel = panel;
    test.choices = std::move(choices);
    return test;
}

LabUnit alt(const char* ucum, const char* factor, const char* loinc = "")
{
    return LabUnit{QLatin1String(ucum), d(factor), QLatin1String(loinc)};
}

QList<LabTest> buildCatalogue()
{
    using P = LabPanel;
    const LabRange none;
    const QList<LabUnit> countUnits{alt("10*3/uL", "1"), alt("/uL", "0.001")};
    const QList<LabUnit> gramsPerDl{alt("g/dL", "10")};
    const QStringList posNeg{QStringLiteral("positive"), QStringLiteral("negative")};
    const QStringList trueFalse{QStringLiteral("true"), QStringLiteral("false")};
    return {
        // Blood count (WS/T 405-2012 adult ranges).
        quantity("hemoglobin", "718-7", P::BloodCount, "g/L", gramsPerDl, range("130", "175"),
                 range("115", "150"), range("10", "250"), range("60", "200"), 0),
        quantity("wbc", "6690-2", P::BloodCount, "10*9/L", countUnits, range("3.5", "9.5"),
                 range("3.5", "9.5"), range("0", "1000"), range(nullptr, "100"), 2),
        quantity("anc", "751-8", P::BloodCount, "10*9/L", countUnits, range("1.8", "6.3"),
                 range("1.8", "6.3"), range("0", "500"), range("0.5", nullptr), 2),
        quantity("neutrophil_percent", "26511-6", P::BloodCount, "%", {}, none, none,
                 range("0", "100"), none, 1),
        quantity("platelets", "777-3", P::BloodCount, "10*9/L", countUnits, range("125", "350"),
                 range("125", "350"), range("0", "5000"), range("20", "1000"), 0),
        // Chemistry (WS/T 404).
        quantity("total_protein", "2885-2", P::Chemistry, "g/L", gramsPerDl, range("65", "85"),
                 range("65", "85"), range("10", "250"), none, 1),
        quantity("albumin", "1751-7", P::Chemistry, "g/L", gramsPerDl, range("40", "55"),
                 range("40", "55"), range("5", "80"), none, 1),
        quantity("globulin", "10834-0", P::Chemistry, "g/L", gramsPerDl, range("20", "40"),
                 range("20", "40"), range("0", "200"), none, 1),
        quantity("beta2_microglobulin", "1952-1", P::Chemistry, "mg/L", {alt("ug/mL", "1")}, none,
                 none, range("0", "200"), none, 2),
        quantity("ldh", "2532-0", P::Chemistry, "U/L", {}, range("120", "250"), range("120", "250"),
                 range("1", "100000"), none, 0),
        quantity("creatinine", "14682-9", P::Chemistry, "umol/L", {alt("mg/dL", "88.4", "2160-0")},
                 range("57", "97"), range("41", "73"), range("5", "5000"), none, 0),
        quantity("creatinine_clearance", "", P::Chemistry, "mL/min", {}, none, none,
                 range("0", "400"), none, 0),
        quantity("calcium", "2000-8", P::Chemistry, "mmol/L", {alt("mg/dL", "0.2495", "17861-6")},
                 range("2.11", "2.52"), range("2.11", "2.52"), range("0.5", "6"),
                 range("1.75", "3.5"), 2),
        // Myeloma panel.
        quantity("serum_m_protein", "33358-3", P::MyelomaPanel, "g/L", gramsPerDl, none, none,
                 range("0", "200"), none, 1),
        quantity("urine_m_protein_24h", "", P::MyelomaPanel, "mg/(24.h)", {alt("g/(24.h)", "1000")},
                 none, none, range("0", "100000"), none, 0),
        qualitative("serum_ife", "25700-6", P::MyelomaPanel, posNeg),
        qualitative("urine_ife", "13440-3", P::MyelomaPanel, posNeg),
        quantity("kappa_flc", "36916-5", P::MyelomaPanel, "mg/L", {alt("mg/dL", "10")},
                 range("3.3", "19.4"), range("3.3", "19.4"), range("0", "200000"), none, 1),
        quantity("lambda_flc", "33944-0", P::MyelomaPanel, "mg/L", {alt("mg/dL", "10")},
                 range("5.7", "26.3"), range("5.7", "26.3"), range("0", "200000"), none, 1),
        quantity("flc_ratio", "48378-4", P::MyelomaPanel, "{ratio}", {}, range("0.26", "1.65"),
                 range("0.26", "1.65"), range("0", "100000"), none, 2),
        quantity("igg", "2465-3", P::MyelomaPanel, "g/L", {alt("g/dL", "10"), alt("mg/dL", "0.01")},
                 none, none, range("0", "200"), none, 1),
        quantity("iga", "2458-8", P::MyelomaPanel, "g/L", {alt("g/dL", "10"), alt("mg/dL", "0.01")},
                 none, none, range("0", "150"), none, 2),
        quantity("igm", "2472-9", P::MyelomaPanel, "g/L", {alt("g/dL", "10"), alt("mg/dL", "0.01")},
                 none, none, range("0", "150"), none, 2),
        qualitative("plasmacytoma_present", "", P::MyelomaPanel, trueFalse),
        quantity("plasmacytoma_spd_reduction_percent", "", P::MyelomaPanel, "%", {}, none, none,
                 range("-1000", "100"), none, 0),
        qualitative("new_bone_lesion", "", P::MyelomaPanel, trueFalse),
        // Marrow.
        quantity("bm_plasma_cells", "", P::Marrow, "%", {}, none, none, range("0", "100"), none, 1),
        qualitative("bm_clonal_pc_ihc", "", P::Marrow,
                    {QStringLiteral("absent"), QStringLiteral("present")}),
        qualitative("mrd", "", P::Marrow, {QStringLiteral("negative"), QStringLiteral("positive")}),
    };
}

} // namespace

QStringList LabTest::units() const
{
    QStringList all;
    if (!unit.isEmpty())
        all << unit;
    for (const LabUnit& alternative : altUnits)
        all << alternative.ucum;
    return all;
}

std::optional<Decimal> LabTest::factorFor(const QString& candidate) const
{
    if (candidate == unit)
        return Decimal::fromInt(1);
    for (const LabUnit& alternative : altUnits)
        if (alternative.ucum == candidate)
            return alternative.factor;
    return std::nullopt;
}

const LabRange& LabTest::defaultRange(std::optional<Sex> sex) const
{
    static const LabRange unknown;
    if (!sex) // only a range that does not depend on sex can be used
        return maleRange.low == femaleRange.low && maleRange.high == femaleRange.high ? maleRange
                                                                                      : unknown;
    return *sex == Sex::Female ? femaleRange : maleRange;
}

const QList<LabTest>& LabCatalogue::all()
{
    static const QList<LabTest> tests = buildCatalogue();
    return tests;
}

const LabTest* LabCatalogue::byKey(const QString& key)
{
    static const QHash<QString, const LabTest*> index = [] {
        QHash<QString, const LabTest*> map;
        for (const LabTest& test : all())
            map.insert(test.key, &test);
        return map;
    }();
    return index.value(key, nullptr);
}

const LabTest* LabCatalogue::byLoinc(const QString& loinc)
{
    static const QHash<QString, const LabTest*> index = [] {
        QHash<QString, const LabTest*> map;
        for (const LabTest& test : all()) {
            if (!test.loinc.isEmpty())
                map.insert(test.loinc, &test);
            for (const LabUnit& alternative : test.altUnits)
                if (!alternative.loinc.isEmpty())
                    map.insert(alternative.loinc, &test);
        }
        // Method-less codes of the same quantities (clinical-reference.md §6).
        map.insert(QStringLiteral("26464-8"), byKey(QStringLiteral("wbc")));
        map.insert(QStringLiteral("26499-4"), byKey(QStringLiteral("anc")));
        return map;
    }();
    return index.value(loinc.trimmed(), nullptr);
}

QList<const LabTest*> LabCatalogue::inPanel(LabPanel panel)
{
    QList<const LabTest*> tests;
    for (const LabTest& test : all())
        if (test.panel == panel)
            tests << &test;
    return tests;
}

QString LabCatalogue::name(const QString& key)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("hemoglobin"), QT_TR_NOOP("Hemoglobin")},
        {QStringLiteral("wbc"), QT_TR_NOOP("White blood cells")},
        {QStringLiteral("anc"), QT_TR_NOOP("Absolute neutrophil count")},
        {QStringLiteral("neutrophil_percent"), QT_TR_NOOP("Neutrophils %")},
        {QStringLiteral("platelets"), QT_TR_NOOP("Platelets")},
        {QStringLiteral("total_protein"), QT_TR_NOOP("Total protein")},
        {QStringLiteral("albumin"), QT_TR_NOOP("Albumin")},
        {QStringLiteral("globulin"), QT_TR_NOOP("Globulin")},
        {QStringLiteral("beta2_microglobulin"), QT_TR_NOOP("β2-microglobulin")},
        {QStringLiteral("ldh"), QT_TR_NOOP("Lactate dehydrogenase")},
        {QStringLiteral("creatinine"), QT_TR_NOOP("Creatinine")},
        {QStringLiteral("creatinine_clearance"), QT_TR_NOOP("Creatinine clearance")},
        {QStringLiteral("calcium"), QT_TR_NOOP("Calcium")},
        {QStringLiteral("serum_m_protein"), QT_TR_NOOP("Serum M-protein")},
        {QStringLiteral("urine_m_protein_24h"), QT_TR_NOOP("24-h urine M-protein")},
        {QStringLiteral("serum_ife"), QT_TR_NOOP("Serum immunofixation")},
        {QStringLiteral("urine_ife"), QT_TR_NOOP("Urine immunofixation")},
        {QStringLiteral("kappa_flc"), QT_TR_NOOP("Free light chain κ")},
        {QStringLiteral("lambda_flc"), QT_TR_NOOP("Free light chain λ")},
        {QStringLiteral("flc_ratio"), QT_TR_NOOP("κ/λ ratio")},
        {QStringLiteral("igg"), QT_TR_NOOP("IgG")},
        {QStringLiteral("iga"), QT_TR_NOOP("IgA")},
        {QStringLiteral("igm"), QT_TR_NOOP("IgM")},
        {QStringLiteral("plasmacytoma_present"), QT_TR_NOOP("Soft-tissue plasmacytoma")},
        {QStringLiteral("plasmacytoma_spd_reduction_percent"),
         QT_TR_NOOP("Plasmacytoma SPD reduction")},
        {QStringLiteral("new_bone_lesion"), QT_TR_NOOP("New bone lesion or plasmacytoma")},
        {QStringLiteral("bm_plasma_cells"), QT_TR_NOOP("Bone-marrow plasma cells")},
        {QStringLiteral("bm_clonal_pc_ihc"), QT_TR_NOOP("Clonal plasma cells in marrow (IHC)")},
        {QStringLiteral("mrd"), QT_TR_NOOP("Minimal residual disease")},
    };
    const char* name = names.value(key, nullptr);
    return name ? tr(name) : key;
}

QString LabCatalogue::panelName(LabPanel panel)
{
    switch (panel) {
    case LabPanel::BloodCount:
        return tr("Blood count");
    case LabPanel::Chemistry:
        return tr("Chemistry");
    case LabPanel::MyelomaPanel:
        return tr("Myeloma panel");
    case LabPanel::Marrow:
        return tr("Bone marrow");
    }
    return {};
}

QString LabCatalogue::displayUnit(const QString& ucum)
{
    static const QHash<QString, QString> display{
        {QStringLiteral("10*9/L"), QStringLiteral("×10⁹/L")},
        {QStringLiteral("10*3/uL"), QStringLiteral("×10³/µL")},
        {QStringLiteral("/uL"), QStringLiteral("/µL")},
        {QStringLiteral("umol/L"), QStringLiteral("µmol/L")},
        {QStringLiteral("ug/mL"), QStringLiteral("µg/mL")},
        {QStringLiteral("mg/(24.h)"), QStringLiteral("mg/24 h")},
        {QStringLiteral("g/(24.h)"), QStringLiteral("g/24 h")},
        {QStringLiteral("{ratio}"), QString()},
    };
    return display.value(ucum, ucum);
}

QString LabCatalogue::choiceName(const QString& choice)
{
    if (choice == QLatin1String("positive"))
        return tr("positive");
    if (choice == QLatin1String("negative"))
        return tr("negative");
    if (choice == QLatin1String("absent"))
        return tr("absent");
    if (choice == QLatin1String("present"))
        return tr("present");
    if (choice == QLatin1String("true"))
        return tr("yes");
    if (choice == QLatin1String("false"))
        return tr("no");
    return choice;
}

} // namespace mmtrack::clinical
