#pragma once

#include "clinical/PathwayEvent.h"

#include <QCoreApplication>

namespace mmtrack::clinical {

// Pathway events in words, for tables and lists: the type ("Stem-cell collection") and a
// one-line summary of its fields ("VRD cycle 3", "CD34+ 3.2 ×10⁶/kg", "ASCT #1 (day 0)").
class PathwayEventText {
    Q_DECLARE_TR_FUNCTIONS(PathwayEventText)
public:
    static QString typeName(EventType type);
    static QString phaseName(const QString& code);   // "Induction"; the code when unknown
    static QString productName(const QString& code); // "Platelets"; the code when unknown
    static QString cd34(const Decimal& perKg);       // "CD34+ 3.2 ×10⁶/kg"
    static QString details(const PathwayEvent& event);
};

} // namespace mmtrack::clinical
