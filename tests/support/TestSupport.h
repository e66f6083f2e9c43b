#pragma once

#include "clinical/Clock.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <ostream>

// Catch2 prints QStrings readably in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& text)
{
    return os << text.toStdString();
}

namespace mmtrack::test {

// A clock fixed at 2026-11-24 10:00 UTC, so ages and "the future" never drift.
inline clinical::FixedClock fixedClock()
{
    return clinical::FixedClock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
}

// A folder that disappears with the test, and paths inside it.
class Scratch {
public:
    Scratch() { REQUIRE(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
// SHA-256 of a file's bytes: "left untouched" means this does not change.
QByteArray fileHash(const QString& path);

} // namespace mmtrack::test
