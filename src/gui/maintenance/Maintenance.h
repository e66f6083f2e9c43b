#pragma once

#include "gui/MessageBanner.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

// The outcome of a maintenance step, for the banner or a message box.
struct MaintenanceOutcome {
    MessageBanner::Kind kind = MessageBanner::Kind::Info;
    QString text;
    QString details; // the list of findings of a check, one a line
};

// Back up, restore and check the database from the window (storage::Backup underneath).
class Maintenance {
    Q_DECLARE_TR_FUNCTIONS(Maintenance)
public:
    static constexpr int kKeptBackups = 10;

    // The steps without dialogs (the actions below and the tests call them).
    static MaintenanceOutcome backUpTo(workspace::Workspace& workspace, const QString& target);
    static MaintenanceOutcome check(workspace::Workspace& workspace);
    // The workspace on `databasePath` must be closed first.
    static MaintenanceOutcome restoreFrom(const QString& databasePath, const QString& from);

    // File > Back up now…: asks for a file, copies, reports in the banner.
    static void backUpNow(QWidget* parent, workspace::Workspace& workspace, MessageBanner* banner);
    // File > Check the database: runs the checks; findings are listed in a message box.
    static void checkDatabase(QWidget* parent, workspace::Workspace& workspace,
                              MessageBanner* banner);
    // File > Restore from backup…: asks for a backup (default: the rotating backups' folder)
    // and a confirmation; the chosen file, or empty. The caller then closes everything that
    // holds the database (the workspace, the window) and calls restoreFrom.
    static QString chooseBackupToRestore(QWidget* parent, const QString& databasePath);

    // Where the rotating backups of a database go: a "backups" folder beside it.
    static QString backupFolder(const QString& databasePath);
};

// At exit: writes backups/mmtrack-YYYYMMDD-HHMMSS.sqlite beside the database and keeps the
// newest Maintenance::kKeptBackups (not for PostgreSQL: pg_dump on the server does that). A
// failure is logged, never shown; returns whether it worked.
bool rotateOnExit(workspace::Workspace& workspace);

} // namespace mmtrack::gui
