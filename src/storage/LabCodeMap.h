#pragma once

#include "clinical/Clock.h"
#include "clinical/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace mmtrack::storage {

struct LabCodeMapping {
    qint64 id = 0;
    QString code;    // the lab system's local code (HL7 OBX-3 or a CSV test column)
    QString testKey; // a test of the catalogue
    QString note;
    int rowVersion = 0;
};

// The user-editable table that says which test a local lab code means. Changes are audited.
class LabCodeMap {
    Q_DECLARE_TR_FUNCTIONS(LabCodeMap)
public:
    static const QString kTable;
    LabCodeMap(Database& database, const clinical::Clock& clock);

    clinical::Result<QList<LabCodeMapping>> all() const;
    // code -> test key, for an import.
    clinical::Result<QHash<QString, QString>> lookup() const;
    // Adds or changes the mapping of a code.
    clinical::Result<LabCodeMapping> set(const QString& code, const QString& testKey,
                                         const QString& note, const QString& user);
    clinical::Status remove(const QString& code, const QString& user);

private:
    Database& m_database;
    const clinical::Clock& m_clock;
};

} // namespace mmtrack::storage
