#include "common/Logging.h"

#include <QtGlobal>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <vector>

namespace mmtrack::common {

namespace {

const char* const kPattern = "%Y-%m-%dT%H:%M:%S.%e %^%-5l%$ [%n] %v";
std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::warn;

std::vector<spdlog::sink_ptr>& sinks()
{
    if (g_sinks.empty()) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        console->set_pattern(kPattern);
        g_sinks.push_back(console);
    }
    return g_sinks;
}

void routeQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    auto qt = logger("qt");
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        qt->debug(text);
        break;
    case QtInfoMsg:
        qt->info(text);
        break;
    case QtWarningMsg:
        qt->warn(text);
        break;
    case QtCriticalMsg:
        qt->error(text);
        break;
    case QtFatalMsg:
        qt->critical(text);
        qt->flush();
        std::abort();
    }
}

} // namespace

void initLogging(const LoggingOptions& options)
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(options.stderrLevel);
    console->set_pattern(kPattern);
    g_sinks.push_back(console);
    std::string failure;
    if (!options.directory.isEmpty()) {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QString(options.directory + QStringLiteral("/mmtrack.log")).toStdString(),
                5 * 1024 * 1024, 5);
            file->set_level(options.fileLevel);
            file->set_pattern(kPattern);
            g_sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& error) {
            failure = error.what();
        }
    }
    g_level = std::min(options.fileLevel, options.stderrLevel);
    if (!failure.empty()) {
        const std::string text = "cannot open the log file: " + failure;
        console->log(spdlog::details::log_msg("logging", spdlog::level::warn, text));
    }
    // Loggers made before this call take the new sinks too.
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& existing) {
        existing->sinks() = g_sinks;
        existing->set_level(g_level);
    });
    spdlog::flush_on(spdlog::level::warn);
    qInstallMessageHandler(routeQtMessage);
}

std::shared_ptr<spdlog::logger> logger(const char* name)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto created = std::make_shared<spdlog::logger>(name, sinks().begin(), sinks().end());
    created->set_level(g_level);
    spdlog::register_logger(created);
    return created;
}

} // namespace mmtrack::common
