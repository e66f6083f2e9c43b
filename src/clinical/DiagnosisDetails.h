#pragma once

#include "clinical/rules/Cytogenetics.h"

#include <optional>

namespace mmtrack::clinical {

// What is known of a patient's disease beyond the isotype and the diagnosis date, and the
// treatment plan: the case file's `diagnosis` details and `plan`.
struct DiagnosisDetails {
    std::optional<Cytogenetics> cytogenetics; // nullopt: FISH not done
    std::optional<bool> biopsyProvenPlasmacytoma;
    std::optional<int> osteolyticLesions;
    std::optional<int> mriFocalLesions;
    int transplantsPlanned = 1; // 2: tandem
    int rowVersion = 0;
};

} // namespace mmtrack::clinical
