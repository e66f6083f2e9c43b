#include "gui/patients/AssessmentOverviewWidget.h"
#include "support/DemoWard.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTest>

using namespace mmtrack;

namespace {

using Demo = test::AssessedDemo;

// The shown texts as one string, one text a line, so that a label and its value can be
// checked in reading order.
QString joined(const gui::AssessmentOverviewWidget& widget)
{
    return widget.shownTexts().join(QLatin1Char('\n'));
}

bool anyContains(const QStringList& texts, const QString& part)
{
    for (const QString& text : texts)
        if (text.contains(part))
            return true;
    return false;
}

bool notBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

TEST_CASE("The assessment overview shows the demo patient's assessment", "[gui][assessment]")
{
    Demo demo;
    CHECK(demo.record.patient.mrn == QStringLiteral("TZ-2025-0417"));

    gui::AssessmentOverviewWidget widget;
    widget.setAssessment(demo.record, demo.assessment);
    widget.resize(1100, 1000);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    const QString texts = joined(widget);
    INFO(texts.toStdString());

    // Diagnosis, staging and risk.
    CHECK(texts.contains(QStringLiteral("Multiple myeloma (IMWG 2014)\nYes")));
    CHECK(texts.contains(QStringLiteral("ISS II\nR-ISS II\nR2-ISS III")));
    CHECK(texts.contains(QStringLiteral("High risk · criterion 2")));

    // Response: the best confirmed is sCR, every assessment is listed.
    CHECK(texts.contains(QStringLiteral("Best confirmed response\nsCR ✓")));
    CHECK(texts.contains(QStringLiteral("Current response\n")));
    for (const clinical::ResponseAssessment& a : demo.assessment.responses.assessments)
        CHECK(texts.contains(a.date.toString(Qt::ISODate)));

    // Stem cells, transplants, tandem.
    CHECK(texts.contains(QStringLiteral("9.1 ×10⁶/kg")));
    CHECK(texts.contains(QStringLiteral("D+9 · ")));
    CHECK(texts.contains(QStringLiteral("D+8 · ")));
    CHECK(texts.contains(QStringLiteral("134 days between day 0s · within 6 months")));

    // The chips explain themselves: the numbers that decided VGPR are in a tooltip.
    const QStringList tips = widget.shownToolTips();
    bool vgprExplained = false;
    for (const QString& tip : tips)
        vgprExplained = vgprExplained || (tip.contains(QStringLiteral("VGPR")) &&
                                          tip.contains(QStringLiteral("62 → 4.1")));
    CHECK(vgprExplained);
    CHECK(anyContains(tips, QStringLiteral("Neutrophils ≥ 0.5 ×10⁹/L on")));

    // A language change rebuilds the same texts.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&widget, &change);
    CHECK(joined(widget) == texts);

    const QImage picture = widget.grab().toImage();
    CHECK(picture.width() == 1100);
    CHECK(notBlank(picture));
    // Documentation screenshots: MMTRACK_SCREENSHOTS=DIR ./build/tests/gui/test_gui_assessment
    if (const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOTS"); !dir.isEmpty())
        CHECK(picture.save(dir + QStringLiteral("/assessment-overview.png")));
}

TEST_CASE("A reported response that the rules contradict is shown with a warning",
          "[gui][assessment]")
{
    Demo demo;
    REQUIRE_FALSE(demo.assessment.responses.assessments.isEmpty());
    const QDate last = demo.assessment.responses.assessments.constLast().date;
    clinical::CaseRecord record = demo.record;
    clinical::PathwayEvent reported;
    reported.type = clinical::EventType::Reported;
    reported.date = *clinical::PartialDate::fromIso(last.toString(Qt::ISODate));
    reported.label = QStringLiteral("PD");
    reported.note = QStringLiteral("outside report");
    record.events << reported;
    const clinical::CaseAssessment assessment = clinical::CaseAssessor::assess(record);

    gui::AssessmentOverviewWidget widget;
    widget.setAssessment(record, assessment);
    const QStringList texts = widget.shownTexts();
    INFO(texts.join(QLatin1Char('\n')).toStdString());
    CHECK(texts.contains(QStringLiteral("Reported: PD ⚠ differs")));
    CHECK(anyContains(
        texts, QStringLiteral("⚠ Warning: Reported PD on %1").arg(last.toString(Qt::ISODate))));
    if (const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOTS"); !dir.isEmpty()) {
        widget.resize(1100, 1000);
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
        CHECK(widget.grab().save(dir + QStringLiteral("/assessment-overview-reported.png")));
    }

    // The same label as computed is shown without a warning.
    clinical::CaseRecord agreeing = demo.record;
    reported.label =
        clinical::categoryName(demo.assessment.responses.assessments.constLast().category);
    agreeing.events << reported;
    widget.setAssessment(agreeing, clinical::CaseAssessor::assess(agreeing));
    const QStringList agreed = widget.shownTexts();
    CHECK(agreed.contains(QStringLiteral("Reported: %1").arg(reported.label)));
    CHECK_FALSE(anyContains(agreed, QStringLiteral("⚠ differs")));
}

TEST_CASE("The assessment overview clears and copes with an empty case", "[gui][assessment]")
{
    Demo demo;
    gui::AssessmentOverviewWidget widget;
    widget.setAssessment(demo.record, demo.assessment);
    CHECK(widget.hasAssessment());
    CHECK(widget.shownTexts().size() > 20);

    widget.clear();
    CHECK_FALSE(widget.hasAssessment());
    CHECK(widget.shownToolTips().isEmpty());
    CHECK(widget.shownTexts() ==
          QStringList{QStringLiteral("No assessment: select a patient with recorded results.")});

    const clinical::CaseRecord empty;
    widget.setAssessment(empty, clinical::CaseAssessor::assess(empty));
    const QString texts = widget.shownTexts().join(QLatin1Char('\n'));
    CHECK(texts.contains(QStringLiteral("no assessment yet")));
    CHECK(texts.contains(QStringLiteral("no collection recorded")));
    CHECK(texts.contains(QStringLiteral("Risk undecided")));
    CHECK(texts.contains(QStringLiteral("Open alerts\nnone")));

    QString error;
    CHECK_FALSE(gui::AssessmentOverviewWidget::assessStored(*demo.workspace, 987654, &error));
    CHECK_FALSE(error.isEmpty());
}
