#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mmtrack::clinical {

// One clinical difference between two assessments: where ("responses[2025-09-01 serum].category")
// and the value before and after (Undefined when absent on that side).
struct AssessmentChange {
    QString path;
    QJsonValue before;
    QJsonValue after;

    // "responses[2025-09-01 serum].category: VGPR → CR"; an item added whole reads
    // "responses[2025-07-15 serum]: + (category PR · date 2025-07-15 · track serum)", one
    // removed "... : − (...)".
    QString toText() const;
    QJsonObject toJson() const;
    static AssessmentChange fromJson(const QJsonObject& json);
    friend bool operator==(const AssessmentChange&, const AssessmentChange&) = default;
};

// Compares two assessment JSON objects (shared/domain/case-format.md, "The assessment") on
// their clinical content: categories, stages, flags, days, dates. The wording fields
// (explanation, missing, message) are left out: they follow the interface language, and a
// signature must not seem changed because it was read in another language. An item of a list
// is matched by what identifies it (a response by date and track, a transplant by number, an
// event by type and date, a phase by name), so that one new response is one change, not a
// shift of every later one.
QList<AssessmentChange> diffAssessments(const QJsonObject& before, const QJsonObject& after);

} // namespace mmtrack::clinical
