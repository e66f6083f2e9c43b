#pragma once

#include "clinical/Clock.h"
#include "clinical/Result.h"
#include "storage/Database.h"
#include "storage/LabImportWriter.h"

#include <QCoreApplication>
#include <QSet>
#include <atomic>
#include <functional>

namespace mmtrack::workspace {

enum class LabFileFormat { Csv, Hl7 };

struct LabImportOptions {
    std::optional<LabFileFormat>
        format;                  // empty: from the file name (.hl7, .txt with MSH: HL7; else CSV)
    bool strict = false;         // commit nothing if anything is rejected
    int maxProblemsKept = 10000; // the report keeps this many; all are counted and streamed
};

struct LabImportReport {
    storage::LabImportCounts counts;
    clinical::Problems problems; // the first maxProblemsKept, each with its place
    QSet<QString> unmappedCodes; // local codes that no test or mapping matched
    bool committed = false;
    bool cancelled = false;
    qint64 importId = 0;
    QString fatal; // why nothing could be read at all, if so
};

struct LabImportCallbacks {
    std::function<void(qint64 done, qint64 total)> progress; // bytes
    std::function<void(const clinical::Problem&)> problem;   // each rejection, as it happens
    const std::atomic<bool>* cancel = nullptr;               // set from another thread to stop
};

// Imports lab results from a CSV or HL7 v2 file: each record is matched to a test (test key,
// LOINC code, or the user's mapping of local codes) and to a patient (MRN), checked (unit,
// plausibility, date window, result status) and, when valid, written in one transaction.
// Rejected records are reported with their place and reason, never dropped silently.
class LabImporter {
    Q_DECLARE_TR_FUNCTIONS(LabImporter)
public:
    using Callbacks = LabImportCallbacks;

    LabImporter(storage::Database& database, const clinical::Clock& clock, QString user);

    LabImportReport importFile(const QString& path, const LabImportOptions& options,
                               const Callbacks& callbacks = {});

    static LabFileFormat guessFormat(const QString& path);

private:
    storage::Database& m_database;
    const clinical::Clock& m_clock;
    QString m_user;
};

} // namespace mmtrack::workspace
