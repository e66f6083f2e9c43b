#include "interop/CsvResultExport.h"

namespace mmtrack::interop {

using namespace clinical;

QStringList CsvResultWriter::header()
{
    return {QStringLiteral("mrn"),     QStringLiteral("name"),     QStringLiteral("test"),
            QStringLiteral("loinc"),   QStringLiteral("date"),     QStringLiteral("time"),
            QStringLiteral("value"),   QStringLiteral("unit"),     QStringLiteral("qualitative"),
            QStringLiteral("ref_low"), QStringLiteral("ref_high"), QStringLiteral("flag"),
            QStringLiteral("source")};
}

QString CsvResultWriter::neutralised(const QString& text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString CsvResultWriter::cell(const QString& text, bool neutralise)
{
    QString value = neutralise ? neutralised(text) : text;
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

bool CsvResultWriter::writeRow(const QStringList& cells)
{
    const QByteArray line = (cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    return m_device.write(line) == line.size();
}

bool CsvResultWriter::writeHeader()
{
    const QByteArray bom("\xEF\xBB\xBF");
    if (m_device.write(bom) != bom.size())
        return false;
    return writeRow(header());
}

bool CsvResultWriter::write(const Patient& patient, const LabResult& result)
{
    const LabTest* test = LabCatalogue::byKey(result.testKey);
    auto text = [](const QString& value) { return cell(value, true); };
    auto decimal = [](const std::optional<Decimal>& value) {
        return value ? value->toString() : QString(); // a number: never neutralised
    };
    const QString unit = result.value ? (test ? test->unit : result.enteredUnit) : QString();
    return writeRow({text(patient.mrn), text(patient.name), text(result.testKey),
                     text(test ? test->loinc : QString()), result.date.toString(Qt::ISODate),
                     result.time ? result.time->toString(QStringLiteral("HH:mm")) : QString(),
                     decimal(result.value), text(unit), text(result.qualitative),
                     decimal(result.refLow), decimal(result.refHigh),
                     text(labFlagCode(result.flag)), text(labSourceCode(result.source))});
}

} // namespace mmtrack::interop
