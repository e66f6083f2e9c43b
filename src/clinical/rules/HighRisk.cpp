#include "clinical/rules/HighRisk.h"

namespace mmtrack::clinical {

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(QLatin1String(text));
}

} // namespace

Decimal HighRisk::creatinineLimitUmolPerL()
{
    // 1 mg/dL creatinine = 88.4 µmol/L (molar mass 113.12 g/mol), so 1.2 mg/dL = 106.08 µmol/L.
    return *dec("1.2").times(dec("88.4"));
}

HighRiskResult HighRisk::evaluate(const HighRiskInput& input)
{
    HighRiskResult r;
    const std::optional<Cytogenetics>& cg = input.cytogenetics;
    if (!cg)
        r.missing << tr("FISH cytogenetics");

    // Criterion 1: del(17p) with CCF > 20 % and/or TP53 mutation.
    // The operator at exactly 20 % is unverified (reference §10 item 5: one source prints
    // "> 20 %", another "20 % or more"). Convention: exactly 20 % is NOT met (strict ">").
    std::optional<bool> del17pHigh;
    if (cg) {
        if (cg->del17p && !*cg->del17p)
            del17pHigh = false; // no del(17p): the clonal fraction does not matter
        else if (cg->del17pCcfPercent)
            del17pHigh = *cg->del17pCcfPercent > Decimal::fromInt(20);
        else {
            r.missing << tr("del(17p) cancer clonal fraction (%)");
            if (!cg->del17p)
                r.missing << tr("del(17p)");
        }
        if (!cg->tp53Mutation)
            r.missing << tr("TP53 mutation");
    }
    const std::optional<bool> c1 = cg ? tri::anyOf({del17pHigh, cg->tp53Mutation}) : std::nullopt;
    if (cg && cg->tp53Mutation && *cg->tp53Mutation)
        r.explanation << tr("Criterion 1 met: TP53 mutation");
    if (del17pHigh && *del17pHigh)
        r.explanation << tr("Criterion 1 met: del(17p) clonal fraction %1 % > 20 %")
                             .arg(cg->del17pCcfPercent->toString());
    else if (del17pHigh && cg->del17pCcfPercent && !(cg->del17p && !*cg->del17p))
        r.explanation << tr("del(17p) clonal fraction %1 % is not > 20 % (exactly 20 % is not "
                            "counted)")
                             .arg(cg->del17pCcfPercent->toString());

    // Criterion 2: t(4;14), t(14;16) or t(14;20) with 1q+ and/or del(1p32).
    std::optional<bool> c2;
    std::optional<bool> del1p;
    if (cg) {
        if (cg->del1p32)
            del1p = *cg->del1p32 != Del1p32::None;
        const std::optional<bool> igh = tri::anyOf({cg->t4_14, cg->t14_16, cg->t14_20});
        const std::optional<bool> partner = tri::anyOf({cg->gain1q(), del1p});
        c2 = tri::allOf({igh, partner});
        if (!cg->t4_14)
            r.missing << tr("t(4;14)");
        if (!cg->t14_16)
            r.missing << tr("t(14;16)");
        if (!cg->t14_20)
            r.missing << tr("t(14;20)");
        if (!cg->chr1qCopies)
            r.missing << tr("1q21 copy number");
        if (!cg->del1p32)
            r.missing << tr("del(1p32)");
        if (c2 && *c2) {
            QStringList ighNames;
            if (cg->t4_14 && *cg->t4_14)
                ighNames << QStringLiteral("t(4;14)");
            if (cg->t14_16 && *cg->t14_16)
                ighNames << QStringLiteral("t(14;16)");
            if (cg->t14_20 && *cg->t14_20)
                ighNames << QStringLiteral("t(14;20)");
            QStringList partners;
            if (cg->gain1q() && *cg->gain1q())
                partners << tr("1q+ (%1 copies of 1q21)").arg(*cg->chr1qCopies);
            if (del1p && *del1p)
                partners << tr("del(1p32)");
            r.explanation << tr("Criterion 2 met: %1 with %2")
                                 .arg(ighNames.join(QStringLiteral(", ")),
                                      partners.join(tr(" and ")));
        }
    }

    // Criterion 3: monoallelic del(1p32) with 1q+, or biallelic del(1p32).
    std::optional<bool> c3;
    if (cg) {
        if (cg->del1p32) {
            if (*cg->del1p32 == Del1p32::Biallelic)
                c3 = true;
            else if (*cg->del1p32 == Del1p32::None)
                c3 = false;
            else
                c3 = cg->gain1q();
        }
        if (c3 && *c3)
            r.explanation << (*cg->del1p32 == Del1p32::Biallelic
                                  ? tr("Criterion 3 met: biallelic del(1p32)")
                                  : tr("Criterion 3 met: monoallelic del(1p32) with 1q+"));
    }

    // Criterion 4: β2M >= 5.5 mg/L with normal creatinine (< 1.2 mg/dL = 106.08 µmol/L).
    const Decimal limit = creatinineLimitUmolPerL();
    std::optional<bool> b2High;
    std::optional<bool> creatinineNormal;
    if (input.beta2mMgPerL)
        b2High = *input.beta2mMgPerL >= dec("5.5");
    else
        r.missing << tr("β2-microglobulin (mg/L)");
    if (input.creatinineUmolPerL)
        creatinineNormal = *input.creatinineUmolPerL < limit;
    else
        r.missing << tr("creatinine (µmol/L)");
    const std::optional<bool> c4 = tri::allOf({b2High, creatinineNormal});
    if (c4 && *c4)
        r.explanation << tr("Criterion 4 met: β2-microglobulin %1 mg/L ≥ 5.5 with creatinine "
                            "%2 µmol/L < %3 (1.2 mg/dL)")
                             .arg(input.beta2mMgPerL->toString(),
                                  input.creatinineUmolPerL->toString(), limit.toString());
    else if (b2High && *b2High && creatinineNormal && !*creatinineNormal)
        r.explanation << tr("Criterion 4 not met: β2-microglobulin %1 mg/L ≥ 5.5 but creatinine "
                            "%2 µmol/L ≥ %3 (1.2 mg/dL)")
                             .arg(input.beta2mMgPerL->toString(),
                                  input.creatinineUmolPerL->toString(), limit.toString());

    const std::optional<bool> criteria[] = {c1, c2, c3, c4};
    for (int i = 0; i < 4; ++i) {
        if (!criteria[i])
            r.criteriaUndecided << i + 1;
        else if (*criteria[i])
            r.criteriaMet << i + 1;
    }
    r.highRisk = tri::anyOf({c1, c2, c3, c4});
    if (!r.criteriaMet.isEmpty()) {
        QStringList numbers;
        for (const int n : r.criteriaMet)
            numbers << QString::number(n);
        r.explanation << tr("High risk (IMS/IMWG 2025): criteria %1 met")
                             .arg(numbers.join(QStringLiteral(", ")));
    } else if (r.highRisk) {
        r.explanation << tr("Not high risk (IMS/IMWG 2025): no criterion met");
    } else {
        QStringList numbers;
        for (const int n : r.criteriaUndecided)
            numbers << QString::number(n);
        r.explanation << tr("High risk undecided: criteria %1 depend on missing data")
                             .arg(numbers.join(QStringLiteral(", ")));
    }
    r.missing.removeDuplicates();
    return r;
}

} // namespace mmtrack::clinical
