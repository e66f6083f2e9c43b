#pragma once

#include "clinical/CaseAssessment.h"
#include "workspace/CasePlan.h"

#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <utility>

class QLabel;
class QVBoxLayout;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

// A patient's assessment, read-only, in the order a physician reads it: diagnosis, staging
// and risk, response, stem cells, transplants and engraftment, alerts. Every value is text
// first; chips add colour (deeper responses darker, PD as a warning, unconfirmed outlined)
// and carry the rules' explanation in their tooltips. Shows a hint when nothing is set.
class AssessmentOverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentOverviewWidget(QWidget* parent = nullptr);

    void setAssessment(const clinical::CaseRecord& record,
                       const clinical::CaseAssessment& assessment,
                       const std::optional<workspace::CasePlanView>& plan = std::nullopt);
    void clear();
    bool hasAssessment() const { return m_assessment.has_value(); }

    // The record of a stored patient built as `mmtrack-cli assess` does, and its assessment;
    // nullopt with `error` set when the patient or its data cannot be read.
    static std::optional<std::pair<clinical::CaseRecord, clinical::CaseAssessment>>
    assessStored(workspace::Workspace& workspace, qint64 patientId, QString* error);

    // The visible texts (section titles, labels, chips) in reading order, and the tooltips
    // of the visible labels that have one: for tests and accessibility checks.
    QStringList shownTexts() const;
    QStringList shownToolTips() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void buildDiagnosis(QVBoxLayout* layout);
    void buildStaging(QVBoxLayout* layout);
    void buildResponse(QVBoxLayout* layout);
    void buildCollection(QVBoxLayout* layout);
    void buildTransplants(QVBoxLayout* layout);
    void buildPlan(QVBoxLayout* layout);
    void buildAlerts(QVBoxLayout* layout);

    std::optional<clinical::CaseRecord> m_record;
    std::optional<clinical::CaseAssessment> m_assessment;
    std::optional<workspace::CasePlanView> m_plan;
    QVBoxLayout* m_layout;
    QWidget* m_body = nullptr;
    QLabel* m_empty;
};

} // namespace mmtrack::gui
