#include "gui/accounts/ChangePasswordDialog.h"

#include "storage/AccountStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mmtrack::gui {

ChangePasswordDialog::ChangePasswordDialog(storage::AccountStore& accounts, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_current(new QLineEdit(this)),
      m_new(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Change my password"));
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void ChangePasswordDialog::accept()
{
    auto refuse = [this](const QString& text) {
        m_message->setText(text);
        m_message->show();
        for (QLineEdit* edit : {m_current, m_new, m_repeat})
            edit->clear();
        m_current->setFocus();
    };
    if (m_new->text() != m_repeat->text()) {
        refuse(tr("The two passwords differ; type the same password twice."));
        return;
    }
    const clinical::Status changed = m_accounts.changeOwnPassword(m_current->text(), m_new->text());
    if (!changed) {
        refuse(changed.problems().first().message);
        return;
    }
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        edit->clear();
    QDialog::accept();
}

} // namespace mmtrack::gui
