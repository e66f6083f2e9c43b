#pragma once

#include <QList>
#include <QString>

namespace mmtrack::clinical {

// One thing that is wrong with some input, and where: a form field ("mrn"), a JSON path
// ("patient.birth_date"), or a file position ("labs.csv:12"). Messages are translated.
struct Problem {
    QString where;
    QString message;

    // "where: message", or the message alone when there is no place to name.
    QString toString() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
    bool operator==(const Problem&) const = default;
};

using Problems = QList<Problem>;

// All problems joined one per line, for stderr and banners.
inline QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace mmtrack::clinical
