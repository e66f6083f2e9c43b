#pragma once

#include "clinical/Decimal.h"
#include "clinical/rules/Cytogenetics.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

enum class IssStage { I = 1, II = 2, III = 3 }; // also used for R-ISS
enum class R2IssStage { I = 1, II = 2, III = 3, IV = 4 };

// "I", "II", "III", "IV" as in the case format.
QString stageName(IssStage stage);
QString stageName(R2IssStage stage);

struct StagingInput {
    std::optional<Decimal> beta2mMgPerL;      // serum β2-microglobulin, mg/L
    std::optional<Decimal> albuminGPerL;      // serum albumin, g/L
    std::optional<Decimal> ldhUPerL;          // serum LDH, U/L
    std::optional<Decimal> ldhUpperLimit;     // upper limit of normal of that LDH, U/L
    std::optional<Cytogenetics> cytogenetics; // nullopt: FISH not done
};

// ISS, Greipp 2005. `stage` is set only when the data decide it; `possible` always lists the
// stages still compatible with the data (all three when nothing is known).
struct IssResult {
    static constexpr const char* kRuleSet = "ISS-2005";
    std::optional<IssStage> stage;
    QList<IssStage> possible;
    QStringList explanation;
    QStringList missing;
};

// R-ISS, Palumbo 2015. LDH equal to the ULN is normal (convention C).
struct RIssResult {
    static constexpr const char* kRuleSet = "R-ISS-2015";
    std::optional<IssStage> stage;
    QList<IssStage> possible; // e.g. {II, III} = "at least II"
    QStringList explanation;
    QStringList missing;
};

// R2-ISS, D'Agostino 2022. Points are exact multiples of 0.5.
struct R2IssResult {
    static constexpr const char* kRuleSet = "R2-ISS-2022";
    std::optional<R2IssStage> stage;
    std::optional<Decimal> points; // set only when every input is known
    Decimal minPoints;             // possible range, equal to points when known
    Decimal maxPoints;
    QList<R2IssStage> possible;
    QStringList explanation;
    QStringList missing;
};

struct StagingResult {
    IssResult iss;
    RIssResult rIss;
    R2IssResult r2Iss;
};

class Staging {
    Q_DECLARE_TR_FUNCTIONS(Staging)
public:
    static IssResult iss(const StagingInput& input);
    static RIssResult rIss(const StagingInput& input);
    static R2IssResult r2Iss(const StagingInput& input);
    static StagingResult evaluate(const StagingInput& input);

    // LDH > ULN; LDH == ULN is normal. nullopt when either value is missing.
    static std::optional<bool> ldhHigh(const StagingInput& input);
    // R-ISS high-risk CA: del(17p) and/or t(4;14) and/or t(14;16).
    static std::optional<bool> highRiskCa(const std::optional<Cytogenetics>& cytogenetics);
};

} // namespace mmtrack::clinical
