#pragma once

#include "clinical/CaseAssessment.h"
#include "storage/AssessmentSignatures.h"

#include <QDialog>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

// Signs a patient's assessment as of a date: shows what will be signed (or, for a date
// already signed, what changed since that version), asks for a reason when it is a correction
// and for the password again, and reports a refusal under the field it concerns.
class SignAssessmentDialog : public QDialog {
    Q_OBJECT
public:
    SignAssessmentDialog(workspace::Workspace& workspace, qint64 patientId,
                         clinical::CaseRecord record, QWidget* parent = nullptr);

    void setAsOf(QDate date);
    void setReason(const QString& reason);
    void setPassword(const QString& password);
    // Signs with what the form holds; true when signed (the dialog is then accepted).
    bool trySign();

    QString previewText() const;
    QString errorText() const;
    const std::optional<storage::AssessmentSignature>& signature() const { return m_signature; }

private:
    void updatePreview();

    workspace::Workspace& m_workspace;
    qint64 m_patientId;
    clinical::CaseRecord m_record;
    QDateEdit* m_asOf;
    QPlainTextEdit* m_preview;
    QLineEdit* m_reason;
    QLabel* m_reasonLabel;
    QLineEdit* m_password;
    QLabel* m_error;
    QJsonObject m_assessment;
    std::optional<storage::AssessmentSignature> m_previous;
    std::optional<storage::AssessmentSignature> m_signature;
};

// Every signed version of a patient's assessments, oldest first, each correction with its
// reason and its changes; a version whose stored JSON no longer matches its hash says so.
class SignatureHistoryDialog : public QDialog {
    Q_OBJECT
public:
    SignatureHistoryDialog(const QList<storage::AssessmentSignature>& history,
                           QWidget* parent = nullptr);
};

} // namespace mmtrack::gui
