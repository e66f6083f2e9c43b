#pragma once

#include "clinical/CaseAssessment.h"
#include "storage/AssessmentSignatures.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

// The signature bar above a patient's assessment: whether it is signed (by whom, when, as of
// which date, which version), locked, and whether the data changed since (the assessment
// recomputed as of the signed date differs: a correction is due). "Sign…" opens the signing
// dialog (clinicians and administrators only; for others the button says why it is off);
// "History…" lists every version with what each correction changed.
class SignaturePanel : public QWidget {
    Q_OBJECT
public:
    explicit SignaturePanel(workspace::Workspace& workspace, QWidget* parent = nullptr);

    void setCase(qint64 patientId, const clinical::CaseRecord& record);
    void clear();

    // The status line as shown, and whether signing is offered: for tests.
    QString statusText() const;
    QString changesText() const;
    bool canSign() const;

    // Opens the signing dialog (also from a menu action).
    void sign();
    void showHistory();

signals:
    void signedAssessment();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    workspace::Workspace& m_workspace;
    std::optional<qint64> m_patientId;
    std::optional<clinical::CaseRecord> m_record;
    QLabel* m_status;
    QLabel* m_changes;
    QPushButton* m_signButton;
    QPushButton* m_historyButton;
};

} // namespace mmtrack::gui
