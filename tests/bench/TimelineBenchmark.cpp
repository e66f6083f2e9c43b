// Timeline benchmark (issue: patient timeline, performance).
//
//   build/tests/bench/bench_timeline [FRAMES]      (default 25)
//
// Paints the timeline offscreen into a 1440 × 860 QImage, at "fit all", for:
//   demo  the demo case (shared/domain/clinical-reference.md §7), read from a new workspace
//   big   a synthetic patient with ten years of data: 3,000 events and 30,000 results
// each the median of FRAMES frames (a frame = the layout's frame for the scale + painting), and
// prints the ratio big / demo measured in the same run (target: big ≤ 16 ms). Then the time of
// one zoom step (the scale changes and the frame is laid out again) without and with painting.
#include "Median.h"
#include "clinical/CaseAssessment.h"
#include "common/AppIdentity.h"
#include "common/Logging.h"
#include "gui/patients/AssessmentOverviewWidget.h"
#include "gui/timeline/TimelineDataBuilder.h"
#include "gui/timeline/TimelineLayout.h"
#include "gui/timeline/TimelinePainter.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mmtrack;

using bench::medianMs;

namespace {

const QSize frameSize(1440, 860);

// Ten years: a 28-day cycle, transfusions, admissions, apheresis, reported labels and three
// transplants (3,000 events); eight blood and myeloma values a day (30,000 results).
clinical::CaseRecord bigPatient()
{
    clinical::CaseRecord record;
    record.patient.mrn = QStringLiteral("BENCH-1");
    const QDate start(2015, 1, 1);
    record.patient.diagnosisDate = clinical::PartialDate::fromDate(start);
    using clinical::EventType;
    const QList<int> transplantDays{400, 1800, 3200};
    int cycle = 0;
    for (int d = 0; record.events.size() < 3000; ++d) {
        clinical::PathwayEvent e;
        e.date = clinical::PartialDate::fromDate(start.addDays(d % 3650));
        if (transplantDays.contains(d)) {
            e.type = EventType::Transplant;
            e.number = int(transplantDays.indexOf(d)) + 1;
        } else if (d % 28 == 0) {
            e.type = EventType::TherapyCycle;
            e.phase = d < 1800 ? QStringLiteral("induction") : QStringLiteral("maintenance");
            e.regimen = QStringLiteral("VRD");
            e.cycle = ++cycle;
        } else if (d % 5 == 0) {
            e.type = EventType::Transfusion;
            e.product = d % 10 ? QStringLiteral("platelets") : QStringLiteral("red_cells");
        } else if (d % 7 == 1) {
            e.type = EventType::Admission;
        } else if (d % 7 == 4) {
            e.type = EventType::Discharge;
        } else if (d % 90 == 3) {
            e.type = EventType::StemCellCollection;
            e.cd34PerKg = clinical::Decimal::parse(QStringLiteral("3.2"));
        } else if (d % 11 == 2) {
            e.type = EventType::Reported;
            e.label = QStringLiteral("note %1").arg(d);
        } else {
            continue;
        }
        record.events << e;
    }
    const char* tests[] = {"anc",       "platelets",  "hemoglobin", "wbc", "serum_m_protein",
                           "kappa_flc", "lambda_flc", "flc_ratio"};
    qint64 id = 1;
    for (int d = 0; record.results.size() < 30000; ++d)
        for (const char* test : tests) {
            clinical::LabResult r;
            r.id = id++;
            r.testKey = QLatin1String(test);
            r.date = start.addDays(d);
            const double wave = 1 + 0.8 * std::sin(d / 17.0);
            r.value = clinical::Decimal::parse(QString::number(wave * (1 + int(id % 7)), 'f', 2));
            record.results << r;
        }
    return record;
}

struct Measured {
    double paint = 0;
    double frame = 0;
};

Measured measure(const gui::TimelineData& data, int frames)
{
    gui::TimelineLayout layout;
    layout.setData(data);
    layout.setSize(frameSize);
    const gui::TimeScale scale = layout.fitAll();
    QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
    Measured m;
    m.paint = medianMs(frames, [&] {
        QPainter painter(&image);
        gui::TimelinePainter::paint(painter, layout, layout.frame(scale), {});
    });
    m.frame = medianMs(frames, [&] { (void)layout.frame(scale); });
    return m;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    common::cacheTimeZone();
    QApplication app(argc, argv);
    common::initLogging({QString(), spdlog::level::warn, spdlog::level::warn});
    const int frames = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 25;

    QTemporaryDir dir;
    clinical::SystemClock clock;
    auto opened = workspace::Workspace::open(dir.filePath(QStringLiteral("ward.sqlite")), clock,
                                             workspace::Workspace::Seed::DemoWhenNew);
    workspace::Workspace& ward = *opened.value();
    const clinical::Patient patient = ward.patients().byMrn(QStringLiteral("TZ-2025-0417")).value();
    const auto demoCase = gui::AssessmentOverviewWidget::assessStored(ward, patient.id, nullptr);
    const gui::TimelineData demo = gui::TimelineDataBuilder::build(
        demoCase->first, demoCase->second, std::nullopt, QDate(2026, 4, 20));

    const clinical::CaseRecord record = bigPatient();
    QElapsedTimer timer;
    timer.start();
    const clinical::CaseAssessment assessment = clinical::CaseAssessor::assess(record);
    const double assessMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const gui::TimelineData big =
        gui::TimelineDataBuilder::build(record, assessment, std::nullopt, QDate(2025, 1, 1));
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    gui::TimelineLayout bigLayout;
    bigLayout.setData(big);
    bigLayout.setSize(frameSize);
    const double setDataMs = double(timer.nsecsElapsed()) / 1e6;

    const Measured demoFrame = measure(demo, frames);
    const Measured bigFrame = measure(big, frames);

    // One zoom step around the middle: the scale changes, the frame is laid out for it.
    gui::TimeScale scale = bigLayout.fitAll();
    QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
    bool in = true;
    const double zoomFrame = medianMs(frames, [&] {
        scale.zoom(in ? 1.25 : 1 / 1.25, scale.left() + scale.width() / 2);
        in = !in;
        (void)bigLayout.frame(scale);
    });
    const double zoomPaint = medianMs(frames, [&] {
        scale.zoom(in ? 1.25 : 1 / 1.25, scale.left() + scale.width() / 2);
        in = !in;
        QPainter painter(&image);
        gui::TimelinePainter::paint(painter, bigLayout, bigLayout.frame(scale), {});
    });
    const double transplantPaint = medianMs(frames, [&] {
        QPainter painter(&image);
        gui::TimelinePainter::paint(painter, bigLayout,
                                    bigLayout.frame(*bigLayout.fitTransplant(2)), {});
    });

    std::printf("frame %d x %d offscreen, median of %d frames\n", frameSize.width(),
                frameSize.height(), frames);
    std::printf("demo case: %lld events, %lld lab values\n", qlonglong(demo.events.size()),
                qlonglong(demoCase->first.results.size()));
    std::printf("big patient: %lld events, %lld results (assessed in %.0f ms, timeline data "
                "built in %.0f ms, layout set up in %.1f ms, once)\n",
                qlonglong(record.events.size()), qlonglong(record.results.size()), assessMs,
                buildMs, setDataMs);
    std::printf(
        "paint, demo, fit all:                %8.2f ms  (of which the frame layout %.2f ms)\n",
        demoFrame.paint, demoFrame.frame);
    std::printf(
        "paint, big, fit all:                 %8.2f ms  (of which the frame layout %.2f ms)\n",
        bigFrame.paint, bigFrame.frame);
    std::printf("ratio big / demo:                    %8.2f\n", bigFrame.paint / demoFrame.paint);
    std::printf("paint, big, fit transplant 2:        %8.2f ms\n", transplantPaint);
    std::printf("zoom step, big (frame layout only):  %8.2f ms\n", zoomFrame);
    std::printf("zoom step, big (layout + paint):     %8.2f ms  (target <= 16)\n", zoomPaint);
    return 0;
}
