#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace mmtrack;

namespace {

struct Message {
    QString context;
    QString source;
    QString translation; // numerus forms joined
    QString type;        // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readCatalogue(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = Message{context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|\\d+)"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

} // namespace

TEST_CASE("Every zh_CN entry is finished and keeps its placeholders", "[i18n]")
{
    const QList<Message> messages = readCatalogue(QStringLiteral(MMTRACK_TS_FILE));
    REQUIRE(messages.size() > 50);
    for (const Message& message : messages) {
        INFO(message.context.toStdString() << ": " << message.source.toStdString());
        CHECK(message.type.isEmpty());
        CHECK_FALSE(message.translation.trimmed().isEmpty());
        CHECK(placeholders(message.translation) == placeholders(message.source));
    }
}

TEST_CASE("Every catalogue entry belongs to a named context that tr() will look up", "[i18n]")
{
    // lupdate files a tr() it cannot resolve (for example through a type alias) under an empty
    // context, which the program never asks for: the text would stay in English.
    for (const Message& message : readCatalogue(QStringLiteral(MMTRACK_TS_FILE))) {
        INFO(message.source.toStdString());
        CHECK_FALSE(message.context.isEmpty());
    }
}

TEST_CASE("The zh_CN catalogue holds every string of the sources and forms", "[i18n]")
{
    // lupdate over a copy adds any tr() string the catalogue lacks, as unfinished.
    test::Scratch scratch;
    const QString copy = scratch.path(QStringLiteral("mmtrack_zh_CN.ts"));
    REQUIRE(QFile::copy(QStringLiteral(MMTRACK_TS_FILE), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(MMTRACK_SOURCE_DIR));
    lupdate.start(QStringLiteral(MMTRACK_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("src"), QStringLiteral("ui"),
                   QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    QStringList missing;
    for (const Message& message : readCatalogue(copy))
        if (!message.type.isEmpty())
            missing << message.context + QStringLiteral(": ") + message.source;
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
