#pragma once

#include "storage/AccountStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mmtrack::gui {

// Settings > Accounts (administrators): the accounts with their roles and states; add one,
// change a role, disable or enable, reset a password. Every change goes through AccountStore,
// which checks the role again and writes the account log.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(storage::AccountStore& accounts, const clinical::Clock& clock,
                   QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QComboBox* roleCombo() const { return m_role; }

    void reload();
    void selectAccount(const QString& username);
    QString selectedUsername() const;

    // The actions of the buttons, callable by tests with the answers a person would type.
    bool addAccount(const storage::NewAccount& account, const QString& repeat);
    bool applyRole();
    bool toggleActive();
    bool resetPassword(const QString& password, const QString& repeat);

private:
    void showOutcome(bool ok, const QString& text);
    void openAddDialog();
    void openResetDialog();
    void updateButtons();

    storage::AccountStore& m_accounts;
    const clinical::Clock& m_clock;
    QList<storage::Account> m_rows;
    QTableWidget* m_table;
    QComboBox* m_role;
    QPushButton* m_add;
    QPushButton* m_setRole;
    QPushButton* m_toggle;
    QPushButton* m_reset;
    QLabel* m_message;
};

} // namespace mmtrack::gui
