#pragma once

#include <QObject>
#include <chrono>

class QTimer;

namespace mmtrack::gui {

// Says when nobody has touched the application for a while: any key, mouse, wheel or touch
// input anywhere in it restarts the countdown. The window locks itself on idle().
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 10;

    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    // Counts from now; stop() until the next start().
    void start();
    void stop();
    bool isActive() const;

    // The setting "security/idleLockMinutes" (1 to 240; the default when unset or invalid).
    static int minutesSetting();
    static void setMinutesSetting(int minutes);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
};

} // namespace mmtrack::gui
