#include "clinical/AssessmentDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QStringList>
#include <algorithm>

namespace mmtrack::clinical {

namespace {

bool isWording(const QString& key)
{
    return key == QLatin1String("explanation") || key == QLatin1String("missing") ||
           key == QLatin1String("message");
}

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: {
        // An item added or removed whole: its plain fields, as "category NE · date 2025-06-20".
        QStringList fields;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.value().isString() || it.value().isDouble() ||
                (it.value().isBool() && it.value().toBool()))
                fields << it.key() + QLatin1Char(' ') + scalarText(it.value());
        return QLatin1Char('(') + fields.join(QStringLiteral(" · ")) + QLatin1Char(')');
    }
    }
    return {};
}

// What names an item of a list of objects, or empty when nothing does (then its place does).
QString identityOf(const QJsonObject& item)
{
    QStringList parts;
    for (const char* key : {"number", "type", "phase", "code", "date", "track"}) {
        const QJsonValue value = item.value(QLatin1String(key));
        if (value.isString() || value.isDouble())
            parts << scalarText(value);
    }
    return parts.join(QLatin1Char(' '));
}

QJsonValue withoutWording(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            if (!isWording(it.key()))
                object[it.key()] = withoutWording(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array << withoutWording(item);
        return array;
    }
    return value;
}

bool isListOfObjects(const QJsonArray& array)
{
    return !array.isEmpty() && std::all_of(array.begin(), array.end(),
                                           [](const QJsonValue& v) { return v.isObject(); });
}

// Items keyed by identity (repeated identities get #2, #3 in order; no identity: the index).
QMap<QString, QJsonValue> keyed(const QJsonArray& array)
{
    QMap<QString, QJsonValue> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString key = array[i].isObject() ? identityOf(array[i].toObject()) : QString();
        if (key.isEmpty())
            key = QString::number(i);
        QString unique = key;
        for (int n = 2; items.contains(unique); ++n)
            unique = key + QStringLiteral(" #") + QString::number(n);
        items.insert(unique, array[i]);
    }
    return items;
}

void diff(const QString& path, const QJsonValue& before, const QJsonValue& after,
          QList<AssessmentChange>& changes)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys();
        for (const QString& key : b.keys())
            if (!keys.contains(key))
                keys << key;
        keys.sort();
        for (const QString& key : keys)
            if (!isWording(key))
                diff(path.isEmpty() ? key : path + QLatin1Char('.') + key, a.value(key),
                     b.value(key), changes);
        return;
    }
    const bool lists = before.isArray() && after.isArray();
    if (lists && (isListOfObjects(before.toArray()) || isListOfObjects(after.toArray()))) {
        const QMap<QString, QJsonValue> a = keyed(before.toArray());
        const QMap<QString, QJsonValue> b = keyed(after.toArray());
        QStringList keys = a.keys();
        for (const QString& key : b.keys())
            if (!keys.contains(key))
                keys << key;
        keys.sort();
        for (const QString& key : keys) {
            const QString itemPath = path + QLatin1Char('[') + key + QLatin1Char(']');
            const QJsonValue x = a.value(key, QJsonValue(QJsonValue::Undefined));
            const QJsonValue y = b.value(key, QJsonValue(QJsonValue::Undefined));
            if (x.isUndefined() || y.isUndefined()) {
                if (withoutWording(x) != withoutWording(y))
                    changes << AssessmentChange{itemPath, withoutWording(x), withoutWording(y)};
            } else {
                diff(itemPath, x, y, changes);
            }
        }
        return;
    }
    const QJsonValue x = withoutWording(before);
    const QJsonValue y = withoutWording(after);
    if (x != y)
        changes << AssessmentChange{path, x, y};
}

} // namespace

QString AssessmentChange::toText() const
{
    if (before.isUndefined())
        return path + QStringLiteral(": + ") + scalarText(after);
    if (after.isUndefined())
        return path + QStringLiteral(": − ") + scalarText(before);
    return path + QStringLiteral(": ") + scalarText(before) + QStringLiteral(" → ") +
           scalarText(after);
}

QJsonObject AssessmentChange::toJson() const
{
    QJsonObject json{{QStringLiteral("path"), path}};
    if (!before.isUndefined())
        json[QStringLiteral("before")] = before;
    if (!after.isUndefined())
        json[QStringLiteral("after")] = after;
    return json;
}

AssessmentChange AssessmentChange::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("path")).toString(), json.value(QStringLiteral("before")),
            json.value(QStringLiteral("after"))};
}

QList<AssessmentChange> diffAssessments(const QJsonObject& before, const QJsonObject& after)
{
    QList<AssessmentChange> changes;
    diff(QString(), before, after, changes);
    return changes;
}

} // namespace mmtrack::clinical
