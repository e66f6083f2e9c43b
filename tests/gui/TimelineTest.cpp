#include "common/Language.h"
#include "gui/patients/AssessmentOverviewWidget.h"
#include "gui/timeline/TimelineDataBuilder.h"
#include "gui/timeline/TimelineDays.h"
#include "gui/timeline/TimelineLayout.h"
#include "gui/timeline/TimelineStyle.h"
#include "gui/timeline/TimelineView.h"
#include "support/DemoWard.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace mmtrack;
using gui::TimelineData;
using gui::TimelineFrame;
using gui::TimelineLayout;
using gui::TimelineMark;

namespace {

qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

struct Demo : test::AssessedDemo {

    int eventIndex(clinical::EventType type, int number = 0) const
    {
        for (int i = 0; i < record.events.size(); ++i)
            if (record.events[i].type == type &&
                (number == 0 || record.events[i].number.value_or(0) == number))
                return i;
        return -1;
    }
};

// A plan with one step done, and a maintenance cycle and a day +100 assessment still to come.
clinical::PlanReview demoPlan()
{
    clinical::PlanReview plan;
    plan.templateId = QStringLiteral("vrd-tandem-asct");
    clinical::PlannedStep done;
    done.step.key = QStringLiteral("asct-2");
    done.step.type = clinical::EventType::Transplant;
    done.step.number = 2;
    done.expected = QDate(2026, 3, 10);
    done.recorded = QDate(2026, 3, 17);
    plan.steps << done;
    clinical::PlannedStep maintenance;
    maintenance.step.key = QStringLiteral("maintenance-7");
    maintenance.step.type = clinical::EventType::TherapyCycle;
    maintenance.step.phase = QStringLiteral("maintenance");
    maintenance.step.regimen = QStringLiteral("R");
    maintenance.step.cycle = 7;
    maintenance.step.durationDays = 28;
    maintenance.expected = QDate(2026, 12, 14); // after the recorded cycle 6
    plan.steps << maintenance;
    clinical::PlannedStep day100;
    day100.step.key = QStringLiteral("day100-2");
    day100.step.type = clinical::EventType::Reported;
    day100.step.assessment = true;
    day100.expected = QDate(2026, 6, 25);
    plan.steps << day100;
    return plan;
}

TimelineData demoData(const Demo& demo, bool withPlan = true)
{
    return gui::TimelineDataBuilder::build(demo.record, demo.assessment,
                                           withPlan ? std::optional(demoPlan()) : std::nullopt,
                                           QDate(2026, 11, 24));
}

const TimelineFrame::Mark* markOf(const TimelineFrame& frame, const TimelineData& data,
                                  TimelineMark kind, qint64 day, bool planned = false)
{
    for (const TimelineFrame::Mark& m : frame.marks) {
        const gui::TimelineEvent& e = data.events[m.index];
        if (e.mark == kind && e.first == day && e.planned == planned)
            return &m;
    }
    return nullptr;
}

// Every pair of text rectangles of a frame is disjoint.
void checkNoOverlap(const TimelineFrame& frame)
{
    const QList<QRectF> rects = frame.textRects();
    for (qsizetype i = 0; i < rects.size(); ++i)
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            INFO("rects " << i << " and " << j);
            CHECK_FALSE(rects[i].intersects(rects[j]));
        }
}

// Scales from everything down to a few days, through both "fit transplant" windows.
QList<gui::TimeScale> zoomLevels(const TimelineLayout& layout)
{
    QList<gui::TimeScale> scales{layout.fitAll()};
    for (int n : {1, 2})
        if (const auto s = layout.fitTransplant(n))
            scales << *s;
    gui::TimeScale s = layout.fitAll();
    for (int i = 0; i < 24; ++i) {
        s.zoom(1.4, s.left() + s.width() * 0.62);
        scales << s;
    }
    return scales;
}

bool notBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    int different = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            different += image.pixel(x, y) != first ? 1 : 0;
    return different > 1000;
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           tolerance;
}

} // namespace

TEST_CASE("Timeline day numbers count from the nearest transplant without skipping day 0",
          "[gui][timeline]")
{
    const gui::TimelineDays days({{1, jd(2025, 11, 3)}, {2, jd(2026, 3, 17)}}); // the demo's day 0s
    CHECK(days.label(jd(2025, 11, 2)) == QStringLiteral("D-1"));
    CHECK(days.label(jd(2025, 11, 3)) == QStringLiteral("D0"));
    CHECK(days.label(jd(2025, 11, 12)) == QStringLiteral("D+9"));
    CHECK(days.label(jd(2026, 3, 25)) == QStringLiteral("D+8"));
    CHECK(days.label(jd(2026, 3, 11)) == QStringLiteral("D-6"));
    CHECK(days.allLabels(jd(2026, 3, 25)) == QStringLiteral("ASCT 2 D+8 · ASCT 1 D+142"));
    // 134 days apart: day 67 after the first is day 67 before the second; the tie goes to
    // the transplant coming up.
    CHECK(days.label(jd(2026, 1, 8)) == QStringLiteral("D+66"));
    CHECK(days.label(jd(2026, 1, 9)) == QStringLiteral("D-67"));
    CHECK(gui::TimelineDays().label(jd(2026, 1, 9)).isEmpty());
}

TEST_CASE("The timeline data holds the demo case's phases, marks, badges and lab lanes",
          "[gui][timeline]")
{
    Demo demo;
    const TimelineData data = demoData(demo);
    REQUIRE(data.transplants.size() == 2);
    CHECK(data.transplants[0].day0 == jd(2025, 11, 3));

    QStringList keys;
    for (const gui::TimelinePhase& p : data.phases)
        keys << p.key;
    for (const char* key : {"diagnosis", "induction", "mobilization", "collection", "consolidation",
                            "transplant", "maintenance"})
        CHECK(keys.contains(QLatin1String(key)));

    int diamonds = 0;
    for (const gui::TimelineEvent& e : data.events) {
        if (e.mark == TimelineMark::Transplant && !e.planned)
            ++diamonds;
        if (e.mark == TimelineMark::Apheresis)
            CHECK(e.label == QStringLiteral("CD34+ 9.1 ×10⁶/kg"));
        // Recorded events point back at the record; planned ones do not.
        CHECK((e.eventIndex >= 0) == !e.planned);
    }
    CHECK(diamonds == 2);

    // The planned maintenance cycle is faint (planned), and so is its phase; the transplant
    // step already done adds nothing.
    int plannedCycles = 0;
    for (const gui::TimelineEvent& e : data.events)
        if (e.planned) {
            CHECK(e.mark == TimelineMark::Cycle);
            CHECK(e.first == jd(2026, 12, 14));
            CHECK(e.last == jd(2027, 1, 10));
            ++plannedCycles;
        }
    CHECK(plannedCycles == 1);
    bool plannedMaintenance = false;
    for (const gui::TimelinePhase& p : data.phases)
        plannedMaintenance |= p.planned && p.key == QLatin1String("maintenance");
    CHECK(plannedMaintenance);
    bool plannedAssessment = false;
    for (const gui::TimelineResponse& r : data.responses)
        if (r.planned) {
            plannedAssessment = true;
            CHECK(r.plannedLabel == QStringLiteral("D+100"));
        }
    CHECK(plannedAssessment);

    // Lab lanes: ANC and platelets with their engraftment thresholds, then Hb, M-protein+FLC.
    REQUIRE(data.labLanes.size() == 4);
    CHECK(data.labLanes[0].thresholds.constFirst().value == 0.5);
    CHECK(data.labLanes[1].thresholds.constFirst().value == 20);
    CHECK(data.labLanes[0].series.constFirst().points.size() > 20);
    CHECK(data.labLanes[3].series.size() == 3);
    const auto* n = std::get_if<clinical::Engraftment::Reached>(
        &demo.assessment.transplants.constFirst().engraftment.neutrophils);
    REQUIRE(n);
    REQUIRE_FALSE(data.labLanes[0].markers.isEmpty());
    CHECK(data.labLanes[0].markers.constFirst().day == n->date.toJulianDay());
    CHECK(data.labLanes[0].markers.constFirst().label.endsWith(
        clinical::TransplantDays::label(n->day)));
}

TEST_CASE("A transplant's day-0 diamond sits at x of its date at every zoom", "[gui][timeline]")
{
    Demo demo;
    const TimelineData data = demoData(demo);
    TimelineLayout layout;
    layout.setData(data);
    layout.setSize({1400, 800});
    for (const gui::TimeScale& scale : zoomLevels(layout)) {
        const TimelineFrame frame = layout.frame(scale);
        for (const gui::TimelineTransplant& t : data.transplants) {
            const double x = scale.x(double(t.day0));
            const auto* mark = markOf(frame, data, TimelineMark::Transplant, t.day0);
            // A diamond wholly off the plot is not laid out; one whose centre is just off the
            // edge still shows in part (drawn clipped), and then it too sits at x(date).
            constexpr double halfWidth = 6;
            if (x + halfWidth < scale.left() || x - halfWidth > scale.right()) {
                CHECK(mark == nullptr);
                continue;
            }
            if (x < scale.left() || x > scale.right()) {
                if (mark)
                    CHECK(mark->centre.x() == Approx(x));
                continue;
            }
            REQUIRE(mark);
            CHECK(mark->centre.x() == Approx(x));
            CHECK(mark->rect.contains(QPointF(x, mark->centre.y())));
        }
    }
    // Fit transplant 1 shows day −10 to day +30 of it across the plot.
    const gui::TimeScale one = *layout.fitTransplant(1);
    CHECK(one.x(double(jd(2025, 11, 3) - 10) - 0.5) == Approx(one.left()));
    CHECK(one.x(double(jd(2025, 11, 3) + 30) + 0.5) == Approx(one.right()));
    CHECK_FALSE(layout.fitTransplant(3));
}

TEST_CASE("Timeline labels never overlap at any zoom", "[gui][timeline]")
{
    Demo demo;
    TimelineLayout layout;
    layout.setData(demoData(demo));
    for (const QSizeF size : {QSizeF(1400, 800), QSizeF(640, 600)}) {
        layout.setSize(size);
        for (const gui::TimeScale& scale : zoomLevels(layout)) {
            INFO("px per day " << scale.pxPerDay() << ", width " << size.width());
            const TimelineFrame frame = layout.frame(scale);
            checkNoOverlap(frame);
            // Every label stays inside the picture.
            for (const QRectF& r : frame.textRects()) {
                CHECK(r.left() >= 0);
                CHECK(r.right() <= size.width());
            }
        }
    }

    // A crowded record: an event every day for a year drops detail instead of overlapping.
    TimelineData crowded;
    for (int d = 0; d < 365; ++d) {
        gui::TimelineEvent e;
        e.mark = d % 2 ? TimelineMark::Transfusion : TimelineMark::Reported;
        e.first = e.last = jd(2024, 1, 1) + d;
        e.label = QStringLiteral("label %1").arg(d);
        e.shortLabel = QString::number(d);
        e.priority = d % 5;
        crowded.events << e;
        crowded.responses << gui::TimelineResponse{e.first,    QStringLiteral("VGPR"),
                                                   d % 3 == 0, QStringLiteral("PR"),
                                                   true,       false,
                                                   QString(),  QString()};
    }
    layout.setData(crowded);
    layout.setSize({1400, 800});
    int shown = 0;
    for (const gui::TimeScale& scale : zoomLevels(layout)) {
        const TimelineFrame frame = layout.frame(scale);
        checkNoOverlap(frame);
        shown += int(frame.labels.size());
    }
    CHECK(shown > 0);
}

TEST_CASE("Therapy labels read in time order and drop detail consistently at narrow widths",
          "[gui][timeline]")
{
    Demo demo;
    const TimelineData data = demoData(demo);
    TimelineLayout layout;
    layout.setData(data);
    for (const double width : {1440.0, 1008.0, 800.0, 640.0}) {
        layout.setSize({width, 800});
        const gui::TimeScale scale = layout.fitAll();
        const TimelineFrame frame = layout.frame(scale);
        INFO("width " << width);
        // Per row of labels, left to right is earliest to latest.
        QMap<double, QList<const TimelineFrame::Label*>> rows;
        for (const TimelineFrame::Label& l : frame.labels)
            if (l.style == TimelineFrame::Label::Style::Event)
                rows[l.rect.top()] << &l;
        for (auto& row : rows) {
            std::sort(row.begin(), row.end(),
                      [](const auto* a, const auto* b) { return a->rect.left() < b->rect.left(); });
            for (qsizetype i = 1; i < row.size(); ++i) {
                INFO(row[i - 1]->text.toStdString() << " then " << row[i]->text.toStdString());
                CHECK(data.events[row[i - 1]->index].first <= data.events[row[i]->index].first);
                CHECK(row[i - 1]->rect.right() < row[i]->rect.left());
            }
        }
        // A run of cycles (induction VRD C1-C4, maintenance R C1-C6) names its regimen on
        // every label or on its first label only.
        for (const QString& regimen : {QStringLiteral("VRD"), QStringLiteral("R")}) {
            QList<const TimelineFrame::Label*> run;
            for (const auto* l : rows.first()) {
                const gui::TimelineEvent& e = data.events[l->index];
                if (e.mark == TimelineMark::Cycle && !e.planned && e.colourKey != "consolidation" &&
                    e.label.startsWith(regimen + QLatin1Char(' ')))
                    run << l;
            }
            REQUIRE(run.size() >= 3);
            CHECK(run.constFirst()->text.startsWith(regimen + QLatin1Char(' ')));
            const bool allFull = run[1]->text.startsWith(regimen + QLatin1Char(' '));
            for (qsizetype i = 1; i < run.size(); ++i)
                CHECK(run[i]->text.startsWith(regimen + QLatin1Char(' ')) == allFull);
        }
        // A response's dot never sits on a badge.
        for (const TimelineFrame::Badge& dot : frame.badges)
            if (dot.compact && dot.reportedRect.isEmpty())
                for (const TimelineFrame::Badge& badge : frame.badges)
                    if (!badge.compact)
                        CHECK_FALSE(dot.rect.intersects(badge.rect));
    }
}

TEST_CASE("Lab lines are not drawn across gaps of more than 21 days", "[gui][timeline]")
{
    TimelineData data;
    gui::TimelineLabLane lane;
    lane.key = lane.title = QStringLiteral("ANC");
    gui::TimelineLabSeries series;
    series.key = series.name = QStringLiteral("anc");
    for (int d : {0, 3, 10, 31, 60, 62, 200})
        series.points << gui::TimelineLabPoint{jd(2025, 1, 1) + d, 1.0 + d % 7, d + 1};
    lane.series << series;
    data.labLanes << lane;
    TimelineLayout layout;
    layout.setData(data);
    layout.setSize({1400, 600});
    const gui::TimeScale scale = layout.fitAll();
    const TimelineFrame frame = layout.frame(scale);
    REQUIRE(frame.labLanes.size() == 1);
    const TimelineFrame::Series& drawn = frame.labLanes.constFirst().series.constFirst();
    // 0-3-10-31 (21 days: joined), then 60-62, then 200 alone; two gaps between them.
    REQUIRE(drawn.pieces.size() == 3);
    CHECK(drawn.pieces[0].size() == 4);
    CHECK(drawn.pieces[1].size() == 2);
    CHECK(drawn.pieces[2].size() == 1);
    CHECK(drawn.gaps.size() == 2);

    // In the demo, no segment of any lane spans more than 21 days, at any zoom.
    Demo demo;
    layout.setData(demoData(demo));
    layout.setSize({1400, 800});
    for (const gui::TimeScale& s : zoomLevels(layout)) {
        const TimelineFrame f = layout.frame(s);
        int gaps = 0;
        for (const TimelineFrame::LabLane& l : f.labLanes)
            for (const TimelineFrame::Series& line : l.series) {
                gaps += int(line.gaps.size());
                for (const QPolygonF& piece : line.pieces)
                    for (qsizetype i = 1; i < piece.size(); ++i)
                        CHECK(piece[i].x() - piece[i - 1].x() <=
                              TimelineLayout::maxLabGapDays * s.pxPerDay() + 1e-6);
            }
        if (s.pxPerDay() == layout.fitAll().pxPerDay())
            CHECK(gaps > 0); // ANC from diagnosis to the first transplant, for one
    }
}

TEST_CASE("Timeline day-number ticks are consecutive with no skipped day", "[gui][timeline]")
{
    Demo demo;
    TimelineLayout layout;
    layout.setData(demoData(demo));
    layout.setSize({1400, 800});
    gui::TimeScale scale = *layout.fitTransplant(2);
    scale.zoom(2, scale.x(double(jd(2026, 3, 17)))); // about 67 px a day: every day labelled
    const TimelineFrame frame = layout.frame(scale);
    REQUIRE(frame.dayTicks.size() > 10);
    QStringList labels;
    for (qsizetype i = 0; i < frame.dayTicks.size(); ++i) {
        const auto& tick = frame.dayTicks[i];
        labels << tick.label;
        CHECK(tick.label == clinical::TransplantDays::label(tick.dayNumber));
        CHECK(tick.x == Approx(scale.x(double(tick.day))));
        if (i > 0) {
            CHECK(tick.day == frame.dayTicks[i - 1].day + 1);
            CHECK(tick.dayNumber == frame.dayTicks[i - 1].dayNumber + 1);
        }
    }
    CHECK(labels.contains(QStringLiteral("D-1")));
    CHECK(labels.contains(QStringLiteral("D0")));
    CHECK(labels.contains(QStringLiteral("D+1")));

    // At "fit transplant" the ticks keep an even step through day 0.
    const TimelineFrame fitted = layout.frame(*layout.fitTransplant(1));
    REQUIRE(fitted.dayTicks.size() > 3);
    const int step = fitted.dayTicks[1].dayNumber - fitted.dayTicks[0].dayNumber;
    CHECK(step >= 1);
    bool hasZero = false;
    for (qsizetype i = 1; i < fitted.dayTicks.size(); ++i) {
        CHECK(fitted.dayTicks[i].dayNumber - fitted.dayTicks[i - 1].dayNumber == step);
        hasZero |= fitted.dayTicks[i].dayNumber == 0;
    }
    CHECK(hasZero);
}

TEST_CASE("A zoom changes only the scale: the visible marks follow the transform",
          "[gui][timeline]")
{
    Demo demo;
    const TimelineData data = demoData(demo);
    TimelineLayout layout;
    layout.setData(data);
    layout.setSize({1400, 800});
    gui::TimeScale scale = layout.fitAll();
    const QList<gui::TimelineEvent> before = layout.data().events;
    scale.zoom(3, scale.x(double(jd(2025, 11, 3))));
    const TimelineFrame frame = layout.frame(scale);
    CHECK(layout.data().events.size() == before.size());
    for (const TimelineFrame::Mark& m : frame.marks) {
        const gui::TimelineEvent& e = data.events[m.index];
        CHECK(m.centre.x() == Approx(scale.x((double(e.first) + double(e.last)) / 2)));
    }
    // The day under the anchor stayed under it.
    CHECK(scale.x(double(jd(2025, 11, 3))) == Approx(layout.fitAll().x(double(jd(2025, 11, 3)))));
}

TEST_CASE("The rendered timeline shows its marks at their dates", "[gui][timeline]")
{
    Demo demo;
    const TimelineData data = demoData(demo);
    const QSize size(1400, 800);
    const auto window = gui::TimelineView::transplantWindow(data, 1);
    REQUIRE(window);
    const QImage image = gui::TimelineView::render(data, size, window);
    REQUIRE(image.size() == size);
    CHECK(notBlank(image));

    TimelineLayout layout;
    layout.setData(data);
    layout.setSize(size);
    const gui::TimeScale scale = layout.scale(double(window->first), double(window->second));
    const TimelineFrame frame = layout.frame(scale);
    const auto* diamond = markOf(frame, data, TimelineMark::Transplant, jd(2025, 11, 3));
    REQUIRE(diamond);
    const QColor vermillion = gui::timelinestyle::phaseColour(QStringLiteral("transplant"));
    CHECK(near(image.pixelColor(diamond->centre.toPoint()), vermillion));
    // The transfusion triangle of 2025-11-09 and the discharge bracket of 2025-11-13.
    const auto* triangle = markOf(frame, data, TimelineMark::Transfusion, jd(2025, 11, 9));
    REQUIRE(triangle);
    CHECK(near(image.pixelColor(triangle->centre.toPoint() + QPoint(0, 1)),
               gui::timelinestyle::phaseColour(QStringLiteral("neutral"))));
    // Left of the diamond, at its height, is white paper (the mark is where its date is).
    CHECK(image.pixelColor(diamond->centre.toPoint() - QPoint(int(scale.pxPerDay() * 1.5), 0)) ==
          QColor(Qt::white));

    // At "fit all", the apheresis drop of 2025-08-27 is orange at x(date).
    const QImage all = gui::TimelineView::render(data, size);
    const TimelineFrame allFrame = layout.frame(layout.fitAll());
    const auto* drop = markOf(allFrame, data, TimelineMark::Apheresis, jd(2025, 8, 27));
    REQUIRE(drop);
    CHECK(drop->centre.x() == Approx(layout.fitAll().x(double(jd(2025, 8, 27)))));
    CHECK(near(all.pixelColor(drop->centre.toPoint() + QPoint(0, 2)),
               gui::timelinestyle::phaseColour(QStringLiteral("collection"))));
    // A planned step is faint: its cycle bar is lighter than a recorded one.
    const auto* planned = markOf(allFrame, data, TimelineMark::Cycle, jd(2026, 12, 14), true);
    REQUIRE(planned);
    const QColor faint = all.pixelColor(planned->centre.toPoint());
    CHECK(faint.lightness() >
          gui::timelinestyle::phaseColour(QStringLiteral("maintenance")).lightness());
    // Today's line, in the pixel column of its x, over the response row and every lab lane
    // (drawn on top of their content).
    REQUIRE(allFrame.todayX);
    const int todayColumn = int(std::floor(*allFrame.todayX));
    QList<int> ys{int(allFrame.rows[6].rect.center().y())};
    for (const TimelineFrame::LabLane& lane : allFrame.labLanes)
        ys << int(lane.plot.center().y()) << int(lane.plot.top()) + 2;
    for (int y : ys) {
        INFO("y " << y);
        CHECK(near(all.pixelColor(todayColumn, y), gui::timelinestyle::todayColour()));
    }
}

TEST_CASE("The timeline view zooms, pans and opens events from the mouse and the keyboard",
          "[gui][timeline]")
{
    Demo demo;
    gui::TimelineView view;
    view.resize(1400, 800);
    view.setCase(demo.record, demo.assessment, demoPlan(), QDate(2026, 4, 20));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    CHECK(view.focusPolicy() == Qt::StrongFocus);
    QSignalSpy events(&view, &gui::TimelineView::eventActivated);
    QSignalSpy results(&view, &gui::TimelineView::resultActivated);

    const double fitAll = view.timeScale().pxPerDay();
    QTest::keyClick(&view, Qt::Key_Plus);
    CHECK(view.timeScale().pxPerDay() > fitAll);
    QTest::keyClick(&view, Qt::Key_Minus);
    CHECK(view.timeScale().pxPerDay() == Approx(fitAll));
    const double first = view.timeScale().firstDay();
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.timeScale().firstDay() > first);
    QTest::keyClick(&view, Qt::Key_Home);
    CHECK(view.timeScale().pxPerDay() == Approx(fitAll));

    QTest::keyClick(&view, Qt::Key_2);
    const qint64 day0 = jd(2026, 3, 17);
    CHECK(view.timeScale().x(double(day0 - 10) - 0.5) == Approx(view.timeScale().left()));

    // A click on the diamond opens the transplant.
    const TimelineFrame frame = view.currentFrame();
    const auto* diamond = markOf(frame, view.layout().data(), TimelineMark::Transplant, day0);
    REQUIRE(diamond);
    QTest::mouseClick(&view, Qt::LeftButton, {}, diamond->centre.toPoint());
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).at(0).toInt() == demo.eventIndex(clinical::EventType::Transplant, 2));

    // A click on a lab value opens the result.
    const TimelineFrame::LabLane& anc = frame.labLanes.constFirst();
    REQUIRE_FALSE(anc.series.constFirst().dots.isEmpty());
    QTest::mouseClick(&view, Qt::LeftButton, {},
                      anc.series.constFirst().dots.constFirst().toPoint());
    REQUIRE(results.size() == 1);
    CHECK(results.at(0).at(0).toLongLong() == anc.series.constFirst().dotResultIds.constFirst());
    CHECK(results.at(0).at(0).toLongLong() > 0);

    // Tab steps to the first event; Enter opens it.
    QTest::keyClick(&view, Qt::Key_Home);
    QTest::keyClick(&view, Qt::Key_Tab);
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(events.size() == 2);
    CHECK(events.at(1).at(0).toInt() >= 0);
    CHECK(view.hasFocus());

    // A drag pans.
    const double before = view.timeScale().firstDay();
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(700, 400));
    QTest::mouseMove(&view, QPoint(720, 400));
    QTest::mouseMove(&view, QPoint(800, 400));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(800, 400));
    CHECK(view.timeScale().firstDay() < before);
    CHECK(events.size() == 2);
}

TEST_CASE("The timeline exports PNG and SVG", "[gui][timeline]")
{
    Demo demo;
    gui::TimelineView view;
    view.resize(1200, 760);
    view.setCase(demo.record, demo.assessment, std::nullopt, QDate(2026, 4, 20));
    const QString png = demo.scratch.path(QStringLiteral("t.png"));
    const QString svg = demo.scratch.path(QStringLiteral("t.svg"));
    REQUIRE(view.exportPng(png));
    REQUIRE(view.exportSvg(svg));
    QImage image(png);
    CHECK(image.size() == QSize(1200, 760));
    CHECK(notBlank(image));
    const QByteArray text = test::readFile(svg);
    CHECK(text.contains("<svg"));
    CHECK(text.contains("ASCT 1"));
}

TEST_CASE("Screenshots of the timeline", "[gui][timeline][screenshot]")
{
    // Documentation screenshots: MMTRACK_SCREENSHOTS=DIR ./build/tests/gui/test_gui_timeline
    const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOTS");
    Demo demo;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        REQUIRE(common::installLanguage(language));
        const TimelineData data = demoData(demo);
        const QSize size(1440, 860);
        const QImage all = gui::TimelineView::render(data, size);
        CHECK(notBlank(all));
        if (dir.isEmpty())
            continue;
        CHECK(all.save(dir + QStringLiteral("/timeline-%1.png").arg(language)));
        CHECK(gui::TimelineView::render(data, size, gui::TimelineView::transplantWindow(data, 1))
                  .save(dir + QStringLiteral("/timeline-asct1-%1.png").arg(language)));
        CHECK(gui::TimelineView::render(data, size, std::pair{jd(2025, 10, 1), jd(2026, 5, 1)})
                  .save(dir + QStringLiteral("/timeline-mid-%1.png").arg(language)));
    }
    REQUIRE(common::installLanguage(QStringLiteral("en")));
}
