#include "gui/labs/LabImportDialog.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace mmtrack::gui {

LabImportDialog::LabImportDialog(QString databasePath, const clinical::Clock& clock, QString user,
                                 QWidget* parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_clock(clock),
      m_user(std::move(user)), m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_format(new QComboBox(this)), m_strict(new QCheckBox(this)),
      m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_problemView(new QTableView(this)), m_problems(new QStandardItemModel(0, 2, this)),
      m_start(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_strict);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_problemView->setModel(m_problems);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->verticalHeader()->hide();
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemView->setWordWrap(true);
    layout->addWidget(m_problemView, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_start->setDefault(true);
    m_path->setMinimumWidth(420);
    connect(m_browse, &QPushButton::clicked, this, &LabImportDialog::chooseFile);
    connect(m_start, &QPushButton::clicked, this, &LabImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &LabImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &LabImportDialog::reject);
    retranslate();
    resize(760, 560);
}

LabImportDialog::~LabImportDialog()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
    }
}

void LabImportDialog::retranslate()
{
    setWindowTitle(tr("Import lab results"));
    m_browse->setText(tr("&Browse…"));
    const int format = m_format->currentIndex();
    m_format->clear();
    m_format->addItem(tr("From the file name"));
    m_format->addItem(tr("CSV"));
    m_format->addItem(tr("HL7 v2 (ORU^R01)"));
    m_format->setCurrentIndex(format < 0 ? 0 : format);
    m_strict->setText(tr("&Strict: import nothing if any row is rejected"));
    m_start->setText(tr("&Import"));
    m_cancel->setText(tr("&Cancel import"));
    m_close->setText(tr("Clo&se"));
    m_problems->setHorizontalHeaderLabels({tr("Where"), tr("Why it was rejected")});
}

void LabImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LabImportDialog::setFile(const QString& path)
{
    m_path->setText(path);
}

void LabImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import lab results"), m_path->text(),
                                     tr("Lab results (*.csv *.hl7 *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool LabImportDialog::isRunning() const
{
    return m_thread != nullptr;
}

void LabImportDialog::start()
{
    if (m_thread || m_path->text().trimmed().isEmpty())
        return;
    m_problems->removeRows(0, m_problems->rowCount());
    m_report = {};
    m_cancelRequested = false;
    m_summary->setText(tr("Importing…"));
    m_progress->setValue(0);
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);

    workspace::LabImportOptions options;
    options.strict = m_strict->isChecked();
    if (m_format->currentIndex() == 1)
        options.format = workspace::LabFileFormat::Csv;
    else if (m_format->currentIndex() == 2)
        options.format = workspace::LabFileFormat::Hl7;
    const QString file = m_path->text().trimmed();

    // QtSql connections belong to the thread that made them: the worker opens its own.
    m_thread = QThread::create([this, options, file] {
        auto database =
            storage::Database::open(m_databasePath, storage::toStoredTime(m_clock.nowUtc()));
        if (!database) {
            m_report.fatal = database.errorText();
            return;
        }
        database.value()->setSession(m_session);
        workspace::LabImporter importer(*database.value(), m_clock, m_user);
        workspace::LabImporter::Callbacks callbacks;
        callbacks.cancel = &m_cancelRequested;
        qint64 lastShown = -1;
        callbacks.progress = [this, &lastShown](qint64 done, qint64 total) {
            const qint64 permille = total > 0 ? done * 1000 / total : 0;
            if (permille != lastShown) {
                lastShown = permille;
                QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection,
                                          Q_ARG(int, int(permille)));
            }
        };
        m_report = importer.importFile(file, options, callbacks);
    });
    connect(m_thread, &QThread::finished, this, &LabImportDialog::onFinished);
    m_thread->start();
}

void LabImportDialog::cancel()
{
    m_cancelRequested = true;
}

QString LabImportDialog::summary() const
{
    return m_summary->text();
}

void LabImportDialog::onFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_progress->setValue(m_report.committed ? 1000 : m_progress->value());
    for (const clinical::Problem& problem : m_report.problems) {
        auto* where = new QStandardItem(problem.where);
        auto* why = new QStandardItem(QStringLiteral("⚠ ") + problem.message);
        m_problems->appendRow({where, why});
    }
    m_problemView->resizeColumnToContents(0);
    const auto& counts = m_report.counts;
    QString text;
    if (!m_report.fatal.isEmpty())
        text = tr("Nothing was imported: %1").arg(m_report.fatal);
    else if (m_report.cancelled)
        text = tr("Cancelled: nothing was imported.");
    else if (!m_report.committed)
        text = tr("Nothing was imported: %n row(s) rejected in strict mode.", nullptr,
                  int(counts.rejected));
    else
        text = tr("%1 imported, %2 already stored, %3 rejected.")
                   .arg(counts.imported)
                   .arg(counts.duplicate)
                   .arg(counts.rejected);
    if (counts.rejected > m_report.problems.size())
        text += QLatin1Char(' ') +
                tr("The first %1 rejections are listed.").arg(m_report.problems.size());
    if (!m_report.unmappedCodes.isEmpty()) {
        QStringList codes(m_report.unmappedCodes.cbegin(), m_report.unmappedCodes.cend());
        codes.sort();
        text += QLatin1Char('\n') + tr("Unmapped codes: %1. Map them in Settings → Lab codes.")
                                        .arg(codes.join(QStringLiteral(", ")));
    }
    m_summary->setText(text);
    emit finished(m_report.committed);
}

void LabImportDialog::reject()
{
    if (m_thread)
        return; // cancel first; closing must not abandon a running import
    QDialog::reject();
}

} // namespace mmtrack::gui
