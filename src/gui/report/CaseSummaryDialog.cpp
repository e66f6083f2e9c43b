#include "gui/report/CaseSummaryDialog.h"

#include "common/AppIdentity.h"
#include "common/Language.h"
#include "gui/report/CaseSummaryPdf.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace mmtrack::gui {

CaseSummaryDialog::CaseSummaryDialog(workspace::Workspace& workspace, qint64 patientId,
                                     QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_patientId(patientId),
      m_language(new QComboBox(this)), m_deidentify(new QCheckBox(tr("De-identify"), this)),
      m_dayOffsets(new QCheckBox(tr("Dates as days from diagnosis"), this))
{
    setWindowTitle(tr("Export case summary"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Simplified Chinese"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(common::currentLanguage() == QLatin1String("zh_CN") ? 1 : 0);
    m_deidentify->setToolTip(tr("Leaves out the name, the MRN, the birth date and the notes; "
                                "the age is given in years."));
    m_dayOffsets->setEnabled(false);
    connect(m_deidentify, &QCheckBox::toggled, m_dayOffsets, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), m_deidentify);
    form->addRow(QString(), m_dayOffsets);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Preview and save…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    choosePath = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save case summary"), suggested,
                                            tr("PDF files (*.pdf)"));
    };
    openFile = [](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
}

CaseSummaryOptions CaseSummaryDialog::options() const
{
    CaseSummaryOptions options;
    options.language = m_language->currentData().toString();
    options.deidentify = m_deidentify->isChecked();
    options.dayOffsets = m_deidentify->isChecked() && m_dayOffsets->isChecked();
    // The signed-in account signs the summary; without accounts, the system user.
    const std::optional<storage::Session>& session = m_workspace.database().session();
    options.generatedBy = session ? session->displayName : common::currentUserName();
    return options;
}

void CaseSummaryDialog::accept()
{
    if (!run().isEmpty())
        QDialog::accept();
}

QString CaseSummaryDialog::run()
{
    QString error;
    const auto summary = CaseSummaryPdf::summarize(m_workspace, m_patientId, options(), &error);
    if (!summary) {
        QMessageBox::warning(this, windowTitle(), error);
        return {};
    }
    if (showPreview) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setFullPage(true);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Case summary preview"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                [&summary](QPrinter* target) {
                    target->setFullPage(true);
                    CaseSummaryPdf::paint(*summary, *target);
                });
        // Printing from the preview is allowed; closing it goes on to saving the PDF.
        preview.exec();
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        (options().deidentify ? tr("case-summary-deidentified") : tr("case-summary")) +
        QStringLiteral(".pdf"));
    const QString path = choosePath ? choosePath(suggested) : suggested;
    if (path.isEmpty())
        return {};
    if (!CaseSummaryPdf::write(*summary, path, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return {};
    }
    if (openFile)
        openFile(path);
    return path;
}

} // namespace mmtrack::gui
