#include "gui/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace mmtrack::gui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 8, 8);
    layout->setSpacing(8);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::show(Kind kind, const QString& text)
{
    m_kind = kind;
    struct Style {
        const char* icon;
        const char* css;
    };
    static const Style styles[] = {
        {"ℹ",
         "#messageBanner { background: #E8F1F8; border: 1px solid #0072B2; border-radius: 4px; }"},
        {"⚠",
         "#messageBanner { background: #FDF3E1; border: 1px solid #E69F00; border-radius: 4px; }"},
        {"✖",
         "#messageBanner { background: #FBE9E2; border: 1px solid #D55E00; border-radius: 4px; }"},
    };
    const Style& style = styles[static_cast<int>(kind)];
    m_icon->setText(QString::fromUtf8(style.icon));
    setStyleSheet(QString::fromLatin1(style.css));
    m_text->setText(text);
    setAccessibleDescription(text);
    QFrame::show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace mmtrack::gui
