#include "gui/events/EventListModel.h"

#include "clinical/PathwayEventText.h"

namespace mmtrack::gui {

using clinical::PathwayEventText;

void EventListModel::setEvents(QList<storage::StoredEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const storage::StoredEvent* EventListModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int EventListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i)
        if (m_events[i].id == id)
            return int(i);
    return -1;
}

void EventListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    const storage::StoredEvent* stored = eventAt(index.row());
    if (!stored)
        return {};
    const clinical::PathwayEvent& e = stored->event;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case DateColumn:
            return e.date.toIso();
        case TypeColumn:
            return PathwayEventText::typeName(e.type);
        case DetailsColumn:
            return PathwayEventText::details(e);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn && !e.note.isEmpty())
        return e.note;
    if (role == Qt::UserRole)
        return stored->id;
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace mmtrack::gui
