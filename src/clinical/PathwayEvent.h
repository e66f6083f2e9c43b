#pragma once

#include "clinical/Decimal.h"
#include "clinical/PartialDate.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace mmtrack::clinical {

// The event types of the case format (shared/domain/case-format.md, "Events").
enum class EventType {
    TherapyCycle,
    NewTherapyLine,
    Mobilization,
    StemCellCollection,
    Admission,
    Discharge,
    Conditioning,
    Transplant,
    Transfusion,
    Reported,
};

QString eventTypeCode(EventType type); // therapy_cycle, new_therapy_line, ...
std::optional<EventType> eventTypeFromCode(const QString& code);
QStringList allEventTypeCodes();

// One step of a patient's pathway. Which fields are set depends on the type; dates keep
// their precision.
struct PathwayEvent {
    EventType type = EventType::Reported;
    PartialDate date = *PartialDate::fromIso(QStringLiteral("2000"));
    std::optional<PartialDate> endDate; // therapy_cycle
    QString phase;                      // therapy_cycle: induction / consolidation / maintenance
    QString regimen;                    // therapy_cycle (VRD), conditioning (MEL200, MEL140)
    std::optional<int> cycle;           // therapy_cycle
    std::optional<int> number;          // transplant: 1, 2
    std::optional<Decimal> cd34PerKg;   // ×10⁶/kg: collection yield, or infused at transplant
    QStringList agents;                 // mobilization
    QString product;                    // transfusion: platelets / red_cells
    QString label;                      // reported
    QString note;                       // reported
    QString reason;                     // new_therapy_line
};

} // namespace mmtrack::clinical
