#pragma once

#include <QString>
#include <memory>
#include <spdlog/spdlog.h>

namespace mmtrack::common {

struct LoggingOptions {
    QString directory; // rotating log file here; empty: none
    spdlog::level::level_enum fileLevel = spdlog::level::info;
    spdlog::level::level_enum stderrLevel = spdlog::level::info;
};

// Sends every named logger to a rotating file and to stderr, and routes Qt's own messages
// (qWarning...) into the "qt" logger. Patient names and MRNs are logged at debug level
// only; info and above carry row ids and counts.
void initLogging(const LoggingOptions& options);

// A named channel ("storage", "gui", "cli", "qt"...). Before initLogging, warnings and
// errors go to stderr.
std::shared_ptr<spdlog::logger> logger(const char* name);

} // namespace mmtrack::common
