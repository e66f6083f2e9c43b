#include "gui/signatures/SignaturePanel.h"

#include "gui/signatures/SignAssessmentDialog.h"
#include "storage/Permissions.h"
#include "workspace/AssessmentSnapshot.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mmtrack::gui {

SignaturePanel::SignaturePanel(workspace::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_status(new QLabel), m_changes(new QLabel),
      m_signButton(new QPushButton), m_historyButton(new QPushButton)
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setWordWrap(true);
    m_changes->setStyleSheet(QStringLiteral("color: #8a4b00"));
    auto* texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_status);
    texts->addWidget(m_changes);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(texts, 1);
    layout->addWidget(m_signButton);
    layout->addWidget(m_historyButton);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("mmtrack--gui--SignaturePanel { background: #f3f6f9; "
                                 "border-bottom: 1px solid #d8dee4; }"));
    connect(m_signButton, &QPushButton::clicked, this, &SignaturePanel::sign);
    connect(m_historyButton, &QPushButton::clicked, this, &SignaturePanel::showHistory);
    refresh();
}

void SignaturePanel::setCase(qint64 patientId, const clinical::CaseRecord& record)
{
    m_patientId = patientId;
    m_record = record;
    refresh();
}

void SignaturePanel::clear()
{
    m_patientId.reset();
    m_record.reset();
    refresh();
}

QString SignaturePanel::statusText() const
{
    return m_status->text();
}

QString SignaturePanel::changesText() const
{
    return m_changes->isHidden() ? QString() : m_changes->text();
}

bool SignaturePanel::canSign() const
{
    return m_signButton->isEnabled();
}

void SignaturePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SignaturePanel::refresh()
{
    m_signButton->setText(tr("Si&gn…"));
    m_historyButton->setText(tr("Signature &history…"));
    m_changes->clear();
    m_changes->hide();
    setVisible(m_patientId.has_value());
    if (!m_patientId || !m_record)
        return;

    // Signing is for clinicians and administrators; for the others the button says why not.
    const QString refusal = storage::Permissions::refusal(m_workspace.database().session(),
                                                          storage::Action::SignAssessment);
    m_signButton->setEnabled(refusal.isEmpty());
    m_signButton->setToolTip(
        refusal.isEmpty() ? tr("Sign the assessment as of a date with your password") : refusal);

    const auto history = storage::AssessmentSignatures(m_workspace.database(), m_workspace.clock())
                             .history(*m_patientId);
    if (!history) {
        m_status->setText(history.errorText());
        return;
    }
    m_historyButton->setEnabled(!history.value().isEmpty());
    if (history.value().isEmpty()) {
        m_status->setText(tr("Assessment not signed."));
        return;
    }
    // The most recent date signed, in its newest version: history() lists them in that order.
    const storage::AssessmentSignature* latest = &history.value().last();
    m_status->setText(tr("Signed and locked: assessment as of %1, version %2, signed by %3 on %4.")
                          .arg(latest->asOf.toString(Qt::ISODate))
                          .arg(latest->version)
                          .arg(latest->signedByName, latest->signedAt.toLocalTime().toString(
                                                         QStringLiteral("yyyy-MM-dd HH:mm"))) +
                      (latest->intact() ? QString()
                                        : QLatin1Char(' ') + tr("Its stored copy no longer matches "
                                                                "what was signed.")));

    // The data may have changed since: recompute as of the signed date and compare.
    const auto changes = clinical::diffAssessments(
        latest->assessment, workspace::AssessmentSnapshot::assess(*m_record, latest->asOf));
    if (!changes.isEmpty()) {
        QStringList lines;
        for (const clinical::AssessmentChange& change : changes)
            lines << change.toText();
        m_changes->setText(
            tr("⚠ %n change(s) in the data since it was signed; sign a correction to record them.",
               nullptr, int(changes.size())));
        m_changes->setToolTip(lines.join(QLatin1Char('\n')));
        m_changes->show();
    }
}

void SignaturePanel::sign()
{
    if (!m_patientId || !m_record || !canSign())
        return;
    SignAssessmentDialog dialog(m_workspace, *m_patientId, *m_record, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit signedAssessment();
    }
}

void SignaturePanel::showHistory()
{
    if (!m_patientId)
        return;
    const auto history = storage::AssessmentSignatures(m_workspace.database(), m_workspace.clock())
                             .history(*m_patientId);
    if (!history)
        return;
    SignatureHistoryDialog dialog(history.value(), this);
    dialog.exec();
}

} // namespace mmtrack::gui
