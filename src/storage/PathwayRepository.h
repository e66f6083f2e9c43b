#pragma once

#include "clinical/Clock.h"
#include "clinical/DiagnosisDetails.h"
#include "clinical/PathwayEvent.h"
#include "clinical/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace mmtrack::storage {

// A stored pathway event: the event and its row.
struct StoredEvent {
    qint64 id = 0;
    qint64 patientId = 0;
    int rowVersion = 0;
    clinical::PathwayEvent event;
};

// The case beyond patients and results: the diagnosis's details with the plan (one row per
// patient) and the pathway's events. Every change is one transaction with its audit row.
class PathwayRepository {
    Q_DECLARE_TR_FUNCTIONS(PathwayRepository)
public:
    static const QString kDetailsTable;
    static const QString kEventsTable;

    PathwayRepository(Database& database, const clinical::Clock& clock);

    // Stores or replaces the patient's diagnosis details and plan.
    clinical::Status saveDetails(qint64 patientId, const clinical::DiagnosisDetails& details,
                                 const QString& user);
    // nullopt when nothing was recorded.
    clinical::Result<std::optional<clinical::DiagnosisDetails>> details(qint64 patientId) const;

    // Both check the event with PathwayEventValidator first.
    clinical::Result<StoredEvent> addEvent(qint64 patientId, const clinical::PathwayEvent& event,
                                           const QString& user);
    // Saves new values over a stored event; `stored.rowVersion` must be the one read. Only
    // the changed columns are audited; a save without changes writes nothing.
    clinical::Result<StoredEvent> updateEvent(const StoredEvent& stored, const QString& user);
    clinical::Status removeEvent(qint64 id, int rowVersion, const QString& reason,
                                 const QString& user);
    // In date order (earliest possible day first).
    clinical::Result<QList<StoredEvent>> events(qint64 patientId) const;
    clinical::Result<StoredEvent> eventById(qint64 id) const;

    static QJsonObject toAuditJson(const clinical::DiagnosisDetails& details);
    static QJsonObject toAuditJson(const clinical::PathwayEvent& event);

private:
    Database& m_database;
    const clinical::Clock& m_clock;
};

} // namespace mmtrack::storage
