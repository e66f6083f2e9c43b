#pragma once

#include "clinical/LabResult.h"
#include "clinical/Patient.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QTime>
#include <optional>

namespace mmtrack::gui {

// One patient's lab results as a flowsheet. Rows are the tests that have a result, grouped
// under a header row per panel in catalogue order (tests the catalogue does not know come
// last, under "Other tests"); the vertical header names each row. Columns are the distinct
// moments of observation (a date, or a date and a time), oldest on the left. A cell shows
// the value in the test's canonical unit followed by its flag symbol; several results of one
// test at one moment are shown together.
class LabResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        // QVariantList of qint64: the ids of the results in a cell (empty for none).
        ResultIdsRole = Qt::UserRole + 1,
        // QString: the test of a row (any column, and the vertical header); empty for a
        // panel row.
        TestKeyRole,
        // bool: the row is a panel header.
        PanelRowRole,
        // QString: the most severe flag code in a cell ("", "L", "H", "LL", "HH").
        FlagRole,
        // QDateTime (horizontal header): the moment of a column.
        MomentRole,
    };

    explicit LabResultsModel(QObject* parent = nullptr);

    // The sex picks the catalogue's default range for rows whose results carry none.
    void setResults(QList<clinical::LabResult> results, std::optional<clinical::Sex> sex);
    // Called after a language change so that headers and words are asked for again.
    void retranslate();

    QString testKeyAt(int row) const;
    int rowOfTest(const QString& testKey) const;
    bool isPanelRow(int row) const;
    QList<qint64> resultIdsAt(const QModelIndex& index) const;
    QList<clinical::LabResult> resultsAt(const QModelIndex& index) const;
    const QList<clinical::LabResult>& results() const { return m_results; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Moment {
        QDate date;
        std::optional<QTime> time;
        bool operator==(const Moment& other) const = default;
    };
    struct Row {
        bool isPanel = false;
        std::optional<clinical::LabPanel> panel; // none: the "Other tests" group
        QString testKey;
        QList<QList<int>> cells; // per column, indices into m_results
    };

    QString cellText(const Row& row, int column) const;
    QString cellToolTip(const Row& row, int column) const;
    QString resultToolTip(const clinical::LabResult& result) const;
    QString rowHeader(const Row& row) const;
    QString rowToolTip(const Row& row) const;
    QString valueText(const clinical::LabResult& result, bool withSymbol) const;
    static QString flagWords(clinical::LabFlag flag, bool hasRange);
    clinical::LabFlag worstFlag(const Row& row, int column) const;
    // The range shown beside a row's name: the latest result's, else the default.
    QString rowRange(const Row& row, bool* varies = nullptr) const;
    const Row* rowAt(int row) const;

    QList<clinical::LabResult> m_results;
    std::optional<clinical::Sex> m_sex;
    QList<Moment> m_moments;
    QList<Row> m_rows;
};

} // namespace mmtrack::gui
