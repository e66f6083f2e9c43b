#include "gui/accounts/SignInDialog.h"

#include "storage/AccountStore.h"
#include "storage/PasswordHasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mmtrack::gui {

SignInDialog::SignInDialog(storage::AccountStore& accounts, Mode mode, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_mode(mode), m_username(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool create = mode == Mode::CreateAdmin;
    setWindowTitle(create ? tr("Create the administrator") : tr("Sign in to mmtrack"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_username->setPlaceholderText(tr("for example nurse.li"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto* intro = new QLabel(
        create ? tr("This database has no account yet. Create the administrator, who will add "
                    "the ward's other accounts. The password needs at least %1 characters.")
                     .arg(storage::PasswordHasher::kMinimumLength)
               : tr("Sign in with your mmtrack account."),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    if (create)
        form->addRow(tr("&Display name:"), m_displayName);
    else
        m_displayName->hide();
    form->addRow(tr("&Password:"), m_password);
    if (create)
        form->addRow(tr("&Repeat the password:"), m_repeat);
    else
        m_repeat->hide();

    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(create ? tr("Create and sign in") : tr("Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_username->setFocus();
}

void SignInDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void SignInDialog::showProblem(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    m_password->clear();
    m_repeat->clear();
    m_password->setFocus();
}

void SignInDialog::accept()
{
    if (m_mode == Mode::CreateAdmin) {
        if (m_password->text() != m_repeat->text()) {
            showProblem(tr("The two passwords differ; type the same password twice."));
            return;
        }
        const auto created = m_accounts.createFirstAdmin(
            {m_username->text(), m_displayName->text(), storage::Role::Admin, m_password->text()});
        if (!created) {
            QStringList lines;
            for (const clinical::Problem& problem : created.problems())
                lines << problem.message;
            showProblem(lines.join(QLatin1Char('\n')));
            return;
        }
        m_session = created.value();
    } else {
        const auto signedIn = m_accounts.signIn(m_username->text(), m_password->text());
        if (!signedIn) {
            showProblem(signedIn.problems().first().message);
            return;
        }
        m_session = signedIn.value();
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace mmtrack::gui
