#pragma once

#include "clinical/CaseAssessment.h"
#include "gui/timeline/TimelineData.h"
#include "workspace/CasePlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace mmtrack::gui {

// What the case summary is for: its language, who asks for it, and how much it may show.
struct CaseSummaryOptions {
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    bool deidentify = false;                 // no name, MRN, birth date or notes; age in years
    bool dayOffsets = false;                 // with deidentify: dates as days from diagnosis
    QString hospital;                        // empty: the setting, else the demo default
    QString department;
    QString generatedBy;
    QDateTime generatedAt; // invalid: now
    QDate today;           // for the age and the timeline's "today"; invalid: generatedAt's date
};

// One labelled value ("ISS" → "III").
struct SummaryField {
    QString label;
    QString value;
    bool warning = false;
};

struct SummaryTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> warningRows;
};

// One lab chart: series on a shared time axis, a reference band, thresholds and day markers.
struct SummaryChart {
    struct Series {
        QString key;
        QString name;
        int axis = 0;          // 0 left, 1 right
        QList<QPointF> points; // x: Julian day, y: value in the chart's unit
    };
    struct Marker {
        qint64 day = 0;
        QString label; // "D+9"
    };
    QString title;
    QString unit;      // left axis
    QString rightUnit; // right axis, when a series uses it
    QList<Series> series;
    std::optional<std::pair<double, double>> band; // reference range on the left axis
    QList<std::pair<double, QString>> thresholds;  // dashed lines on the left axis
    QList<Marker> markers;
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    std::optional<qint64> day0; // a transplant's window: the axis counts days from day 0
};

struct SummarySection {
    QString title;
    QList<SummaryField> fields;
    SummaryTable table;
    QString note; // small print under the section
};

// The content of the case summary, worded in the chosen language and free of layout: the
// painter (CaseSummaryPdf) only places it. Pure: no database, no painting.
struct CaseSummary {
    QString language;
    QString hospital;
    QString department;
    QString title;
    QString subtitle; // "de-identified" and the date convention, when it applies
    QList<SummaryField> patient;
    QString notes;
    QList<SummarySection> sections; // diagnosis, staging and risk, response, transplants, alerts
    TimelineData timeline;
    std::optional<QDate> offsetOrigin; // dates are days from this one (de-identified)
    QList<SummaryChart> charts;
    QStringList signatures; // the lines to sign
    QString generated;      // "Generated 2026-11-24 10:00 by dr.wang"
    QString footerLeft;     // the patient as the footer names them

    // A date in the summary's convention: ISO, or "day 123" from the origin.
    QString date(QDate day) const;
    QString date(const clinical::PartialDate& day) const;
};

class CaseSummaryBuilder {
    Q_DECLARE_TR_FUNCTIONS(CaseSummaryBuilder)
public:
    // The hospital and department of the header: QSettings "report/hospital" and
    // "report/department", else Taizhou Municipal Hospital / Department of Hematology in the
    // current language.
    static QString hospitalSetting();
    static QString departmentSetting();

    // Words are taken in the current language: the caller installs the report's language.
    static CaseSummary build(const clinical::CaseRecord& record,
                             const clinical::CaseAssessment& assessment,
                             const std::optional<workspace::CasePlanView>& plan,
                             const CaseSummaryOptions& options);

    // The word for a response category with its code: "Stringent complete response (sCR)".
    static QString responseWord(clinical::ResponseCategory category);
};

} // namespace mmtrack::gui
