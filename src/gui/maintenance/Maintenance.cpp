#include "gui/maintenance/Maintenance.h"

#include "common/Logging.h"
#include "storage/Backup.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace mmtrack::gui {

QString Maintenance::backupFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

MaintenanceOutcome Maintenance::backUpTo(workspace::Workspace& workspace, const QString& target)
{
    const clinical::Status saved = storage::Backup::save(workspace.database().connection(), target);
    if (!saved)
        return {MessageBanner::Kind::Error, saved.errorText(), {}};
    return {MessageBanner::Kind::Info, tr("The database was backed up to %1.").arg(target), {}};
}

MaintenanceOutcome Maintenance::check(workspace::Workspace& workspace)
{
    const clinical::Result<storage::CheckReport> report =
        storage::Backup::check(workspace.database().connection());
    if (!report)
        return {MessageBanner::Kind::Error, report.errorText(), {}};
    if (report.value().clean())
        return {MessageBanner::Kind::Info,
                tr("The database passed the integrity and foreign-key checks."),
                {}};
    const QStringList findings = report.value().findings();
    return {MessageBanner::Kind::Warning,
            tr("The check found %n problem(s). Restore a backup, or keep the database and ask "
               "for help.",
               nullptr, static_cast<int>(findings.size())),
            findings.join(QLatin1Char('\n'))};
}

MaintenanceOutcome Maintenance::restoreFrom(const QString& databasePath, const QString& from)
{
    const clinical::Result<QString> kept =
        storage::Backup::restore(from, databasePath, QDateTime::currentDateTime());
    if (!kept)
        return {MessageBanner::Kind::Error, kept.errorText(), {}};
    QString text = tr("The database was restored from %1.").arg(QFileInfo(from).fileName());
    if (!kept.value().isEmpty())
        text += QLatin1Char(' ') + tr("The previous database is kept as %1.").arg(kept.value());
    return {MessageBanner::Kind::Info, text, {}};
}

void Maintenance::backUpNow(QWidget* parent, workspace::Workspace& workspace, MessageBanner* banner)
{
    const QString suggested =
        QDir(backupFolder(workspace.database().location()))
            .filePath(storage::Backup::rotationFileName(QDateTime::currentDateTime()));
    QDir().mkpath(backupFolder(workspace.database().location()));
    const QString target = QFileDialog::getSaveFileName(
        parent, tr("Back up the database"), suggested, tr("mmtrack databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    const MaintenanceOutcome outcome = backUpTo(workspace, target);
    if (banner)
        banner->show(outcome.kind, outcome.text);
}

void Maintenance::checkDatabase(QWidget* parent, workspace::Workspace& workspace,
                                MessageBanner* banner)
{
    const MaintenanceOutcome outcome = check(workspace);
    if (outcome.details.isEmpty()) {
        if (banner)
            banner->show(outcome.kind, outcome.text);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Check the database"), outcome.text,
                    QMessageBox::Close, parent);
    box.setDetailedText(outcome.details);
    box.exec();
}

QString Maintenance::chooseBackupToRestore(QWidget* parent, const QString& databasePath)
{
    const QString from =
        QFileDialog::getOpenFileName(parent, tr("Restore from backup"), backupFolder(databasePath),
                                     tr("mmtrack databases (*.sqlite);;All files (*)"));
    if (from.isEmpty())
        return {};
    const auto answer = QMessageBox::question(
        parent, tr("Restore from backup"),
        tr("Replace the database by the backup %1? Changes made after that backup will no "
           "longer be shown; the current database is kept beside it.")
            .arg(QFileInfo(from).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes ? from : QString();
}

bool rotateOnExit(workspace::Workspace& workspace)
{
    // A PostgreSQL database is backed up on its server (pg_dump), not by each workstation.
    if (workspace.database().dialect() == storage::Dialect::PostgreSql)
        return false;
    const QString folder = Maintenance::backupFolder(workspace.database().location());
    const clinical::Result<QString> written =
        storage::Backup::rotate(workspace.database().connection(), folder,
                                Maintenance::kKeptBackups, QDateTime::currentDateTime());
    if (!written) {
        common::logger("storage")->warn("the backup at exit failed");
        return false;
    }
    return true;
}

} // namespace mmtrack::gui
