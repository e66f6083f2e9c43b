#include "gui/labs/ReasonPrompt.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mmtrack::gui {

namespace {

class ReasonDialog : public QDialog {
    Q_DECLARE_TR_FUNCTIONS(ReasonDialog)
public:
    ReasonDialog(QWidget* parent, const ReasonRequest& request) : QDialog(parent)
    {
        setWindowTitle(request.title);
        auto* layout = new QVBoxLayout(this);
        auto* question = new QLabel(request.question, this);
        question->setWordWrap(true);
        layout->addWidget(question);
        m_reason = new QComboBox(this);
        m_reason->setEditable(true);
        m_reason->setInsertPolicy(QComboBox::NoInsert);
        m_reason->addItems({tr("Typing error"), tr("Entered for the wrong patient"),
                            tr("Entered on the wrong date"), tr("Duplicate of another result"),
                            tr("Result withdrawn by the laboratory")});
        m_reason->setCurrentIndex(-1);
        m_reason->lineEdit()->setPlaceholderText(tr("Reason, required"));
        question->setBuddy(m_reason);
        layout->addWidget(m_reason);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        connect(m_reason, &QComboBox::currentTextChanged, ok,
                [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
        m_reason->setFocus();
        setMinimumWidth(420);
    }

    QString reason() const { return m_reason->currentText().trimmed(); }

private:
    QComboBox* m_reason;
};

} // namespace

std::optional<QString> askReasonWithDialog(QWidget* parent, const ReasonRequest& request)
{
    ReasonDialog dialog(parent, request);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

} // namespace mmtrack::gui
