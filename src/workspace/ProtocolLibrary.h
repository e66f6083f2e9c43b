#pragma once

#include "clinical/ProtocolPlan.h"

#include <QList>
#include <optional>

namespace mmtrack::workspace {

// The protocol templates shipped in resources/protocols/ (data, not code).
class ProtocolLibrary {
public:
    static const QList<clinical::ProtocolTemplate>& shipped();
    static std::optional<clinical::ProtocolTemplate> byId(const QString& id);
};

} // namespace mmtrack::workspace
