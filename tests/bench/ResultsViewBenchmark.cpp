// Results view benchmark (issue: lab results, point 7).
//
//   build/tests/bench/bench_results [RESULTS]      (default 20,000)
//
// A patient with RESULTS lab results (ten years of daily counts and periodic panels). Measured
// in the same run, each the median of 5 runs:
//   baseline  a bare SELECT of the patient's rows, every column read
//   mmtrack   opening the results view: the repository read plus the review page (flowsheet
//             model and trend series) filled and laid out, offscreen
// and prints the ratio mmtrack / baseline (target: <= 3).
#include "Median.h"
#include "clinical/Clock.h"
#include "clinical/LabMeasurement.h"
#include "common/AppIdentity.h"
#include "common/Logging.h"
#include "gui/labs/LabResultsPage.h"
#include "storage/LabImportWriter.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mmtrack;

namespace {

// The median of 5 runs, in seconds.
template <typename Work> double medianSeconds(Work work)
{
    return bench::medianMs(5, work) / 1e3;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    common::cacheTimeZone();
    QApplication app(argc, argv);
    common::initLogging({QString(), spdlog::level::warn, spdlog::level::warn});
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    clinical::SystemClock clock;
    auto opened = workspace::Workspace::open(dir.filePath(QStringLiteral("ward.sqlite")), clock,
                                             workspace::Workspace::Seed::DemoWhenNew);
    workspace::Workspace& ward = *opened.value();
    const clinical::Patient patient = ward.patients().byMrn(QStringLiteral("TZ-2025-0417")).value();

    // Ten years of results: daily blood counts, and chemistry every few days.
    storage::LabImportWriter writer(ward.database(), clock);
    (void)writer.begin({QStringLiteral("bench"), QStringLiteral("-"), QStringLiteral("csv"), false},
                       QStringLiteral("bench"));
    const char* tests[][3] = {{"hemoglobin", "g/L", "95"},      {"wbc", "10*9/L", "4.1"},
                              {"anc", "10*9/L", "2.3"},         {"platelets", "10*9/L", "150"},
                              {"creatinine", "umol/L", "80"},   {"calcium", "mmol/L", "2.3"},
                              {"serum_m_protein", "g/L", "12"}, {"kappa_flc", "mg/L", "40"}};
    int written = 0;
    for (int day = 0; written < count; ++day) {
        for (int t = 0; t < (day % 3 == 0 ? 8 : 4) && written < count; ++t) {
            clinical::LabResult result;
            result.patientId = patient.id;
            result.date = QDate(2015, 1, 1).addDays(day);
            (void)clinical::LabMeasurement::apply({QLatin1String(tests[t][0]),
                                                   QLatin1String(tests[t][2]),
                                                   QLatin1String(tests[t][1]),
                                                   {},
                                                   {}},
                                                  patient.sex, result);
            result.source = clinical::LabSource::Csv;
            (void)writer.insert(result);
            ++written;
        }
    }
    (void)writer.commit({written, written, 0, 0});
    const int total = int(ward.labResults().forPatient(patient.id).value().size());

    const double bare = medianSeconds([&] {
        QSqlQuery query(ward.database().connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT * FROM lab_results WHERE patient_id = ?"));
        query.addBindValue(patient.id);
        query.exec();
        qint64 cells = 0;
        while (query.next())
            for (int c = 0; c < 21; ++c)
                cells += query.value(c).isValid() ? 1 : 0;
        if (cells == 0)
            std::printf("nothing read\n");
    });
    gui::LabResultsPage page;
    page.resize(1280, 800);
    page.show();
    const double view = medianSeconds([&] {
        const auto results = ward.labResults().forPatient(patient.id);
        page.setResults(results.value(), patient.sex);
        QCoreApplication::processEvents(); // lay out and paint once
    });
    const double readOnly = medianSeconds([&] { (void)ward.labResults().forPatient(patient.id); });
    const auto loaded = ward.labResults().forPatient(patient.id).value();
    const double fillOnly = medianSeconds([&] { page.setResults(loaded, patient.sex); });
    std::printf("  of which the repository read:     %8.1f ms\n", readOnly * 1000);
    std::printf("  of which filling the page:        %8.1f ms\n", fillOnly * 1000);
    std::printf("results of the patient:             %d\n", total);
    std::printf("bare SELECT of those rows:          %8.1f ms\n", bare * 1000);
    std::printf("opening the results view:           %8.1f ms\n", view * 1000);
    std::printf("ratio view / bare SELECT:           %8.2f  (target <= 3)\n", view / bare);
    return 0;
}
