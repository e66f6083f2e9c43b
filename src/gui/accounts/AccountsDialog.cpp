#include "gui/accounts/AccountsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mmtrack::gui {

namespace {

QString shown(const std::optional<QDateTime>& time)
{
    return time ? time->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

void fillRoles(QComboBox* combo)
{
    for (storage::Role role :
         {storage::Role::Entry, storage::Role::Clinician, storage::Role::Admin})
        combo->addItem(storage::Permissions::roleName(role), static_cast<int>(role));
}

} // namespace

AccountsDialog::AccountsDialog(storage::AccountStore& accounts, const clinical::Clock& clock,
                               QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_clock(clock), m_table(new QTableWidget(this)),
      m_role(new QComboBox(this)), m_add(new QPushButton(tr("&Add account…"), this)),
      m_setRole(new QPushButton(tr("Set &role"), this)), m_toggle(new QPushButton(this)),
      m_reset(new QPushButton(tr("Reset &password…"), this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Accounts"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name"), tr("Role"), tr("State"), tr("Last sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    fillRoles(m_role);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_role);
    buttons->addWidget(m_setRole);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Roles: data entry enters and corrects results and events; "
                                    "a clinician also applies plans, signs assessments and "
                                    "exports; an administrator also manages accounts and "
                                    "settings."),
                                 this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(760, 420);

    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::openAddDialog);
    connect(m_setRole, &QPushButton::clicked, this, &AccountsDialog::applyRole);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsDialog::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::openResetDialog);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    reload();
}

void AccountsDialog::reload()
{
    const QString selected = selectedUsername();
    const auto listed = m_accounts.list();
    if (!listed) {
        showOutcome(false, listed.errorText());
        m_rows.clear();
    } else {
        m_rows = listed.value();
    }
    const QDateTime now = m_clock.nowUtc();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const storage::Account& account = m_rows[row];
        QString state = account.active ? tr("active") : tr("disabled");
        if (account.lockedAt(now))
            state = tr("locked until %1").arg(shown(account.lockedUntil));
        const QStringList cells{account.username, account.displayName,
                                storage::Permissions::roleName(account.role), state,
                                shown(account.lastSignInAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectAccount(selected);
    else if (!m_rows.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void AccountsDialog::selectAccount(const QString& username)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].username == username)
            m_table->selectRow(row);
    }
}

QString AccountsDialog::selectedUsername() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return QString();
    const int row = items.first()->row();
    return row >= 0 && row < m_rows.size() ? m_rows[row].username : QString();
}

void AccountsDialog::updateButtons()
{
    const QString username = selectedUsername();
    const bool any = !username.isEmpty();
    m_setRole->setEnabled(any);
    m_toggle->setEnabled(any);
    m_reset->setEnabled(any);
    m_toggle->setText(tr("&Disable"));
    for (const storage::Account& account : m_rows) {
        if (account.username != username)
            continue;
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(account.role)));
        m_toggle->setText(account.active ? tr("&Disable") : tr("&Enable"));
    }
}

void AccountsDialog::showOutcome(bool ok, const QString& text)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                : QStringLiteral("color: #b3261e;"));
    m_message->setText(text);
    m_message->show();
}

bool AccountsDialog::addAccount(const storage::NewAccount& account, const QString& repeat)
{
    if (account.password != repeat) {
        showOutcome(false, tr("The two passwords differ; type the same password twice."));
        return false;
    }
    const auto added = m_accounts.add(account);
    if (!added) {
        showOutcome(false, added.errorText());
        return false;
    }
    reload();
    selectAccount(added.value().username);
    showOutcome(
        true, tr("Account %1 added (%2).")
                  .arg(added.value().username, storage::Permissions::roleName(added.value().role)));
    return true;
}

bool AccountsDialog::applyRole()
{
    const QString username = selectedUsername();
    const auto role = static_cast<storage::Role>(m_role->currentData().toInt());
    const auto changed = m_accounts.setRole(username, role);
    if (!changed) {
        showOutcome(false, changed.errorText());
        return false;
    }
    reload();
    showOutcome(true, tr("%1 now has the %2 role.")
                          .arg(username, storage::Permissions::roleName(changed.value().role)));
    return true;
}

bool AccountsDialog::toggleActive()
{
    const QString username = selectedUsername();
    bool active = true;
    for (const storage::Account& account : m_rows) {
        if (account.username == username)
            active = account.active;
    }
    const auto changed = m_accounts.setActive(username, !active);
    if (!changed) {
        showOutcome(false, changed.errorText());
        return false;
    }
    reload();
    showOutcome(true, active ? tr("Account %1 disabled.").arg(username)
                             : tr("Account %1 enabled.").arg(username));
    return true;
}

bool AccountsDialog::resetPassword(const QString& password, const QString& repeat)
{
    const QString username = selectedUsername();
    if (password != repeat) {
        showOutcome(false, tr("The two passwords differ; type the same password twice."));
        return false;
    }
    const auto changed = m_accounts.resetPassword(username, password);
    if (!changed) {
        showOutcome(false, changed.errorText());
        return false;
    }
    reload();
    showOutcome(true, tr("The password of %1 was reset.").arg(username));
    return true;
}

void AccountsDialog::openAddDialog()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add account"));
    auto* username = new QLineEdit(dialog);
    auto* displayName = new QLineEdit(dialog);
    auto* role = new QComboBox(dialog);
    fillRoles(role);
    auto* password = new QLineEdit(dialog);
    auto* repeat = new QLineEdit(dialog);
    password->setEchoMode(QLineEdit::Password);
    repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("&User name:"), username);
    form->addRow(tr("&Display name:"), displayName);
    form->addRow(tr("R&ole:"), role);
    form->addRow(tr("&Password:"), password);
    form->addRow(tr("&Repeat the password:"), repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (addAccount({username->text(), displayName->text(),
                        static_cast<storage::Role>(role->currentData().toInt()), password->text()},
                       repeat->text()))
            dialog->accept();
        else
            password->clear(), repeat->clear();
    });
    dialog->open();
}

void AccountsDialog::openResetDialog()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reset the password of %1").arg(username));
    auto* password = new QLineEdit(dialog);
    auto* repeat = new QLineEdit(dialog);
    password->setEchoMode(QLineEdit::Password);
    repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("&New password:"), password);
    form->addRow(tr("&Repeat the password:"), repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (resetPassword(password->text(), repeat->text()))
            dialog->accept();
        else
            password->clear(), repeat->clear();
    });
    dialog->open();
}

} // namespace mmtrack::gui
