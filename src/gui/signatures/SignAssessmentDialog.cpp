#include "gui/signatures/SignAssessmentDialog.h"

#include "workspace/AssessmentSnapshot.h"
#include "workspace/Workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mmtrack::gui {

namespace {

QString valueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? SignAssessmentDialog::tr("yes") : SignAssessmentDialog::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("—");
}

// The lines a physician checks before signing: response, stages, risk, transplants, alerts.
QStringList summaryOf(const QJsonObject& assessment)
{
    const QJsonObject staging = assessment.value(QStringLiteral("staging")).toObject();
    const QJsonObject risk = assessment.value(QStringLiteral("risk")).toObject();
    QStringList lines;
    lines << SignAssessmentDialog::tr("Best confirmed response: %1")
                 .arg(valueText(assessment.value(QStringLiteral("best_confirmed_response"))));
    lines << SignAssessmentDialog::tr("ISS %1, R-ISS %2, R2-ISS %3")
                 .arg(valueText(staging.value(QStringLiteral("iss"))),
                      valueText(staging.value(QStringLiteral("r_iss"))),
                      valueText(staging.value(QStringLiteral("r2_iss"))));
    lines << SignAssessmentDialog::tr("High risk: %1")
                 .arg(valueText(risk.value(QStringLiteral("high_risk"))));
    for (const QJsonValue& transplant : assessment.value(QStringLiteral("transplants")).toArray()) {
        const QJsonObject t = transplant.toObject();
        const QJsonObject anc = t.value(QStringLiteral("neutrophil_engraftment")).toObject();
        lines << SignAssessmentDialog::tr("Transplant %1: day 0 %2, neutrophil engraftment %3")
                     .arg(t.value(QStringLiteral("number")).toInt())
                     .arg(t.value(QStringLiteral("day0")).toString(),
                          anc.value(QStringLiteral("date"))
                              .toString(SignAssessmentDialog::tr("not reached")));
    }
    lines << SignAssessmentDialog::tr("Responses assessed: %1, alerts: %2")
                 .arg(assessment.value(QStringLiteral("responses")).toArray().size())
                 .arg(assessment.value(QStringLiteral("alerts")).toArray().size());
    return lines;
}

} // namespace

SignAssessmentDialog::SignAssessmentDialog(workspace::Workspace& workspace, qint64 patientId,
                                           clinical::CaseRecord record, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_patientId(patientId), m_record(std::move(record)),
      m_asOf(new QDateEdit), m_preview(new QPlainTextEdit), m_reason(new QLineEdit),
      m_reasonLabel(new QLabel), m_password(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(tr("Sign the assessment"));
    const QDate today = m_workspace.clock().today();
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setMaximumDate(today);
    m_asOf->setDate(today);
    m_preview->setReadOnly(true);
    m_preview->setMinimumSize(520, 180);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c"));
    m_reason->setPlaceholderText(tr("Why the earlier version is corrected"));

    auto* form = new QFormLayout;
    form->addRow(tr("Assessment as of:"), m_asOf);
    form->addRow(m_reasonLabel, m_reason);
    const QString user = m_workspace.database().session()
                             ? m_workspace.database().session()->displayName
                             : QString();
    form->addRow(tr("Password of %1:").arg(user), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* signButton = buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    signButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What you sign:")));
    layout->addWidget(m_preview);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_asOf, &QDateEdit::dateChanged, this, &SignAssessmentDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignAssessmentDialog::trySign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    m_password->setFocus();
}

void SignAssessmentDialog::setAsOf(QDate date)
{
    m_asOf->setDate(date);
}

void SignAssessmentDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void SignAssessmentDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

QString SignAssessmentDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString SignAssessmentDialog::errorText() const
{
    return m_error->text();
}

void SignAssessmentDialog::updatePreview()
{
    const QDate asOf = m_asOf->date();
    m_assessment = workspace::AssessmentSnapshot::assess(m_record, asOf);
    const auto previous = storage::AssessmentSignatures(m_workspace.database(), m_workspace.clock())
                              .latest(m_patientId, asOf);
    m_previous = previous ? previous.value() : std::nullopt;
    QStringList lines = summaryOf(m_assessment);
    if (m_previous) {
        const auto changes = clinical::diffAssessments(m_previous->assessment, m_assessment);
        lines.prepend(QString());
        if (changes.isEmpty()) {
            lines.prepend(tr("Version %1 (signed by %2) already says this: there is nothing to "
                             "correct.")
                              .arg(m_previous->version)
                              .arg(m_previous->signedByName));
        } else {
            QStringList changed;
            for (const clinical::AssessmentChange& change : changes)
                changed << QStringLiteral("  ") + change.toText();
            lines = QStringList{tr("Correction of version %1 (signed by %2). Changed since:")
                                    .arg(m_previous->version)
                                    .arg(m_previous->signedByName)} +
                    changed + QStringList{QString()} + summaryOf(m_assessment);
        }
    }
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
    m_reasonLabel->setText(m_previous ? tr("Reason (required):") : tr("Reason:"));
    m_reason->setEnabled(m_previous.has_value());
}

bool SignAssessmentDialog::trySign()
{
    m_error->clear();
    storage::AssessmentSignatures signatures(m_workspace.database(), m_workspace.clock());
    const auto signedOne = signatures.sign(
        {m_patientId, m_asOf->date(), m_assessment, m_password->text(), m_reason->text()});
    m_password->clear();
    if (!signedOne) {
        const clinical::Problem& problem = signedOne.problems().first();
        m_error->setText(problem.message);
        if (problem.where == QLatin1String("reason"))
            m_reason->setFocus();
        else
            m_password->setFocus();
        return false;
    }
    m_signature = signedOne.value();
    accept();
    return true;
}

SignatureHistoryDialog::SignatureHistoryDialog(const QList<storage::AssessmentSignature>& history,
                                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Signed assessments"));
    auto* tree = new QTreeWidget;
    tree->setHeaderLabels({tr("As of"), tr("Version"), tr("Signed by"), tr("Signed at"),
                           tr("Reason"), tr("Integrity")});
    tree->setRootIsDecorated(true);
    for (const storage::AssessmentSignature& signature : history) {
        auto* item = new QTreeWidgetItem(
            tree, {signature.asOf.toString(Qt::ISODate), QString::number(signature.version),
                   signature.signedByName,
                   signature.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   signature.reason,
                   signature.intact() ? tr("✓ as signed") : tr("✗ changed since signed")});
        for (const clinical::AssessmentChange& change : signature.changes)
            (new QTreeWidgetItem(item, {change.toText()}))->setFirstColumnSpanned(true);
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(900, 420);
}

} // namespace mmtrack::gui
