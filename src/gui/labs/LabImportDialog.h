#pragma once

#include "storage/Permissions.h"
#include "workspace/LabImporter.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QThread;

namespace mmtrack::gui {

// Imports a CSV or HL7 file of lab results. The import runs on a worker thread with its
// own database connection, shows its progress, and can be cancelled (cancel commits
// nothing). Every rejected row or message is listed with its place and reason.
class LabImportDialog : public QDialog {
    Q_OBJECT
public:
    LabImportDialog(QString databasePath, const clinical::Clock& clock, QString user,
                    QWidget* parent = nullptr);
    ~LabImportDialog() override;

    void setFile(const QString& path);
    // The signed-in account, carried to the worker's own connection (its writes check it).
    void setSession(std::optional<storage::Session> session) { m_session = std::move(session); }
    void start();
    void cancel();
    bool isRunning() const;

    const workspace::LabImportReport& report() const { return m_report; }
    QStandardItemModel* problems() const { return m_problems; }
    QString summary() const;

signals:
    void finished(bool committed);

private:
    void chooseFile();
    void onFinished();
    void retranslate();
    void changeEvent(QEvent* event) override;
    void reject() override;

    QString m_databasePath;
    const clinical::Clock& m_clock;
    QString m_user;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QComboBox* m_format;
    QCheckBox* m_strict;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableView* m_problemView;
    QStandardItemModel* m_problems;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelRequested{false};
    workspace::LabImportReport m_report;
    std::optional<storage::Session> m_session;
};

} // namespace mmtrack::gui
