#pragma once

#include <QString>

namespace mmtrack::common {

// Sets the application and organisation names that QStandardPaths and QSettings use, so
// that the GUI and the CLI find the same database, settings and logs.
void setApplicationIdentity();

// The user's data folder (QStandardPaths::AppDataLocation), created when missing.
QString dataDirectory();
// The embedded default database inside the data folder.
QString defaultDatabasePath();
// Where the rotating log files go.
QString logDirectory();

// Who is making changes, until accounts exist: the operating-system user.
QString currentUserName();

} // namespace mmtrack::common
