#pragma once

#include <QString>

namespace mmtrack::common {

// Sets the application and organisation names that QStandardPaths and QSettings use, so
// that the GUI and the CLI find the same database, settings and logs.
void setApplicationIdentity();

// Makes the C library read the time zone once: without TZ set, glibc checks /etc/localtime
// on every local-time conversion, which dominated drawing years of dated lab values.
// Call before the application object is made.
void cacheTimeZone();

// The user's data folder (QStandardPaths::AppDataLocation), created when missing.
QString dataDirectory();
// The embedded default database inside the data folder.
QString defaultDatabasePath();
// Where the rotating log files go.
QString logDirectory();

// Who is making changes, until accounts exist: the operating-system user.
QString currentUserName();

} // namespace mmtrack::common
