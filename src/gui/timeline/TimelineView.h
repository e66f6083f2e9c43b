#pragma once

#include "clinical/CaseAssessment.h"
#include "clinical/ProtocolPlan.h"
#include "gui/timeline/TimeScale.h"
#include "gui/timeline/TimelineData.h"
#include "gui/timeline/TimelineLayout.h"

#include <QImage>
#include <QWidget>
#include <optional>

namespace mmtrack::gui {

// The patient timeline: phases, events, responses and lab lanes on one time axis.
// Zoom: mouse wheel, + and −; 0 or Home fits everything; 1 and 2 fit day −10 … +30 of that
// transplant. Pan: drag, ← and →. Tab and Shift+Tab step through the events, Enter opens the
// current one. Tooltips name what is under the pointer; a click opens it.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setCase(const clinical::CaseRecord& record, const clinical::CaseAssessment& assessment,
                 const std::optional<clinical::PlanReview>& plan,
                 QDate today = QDate::currentDate());
    void setData(TimelineData timeline);
    const TimelineLayout& layout() const { return m_layout; }
    const TimeScale& timeScale() const { return m_scale; }
    TimelineFrame currentFrame() const { return m_layout.frame(m_scale); }

    void fitAll();
    bool fitTransplant(int number);
    void zoomBy(double factor, std::optional<double> anchorX = std::nullopt);
    void panBy(double dx);

    // The view as drawn now, and as files.
    QImage toImage() const;
    bool exportPng(const QString& path) const;
    bool exportSvg(const QString& path) const;
    // Why the signed-in role may not export (the export entries are then disabled with this as
    // their tooltip); empty when it may.
    void setExportRefusal(const QString& reason) { m_exportRefusal = reason; }

    // Renders data offscreen at a given size, over the days [first, last] or fitted to all.
    static QImage render(const TimelineData& data, QSize size,
                         std::optional<std::pair<qint64, qint64>> days = std::nullopt);
    // Day −10 to day +30 of a transplant, for render(); nullopt without that transplant.
    static std::optional<std::pair<qint64, qint64>> transplantWindow(const TimelineData& data,
                                                                     int number);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void eventActivated(int index);        // into CaseRecord::events
    void resultActivated(qint64 resultId); // a lab result's id

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent* event) override;

private:
    void stepCurrent(int direction);
    void activate(const TimelineLayout::Hit& hit);
    void chooseExport(bool svg);
    void updateAccessibleText();

    TimelineLayout m_layout;
    TimeScale m_scale;
    QString m_exportRefusal;
    bool m_fitted = true; // keep "fit all" on resize until the user zooms or pans
    int m_currentEvent = -1;
    std::optional<QPoint> m_pressAt;
    QPoint m_lastDrag;
    bool m_dragged = false;
    // Inputs kept to rebuild the texts on a language change.
    std::optional<clinical::CaseRecord> m_record;
    std::optional<clinical::CaseAssessment> m_assessment;
    std::optional<clinical::PlanReview> m_plan;
    QDate m_today;
};

} // namespace mmtrack::gui
