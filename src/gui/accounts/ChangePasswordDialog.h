#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace mmtrack::storage {
class AccountStore;
}

namespace mmtrack::gui {

// File > Change my password: the current password, then the new one twice.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(storage::AccountStore& accounts, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    storage::AccountStore& m_accounts;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

} // namespace mmtrack::gui
