#pragma once

#include "clinical/Decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

// Myeloma-defining events, in the order of the case format.
enum class MyelomaDefiningEvent {
    Hypercalcemia,
    Renal,
    Anemia,
    Bone,
    BmpcGe60,
    FlcRatioGe100,
    MriGt1Focal,
};

// "hypercalcemia", "renal", "anemia", "bone", "bmpc_ge_60", "flc_ratio_ge_100",
// "mri_gt1_focal".
QString mdeCode(MyelomaDefiningEvent event);

struct DiagnosisInput {
    std::optional<Decimal> clonalBmpcPercent;           // clonal bone-marrow plasma cells, %
    std::optional<bool> biopsyProvenPlasmacytoma;       // bony or extramedullary
    std::optional<Decimal> calciumMmolPerL;             // serum calcium
    std::optional<Decimal> calciumUpperLimit;           // its ULN, mmol/L
    std::optional<Decimal> creatinineClearanceMlPerMin; // measured or estimated
    std::optional<Decimal> creatinineUmolPerL;
    std::optional<Decimal> hemoglobinGPerL;
    std::optional<Decimal> hemoglobinLowerLimit; // its LLN, g/L
    std::optional<int> osteolyticLesions;        // radiography, CT or PET-CT
    std::optional<Decimal> kappaFlcMgPerL;       // serum free light chains, mg/L
    std::optional<Decimal> lambdaFlcMgPerL;      // the higher one is taken as involved
    std::optional<int> mriFocalLesions;          // focal lesions >= 5 mm on MRI
};

// IMWG 2014 diagnosis (Rajkumar, Lancet Oncol 2014). `multipleMyeloma` is nullopt when a
// missing value could change the answer.
struct DiagnosisResult {
    static constexpr const char* kRuleSet = "IMWG-2014-diagnosis";
    std::optional<bool> multipleMyeloma;
    std::optional<bool> clonalPlasmaCellDisease; // BMPC >= 10 % or plasmacytoma
    QList<MyelomaDefiningEvent> events;          // MDEs met, in enum order
    QList<MyelomaDefiningEvent> undecidedEvents; // MDEs a missing value could still meet
    QStringList explanation;
    QStringList missing;
};

class Diagnosis {
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
public:
    static DiagnosisResult evaluate(const DiagnosisInput& input);
};

} // namespace mmtrack::clinical
