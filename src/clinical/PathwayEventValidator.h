#pragma once

#include "clinical/PathwayEvent.h"
#include "clinical/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace mmtrack::clinical {

// A pathway event as typed into a form or given on the command line: every field as text.
// An empty text means "not given".
struct PathwayEventDraft {
    QString type; // a case-file code: therapy_cycle, transplant, ...
    QString date;
    QString endDate;
    QString phase;
    QString regimen;
    QString cycle;
    QString number;
    QString cd34;
    QString agents; // comma-separated
    QString product;
    QString label;
    QString note;
    QString reason;
};

// Field keys used as Problem::where by the form, the CLI (as --end-date, ...) and storage.
namespace eventField {
inline const QString type = QStringLiteral("type");
inline const QString date = QStringLiteral("date");
inline const QString endDate = QStringLiteral("end_date");
inline const QString phase = QStringLiteral("phase");
inline const QString regimen = QStringLiteral("regimen");
inline const QString cycle = QStringLiteral("cycle");
inline const QString number = QStringLiteral("number");
inline const QString cd34 = QStringLiteral("cd34");
inline const QString agents = QStringLiteral("agents");
inline const QString product = QStringLiteral("product");
inline const QString label = QStringLiteral("label");
inline const QString note = QStringLiteral("note");
inline const QString reason = QStringLiteral("reason");
} // namespace eventField

// The rules a pathway event must satisfy before it is stored, once for the form, the CLI and
// the repository. Every problem is reported at once, each naming its field.
class PathwayEventValidator {
    Q_DECLARE_TR_FUNCTIONS(PathwayEventValidator)
public:
    static constexpr int kMaxCycle = 100;
    static constexpr int kMaxShortText = 80; // regimen, an agent, a label
    static constexpr int kMaxLongText = 2000;

    // The fields (eventField keys, besides type and date) an event of this type takes.
    static QStringList fieldsOf(EventType type);
    // The fields that must be given for this type.
    static QStringList requiredFieldsOf(EventType type);
    static QStringList phaseCodes();   // induction, consolidation, maintenance
    static QStringList productCodes(); // platelets, red_cells

    // Parses and checks a draft. A field the type does not take is refused, so that a value
    // typed for the wrong type is never silently dropped. `today` decides "the future".
    static Result<PathwayEvent> fromDraft(const PathwayEventDraft& draft, QDate today);
    // Checks an already-parsed event; empty when valid.
    static Problems check(const PathwayEvent& event, QDate today);

    static PathwayEventDraft toDraft(const PathwayEvent& event);
    // Empties the fields the draft's type does not take (after the type was changed).
    static void keepFieldsOfType(PathwayEventDraft& draft);
};

} // namespace mmtrack::clinical
