// Replays the fuzzing seeds and findings (tests/data/fuzz) through the readers in the normal
// build, with the invariants the libFuzzer harnesses check (tests/fuzz/FuzzSupport.h): every
// file returns, with problems naming their places, never a crash or a hang.

#include "fuzz/FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <stdexcept>

using namespace mmtrack;

namespace {

struct ThrowOnFailure {
    ThrowOnFailure()
    {
        fuzz::onFailure = [](const QString& message) {
            throw std::runtime_error(message.toStdString());
        };
    }
    ~ThrowOnFailure() { fuzz::onFailure = nullptr; }
    ThrowOnFailure(const ThrowOnFailure&) = delete;
    ThrowOnFailure& operator=(const ThrowOnFailure&) = delete;
};

QStringList filesIn(const QString& folder)
{
    QStringList paths;
    const QDir dir(QStringLiteral(MMTRACK_TEST_DATA "/fuzz/") + folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void replay(const QStringList& paths)
{
    const ThrowOnFailure throwing;
    for (const QString& path : paths) {
        INFO(path.toStdString());
        const QByteArray bytes = bytesOf(path);
        // Every file goes through every reader: hostile input is whatever arrives.
        CHECK_NOTHROW(fuzz::checkCsv(bytes));
        CHECK_NOTHROW(fuzz::checkHl7(bytes));
        CHECK_NOTHROW(fuzz::checkCaseFile(bytes));
    }
}

} // namespace

TEST_CASE("The fuzzing seed corpora read with places, never a crash", "[interop][fuzz]")
{
    for (const char* folder : {"csv", "hl7", "case"}) {
        const QStringList paths = filesIn(QLatin1String(folder));
        CHECK(paths.size() >= 4);
        replay(paths);
    }
}

TEST_CASE("Inputs the fuzzers found stay fixed", "[interop][fuzz]")
{
    replay(filesIn(QStringLiteral("regressions")));
}

TEST_CASE("The trickle device of the fuzz checks hands out a few bytes per read", "[interop][fuzz]")
{
    fuzz::TrickleDevice device(QByteArray(100, 'x'));
    REQUIRE(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    char buffer[64];
    CHECK(device.read(buffer, sizeof buffer) == 1);
    CHECK(device.read(buffer, sizeof buffer) == 2);
    qint64 total = 3;
    while (const qint64 count = device.read(buffer, sizeof buffer))
        total += count;
    CHECK(total == 100);
}

// The fuzzers keep inputs short (16 KiB), so the caps and the 64 KiB chunks are crossed here.
TEST_CASE("Inputs past the readers' caps and chunks keep the fuzz invariants", "[interop][fuzz]")
{
    const ThrowOnFailure throwing;
    const QByteArray header("mrn,test,value,unit,date\n");
    const QByteArray line("B,t,1,u,2025-01-01\n");
    CHECK_NOTHROW(fuzz::checkCsv(header + "A," + QByteArray(70000, 'x') + ",1,u,d\n" + line));
    QByteArray quoted = header + "A,\"";
    for (int i = 0; i < 40000; ++i)
        quoted += "y\n";
    CHECK_NOTHROW(fuzz::checkCsv(quoted + "\",1,u,d\n" + line));
    CHECK_NOTHROW(fuzz::checkCsv("\xEF\xBB\xBF" + QByteArray(65534, ' ') + "\r\n" + header + line));

    const QByteArray msh("MSH|^~\\&|A|B|C|D|E||ORU^R01|M|P|2.5\r");
    const QByteArray rest("PID|1||X\rOBR|1||||||20250101\rOBX|1|NM|C^c^LN||1|u\r");
    CHECK_NOTHROW(fuzz::checkHl7(msh + rest + "NTE|" + QByteArray(70000, 'z') + '\r' + msh + rest));
    CHECK_NOTHROW(fuzz::checkHl7("MSH|^~\\&|" + QByteArray(70000, 'a') + '\r' + rest + msh + rest));
    CHECK_NOTHROW(fuzz::checkHl7(msh + rest + "OBX|2|NM|" + QByteArray(66000, 'q')));
}

TEST_CASE("Whole numbers far beyond 64 bits in a case file are refused by their path",
          "[interop][fuzz]")
{
    const auto read = interop::CaseFileReader::read(
        bytesOf(QStringLiteral(MMTRACK_TEST_DATA "/fuzz/regressions/case-huge-integer.json")),
        QDate(2030, 1, 1));
    REQUIRE_FALSE(read.ok());
    CHECK(read.errorText().contains(QLatin1String("diagnosis.osteolytic_lesions")));

    const auto everywhere = interop::CaseFileReader::read(
        bytesOf(QStringLiteral(MMTRACK_TEST_DATA
                               "/fuzz/regressions/case-huge-integers-everywhere.json")),
        QDate(2030, 1, 1));
    REQUIRE_FALSE(everywhere.ok());
    for (const char* path : {"diagnosis.osteolytic_lesions", "diagnosis.mri_focal_lesions",
                             "diagnosis.cytogenetics.chr1q_copies", "plan.transplants_planned"})
        CHECK(everywhere.errorText().contains(QLatin1String(path)));

    const auto events = interop::CaseFileReader::read(
        bytesOf(
            QStringLiteral(MMTRACK_TEST_DATA "/fuzz/regressions/case-huge-event-integers.json")),
        QDate(2030, 1, 1));
    REQUIRE_FALSE(events.ok());
    CHECK(events.errorText().contains(QLatin1String("events[0].cycle")));
    CHECK(events.errorText().contains(QLatin1String("events[1].number")));
}
