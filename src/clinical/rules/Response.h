#pragma once

#include "clinical/Decimal.h"
#include "clinical/Patient.h" // LightChain

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

// IMWG uniform response criteria (clinical-reference.md §1, engine §1.7; case-format.md
// "How the engine reads a case"). A pure function: dated response observations and the first
// therapy event of each line in, one judgement per assessment date out. Every threshold is
// compared exactly (Decimal); doubles are used only to print percentages.
//
// Conventions where §1.7 leaves a choice [C]:
// - Lines: line i runs from its first therapy event s(i) up to (not including) s(i+1). Its
//   assessments are the dates d with s(i) < d < s(i+1) holding at least one observation; a
//   date equal to s(i+1) belongs to line i+1's baseline only.
// - Baseline: per test, the latest value dated on or before s(i) (any earlier date).
// - Several records on one date are merged; a later record's value replaces an earlier one.
// - Involved chain: the one given; otherwise the higher of the baseline κ and λ (κ on a tie),
//   fixed for the whole line. dFLC = involved − uninvolved, only when both are known.
// - FLC ratio: the reported ratio when present, else κ/λ of the same record (compared as
//   100κ ≥ 26λ and 100κ ≤ 165λ); normal = 0.26–1.65 inclusive.
// - Carry-forward: BMPC % and marrow IHC come from the latest earlier assessment of the same
//   line when not repeated (never from the baseline). The bm_only track still needs a marrow
//   measured on the date itself: a carried value does not measure the disease again.
// - NE comes first (a measurable compartment without a current value), before PD.
// - Nadir = lowest value over the baseline and the line's assessments before the one judged
//   ("lowest observed value"). Serum and urine PD are checked on every evaluable track where
//   both values exist; dFLC PD only on flc_only, BMPC PD only on bm_only (IMWG-2016).
// - Plasmacytoma: "present" on the date blocks CR/sCR; with a plasmacytoma at baseline and no
//   current statement, CR/sCR are not met (listed as missing) and PR/MR need "present = no"
//   or the SPD reduction.
// - Confirmation: the assessment and the one before it in the same line. Both PD → PD; one
//   PD or any NE → unconfirmed; else the lower of the two. The first of a line is unconfirmed.
// - relapse_from_cr: an earlier assessment of the line was CR or sCR, and now either IFE is
//   positive or BMPC (carried forward) ≥ 5 %.
// - IMWG-2006: same engine without MR (an MR-level result is SD); BMPC PD on any track where
//   both values exist, as ≥ 25 % increase with an absolute BMPC ≥ 10 %.
enum class ResponseRuleSet { Imwg2016, Imwg2006 };
enum class ResponseTrack { SerumUrine, FlcOnly, BmOnly, None };
// Declared from lowest to highest rank; NE is not ranked.
enum class ResponseCategory { PD, SD, MR, PR, VGPR, CR, sCR, NE };

// "serum_urine", "flc_only", "bm_only", "none" and "sCR" … "NE" as in the case format.
QString trackName(ResponseTrack track);
QString categoryName(ResponseCategory category);
QString ruleSetName(ResponseRuleSet ruleSet); // "IMWG-2016", "IMWG-2006"
// A reported label that names a ranked response ("sCR" … "PD"), as reported events carry it.
bool isResponseLabel(const QString& label);

// The lower of two ranked categories (sCR > CR > VGPR > PR > MR > SD > PD).
ResponseCategory lowerCategory(ResponseCategory a, ResponseCategory b);

struct ResponseObservation {
    QDate date;
    std::optional<Decimal> serumMProteinGPerL;       // SPEP; "no spike" is 0
    std::optional<Decimal> urineMProteinMgPer24h;    // UPEP, mg/24 h
    std::optional<bool> serumIfePositive;            // serum immunofixation
    std::optional<bool> urineIfePositive;            // urine immunofixation
    std::optional<Decimal> kappaFlcMgPerL;           // serum free κ, mg/L
    std::optional<Decimal> lambdaFlcMgPerL;          // serum free λ, mg/L
    std::optional<Decimal> flcRatio;                 // κ/λ as reported
    std::optional<Decimal> bmPlasmaCellsPercent;     // morphology, %
    std::optional<bool> bmClonalPcPresent;           // IHC/IF: true = clonal PCs present
    std::optional<bool> plasmacytomaPresent;         // soft-tissue plasmacytoma
    std::optional<Decimal> plasmacytomaSpdReduction; // % reduction of SPD from baseline
    std::optional<bool> newBoneLesion;               // new bone lesion or plasmacytoma

    // True when at least one response value is recorded.
    bool hasAnyValue() const;
};

struct ResponseInput {
    ResponseRuleSet ruleSet = ResponseRuleSet::Imwg2016;
    std::optional<LightChain> involvedChain;
    QList<ResponseObservation> observations;
    QList<QDate> lineStarts; // first therapy event of each line
};

struct ResponseAssessment {
    QDate date;
    int line = 0; // index into the sorted line starts
    ResponseTrack track = ResponseTrack::None;
    ResponseCategory category = ResponseCategory::NE;
    std::optional<ResponseCategory> confirmedCategory;
    bool pd = false;
    bool relapseFromCr = false;
    QStringList explanation;
    QStringList missing;
};

struct ResponseResult {
    QString ruleSet;
    QList<ResponseAssessment> assessments; // by date
    // Best confirmed category of the last line; nullopt when none is confirmed.
    std::optional<ResponseCategory> bestConfirmedResponse;
};

class Response {
    Q_DECLARE_TR_FUNCTIONS(Response)

public:
    static constexpr QLatin1String ruleSet2016{"IMWG-2016"};
    static constexpr QLatin1String ruleSet2006{"IMWG-2006"};

    static ResponseResult evaluate(const ResponseInput& input);
};

} // namespace mmtrack::clinical
