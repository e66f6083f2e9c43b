#include "clinical/rules/Response.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace mmtrack::clinical {

namespace {

using Obs = ResponseObservation;

int rank(ResponseCategory category)
{
    return static_cast<int>(category);
}

Decimal dec(std::int64_t value)
{
    return Decimal::fromInt(value);
}

// k × a, or nullopt on overflow (never with lab values).
std::optional<Decimal> scaled(const Decimal& a, std::int64_t k)
{
    return a.times(dec(k));
}

// ka × a <= kb × b, exactly; false when a product does not fit.
bool scaledLe(const Decimal& a, std::int64_t ka, const Decimal& b, std::int64_t kb)
{
    const auto left = scaled(a, ka);
    const auto right = scaled(b, kb);
    return left && right && *left <= *right;
}

std::optional<Decimal> minus(const Decimal& a, const Decimal& b)
{
    const auto negB = b.times(dec(-1));
    return negB ? a.plus(*negB) : std::nullopt;
}

// a − b >= limit (strict: a − b > limit).
bool increaseAtLeast(const Decimal& current, const Decimal& nadir, std::int64_t limit,
                     bool strict = false)
{
    const auto delta = minus(current, nadir);
    if (!delta)
        return false;
    return strict ? *delta > dec(limit) : *delta >= dec(limit);
}

// Percent change from base to current, for display only.
QString percentChange(const Decimal& base, const Decimal& current)
{
    if (base.isZero())
        return {};
    const double change = (current.toDouble() - base.toDouble()) / base.toDouble() * 100.0;
    const QString number = QString::number(std::abs(change), 'f', 1);
    return QStringLiteral(" (%1%2 %)")
        .arg(change < 0 ? QStringLiteral("−") : QStringLiteral("+"), number);
}

template <typename T> void take(std::optional<T>& into, const std::optional<T>& from)
{
    if (from)
        into = from;
}

void mergeInto(Obs& into, const Obs& from)
{
    take(into.serumMProteinGPerL, from.serumMProteinGPerL);
    take(into.urineMProteinMgPer24h, from.urineMProteinMgPer24h);
    take(into.serumIfePositive, from.serumIfePositive);
    take(into.urineIfePositive, from.urineIfePositive);
    take(into.kappaFlcMgPerL, from.kappaFlcMgPerL);
    take(into.lambdaFlcMgPerL, from.lambdaFlcMgPerL);
    take(into.flcRatio, from.flcRatio);
    take(into.bmPlasmaCellsPercent, from.bmPlasmaCellsPercent);
    take(into.bmClonalPcPresent, from.bmClonalPcPresent);
    take(into.plasmacytomaPresent, from.plasmacytomaPresent);
    take(into.plasmacytomaSpdReduction, from.plasmacytomaSpdReduction);
    take(into.newBoneLesion, from.newBoneLesion);
}

// nullopt: unknown. Reported ratio first, else κ/λ of the same record.
std::optional<bool> ratioNormal(const Obs& obs)
{
    if (obs.flcRatio) {
        static const Decimal low = *Decimal::parse(QStringLiteral("0.26"));
        static const Decimal high = *Decimal::parse(QStringLiteral("1.65"));
        return *obs.flcRatio >= low && *obs.flcRatio <= high;
    }
    if (obs.kappaFlcMgPerL && obs.lambdaFlcMgPerL && !obs.lambdaFlcMgPerL->isZero() &&
        !obs.lambdaFlcMgPerL->isNegative()) {
        return scaledLe(*obs.lambdaFlcMgPerL, 26, *obs.kappaFlcMgPerL, 100) &&
               scaledLe(*obs.kappaFlcMgPerL, 100, *obs.lambdaFlcMgPerL, 165);
    }
    return std::nullopt;
}

QString ratioText(const Obs& obs)
{
    if (obs.flcRatio)
        return obs.flcRatio->toString();
    if (obs.kappaFlcMgPerL && obs.lambdaFlcMgPerL && !obs.lambdaFlcMgPerL->isZero())
        return QString::number(obs.kappaFlcMgPerL->toDouble() / obs.lambdaFlcMgPerL->toDouble(),
                               'f', 2);
    return QStringLiteral("?");
}

struct LineContext {
    Obs baseline;
    std::optional<LightChain> involved;
    ResponseTrack track = ResponseTrack::None;
    bool serumMeasurable = false;
    bool urineMeasurable = false;
    std::optional<Decimal> baselineDflc;
    QString trackText;
};

std::optional<Decimal> involvedOf(const Obs& obs, std::optional<LightChain> chain)
{
    return chain == LightChain::Lambda ? obs.lambdaFlcMgPerL : obs.kappaFlcMgPerL;
}

std::optional<Decimal> dflcOf(const Obs& obs, std::optional<LightChain> chain)
{
    if (!chain || !obs.kappaFlcMgPerL || !obs.lambdaFlcMgPerL)
        return std::nullopt;
    return *chain == LightChain::Kappa ? minus(*obs.kappaFlcMgPerL, *obs.lambdaFlcMgPerL)
                                       : minus(*obs.lambdaFlcMgPerL, *obs.kappaFlcMgPerL);
}

// The lowest of the baseline and earlier values; nullopt when none exists.
template <typename Getter>
std::optional<Decimal> nadirOf(const Obs& baseline, const QList<Obs>& earlier, Getter get)
{
    std::optional<Decimal> nadir = get(baseline);
    for (const Obs& obs : earlier) {
        const auto value = get(obs);
        if (value && (!nadir || *value < *nadir))
            nadir = value;
    }
    return nadir;
}

} // namespace

bool ResponseObservation::hasAnyValue() const
{
    return serumMProteinGPerL || urineMProteinMgPer24h || serumIfePositive || urineIfePositive ||
           kappaFlcMgPerL || lambdaFlcMgPerL || flcRatio || bmPlasmaCellsPercent ||
           bmClonalPcPresent || plasmacytomaPresent || plasmacytomaSpdReduction || newBoneLesion;
}

QString trackName(ResponseTrack track)
{
    switch (track) {
    case ResponseTrack::SerumUrine:
        return QStringLiteral("serum_urine");
    case ResponseTrack::FlcOnly:
        return QStringLiteral("flc_only");
    case ResponseTrack::BmOnly:
        return QStringLiteral("bm_only");
    case ResponseTrack::None:
        break;
    }
    return QStringLiteral("none");
}

bool isResponseLabel(const QString& label)
{
    for (ResponseCategory category :
         {ResponseCategory::sCR, ResponseCategory::CR, ResponseCategory::VGPR, ResponseCategory::PR,
          ResponseCategory::MR, ResponseCategory::SD, ResponseCategory::PD})
        if (label == categoryName(category))
            return true;
    return false;
}

QString categoryName(ResponseCategory category)
{
    switch (category) {
    case ResponseCategory::sCR:
        return QStringLiteral("sCR");
    case ResponseCategory::CR:
        return QStringLiteral("CR");
    case ResponseCategory::VGPR:
        return QStringLiteral("VGPR");
    case ResponseCategory::PR:
        return QStringLiteral("PR");
    case ResponseCategory::MR:
        return QStringLiteral("MR");
    case ResponseCategory::SD:
        return QStringLiteral("SD");
    case ResponseCategory::PD:
        return QStringLiteral("PD");
    case ResponseCategory::NE:
        break;
    }
    return QStringLiteral("NE");
}

QString ruleSetName(ResponseRuleSet ruleSet)
{
    return ruleSet == ResponseRuleSet::Imwg2006 ? QString(Response::ruleSet2006)
                                                : QString(Response::ruleSet2016);
}

ResponseCategory lowerCategory(ResponseCategory a, ResponseCategory b)
{
    return rank(a) <= rank(b) ? a : b;
}

namespace {

class Judge {
    Q_DECLARE_TR_FUNCTIONS(Response)

public:
    Judge(ResponseRuleSet ruleSet, const LineContext& line) : m_ruleSet(ruleSet), m_line(line) {}

    // `cur` holds the carried-forward marrow; `own` is the record as measured on the date.
    ResponseCategory judge(const Obs& own, const Obs& cur, const QList<Obs>& earlier,
                           QStringList& explanation, QStringList& missing) const;

private:
    bool notEvaluable(const Obs& own, QStringList& explanation, QStringList& missing) const;
    bool progression(const Obs& own, const QList<Obs>& earlier, QStringList& explanation) const;
    std::optional<ResponseCategory> complete(const Obs& cur, QStringList& explanation,
                                             QStringList& missing) const;
    bool vgpr(const Obs& own, QStringList& explanation, QStringList& missing) const;
    bool partial(const Obs& own, int serumDen, int serumNum, int urineDen, int urineNum,
                 std::int64_t urineAbsolute, int spdPercent, QStringList& reasons,
                 QStringList& missing) const;

    ResponseRuleSet m_ruleSet;
    const LineContext& m_line;
};

bool Judge::notEvaluable(const Obs& own, QStringList& explanation, QStringList& missing) const
{
    switch (m_line.track) {
    case ResponseTrack::None:
        explanation << tr("NE: no measurable disease at baseline");
        return true;
    case ResponseTrack::SerumUrine:
        if (m_line.serumMeasurable && !own.serumMProteinGPerL)
            missing << tr("serum M-protein (g/L)");
        if (m_line.urineMeasurable && !own.urineMProteinMgPer24h)
            missing << tr("24-h urine M-protein (mg/24 h)");
        break;
    case ResponseTrack::FlcOnly:
        if (!dflcOf(own, m_line.involved))
            missing << tr("serum κ and λ free light chains (mg/L)");
        break;
    case ResponseTrack::BmOnly:
        if (!own.bmPlasmaCellsPercent)
            missing << tr("bone-marrow plasma cells (%)");
        break;
    }
    if (missing.isEmpty())
        return false;
    explanation << tr("NE: a compartment measurable at baseline has no value on this date");
    return true;
}

bool Judge::progression(const Obs& own, const QList<Obs>& earlier, QStringList& explanation) const
{
    bool pd = false;
    if (own.serumMProteinGPerL) {
        const auto nadir =
            nadirOf(m_line.baseline, earlier, [](const Obs& o) { return o.serumMProteinGPerL; });
        if (nadir) {
            const Decimal& c = *own.serumMProteinGPerL;
            const bool bigNadir = *nadir >= dec(50);
            const bool hit = bigNadir ? increaseAtLeast(c, *nadir, 10)
                                      : increaseAtLeast(c, *nadir, 5) && scaledLe(*nadir, 5, c, 4);
            if (hit) {
                pd = true;
                explanation << (bigNadir ? tr("PD: serum M-protein %1 → %2 g/L, increase ≥ 10 "
                                              "g/L from a nadir ≥ 50 g/L")
                                         : tr("PD: serum M-protein %1 → %2 g/L, increase ≥ 5 "
                                              "g/L and ≥ 25 % from the nadir"))
                                   .arg(nadir->toString(), c.toString());
            }
        }
    }
    if (own.urineMProteinMgPer24h) {
        const auto nadir =
            nadirOf(m_line.baseline, earlier, [](const Obs& o) { return o.urineMProteinMgPer24h; });
        const Decimal& c = *own.urineMProteinMgPer24h;
        if (nadir && increaseAtLeast(c, *nadir, 200) && scaledLe(*nadir, 5, c, 4)) {
            pd = true;
            explanation << tr("PD: urine M-protein %1 → %2 mg/24 h, increase ≥ 200 mg/24 h and "
                              "≥ 25 % from the nadir")
                               .arg(nadir->toString(), c.toString());
        }
    }
    if (m_line.track == ResponseTrack::FlcOnly) {
        const auto chain = m_line.involved;
        const auto c = dflcOf(own, chain);
        const auto nadir =
            nadirOf(m_line.baseline, earlier, [chain](const Obs& o) { return dflcOf(o, chain); });
        if (c && nadir && increaseAtLeast(*c, *nadir, 100, true) && scaledLe(*nadir, 5, *c, 4)) {
            pd = true;
            explanation << tr("PD: dFLC %1 → %2 mg/L, increase > 100 mg/L and ≥ 25 % from the "
                              "nadir")
                               .arg(nadir->toString(), c->toString());
        }
    }
    const bool bmAnyTrack = m_ruleSet == ResponseRuleSet::Imwg2006;
    if ((m_line.track == ResponseTrack::BmOnly || bmAnyTrack) && own.bmPlasmaCellsPercent) {
        const auto nadir =
            nadirOf(m_line.baseline, earlier, [](const Obs& o) { return o.bmPlasmaCellsPercent; });
        const Decimal& c = *own.bmPlasmaCellsPercent;
        if (nadir && scaledLe(*nadir, 5, c, 4)) {
            const bool hit = bmAnyTrack ? c >= dec(10) : increaseAtLeast(c, *nadir, 10);
            if (hit) {
                pd = true;
                explanation << (bmAnyTrack ? tr("PD: bone-marrow plasma cells %1 → %2 %, ≥ 25 "
                                                "% increase to an absolute ≥ 10 %")
                                           : tr("PD: bone-marrow plasma cells %1 → %2 %, "
                                                "increase ≥ 10 points and ≥ 25 % from the nadir"))
                                   .arg(nadir->toString(), c.toString());
            }
        }
    }
    if (own.newBoneLesion == true) {
        pd = true;
        explanation << tr("PD: new bone lesion or plasmacytoma");
    }
    return pd;
}

// sCR or CR when met; nullopt otherwise.
std::optional<ResponseCategory> Judge::complete(const Obs& cur, QStringList& explanation,
                                                QStringList& missing) const
{
    if (cur.serumIfePositive == true || cur.urineIfePositive == true)
        return std::nullopt;
    if (cur.plasmacytomaPresent == true)
        return std::nullopt;
    if (cur.bmPlasmaCellsPercent && *cur.bmPlasmaCellsPercent >= dec(5))
        return std::nullopt;
    QStringList lacking;
    if (!cur.serumIfePositive)
        lacking << tr("serum immunofixation");
    if (!cur.urineIfePositive)
        lacking << tr("urine immunofixation");
    if (!cur.bmPlasmaCellsPercent)
        lacking << tr("bone-marrow plasma cells (%)");
    if (m_line.baseline.plasmacytomaPresent == true && !cur.plasmacytomaPresent)
        lacking << tr("plasmacytoma status");
    const auto normal = ratioNormal(cur);
    if (m_line.track == ResponseTrack::FlcOnly) {
        if (normal == false)
            return std::nullopt;
        if (!normal)
            lacking << tr("serum FLC ratio");
    }
    if (!lacking.isEmpty()) {
        missing << lacking; // CR cannot be decided without them
        return std::nullopt;
    }
    const QString crText =
        tr("serum and urine immunofixation negative, bone-marrow plasma cells %1 % < 5")
            .arg(cur.bmPlasmaCellsPercent->toString());
    if (normal == true && cur.bmClonalPcPresent == false) {
        explanation << tr("sCR: %1, FLC ratio %2 within 0.26–1.65, no clonal plasma cells by "
                          "IHC")
                           .arg(crText, ratioText(cur));
        return ResponseCategory::sCR;
    }
    if (!normal)
        missing << tr("serum FLC ratio");
    if (!cur.bmClonalPcPresent)
        missing << tr("bone-marrow clonal plasma cells by IHC");
    explanation << tr("CR: %1").arg(crText);
    return ResponseCategory::CR;
}

bool Judge::vgpr(const Obs& own, QStringList& explanation, QStringList& missing) const
{
    if (m_line.track == ResponseTrack::FlcOnly) {
        const auto c = dflcOf(own, m_line.involved);
        const auto& b = m_line.baselineDflc;
        if (c && b && scaledLe(*c, 10, *b, 1) && !scaledLe(*b, 1, *c, 10)) { // strict
            explanation << tr("VGPR: dFLC %1 → %2 mg/L%3, reduction > 90 %")
                               .arg(b->toString(), c->toString(), percentChange(*b, *c));
            return true;
        }
        return false;
    }
    if (m_line.track != ResponseTrack::SerumUrine)
        return false;
    const auto& s = own.serumMProteinGPerL;
    const auto& u = own.urineMProteinMgPer24h;
    if (s && u && s->isZero() && u->isZero() &&
        (own.serumIfePositive == true || own.urineIfePositive == true)) {
        explanation << tr("VGPR: serum and urine M-protein not seen on electrophoresis, "
                          "immunofixation positive");
        return true;
    }
    if (!u) {
        missing << tr("24-h urine M-protein (mg/24 h)");
        return false;
    }
    if (!(*u < dec(100)))
        return false;
    QString serumText;
    if (m_line.serumMeasurable) {
        const Decimal& b = *m_line.baseline.serumMProteinGPerL;
        if (!scaledLe(*s, 10, b, 1))
            return false;
        serumText = tr("serum M-protein %1 → %2 g/L%3, ")
                        .arg(b.toString(), s->toString(), percentChange(b, *s));
    }
    explanation << tr("VGPR: %1urine %2 mg/24 h < 100").arg(serumText, u->toString());
    return true;
}

// Reductions as fractions: serum current × serumDen <= baseline × serumNum, etc.
bool Judge::partial(const Obs& own, int serumDen, int serumNum, int urineDen, int urineNum,
                    std::int64_t urineAbsolute, int spdPercent, QStringList& reasons,
                    QStringList& missing) const
{
    const Obs& base = m_line.baseline;
    if (m_line.serumMeasurable) {
        const Decimal& b = *base.serumMProteinGPerL;
        const Decimal& c = *own.serumMProteinGPerL;
        if (!scaledLe(c, serumDen, b, serumNum))
            return false;
        reasons << tr("serum M-protein %1 → %2 g/L%3")
                       .arg(b.toString(), c.toString(), percentChange(b, c));
    }
    if (m_line.urineMeasurable) {
        const Decimal& b = *base.urineMProteinMgPer24h;
        const Decimal& c = *own.urineMProteinMgPer24h;
        const bool reduced = scaledLe(c, urineDen, b, urineNum);
        const bool low = urineAbsolute > 0 && c < dec(urineAbsolute);
        if (!reduced && !low)
            return false;
        reasons << (reduced ? tr("urine %1 → %2 mg/24 h%3")
                                  .arg(b.toString(), c.toString(), percentChange(b, c))
                            : tr("urine %1 mg/24 h < %2").arg(c.toString()).arg(urineAbsolute));
    }
    if (base.plasmacytomaPresent == true) {
        if (own.plasmacytomaPresent == false) {
            reasons << tr("plasmacytoma gone");
        } else if (own.plasmacytomaSpdReduction &&
                   *own.plasmacytomaSpdReduction >= dec(spdPercent)) {
            reasons << tr("plasmacytoma SPD −%1 %").arg(own.plasmacytomaSpdReduction->toString());
        } else {
            if (!own.plasmacytomaSpdReduction && !own.plasmacytomaPresent)
                missing << tr("plasmacytoma SPD reduction (%)");
            return false;
        }
    }
    return true;
}

ResponseCategory Judge::judge(const Obs& own, const Obs& cur, const QList<Obs>& earlier,
                              QStringList& explanation, QStringList& missing) const
{
    if (notEvaluable(own, explanation, missing))
        return ResponseCategory::NE;
    if (progression(own, earlier, explanation))
        return ResponseCategory::PD;
    if (const auto cr = complete(cur, explanation, missing))
        return *cr;
    if (vgpr(own, explanation, missing))
        return ResponseCategory::VGPR;

    QStringList reasons;
    switch (m_line.track) {
    case ResponseTrack::SerumUrine:
        if (partial(own, 2, 1, 10, 1, 200, 50, reasons, missing)) {
            explanation << tr("PR: %1").arg(reasons.join(QStringLiteral(", ")));
            return ResponseCategory::PR;
        }
        reasons.clear();
        if (partial(own, 4, 3, 2, 1, 0, 25, reasons, missing)) {
            if (m_ruleSet == ResponseRuleSet::Imwg2006) {
                explanation << tr("SD: MR level (%1) is not a category of IMWG-2006")
                                   .arg(reasons.join(QStringLiteral(", ")));
                return ResponseCategory::SD;
            }
            explanation << tr("MR: %1").arg(reasons.join(QStringLiteral(", ")));
            return ResponseCategory::MR;
        }
        break;
    case ResponseTrack::FlcOnly: {
        const auto c = dflcOf(own, m_line.involved);
        const auto& b = m_line.baselineDflc;
        if (c && b && scaledLe(*c, 2, *b, 1)) {
            explanation << tr("PR: dFLC %1 → %2 mg/L%3, reduction ≥ 50 %")
                               .arg(b->toString(), c->toString(), percentChange(*b, *c));
            return ResponseCategory::PR;
        }
        break;
    }
    case ResponseTrack::BmOnly: {
        const Decimal& b = *m_line.baseline.bmPlasmaCellsPercent;
        const Decimal& c = *own.bmPlasmaCellsPercent;
        if (scaledLe(c, 2, b, 1)) {
            explanation << tr("PR: bone-marrow plasma cells %1 → %2 %%3, reduction ≥ 50 %")
                               .arg(b.toString(), c.toString(), percentChange(b, c));
            return ResponseCategory::PR;
        }
        break;
    }
    case ResponseTrack::None:
        break;
    }
    explanation << tr("SD: criteria of a higher category or of PD are not met");
    return ResponseCategory::SD;
}

LineContext lineContext(const QList<Obs>& records, QDate start,
                        std::optional<LightChain> givenChain)
{
    LineContext line;
    for (const Obs& obs : records) { // sorted by date: later values replace earlier ones
        if (obs.date <= start)
            mergeInto(line.baseline, obs);
    }
    const Obs& b = line.baseline;
    line.involved = givenChain;
    if (!line.involved && b.kappaFlcMgPerL && b.lambdaFlcMgPerL)
        line.involved =
            *b.kappaFlcMgPerL >= *b.lambdaFlcMgPerL ? LightChain::Kappa : LightChain::Lambda;
    line.baselineDflc = dflcOf(b, line.involved);
    line.serumMeasurable = b.serumMProteinGPerL && *b.serumMProteinGPerL >= dec(10);
    line.urineMeasurable = b.urineMProteinMgPer24h && *b.urineMProteinMgPer24h >= dec(200);
    const auto involvedValue = line.involved ? involvedOf(b, line.involved) : std::nullopt;
    if (line.serumMeasurable || line.urineMeasurable) {
        line.track = ResponseTrack::SerumUrine;
        QStringList parts;
        if (line.serumMeasurable)
            parts << Response::tr("serum M-protein %1 g/L ≥ 10")
                         .arg(b.serumMProteinGPerL->toString());
        if (line.urineMeasurable)
            parts << Response::tr("urine M-protein %1 mg/24 h ≥ 200")
                         .arg(b.urineMProteinMgPer24h->toString());
        line.trackText = parts.join(QStringLiteral(", "));
    } else if (involvedValue && *involvedValue >= dec(100) && ratioNormal(b) == false) {
        line.track = ResponseTrack::FlcOnly;
        line.trackText = Response::tr("involved FLC %1 mg/L ≥ 100 with FLC ratio %2")
                             .arg(involvedValue->toString(), ratioText(b));
    } else if (b.bmPlasmaCellsPercent && *b.bmPlasmaCellsPercent >= dec(30)) {
        line.track = ResponseTrack::BmOnly;
        line.trackText = Response::tr("bone-marrow plasma cells %1 % ≥ 30")
                             .arg(b.bmPlasmaCellsPercent->toString());
    } else {
        line.track = ResponseTrack::None;
        line.trackText = Response::tr("no measurable disease");
    }
    return line;
}

} // namespace

ResponseResult Response::evaluate(const ResponseInput& input)
{
    ResponseResult result;
    result.ruleSet = ruleSetName(input.ruleSet);

    // One merged record per date, in date order.
    std::map<QDate, Obs> byDate;
    for (const Obs& obs : input.observations) {
        if (!obs.date.isValid() || !obs.hasAnyValue())
            continue;
        Obs& merged = byDate[obs.date];
        merged.date = obs.date;
        mergeInto(merged, obs);
    }
    QList<Obs> records;
    for (const auto& [date, obs] : byDate)
        records.append(obs);

    QList<QDate> starts;
    for (const QDate& start : input.lineStarts) {
        if (start.isValid() && !starts.contains(start))
            starts.append(start);
    }
    std::sort(starts.begin(), starts.end());

    for (qsizetype lineIndex = 0; lineIndex < starts.size(); ++lineIndex) {
        const QDate start = starts[lineIndex];
        // Invalid for the last line: it has no end.
        const QDate next = lineIndex + 1 < starts.size() ? starts[lineIndex + 1] : QDate();
        const LineContext line = lineContext(records, start, input.involvedChain);
        const Judge judge(input.ruleSet, line);

        QList<Obs> earlier; // this line's assessments already judged, as measured
        std::optional<Decimal> carriedBmpc;
        std::optional<bool> carriedIhc;
        bool hadCr = false;
        std::optional<ResponseCategory> previous;
        std::optional<ResponseCategory> best;

        for (const Obs& own : records) {
            if (own.date <= start || (next.isValid() && own.date >= next))
                continue;
            Obs cur = own;
            QStringList carried;
            if (!cur.bmPlasmaCellsPercent && carriedBmpc) {
                cur.bmPlasmaCellsPercent = carriedBmpc;
                carried << tr("bone-marrow plasma cells %1 %").arg(carriedBmpc->toString());
            }
            if (!cur.bmClonalPcPresent && carriedIhc) {
                cur.bmClonalPcPresent = carriedIhc;
                carried << (*carriedIhc ? tr("clonal plasma cells by IHC present")
                                        : tr("clonal plasma cells by IHC absent"));
            }

            ResponseAssessment a;
            a.date = own.date;
            a.line = static_cast<int>(lineIndex);
            a.track = line.track;
            a.explanation << tr("Track %1 (line %2 baseline: %3)")
                                 .arg(trackName(line.track))
                                 .arg(lineIndex + 1)
                                 .arg(line.trackText);
            if (!carried.isEmpty())
                a.explanation << tr("Carried forward from an earlier assessment: %1")
                                     .arg(carried.join(QStringLiteral(", ")));
            a.category = judge.judge(own, cur, earlier, a.explanation, a.missing);
            a.pd = a.category == ResponseCategory::PD;

            if (previous) {
                const ResponseCategory p = *previous;
                const ResponseCategory c = a.category;
                if (p == ResponseCategory::PD && c == ResponseCategory::PD)
                    a.confirmedCategory = ResponseCategory::PD;
                else if (p != ResponseCategory::PD && c != ResponseCategory::PD &&
                         p != ResponseCategory::NE && c != ResponseCategory::NE)
                    a.confirmedCategory = lowerCategory(p, c);
            }
            if (a.confirmedCategory) {
                a.explanation << tr("Confirmed %1 with the assessment before it (%2)")
                                     .arg(categoryName(*a.confirmedCategory),
                                          categoryName(*previous));
                if (!best || rank(*a.confirmedCategory) > rank(*best))
                    best = a.confirmedCategory;
            }

            if (hadCr) {
                const bool ife = cur.serumIfePositive == true || cur.urineIfePositive == true;
                const bool marrow = cur.bmPlasmaCellsPercent && *cur.bmPlasmaCellsPercent >= dec(5);
                if (ife || marrow) {
                    a.relapseFromCr = true;
                    a.explanation << (ife ? tr("Relapse from CR: immunofixation positive again")
                                          : tr("Relapse from CR: bone-marrow plasma cells %1 "
                                               "% ≥ 5")
                                                .arg(cur.bmPlasmaCellsPercent->toString()));
                }
            }
            if (a.category == ResponseCategory::CR || a.category == ResponseCategory::sCR)
                hadCr = true;

            carriedBmpc = cur.bmPlasmaCellsPercent;
            carriedIhc = cur.bmClonalPcPresent;
            earlier.append(own);
            previous = a.category;
            result.assessments.append(a);
        }
        if (lineIndex + 1 == starts.size())
            result.bestConfirmedResponse = best;
    }
    return result;
}

} // namespace mmtrack::clinical
