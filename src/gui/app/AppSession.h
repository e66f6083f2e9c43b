#pragma once

#include "clinical/Clock.h"

#include <QString>
#include <functional>
#include <optional>

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

class MainWindow;
class SignInDialog;

// How the application starts: which database, and an account that signs in without the
// dialog (--user with MMTRACK_PASSWORD; on a database without accounts it becomes the first
// administrator). The account is used for the first window only: after a sign-out or a
// restore, the sign-in dialog asks.
struct AppStart {
    QString databasePath;
    bool seedDemoWhenNew = false; // the default database gets the demo patient
    std::optional<QString> user;
    QString password;
    bool rotatingBackups = true; // a copy of the database at exit (not for screenshots)
};

// The application's life between start and exit. Each round opens the workspace, signs in and
// shows the main window until it closes. Sign out starts a new round on a fresh window.
// Restore closes the window and the workspace (nothing then holds the file), replaces the
// database with the backup, and starts a new round with the outcome in the banner. The account
// log records the end of every session; the rotating backup is written at the final exit.
class AppSession {
public:
    // Called when a round's window is shown (first: the round that started the application).
    using WindowShown =
        std::function<void(MainWindow& window, workspace::Workspace& workspace, bool first)>;
    // Called before the first round's sign-in dialog is run (when there is one).
    using DialogShown = std::function<void(SignInDialog& dialog)>;

    AppSession(AppStart start, const clinical::Clock& clock);

    void onWindowShown(WindowShown hook) { m_windowShown = std::move(hook); }
    void onFirstSignInDialog(DialogShown hook) { m_dialogShown = std::move(hook); }

    // Runs until the last window closes; the exit status: 0, or 2 when the database cannot be
    // opened or the account given at start cannot sign in.
    int run();

private:
    AppStart m_start;
    const clinical::Clock& m_clock;
    WindowShown m_windowShown;
    DialogShown m_dialogShown;
};

} // namespace mmtrack::gui
