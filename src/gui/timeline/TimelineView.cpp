#include "gui/timeline/TimelineView.h"

#include "gui/timeline/TimelineDataBuilder.h"
#include "gui/timeline/TimelinePainter.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>

namespace mmtrack::gui {

namespace {

constexpr double zoomStep = 1.25;

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Patient timeline"));
    m_layout.setSize(size());
    m_scale = m_layout.fitAll();
    updateAccessibleText();
}

void TimelineView::setCase(const clinical::CaseRecord& record,
                           const clinical::CaseAssessment& assessment,
                           const std::optional<clinical::PlanReview>& plan, QDate today)
{
    m_record = record;
    m_assessment = assessment;
    m_plan = plan;
    m_today = today;
    setData(TimelineDataBuilder::build(record, assessment, plan, today));
}

void TimelineView::setData(TimelineData timeline)
{
    m_layout.setData(std::move(timeline));
    m_layout.setSize(size());
    m_currentEvent = -1;
    fitAll();
    updateGeometry();
}

void TimelineView::fitAll()
{
    m_scale = m_layout.fitAll();
    m_fitted = true;
    update();
}

bool TimelineView::fitTransplant(int number)
{
    const auto scale = m_layout.fitTransplant(number);
    if (!scale)
        return false;
    m_scale = *scale;
    m_fitted = false;
    update();
    return true;
}

void TimelineView::zoomBy(double factor, std::optional<double> anchorX)
{
    double anchor = anchorX.value_or(m_scale.left() + m_scale.width() / 2);
    if (!anchorX && m_currentEvent >= 0) {
        const TimelineEvent& e = m_layout.data().events[m_currentEvent];
        const double x = m_scale.x(double(e.first));
        if (x >= m_scale.left() && x <= m_scale.right())
            anchor = x; // zoom around the event chosen from the keyboard
    }
    m_scale.zoom(factor, anchor);
    m_fitted = false;
    update();
}

void TimelineView::panBy(double dx)
{
    m_scale.pan(dx);
    m_fitted = false;
    update();
}

QSize TimelineView::sizeHint() const
{
    return {1200, int(std::max(640.0, m_layout.minimumHeight()))};
}

QSize TimelineView::minimumSizeHint() const
{
    return {480, int(m_layout.minimumHeight())};
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    TimelinePainter::State state;
    state.focused = hasFocus();
    state.currentEvent = m_currentEvent;
    TimelinePainter::paint(painter, m_layout, m_layout.frame(m_scale), state);
}

void TimelineView::resizeEvent(QResizeEvent*)
{
    const double firstDay = m_scale.firstDay();
    const double pxPerDay = m_scale.pxPerDay();
    m_layout.setSize(size());
    if (m_fitted) {
        m_scale = m_layout.fitAll();
    } else {
        m_scale = TimeScale(TimelineLayout::gutter,
                            width() - TimelineLayout::gutter - TimelineLayout::rightMargin,
                            firstDay, pxPerDay);
    }
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        panBy(event->angleDelta().x() / 2.0);
        return;
    }
    zoomBy(std::pow(zoomStep, steps), event->position().x());
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const double page = m_scale.width() / 8;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(zoomStep);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / zoomStep);
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        fitTransplant(event->key() - Qt::Key_0);
        return;
    case Qt::Key_Left:
        panBy(page);
        return;
    case Qt::Key_Right:
        panBy(-page);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_currentEvent >= 0) {
            const TimelineEvent& e = m_layout.data().events[m_currentEvent];
            if (e.eventIndex >= 0)
                emit eventActivated(e.eventIndex);
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TimelineView::focusNextPrevChild(bool next)
{
    // Tab walks through the events; past the last (or before the first) focus moves on.
    const auto& order = m_layout.eventsInTimeOrder();
    const auto at = std::find(order.begin(), order.end(), m_currentEvent);
    const bool atEnd = next ? (at != order.end() && std::next(at) == order.end())
                            : (at == order.begin() && !order.empty() && m_currentEvent >= 0);
    if (order.empty() || atEnd) {
        m_currentEvent = -1;
        update();
        return QWidget::focusNextPrevChild(next);
    }
    stepCurrent(next ? 1 : -1);
    return true;
}

void TimelineView::stepCurrent(int direction)
{
    const auto& order = m_layout.eventsInTimeOrder();
    if (order.empty())
        return;
    auto at = std::find(order.begin(), order.end(), m_currentEvent);
    if (at == order.end())
        at = direction > 0 ? order.begin() : std::prev(order.end());
    else
        at = direction > 0 ? std::next(at) : std::prev(at);
    m_currentEvent = *at;
    const TimelineEvent& e = m_layout.data().events[m_currentEvent];
    // Keep the chosen event on screen.
    const double x = m_scale.x(double(e.first));
    if (x < m_scale.left() + 24 || x > m_scale.right() - 24)
        m_scale.pan(m_scale.left() + m_scale.width() / 2 - x);
    m_fitted = false;
    updateAccessibleText();
    update();
    const TimelineFrame frame = currentFrame();
    for (const TimelineFrame::Mark& m : frame.marks)
        if (m.index == m_currentEvent && isVisible())
            QToolTip::showText(mapToGlobal(m.rect.bottomRight().toPoint()), e.detail, this);
}

void TimelineView::activate(const TimelineLayout::Hit& hit)
{
    if (hit.kind == TimelineLayout::Hit::Kind::Event) {
        m_currentEvent = hit.index;
        update();
        const int index = m_layout.data().events[hit.index].eventIndex;
        if (index >= 0)
            emit eventActivated(index);
    } else if (hit.kind == TimelineLayout::Hit::Kind::Result) {
        emit resultActivated(hit.resultId);
    }
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressAt = event->position().toPoint();
    m_lastDrag = *m_pressAt;
    m_dragged = false;
    setFocus(Qt::MouseFocusReason);
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_pressAt || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint at = event->position().toPoint();
    if (!m_dragged && (at - *m_pressAt).manhattanLength() < 4)
        return;
    m_dragged = true;
    setCursor(Qt::ClosedHandCursor);
    panBy(at.x() - m_lastDrag.x());
    m_lastDrag = at;
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressAt)
        return QWidget::mouseReleaseEvent(event);
    unsetCursor();
    if (!m_dragged)
        activate(m_layout.hitTest(currentFrame(), m_scale, event->position()));
    m_pressAt.reset();
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Fit all"), this, &TimelineView::fitAll);
    for (const TimelineTransplant& t : m_layout.data().transplants)
        menu.addAction(tr("Fit transplant %1 (day −10 to +30)").arg(t.number), this,
                       [this, n = t.number] { fitTransplant(n); });
    menu.addSeparator();
    QAction* png = menu.addAction(tr("Export as PNG…"), this, [this] { chooseExport(false); });
    QAction* svg = menu.addAction(tr("Export as SVG…"), this, [this] { chooseExport(true); });
    for (QAction* exporting : {png, svg}) {
        exporting->setEnabled(m_exportRefusal.isEmpty());
        exporting->setToolTip(m_exportRefusal);
    }
    menu.setToolTipsVisible(true);
    menu.exec(event->globalPos());
}

void TimelineView::chooseExport(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export the timeline as SVG") : tr("Export the timeline as PNG"),
        svg ? QStringLiteral("timeline.svg") : QStringLiteral("timeline.png"),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (!path.isEmpty())
        (void)(svg ? exportSvg(path) : exportPng(path));
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto hit = m_layout.hitTest(currentFrame(), m_scale, help->pos());
        QString text = hit.text;
        if (text.isEmpty() && help->pos().x() >= m_scale.left() &&
            help->pos().x() <= m_scale.right()) {
            // Anywhere else: the date and the day numbers under the pointer.
            const qint64 day = qint64(std::floor(m_scale.day(help->pos().x()) + 0.5));
            text = QDate::fromJulianDay(day).toString(Qt::ISODate);
            if (!m_layout.days().isEmpty())
                text += QStringLiteral("  ") + m_layout.days().allLabels(day);
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_record && m_assessment) {
        const TimeScale keep = m_scale;
        const bool fitted = m_fitted;
        m_layout.setData(TimelineDataBuilder::build(*m_record, *m_assessment, m_plan, m_today));
        m_scale = keep;
        m_fitted = fitted;
        setAccessibleName(tr("Patient timeline"));
        updateAccessibleText();
        update();
    }
    QWidget::changeEvent(event);
}

void TimelineView::updateAccessibleText()
{
    QString text = tr("Keys: + and − zoom, 0 fits all, 1 and 2 fit a transplant, arrows pan, "
                      "Tab steps through events, Enter opens one.");
    if (m_currentEvent >= 0)
        text = m_layout.data().events[m_currentEvent].detail;
    setAccessibleDescription(text);
}

QImage TimelineView::toImage() const
{
    QImage image(size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    TimelinePainter::paint(painter, m_layout, m_layout.frame(m_scale), {});
    return image;
}

bool TimelineView::exportPng(const QString& path) const
{
    return toImage().save(path, "PNG");
}

bool TimelineView::exportSvg(const QString& path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(QRect(QPoint(0, 0), size()));
    svg.setTitle(tr("Patient timeline"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    TimelinePainter::paint(painter, m_layout, m_layout.frame(m_scale), {});
    return painter.end();
}

QImage TimelineView::render(const TimelineData& data, QSize size,
                            std::optional<std::pair<qint64, qint64>> days)
{
    TimelineLayout layout;
    layout.setData(data);
    layout.setSize(size);
    const TimeScale scale =
        days ? layout.scale(double(days->first), double(days->second)) : layout.fitAll();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    TimelinePainter::paint(painter, layout, layout.frame(scale), {});
    return image;
}

std::optional<std::pair<qint64, qint64>> TimelineView::transplantWindow(const TimelineData& data,
                                                                        int number)
{
    for (const TimelineTransplant& t : data.transplants)
        if (t.number == number)
            return std::pair{t.day0 - 10, t.day0 + 30};
    return std::nullopt;
}

} // namespace mmtrack::gui
