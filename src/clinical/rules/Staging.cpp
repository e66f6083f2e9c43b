#include "clinical/rules/Staging.h"

#include <algorithm>

namespace mmtrack::clinical {

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(QLatin1String(text));
}

// Half points -> exact Decimal points.
Decimal halfPoints(int half)
{
    return *Decimal::fromInt(half).times(dec("0.5"));
}

QList<bool> options(const std::optional<bool>& value)
{
    if (value)
        return {*value};
    return {false, true};
}

R2IssStage r2Group(int half)
{
    if (half == 0)
        return R2IssStage::I; // 0
    if (half <= 2)
        return R2IssStage::II; // 0.5-1
    if (half <= 5)
        return R2IssStage::III; // 1.5-2.5
    return R2IssStage::IV;      // 3-5
}

template <typename Stage> QString joinStages(const QList<Stage>& stages)
{
    QStringList names;
    for (const Stage s : stages)
        names << stageName(s);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString stageName(IssStage stage)
{
    switch (stage) {
    case IssStage::I:
        return QStringLiteral("I");
    case IssStage::II:
        return QStringLiteral("II");
    case IssStage::III:
        return QStringLiteral("III");
    }
    return {};
}

QString stageName(R2IssStage stage)
{
    switch (stage) {
    case R2IssStage::I:
        return QStringLiteral("I");
    case R2IssStage::II:
        return QStringLiteral("II");
    case R2IssStage::III:
        return QStringLiteral("III");
    case R2IssStage::IV:
        return QStringLiteral("IV");
    }
    return {};
}

std::optional<bool> Staging::ldhHigh(const StagingInput& input)
{
    if (!input.ldhUPerL || !input.ldhUpperLimit)
        return std::nullopt;
    return *input.ldhUPerL > *input.ldhUpperLimit; // == ULN is normal [convention C]
}

std::optional<bool> Staging::highRiskCa(const std::optional<Cytogenetics>& cytogenetics)
{
    if (!cytogenetics)
        return std::nullopt;
    return tri::anyOf({cytogenetics->del17pPresent(), cytogenetics->t4_14, cytogenetics->t14_16});
}

IssResult Staging::iss(const StagingInput& input)
{
    IssResult r;
    const Decimal b2Low = dec("3.5");
    const Decimal b2High = dec("5.5");
    const Decimal albuminLimit = Decimal::fromInt(35);
    const auto& b2 = input.beta2mMgPerL;
    const auto& albumin = input.albuminGPerL;

    if (!b2)
        r.missing << tr("β2-microglobulin (mg/L)");
    if (b2 && *b2 >= b2High) {
        r.stage = IssStage::III;
        r.explanation << tr("ISS III: β2-microglobulin %1 mg/L ≥ 5.5").arg(b2->toString());
    } else if (b2 && *b2 >= b2Low) {
        r.stage = IssStage::II;
        r.explanation
            << tr("ISS II: β2-microglobulin %1 mg/L is ≥ 3.5 and < 5.5").arg(b2->toString());
    } else if (albumin && *albumin < albuminLimit) {
        // Not ISS I; II unless a missing β2M reaches 5.5.
        if (b2) {
            r.stage = IssStage::II;
            r.explanation << tr("ISS II: β2-microglobulin %1 mg/L < 3.5 but albumin %2 g/L < 35")
                                 .arg(b2->toString(), albumin->toString());
        } else {
            r.possible = {IssStage::II, IssStage::III};
            r.explanation << tr("ISS not evaluable: albumin %1 g/L < 35 excludes ISS I; II or "
                                "III depends on β2-microglobulin")
                                 .arg(albumin->toString());
        }
    } else if (b2 && albumin) {
        r.stage = IssStage::I;
        r.explanation << tr("ISS I: β2-microglobulin %1 mg/L < 3.5 and albumin %2 g/L ≥ 35")
                             .arg(b2->toString(), albumin->toString());
    } else if (b2) {
        r.missing << tr("albumin (g/L)");
        r.possible = {IssStage::I, IssStage::II};
        r.explanation << tr("ISS not evaluable: β2-microglobulin %1 mg/L < 3.5; I or II depends "
                            "on albumin")
                             .arg(b2->toString());
    } else {
        if (!albumin)
            r.missing << tr("albumin (g/L)");
        r.possible = {IssStage::I, IssStage::II, IssStage::III};
        r.explanation << tr("ISS not evaluable without β2-microglobulin");
    }
    if (r.stage)
        r.possible = {*r.stage};
    return r;
}

RIssResult Staging::rIss(const StagingInput& input)
{
    RIssResult r;
    const IssResult issResult = iss(input);
    const std::optional<bool> ca = highRiskCa(input.cytogenetics);
    const std::optional<bool> ldh = ldhHigh(input);

    // Every combination of the unknown inputs; the stage is decided when all agree.
    for (const IssStage s : issResult.possible)
        for (const bool highCa : options(ca))
            for (const bool highLdh : options(ldh)) {
                IssStage stage = IssStage::II;
                if (s == IssStage::I && !highCa && !highLdh)
                    stage = IssStage::I;
                else if (s == IssStage::III && (highCa || highLdh))
                    stage = IssStage::III;
                if (!r.possible.contains(stage))
                    r.possible << stage;
            }
    std::sort(r.possible.begin(), r.possible.end());

    if (issResult.stage)
        r.explanation << tr("ISS %1").arg(stageName(*issResult.stage));
    else
        r.explanation << tr("ISS unknown (possible: %1)").arg(joinStages(issResult.possible));
    if (ca)
        r.explanation << (*ca ? tr("high-risk CA present (del(17p), t(4;14) or t(14;16))")
                              : tr("standard-risk CA (no del(17p), t(4;14) or t(14;16))"));
    else
        r.explanation << tr("high-risk CA status unknown");
    if (ldh)
        r.explanation << (*ldh ? tr("LDH %1 U/L > ULN %2 (high)")
                               : tr("LDH %1 U/L ≤ ULN %2 (normal)"))
                             .arg(input.ldhUPerL->toString(), input.ldhUpperLimit->toString());
    else
        r.explanation << tr("LDH status unknown");

    if (r.possible.size() == 1) {
        r.stage = r.possible.first();
        r.explanation << tr("R-ISS %1").arg(stageName(*r.stage));
    } else {
        r.explanation << tr("R-ISS not evaluable: at least %1 (possible: %2)")
                             .arg(stageName(r.possible.first()), joinStages(r.possible));
        // List only what is still needed.
        if (!issResult.stage)
            r.missing << issResult.missing;
        if (!ca) {
            if (!input.cytogenetics)
                r.missing << tr("FISH cytogenetics");
            else {
                if (!input.cytogenetics->del17pPresent())
                    r.missing << tr("del(17p)");
                if (!input.cytogenetics->t4_14)
                    r.missing << tr("t(4;14)");
                if (!input.cytogenetics->t14_16)
                    r.missing << tr("t(14;16)");
            }
        }
        if (!ldh) {
            if (!input.ldhUPerL)
                r.missing << tr("LDH (U/L)");
            if (!input.ldhUpperLimit)
                r.missing << tr("LDH upper limit of normal");
        }
    }
    return r;
}

R2IssResult Staging::r2Iss(const StagingInput& input)
{
    R2IssResult r;
    const IssResult issResult = iss(input);
    const std::optional<bool> ldh = ldhHigh(input);
    const std::optional<Cytogenetics>& cg = input.cytogenetics;
    const std::optional<bool> del17p = cg ? cg->del17pPresent() : std::nullopt;
    const std::optional<bool> t4_14 = cg ? cg->t4_14 : std::nullopt;
    const std::optional<bool> gain1q = cg ? cg->gain1q() : std::nullopt;

    // Points in halves: ISS II 1 (2), ISS III 1.5 (3), LDH 1 (2), del17p 1 (2), t(4;14) 1 (2),
    // 1q+ 0.5 (1).
    int minHalf = 100;
    int maxHalf = -1;
    for (const IssStage s : issResult.possible)
        for (const bool a : options(ldh))
            for (const bool b : options(del17p))
                for (const bool c : options(t4_14))
                    for (const bool d : options(gain1q)) {
                        const int half = (s == IssStage::II    ? 2
                                          : s == IssStage::III ? 3
                                                               : 0) +
                                         (a ? 2 : 0) + (b ? 2 : 0) + (c ? 2 : 0) + (d ? 1 : 0);
                        minHalf = std::min(minHalf, half);
                        maxHalf = std::max(maxHalf, half);
                        const R2IssStage g = r2Group(half);
                        if (!r.possible.contains(g))
                            r.possible << g;
                    }
    std::sort(r.possible.begin(), r.possible.end());
    r.minPoints = halfPoints(minHalf);
    r.maxPoints = halfPoints(maxHalf);

    if (issResult.stage)
        r.explanation << tr("ISS %1: %2 points")
                             .arg(stageName(*issResult.stage),
                                  halfPoints(*issResult.stage == IssStage::II    ? 2
                                             : *issResult.stage == IssStage::III ? 3
                                                                                 : 0)
                                      .toString());
    else
        r.missing << issResult.missing;
    if (ldh)
        r.explanation << (*ldh ? tr("LDH %1 U/L > ULN %2: 1 point")
                               : tr("LDH %1 U/L ≤ ULN %2: 0 points"))
                             .arg(input.ldhUPerL->toString(), input.ldhUpperLimit->toString());
    else {
        if (!input.ldhUPerL)
            r.missing << tr("LDH (U/L)");
        if (!input.ldhUpperLimit)
            r.missing << tr("LDH upper limit of normal");
    }
    if (del17p)
        r.explanation << (*del17p ? tr("del(17p) present: 1 point") : tr("no del(17p): 0 points"));
    else
        r.missing << tr("del(17p)");
    if (t4_14)
        r.explanation << (*t4_14 ? tr("t(4;14) present: 1 point") : tr("no t(4;14): 0 points"));
    else
        r.missing << tr("t(4;14)");
    if (gain1q)
        r.explanation << (*gain1q ? tr("1q+ (%1 copies of 1q21): 0.5 points")
                                  : tr("no 1q+ (%1 copies of 1q21): 0 points"))
                             .arg(*cg->chr1qCopies);
    else
        r.missing << tr("1q21 copy number");

    if (minHalf == maxHalf) {
        r.points = r.minPoints;
        r.stage = r2Group(minHalf);
        r.explanation << tr("R2-ISS %1: %2 points").arg(stageName(*r.stage), r.points->toString());
    } else {
        r.explanation << tr("R2-ISS not evaluable: %1–%2 points, possible groups %3")
                             .arg(r.minPoints.toString(), r.maxPoints.toString(),
                                  joinStages(r.possible));
    }
    return r;
}

StagingResult Staging::evaluate(const StagingInput& input)
{
    return {iss(input), rIss(input), r2Iss(input)};
}

} // namespace mmtrack::clinical
