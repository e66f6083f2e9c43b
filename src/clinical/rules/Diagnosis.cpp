#include "clinical/rules/Diagnosis.h"

#include "clinical/rules/Cytogenetics.h"

#include <limits>

namespace mmtrack::clinical {

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(QLatin1String(text));
}

// Exact a + b; nullopt when the sum does not fit (the comparison is then undecided).
std::optional<Decimal> plus(const Decimal& a, const Decimal& b)
{
    return a.plus(b);
}

} // namespace

QString mdeCode(MyelomaDefiningEvent event)
{
    switch (event) {
    case MyelomaDefiningEvent::Hypercalcemia:
        return QStringLiteral("hypercalcemia");
    case MyelomaDefiningEvent::Renal:
        return QStringLiteral("renal");
    case MyelomaDefiningEvent::Anemia:
        return QStringLiteral("anemia");
    case MyelomaDefiningEvent::Bone:
        return QStringLiteral("bone");
    case MyelomaDefiningEvent::BmpcGe60:
        return QStringLiteral("bmpc_ge_60");
    case MyelomaDefiningEvent::FlcRatioGe100:
        return QStringLiteral("flc_ratio_ge_100");
    case MyelomaDefiningEvent::MriGt1Focal:
        return QStringLiteral("mri_gt1_focal");
    }
    return {};
}

DiagnosisResult Diagnosis::evaluate(const DiagnosisInput& in)
{
    DiagnosisResult r;

    // Clonal plasma-cell disease: BMPC >= 10 % or biopsy-proven plasmacytoma.
    std::optional<bool> bmpc10;
    if (in.clonalBmpcPercent)
        bmpc10 = *in.clonalBmpcPercent >= Decimal::fromInt(10);
    r.clonalPlasmaCellDisease = tri::anyOf({bmpc10, in.biopsyProvenPlasmacytoma});
    if (bmpc10 && *bmpc10)
        r.explanation << tr("Clonal bone-marrow plasma cells %1 % ≥ 10 %")
                             .arg(in.clonalBmpcPercent->toString());
    if (in.biopsyProvenPlasmacytoma && *in.biopsyProvenPlasmacytoma)
        r.explanation << tr("Biopsy-proven plasmacytoma");
    if (r.clonalPlasmaCellDisease && !*r.clonalPlasmaCellDisease)
        r.explanation << tr("No clonal plasma-cell criterion: bone-marrow plasma cells %1 % < 10 "
                            "% and no biopsy-proven plasmacytoma")
                             .arg(in.clonalBmpcPercent->toString());
    if (!r.clonalPlasmaCellDisease) {
        if (!in.clonalBmpcPercent)
            r.missing << tr("clonal bone-marrow plasma cells (%)");
        if (!in.biopsyProvenPlasmacytoma)
            r.missing << tr("biopsy-proven plasmacytoma");
    }

    QList<std::optional<bool>> met;

    // C: calcium > 2.75 mmol/L or > 0.25 mmol/L above the ULN (exactly 2.75 / ULN + 0.25: not
    // met).
    {
        std::optional<bool> v;
        if (in.calciumMmolPerL) {
            const Decimal& ca = *in.calciumMmolPerL;
            if (ca > dec("2.75")) {
                v = true;
                r.explanation << tr("Hypercalcaemia: calcium %1 mmol/L > 2.75").arg(ca.toString());
            } else if (in.calciumUpperLimit) {
                const auto limit = plus(*in.calciumUpperLimit, dec("0.25"));
                if (limit) {
                    v = ca > *limit;
                    r.explanation << (*v ? tr("Hypercalcaemia: calcium %1 mmol/L > ULN %2 + 0.25 "
                                              "= %3")
                                         : tr("No hypercalcaemia: calcium %1 mmol/L ≤ 2.75 and "
                                              "≤ ULN %2 + 0.25 = %3"))
                                         .arg(ca.toString(), in.calciumUpperLimit->toString(),
                                              limit->toString());
                }
            } else {
                r.missing << tr("calcium upper limit of normal");
            }
        } else {
            r.missing << tr("calcium (mmol/L)");
        }
        met << v;
    }

    // R: creatinine clearance < 40 mL/min or creatinine > 177 µmol/L (40 and 177: not met).
    {
        std::optional<bool> crcl;
        std::optional<bool> creat;
        if (in.creatinineClearanceMlPerMin) {
            crcl = *in.creatinineClearanceMlPerMin < Decimal::fromInt(40);
            if (*crcl)
                r.explanation << tr("Renal: creatinine clearance %1 mL/min < 40")
                                     .arg(in.creatinineClearanceMlPerMin->toString());
        }
        if (in.creatinineUmolPerL) {
            creat = *in.creatinineUmolPerL > Decimal::fromInt(177);
            if (*creat)
                r.explanation << tr("Renal: creatinine %1 µmol/L > 177")
                                     .arg(in.creatinineUmolPerL->toString());
        }
        const auto v = tri::anyOf({crcl, creat});
        if (!v) {
            if (!crcl)
                r.missing << tr("creatinine clearance (mL/min)");
            if (!creat)
                r.missing << tr("creatinine (µmol/L)");
        } else if (!*v) {
            r.explanation << tr("No renal event: creatinine clearance %1 mL/min ≥ 40 and "
                                "creatinine %2 µmol/L ≤ 177")
                                 .arg(in.creatinineClearanceMlPerMin->toString(),
                                      in.creatinineUmolPerL->toString());
        }
        met << v;
    }

    // A: Hb < 100 g/L or > 20 g/L below the LLN (exactly LLN - 20: not met).
    {
        std::optional<bool> v;
        if (in.hemoglobinGPerL) {
            const Decimal& hb = *in.hemoglobinGPerL;
            if (hb < Decimal::fromInt(100)) {
                v = true;
                r.explanation << tr("Anaemia: haemoglobin %1 g/L < 100").arg(hb.toString());
            } else if (in.hemoglobinLowerLimit) {
                const auto limit = plus(*in.hemoglobinLowerLimit, Decimal::fromInt(-20));
                if (limit) {
                    v = hb < *limit;
                    r.explanation << (*v ? tr("Anaemia: haemoglobin %1 g/L is more than 20 g/L "
                                              "below LLN %2 (< %3)")
                                         : tr("No anaemia: haemoglobin %1 g/L ≥ 100 and not more "
                                              "than 20 g/L below LLN %2 (≥ %3)"))
                                         .arg(hb.toString(), in.hemoglobinLowerLimit->toString(),
                                              limit->toString());
                }
            } else {
                r.missing << tr("haemoglobin lower limit of normal");
            }
        } else {
            r.missing << tr("haemoglobin (g/L)");
        }
        met << v;
    }

    // B: >= 1 osteolytic lesion. The footnote "with BMPC < 10 %, more than one lesion to exclude
    // a solitary plasmacytoma" is unverified (reference [U]) and not applied here.
    {
        std::optional<bool> v;
        if (in.osteolyticLesions) {
            v = *in.osteolyticLesions >= 1;
            if (*v)
                r.explanation << tr("Bone: %n osteolytic lesion(s)", nullptr,
                                    *in.osteolyticLesions);
        } else {
            r.missing << tr("osteolytic lesions (skeletal imaging)");
        }
        met << v;
    }

    // SLiM S: clonal BMPC >= 60 % (exactly 60: met).
    {
        std::optional<bool> v;
        if (in.clonalBmpcPercent) {
            v = *in.clonalBmpcPercent >= Decimal::fromInt(60);
            if (*v)
                r.explanation << tr("Clonal bone-marrow plasma cells %1 % ≥ 60 %")
                                     .arg(in.clonalBmpcPercent->toString());
        }
        met << v;
    }

    // SLiM Li: involved/uninvolved FLC ratio >= 100 (exactly 100: met) with involved FLC
    // >= 100 mg/L. The higher light chain is the involved one. The ratio is compared exactly as
    // involved >= 100 × uninvolved; it is printed rounded for reading only.
    {
        std::optional<bool> v;
        if (in.kappaFlcMgPerL && in.lambdaFlcMgPerL) {
            const bool kappaInvolved = *in.kappaFlcMgPerL >= *in.lambdaFlcMgPerL;
            const Decimal& involved = kappaInvolved ? *in.kappaFlcMgPerL : *in.lambdaFlcMgPerL;
            const Decimal& uninvolved = kappaInvolved ? *in.lambdaFlcMgPerL : *in.kappaFlcMgPerL;
            const auto hundredTimes = uninvolved.times(Decimal::fromInt(100));
            const bool ratioMet = hundredTimes && involved >= *hundredTimes;
            const bool involvedMet = involved >= Decimal::fromInt(100);
            v = ratioMet && involvedMet;
            const QString ratio =
                uninvolved.isZero()
                    ? QStringLiteral("∞")
                    : QString::number(involved.toDouble() / uninvolved.toDouble(), 'f', 1);
            const QString chain = kappaInvolved ? tr("κ") : tr("λ");
            if (*v)
                r.explanation << tr("FLC ratio %1 ≥ 100 with involved %2 %3 mg/L ≥ 100")
                                     .arg(ratio, chain, involved.toString());
            else if (!ratioMet)
                r.explanation << tr("FLC ratio %1 < 100: not a myeloma-defining event").arg(ratio);
            else
                r.explanation << tr("FLC ratio %1 ≥ 100 but involved %2 %3 mg/L < 100")
                                     .arg(ratio, chain, involved.toString());
        } else {
            if (!in.kappaFlcMgPerL)
                r.missing << tr("κ free light chain (mg/L)");
            if (!in.lambdaFlcMgPerL)
                r.missing << tr("λ free light chain (mg/L)");
        }
        met << v;
    }

    // SLiM M: more than one focal lesion on MRI.
    {
        std::optional<bool> v;
        if (in.mriFocalLesions) {
            v = *in.mriFocalLesions > 1;
            if (*v)
                r.explanation << tr("MRI: %n focal lesions (> 1)", nullptr, *in.mriFocalLesions);
        } else {
            r.missing << tr("MRI focal lesions");
        }
        met << v;
    }

    std::optional<bool> anyEvent = false;
    for (int i = 0; i < met.size(); ++i) {
        const auto event = static_cast<MyelomaDefiningEvent>(i);
        if (!met[i]) {
            r.undecidedEvents << event;
            if (anyEvent && !*anyEvent)
                anyEvent = std::nullopt;
        } else if (*met[i]) {
            r.events << event;
            anyEvent = true;
        }
    }

    r.multipleMyeloma = tri::allOf({r.clonalPlasmaCellDisease, anyEvent});
    if (r.multipleMyeloma) {
        if (*r.multipleMyeloma) {
            QStringList codes;
            for (const auto e : r.events)
                codes << mdeCode(e);
            r.explanation << tr("Multiple myeloma (IMWG 2014): myeloma-defining events %1")
                                 .arg(codes.join(QStringLiteral(", ")));
        } else {
            r.explanation << tr("Not multiple myeloma (IMWG 2014)");
        }
    } else {
        r.explanation << tr("Multiple myeloma undecided (IMWG 2014): missing data could change "
                            "the answer");
    }
    r.missing.removeDuplicates();
    return r;
}

} // namespace mmtrack::clinical
