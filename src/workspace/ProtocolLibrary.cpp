#include "workspace/ProtocolLibrary.h"

#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace mmtrack::workspace {

namespace {

QList<clinical::ProtocolTemplate> load()
{
    QList<clinical::ProtocolTemplate> templates;
    const QDir dir(QStringLiteral(":/protocols"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        const auto protocol = clinical::ProtocolTemplate::fromJson(json.object());
        // A shipped template that does not read is a build defect; a test reads them all.
        if (error.error != QJsonParseError::NoError || !protocol) {
            common::logger("workspace")
                ->error("protocol template {} cannot be read: {}", name.toStdString(),
                        protocol ? error.errorString().toStdString()
                                 : protocol.errorText().toStdString());
            continue;
        }
        templates << protocol.value();
    }
    return templates;
}

} // namespace

const QList<clinical::ProtocolTemplate>& ProtocolLibrary::shipped()
{
    static const QList<clinical::ProtocolTemplate> templates = load();
    return templates;
}

std::optional<clinical::ProtocolTemplate> ProtocolLibrary::byId(const QString& id)
{
    for (const clinical::ProtocolTemplate& protocol : shipped())
        if (protocol.id == id)
            return protocol;
    return std::nullopt;
}

} // namespace mmtrack::workspace
