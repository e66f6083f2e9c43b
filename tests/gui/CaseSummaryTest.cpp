// The case summary PDF: its text read back with QtPdf (and pdftotext), pages, escaping,
// de-identification and a low-resolution render.
#include "common/Language.h"
#include "gui/MainWindow.h"
#include "gui/report/CaseSummaryDialog.h"
#include "gui/report/CaseSummaryPdf.h"
#include "gui/report/ReportHeaderDialog.h"
#include "support/DemoWard.h"
#include "support/TestSupport.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QImage>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>

using namespace mmtrack;

namespace {

struct Demo : test::DemoWard {
    gui::CaseSummaryOptions options(const QString& language) const
    {
        gui::CaseSummaryOptions o;
        o.language = language;
        o.generatedBy = QStringLiteral("dr.tester");
        o.generatedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0));
        return o;
    }

    gui::CaseSummary summary(const gui::CaseSummaryOptions& options)
    {
        QString error;
        auto s = gui::CaseSummaryPdf::summarize(*workspace, demoId, options, &error);
        INFO(error.toStdString());
        REQUIRE(s);
        return *s;
    }

    // Writes the summary and returns the path and the page count.
    std::pair<QString, int> write(const gui::CaseSummary& summary, const QString& name)
    {
        const QString path = scratch.path(name);
        QString error;
        const auto pages = gui::CaseSummaryPdf::write(summary, path, &error);
        INFO(error.toStdString());
        REQUIRE(pages);
        return {path, *pages};
    }
};

struct PdfText {
    int pages = 0;
    QStringList perPage;
    QString all() const { return perPage.join(QLatin1Char('\n')); }
};

// The text poppler's pdftotext extracts, as a reader's search or copy would find it.
QString pdftotextOf(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

PdfText readPdf(const QString& path)
{
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    PdfText text;
    text.pages = document.pageCount();
    for (int page = 0; page < text.pages; ++page)
        text.perPage << document.getAllText(page).text();
    return text;
}

void requireContains(const QString& text, const QStringList& parts)
{
    for (const QString& part : parts) {
        INFO("expected: " << part.toStdString());
        CHECK(text.contains(part));
    }
}

} // namespace

TEST_CASE("The English summary of the demo case holds every section and its values")
{
    Demo demo;
    const auto [path, pages] =
        demo.write(demo.summary(demo.options(QStringLiteral("en"))), QStringLiteral("en.pdf"));
    const PdfText pdf = readPdf(path);
    CHECK(pdf.pages == pages);
    requireContains(pdf.all(), {QStringLiteral("Taizhou Municipal Hospital"),
                                QStringLiteral("Department of Hematology"),
                                QStringLiteral("Case summary"),
                                QStringLiteral("张某某"),
                                QStringLiteral("TZ-2025-0417"),
                                QStringLiteral("1989-03"),
                                QStringLiteral("IgG κ"),
                                QStringLiteral("Diagnosis"),
                                QStringLiteral("t(4;14)"),
                                QStringLiteral("Myeloma-defining events"),
                                QStringLiteral("Staging and risk"),
                                QStringLiteral("R-ISS"),
                                QStringLiteral("Pathway timeline"),
                                QStringLiteral("Response assessments"),
                                QStringLiteral("sCR"),
                                QStringLiteral("Stem-cell collection and transplants"),
                                QStringLiteral("9.1 ×10⁶/kg"),
                                QStringLiteral("MEL200"),
                                QStringLiteral("2025-11-03"),
                                QStringLiteral("2026-03-17"),
                                QStringLiteral("D+9"),
                                QStringLiteral("D+8"),
                                QStringLiteral("Laboratory trends"),
                                QStringLiteral("Hemoglobin"),
                                QStringLiteral("Alerts"),
                                QStringLiteral("Attending physician"),
                                QStringLiteral("Generated 2026-11-24 10:00 by dr.tester")});
}

TEST_CASE("The Chinese summary is worded in Chinese with the glossary's terms")
{
    Demo demo;
    common::installLanguage(QStringLiteral("en"));
    const auto [path, pages] =
        demo.write(demo.summary(demo.options(QStringLiteral("zh_CN"))), QStringLiteral("zh.pdf"));
    CHECK(common::currentLanguage() == QStringLiteral("en")); // restored afterwards
    const PdfText pdf = readPdf(path);
    CHECK(pdf.pages == pages);
    requireContains(pdf.all(),
                    {QStringLiteral("台州市立医院"), QStringLiteral("血液科"),
                     QStringLiteral("病例摘要"), QStringLiteral("诊断"), QStringLiteral("骨髓瘤"),
                     QStringLiteral("血红蛋白"), QStringLiteral("严格完全缓解（sCR）"),
                     QStringLiteral("D+9"), QStringLiteral("D+8"), QStringLiteral("2025-11-03"),
                     QStringLiteral("第1页，共%1页").arg(pages)});
    CHECK_FALSE(pdf.all().contains(QStringLiteral("Staging and risk")));
}

TEST_CASE("Every page says which page of how many it is")
{
    Demo demo;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const auto [path, pages] =
            demo.write(demo.summary(demo.options(language)), language + QStringLiteral(".pdf"));
        const PdfText pdf = readPdf(path);
        REQUIRE(pdf.pages == pages);
        CHECK(pages >= 2);
        CHECK(pages <= 5);
        for (int page = 1; page <= pages; ++page) {
            const QString expected = language == QLatin1String("en")
                                         ? QStringLiteral("Page %1 of %2").arg(page).arg(pages)
                                         : QStringLiteral("第%1页，共%2页").arg(page).arg(pages);
            INFO(expected.toStdString());
            CHECK(pdf.perPage.at(page - 1).contains(expected));
        }
    }
}

TEST_CASE("Markup in a name and in notes is printed literally")
{
    Demo demo;
    auto loaded = workspace::CaseFiles::load(*demo.workspace, demo.demoId);
    REQUIRE(loaded.ok());
    clinical::CaseRecord record = loaded.value();
    const QString markup = QStringLiteral("<b>&\"x\"</b>");
    record.patient.name = markup;
    record.patient.notes = QStringLiteral("Note ") + markup + QStringLiteral(" &amp; <i>y</i>");
    const auto assessment = clinical::CaseAssessor::assess(record);
    const auto summary = gui::CaseSummaryBuilder::build(record, assessment, std::nullopt,
                                                        demo.options(QStringLiteral("en")));
    const auto [path, pages] = demo.write(summary, QStringLiteral("markup.pdf"));
    const QString text = readPdf(path).all();
    CHECK(text.contains(markup));
    CHECK(text.contains(QStringLiteral("Note <b>&\"x\"</b> &amp; <i>y</i>")));
}

TEST_CASE("Page 1 rendered at low resolution is not blank")
{
    Demo demo;
    const auto [path, pages] =
        demo.write(demo.summary(demo.options(QStringLiteral("en"))), QStringLiteral("render.pdf"));
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QSizeF points = document.pagePointSize(0);
    CHECK(std::abs(points.width() - 595.3) < 2); // A4 portrait
    CHECK(std::abs(points.height() - 841.9) < 2);
    const QImage image = document.render(0, QSize(149, 210));
    REQUIRE(!image.isNull());
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 200)
                ++inked;
    CHECK(inked > image.width() * image.height() / 100);
}

TEST_CASE("A de-identified summary holds no identifier")
{
    Demo demo;
    for (const bool offsets : {false, true}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            auto options = demo.options(language);
            options.deidentify = true;
            options.dayOffsets = offsets;
            const auto [path, pages] =
                demo.write(demo.summary(options), QStringLiteral("deid.pdf"));
            const QString text = readPdf(path).all();
            INFO(language.toStdString() << " offsets " << offsets);
            CHECK_FALSE(text.contains(QStringLiteral("张某某")));
            CHECK_FALSE(text.contains(QStringLiteral("TZ-2025-0417")));
            CHECK_FALSE(text.contains(QStringLiteral("1989")));
            CHECK(text.contains(language == QLatin1String("en") ? QStringLiteral("37 years")
                                                                : QStringLiteral("37岁")));
            if (offsets) {
                // Only the generation time keeps a calendar date.
                CHECK_FALSE(text.contains(QStringLiteral("2025-")));
                CHECK(text.contains(language == QLatin1String("en") ? QStringLiteral("day 0")
                                                                    : QStringLiteral("第0天")));
            }
        }
    }
}

TEST_CASE("pdftotext extracts the exact Chinese characters")
{
    Demo demo;
    const auto [path, pages] = demo.write(demo.summary(demo.options(QStringLiteral("zh_CN"))),
                                          QStringLiteral("zh-poppler.pdf"));
    const QString text = pdftotextOf(path);
    CHECK(text.contains(QStringLiteral("血红蛋白")));
    CHECK(text.contains(QStringLiteral("骨髓瘤")));
    CHECK(text.contains(QStringLiteral("严格完全缓解")));
    // No Kangxi radical or CJK radical supplement look-alikes (⾎ ⽩ ⻣ …).
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))));
}

TEST_CASE("The timeline's labels are text in the PDF, extracted as written")
{
    Demo demo;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const auto [path, pages] =
            demo.write(demo.summary(demo.options(language)), QStringLiteral("timeline.pdf"));
        const QString text = pdftotextOf(path);
        INFO(language.toStdString());
        // The day axis, a phase, a therapy label and the CD34+ yield, drawn by the timeline.
        CHECK(text.contains(QStringLiteral("D+100")));
        CHECK(text.contains(QStringLiteral("R C6")));
        CHECK(text.contains(QStringLiteral("CD34+ 9.1 ×10⁶/kg")));
        if (language == QLatin1String("en")) {
            CHECK(text.contains(QStringLiteral("Maintenance")));
            CHECK(text.contains(QStringLiteral("Transfusions")));
        } else {
            CHECK(text.contains(QStringLiteral("维持治疗")));
            CHECK(text.contains(QStringLiteral("移植天数")));
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))));
        }
    }
}

TEST_CASE("The window's Export case summary writes the chosen file and opens it", "[gui][report]")
{
    test::Scratch scratch;
    clinical::FixedClock clock = test::fixedClock();
    auto opened = workspace::Workspace::open(scratch.path(QStringLiteral("w.sqlite")), clock,
                                             workspace::Workspace::Seed::DemoWhenNew);
    REQUIRE(opened.ok());
    gui::MainWindow window(*opened.value(), QStringLiteral("dr.chen"));
    window.show();
    REQUIRE(window.selectedPatient());
    gui::CaseSummaryDialog* dialog = window.exportSummary();
    REQUIRE(dialog);
    const QString path = scratch.path(QStringLiteral("summary.pdf"));
    QString shownFile;
    dialog->showPreview = false;
    dialog->choosePath = [&](const QString&) { return path; };
    dialog->openFile = [&](const QString& file) { shownFile = file; };
    dialog->accept();
    CHECK(shownFile == path);
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    CHECK(document.pageCount() >= 2);
    CHECK(document.getAllText(0).text().contains(QStringLiteral("TZ-2025-0417")));
}

TEST_CASE("The report header set in Settings is printed at the top of the summary",
          "[gui][report][settings]")
{
    QSettings().remove(QStringLiteral("report"));
    {
        gui::ReportHeaderDialog dialog;
        dialog.hospitalEdit()->setText(QStringLiteral("  临海市第一人民医院 "));
        dialog.departmentEdit()->setText(QStringLiteral("血液内科"));
        dialog.accept();
    }
    CHECK(gui::CaseSummaryBuilder::hospitalSetting() == QStringLiteral("临海市第一人民医院"));
    CHECK(gui::CaseSummaryBuilder::departmentSetting() == QStringLiteral("血液内科"));
    gui::ReportHeaderDialog again;
    CHECK(again.hospitalEdit()->text() == QStringLiteral("临海市第一人民医院"));
    again.hospitalEdit()->clear();
    again.departmentEdit()->clear();
    again.accept();
    CHECK(gui::CaseSummaryBuilder::hospitalSetting() ==
          QStringLiteral("Taizhou Municipal Hospital"));
}
