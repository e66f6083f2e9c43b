#include "gui/Appearance.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace mmtrack::gui {

void applyAppearance(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xF5, 0xF6, 0xF8));
    palette.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2)); // Okabe-Ito blue
    palette.setColor(QPalette::HighlightedText, Qt::white);
    app.setPalette(palette);

    // Without an explicit family, fontconfig may pick the Japanese CJK face under a
    // non-Chinese locale, and characters such as 骨 then take Japanese shapes.
    const QStringList families = QFontDatabase::families();
    QStringList preferred;
    for (const QString& family :
         {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")})
        if (families.contains(family))
            preferred << family;
    if (!preferred.isEmpty()) {
        QFont font = app.font();
        font.setFamilies(preferred);
        font.setPointSizeF(10.5);
        app.setFont(font);
    }
}

} // namespace mmtrack::gui
