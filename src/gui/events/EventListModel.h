#pragma once

#include "storage/PathwayRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace mmtrack::gui {

// A patient's pathway events as rows, in the order given (the repository's date order): the
// date as stored (ISO, with its precision), the type in words, and a one-line summary.
class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TypeColumn, DetailsColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(QList<storage::StoredEvent> events);
    const QList<storage::StoredEvent>& events() const { return m_events; }
    const storage::StoredEvent* eventAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent
    // Texts follow the language: called on a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<storage::StoredEvent> m_events;
};

} // namespace mmtrack::gui
