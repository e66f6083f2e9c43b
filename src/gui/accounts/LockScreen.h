#pragma once

#include "storage/Permissions.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mmtrack::storage {
class AccountStore;
}

namespace mmtrack::gui {

// Covers the whole window while it is locked: nothing of the patient data shows through. The
// same account unlocks it with its password (a wrong one counts towards the lock-out, as at
// sign-in), or signs out.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(storage::AccountStore& accounts, QWidget* window);

    void lock(const storage::Session& session);
    bool isLocked() const { return isVisible(); }

    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* signOutButton() const { return m_signOut; }

    void tryUnlock();

signals:
    void unlocked(const storage::Session& session);
    void signOutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    storage::AccountStore& m_accounts;
    std::optional<storage::Session> m_session;
    QLabel* m_title;
    QLabel* m_who;
    QLabel* m_prompt;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
};

} // namespace mmtrack::gui
