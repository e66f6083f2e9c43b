#pragma once

#include <QList>
#include <QStringList>

namespace mmtrack::cli {

// Plain-text columns for a terminal. Chinese characters take two cells, so widths are
// counted in terminal cells, not in characters.
class TextTable {
public:
    explicit TextTable(QStringList header) : m_rows{std::move(header)} {}
    void addRow(QStringList row) { m_rows << std::move(row); }
    QString render() const;

    static int cellWidth(const QString& text);

private:
    QList<QStringList> m_rows;
};

} // namespace mmtrack::cli
