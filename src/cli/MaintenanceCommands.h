#pragma once

#include "cli/Arguments.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace mmtrack::cli {

// `backup --to FILE`, `restore --from FILE` and `check`: whole-file maintenance. They run
// before the database is opened (a restore must not have it open; a check must see a damaged
// file as it is, and a backup only reads).
class MaintenanceCommands {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommands)
public:
    static bool handles(const QString& command);
    // `database` is the file the command works on (--db, or the GUI's default database).
    static int run(const QString& command, const QString& database, Arguments& args,
                   QTextStream& out, QTextStream& err, const QDateTime& now);
    static QString usage();

private:
    static int backup(const QString& database, Arguments& args, QTextStream& out, QTextStream& err);
    static int restore(const QString& database, Arguments& args, QTextStream& out, QTextStream& err,
                       const QDateTime& now);
    static int check(const QString& database, Arguments& args, QTextStream& out, QTextStream& err);
};

} // namespace mmtrack::cli
