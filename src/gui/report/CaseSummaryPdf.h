#pragma once

#include "gui/report/CaseSummary.h"

#include <QCoreApplication>
#include <optional>

class QPagedPaintDevice;

namespace mmtrack::workspace {
class Workspace;
}

namespace mmtrack::gui {

// Lays out and paints a CaseSummary on A4 pages: header, patient, sections, the timeline as a
// vector drawing, lab charts, signatures, and "page x of y" with the generation line in every
// footer. Text is plain (never markup) and Chinese is drawn with WenQuanYi Micro Hei, whose
// glyphs map back to the exact characters in extracted text (docs/shared toolchain trap 2).
class CaseSummaryPdf {
    Q_DECLARE_TR_FUNCTIONS(CaseSummaryPdf)
public:
    // Reads and assesses a stored patient and words the summary in options.language (the
    // language is installed for the time it takes and the previous one restored).
    static std::optional<CaseSummary> summarize(workspace::Workspace& workspace, qint64 patientId,
                                                const CaseSummaryOptions& options, QString* error);

    // Paints the summary on a device already set to A4 portrait (a QPdfWriter or a QPrinter);
    // returns the number of pages.
    static int paint(const CaseSummary& summary, QPagedPaintDevice& device);

    // Writes the summary as a PDF; the number of pages, or nullopt with `error` set.
    static std::optional<int> write(const CaseSummary& summary, const QString& path,
                                    QString* error);

    // The language used for a summary: "zh_CN" or "en".
    static QString languageFor(const CaseSummary& summary);
};

} // namespace mmtrack::gui
