#include "interop/CsvResultExport.h"

#include "support/TestSupport.h"

#include <QBuffer>

using namespace mmtrack;
using interop::CsvResultWriter;

namespace {

clinical::LabResult result(const QString& test, const QString& value)
{
    clinical::LabResult lab;
    lab.testKey = test;
    lab.date = QDate(2025, 4, 17);
    lab.value = clinical::Decimal::parse(value);
    return lab;
}

QByteArray written(const clinical::Patient& patient, const QList<clinical::LabResult>& results)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvResultWriter writer(buffer);
    REQUIRE(writer.writeHeader());
    for (const clinical::LabResult& lab : results)
        REQUIRE(writer.write(patient, lab));
    return buffer.data();
}

} // namespace

TEST_CASE("CSV export starts with a BOM and the header row", "[interop][csv-export]")
{
    clinical::Patient patient;
    patient.mrn = QStringLiteral("TZ-2025-0417");
    patient.name = QStringLiteral("张某某");
    clinical::LabResult hb = result(QStringLiteral("hemoglobin"), QStringLiteral("83"));
    hb.time = QTime(8, 5);
    hb.refLow = clinical::Decimal::parse(QStringLiteral("130"));
    hb.refHigh = clinical::Decimal::parse(QStringLiteral("175"));
    hb.flag = clinical::LabFlag::Low;
    hb.source = clinical::LabSource::Hl7;
    clinical::LabResult ife;
    ife.testKey = QStringLiteral("serum_ife");
    ife.date = QDate(2025, 10, 20);
    ife.qualitative = QStringLiteral("positive");
    const QByteArray bytes = written(patient, {hb, ife});
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("mrn,name,test,loinc,date,time,value,unit,qualitative,"
                                     "ref_low,ref_high,flag,source"));
    // The Chinese name comes through byte for byte; the MRN's '-' is not first, so it stays.
    CHECK(lines[1] ==
          QStringLiteral(
              "TZ-2025-0417,张某某,hemoglobin,718-7,2025-04-17,08:05,83,g/L,,130,175,L,hl7"));
    CHECK(bytes.contains(QStringLiteral("张某某").toUtf8()));
    CHECK(lines[2] ==
          QStringLiteral("TZ-2025-0417,张某某,serum_ife,25700-6,2025-10-20,,,,positive,,,,typed"));
}

TEST_CASE("CSV export quotes commas and quotes and line breaks as RFC 4180 says",
          "[interop][csv-export]")
{
    CHECK(CsvResultWriter::cell(QStringLiteral("plain"), true) == QStringLiteral("plain"));
    CHECK(CsvResultWriter::cell(QStringLiteral("Li, Wei"), true) == QStringLiteral("\"Li, Wei\""));
    CHECK(CsvResultWriter::cell(QStringLiteral("say \"hi\""), true) ==
          QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvResultWriter::cell(QStringLiteral("two\nlines"), true) ==
          QStringLiteral("\"two\nlines\""));
    CHECK(CsvResultWriter::cell(QStringLiteral("cr\rhere"), true) ==
          QStringLiteral("\"cr\rhere\""));

    clinical::Patient patient;
    patient.mrn = QStringLiteral("M1");
    patient.name = QStringLiteral("王\"小\",明\n二");
    const QByteArray bytes =
        written(patient, {result(QStringLiteral("platelets"), QStringLiteral("150"))});
    CHECK(bytes.contains(QStringLiteral("M1,\"王\"\"小\"\",明\n二\",platelets,777-3,").toUtf8()));
}

TEST_CASE("CSV export neutralises formulas in text but keeps negative numbers",
          "[interop][csv-export]")
{
    CHECK(CsvResultWriter::neutralised(QStringLiteral("=1+2")) == QStringLiteral("'=1+2"));
    CHECK(CsvResultWriter::neutralised(QStringLiteral("+86")) == QStringLiteral("'+86"));
    CHECK(CsvResultWriter::neutralised(QStringLiteral("-3")) == QStringLiteral("'-3"));
    CHECK(CsvResultWriter::neutralised(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvResultWriter::neutralised(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(CsvResultWriter::neutralised(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(CsvResultWriter::neutralised(QString()) == QString());

    clinical::Patient patient;
    patient.mrn = QStringLiteral("=cmd|' /C calc'!A0");
    patient.name = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    clinical::LabResult negative =
        result(QStringLiteral("plasmacytoma_spd_reduction_percent"), QStringLiteral("-3"));
    negative.refLow = clinical::Decimal::parse(QStringLiteral("-0.5"));
    const QString line =
        QString::fromUtf8(written(patient, {negative})).split(QStringLiteral("\r\n")).value(1);
    CHECK(line.startsWith(
        QStringLiteral("'=cmd|' /C calc'!A0,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")));
    // The value column is a number the program wrote: -3 stays -3, and so does a range end.
    CHECK(line.contains(QStringLiteral(",2025-04-17,,-3,%,,-0.5,,")));
    CHECK_FALSE(line.contains(QStringLiteral("'-3")));
}
