#include "gui/accounts/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace mmtrack::gui {

namespace {
const QString kSetting = QStringLiteral("security/idleLockMinutes");
}

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(std::chrono::minutes(minutesSetting()));
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer->setInterval(timeout);
    if (m_timer->isActive())
        m_timer->start();
}

std::chrono::milliseconds IdleWatcher::timeout() const
{
    return m_timer->intervalAsDuration();
}

void IdleWatcher::start()
{
    m_timer->start();
}

void IdleWatcher::stop()
{
    m_timer->stop();
}

bool IdleWatcher::isActive() const
{
    return m_timer->isActive();
}

int IdleWatcher::minutesSetting()
{
    bool ok = false;
    const int minutes = QSettings().value(kSetting, kDefaultMinutes).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 240 ? minutes : kDefaultMinutes;
}

void IdleWatcher::setMinutesSetting(int minutes)
{
    QSettings().setValue(kSetting, minutes);
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer->isActive())
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mmtrack::gui
