// Case summary benchmark (issue: case summary PDF, point 6).
//
//   build/tests/bench/bench_summary [RUNS]      (default 9)
//
// Times the whole summary of a patient (assessment, wording, layout and the PDF written to a
// temporary file), the median of RUNS runs, for:
//   demo  the demo case, read from a new workspace
//   big   the demo case with 5,000 lab results in all (daily blood counts, hemoglobin, M-protein
//         and light chains over the same course)
// and prints the ratio big / demo measured in the same run (target: ≤ 3).
#include "Median.h"
#include "clinical/CaseAssessment.h"
#include "common/AppIdentity.h"
#include "common/Logging.h"
#include "gui/report/CaseSummaryPdf.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace mmtrack;

using bench::medianMs;

namespace {

// The demo case grown to `total` results: the same tests, one more value a day each.
clinical::CaseRecord grown(clinical::CaseRecord record, int total)
{
    const QStringList keys{QStringLiteral("anc"), QStringLiteral("platelets"),
                           QStringLiteral("hemoglobin"), QStringLiteral("wbc"),
                           QStringLiteral("serum_m_protein")};
    const QDate first(2025, 4, 1);
    int added = 0;
    for (int day = 0; record.results.size() < total; ++day) {
        const QString key = keys.at(added % keys.size());
        clinical::LabResult r;
        r.testKey = key;
        r.date = first.addDays(day % 600);
        r.time = QTime(6 + (day / 600) % 12, 0);
        const double wave = 1.0 + 0.3 * std::sin(day / 17.0);
        const double base = key == QLatin1String("platelets")         ? 150
                            : key == QLatin1String("hemoglobin")      ? 120
                            : key == QLatin1String("serum_m_protein") ? 2
                                                                      : 4;
        r.value = clinical::Decimal::parse(QString::number(base * wave, 'f', 1));
        r.enteredValue = r.value->toString();
        record.results << r;
        ++added;
    }
    std::sort(
        record.results.begin(), record.results.end(),
        [](const clinical::LabResult& a, const clinical::LabResult& b) { return a.date < b.date; });
    return record;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    common::cacheTimeZone();
    QApplication app(argc, argv);
    common::initLogging({QString(), spdlog::level::warn, spdlog::level::warn});
    const int runs = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 9;

    QTemporaryDir dir;
    clinical::SystemClock clock;
    auto opened = workspace::Workspace::open(dir.filePath(QStringLiteral("ward.sqlite")), clock,
                                             workspace::Workspace::Seed::DemoWhenNew);
    workspace::Workspace& ward = *opened.value();
    const clinical::Patient patient = ward.patients().byMrn(QStringLiteral("TZ-2025-0417")).value();
    const clinical::CaseRecord demo = workspace::CaseFiles::load(ward, patient.id).value();
    const clinical::CaseRecord big = grown(demo, 5000);

    gui::CaseSummaryOptions options;
    options.generatedBy = QStringLiteral("bench");
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    int pages = 0;
    const auto summary = [&](const clinical::CaseRecord& record) {
        const clinical::CaseAssessment assessment = clinical::CaseAssessor::assess(record);
        const gui::CaseSummary s =
            gui::CaseSummaryBuilder::build(record, assessment, std::nullopt, options);
        pages = gui::CaseSummaryPdf::write(s, path, nullptr).value_or(0);
    };
    summary(demo); // warm the fonts
    const double demoMs = medianMs(runs, [&] { summary(demo); });
    const int demoPages = pages;
    const double bigMs = medianMs(runs, [&] { summary(big); });
    std::printf("case summary PDF, median of %d runs\n", runs);
    std::printf("  demo  %5lld results  %d pages  %8.1f ms\n", qint64(demo.results.size()),
                demoPages, demoMs);
    std::printf("  big   %5lld results  %d pages  %8.1f ms\n", qint64(big.results.size()), pages,
                bigMs);
    std::printf("  ratio big / demo: %.2f (target <= 3)\n", bigMs / demoMs);
    return 0;
}
