#include "common/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <pwd.h>
#include <unistd.h>

namespace mmtrack::common {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("mmtrack"));
    QCoreApplication::setOrganizationName(QStringLiteral("mmtrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MMTRACK_VERSION));
}

void cacheTimeZone()
{
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
}

QString dataDirectory()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(path);
    return path;
}

QString defaultDatabasePath()
{
    return dataDirectory() + QStringLiteral("/mmtrack.sqlite");
}

QString logDirectory()
{
    const QString path = dataDirectory() + QStringLiteral("/logs");
    QDir().mkpath(path);
    return path;
}

QString currentUserName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // No variable (a service, a bare container): the account the process runs as.
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

} // namespace mmtrack::common
