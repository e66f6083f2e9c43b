#pragma once

#include "storage/Permissions.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mmtrack::storage {
class AccountStore;
}

namespace mmtrack::gui {

// The first start ("Create the administrator": user name, display name, the password twice)
// or every later start ("Sign in": user name and password). accept() succeeds only with a
// session; a wrong password, a locked or a disabled account is said under the fields and the
// dialog stays open.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { CreateAdmin, SignIn };

    SignInDialog(storage::AccountStore& accounts, Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    std::optional<storage::Session> session() const { return m_session; }
    void setUsername(const QString& username);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    void showProblem(const QString& text);

    storage::AccountStore& m_accounts;
    Mode m_mode;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    std::optional<storage::Session> m_session;
};

} // namespace mmtrack::gui
