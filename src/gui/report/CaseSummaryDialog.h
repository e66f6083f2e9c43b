#pragma once

#include "gui/report/CaseSummary.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

// File → Export case summary…: choose the language and de-identification, look at the print
// preview, then save the PDF and open it with the system's viewer.
class CaseSummaryDialog : public QDialog {
    Q_OBJECT
public:
    CaseSummaryDialog(workspace::Workspace& workspace, qint64 patientId, QWidget* parent = nullptr);

    CaseSummaryOptions options() const;

    // Seams for tests: the file chooser and the viewer. By default a QFileDialog and
    // QDesktopServices::openUrl.
    std::function<QString(const QString& suggested)> choosePath;
    std::function<void(const QString& path)> openFile;
    bool showPreview = true;

    // Builds the summary, previews it, saves and opens it; the saved path, or empty.
    QString run();

    void accept() override;

private:
    workspace::Workspace& m_workspace;
    qint64 m_patientId;
    QComboBox* m_language;
    QCheckBox* m_deidentify;
    QCheckBox* m_dayOffsets;
};

} // namespace mmtrack::gui
