#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace mmtrack::gui {

// A non-blocking message under the header: an icon character and text (never colour alone),
// dismissed with its close button (reachable with Tab).
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);
    void show(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Info;
};

} // namespace mmtrack::gui
