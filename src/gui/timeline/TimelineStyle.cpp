#include "gui/timeline/TimelineStyle.h"

#include <QFontDatabase>
#include <QStringList>

namespace mmtrack::gui::timelinestyle {

QColor phaseColour(const QString& key)
{
    if (key == QLatin1String("diagnosis"))
        return QColor(0x99, 0x99, 0x99);
    if (key == QLatin1String("induction"))
        return QColor(0x00, 0x72, 0xB2);
    if (key == QLatin1String("mobilization") || key == QLatin1String("collection"))
        return QColor(0xE6, 0x9F, 0x00);
    if (key == QLatin1String("consolidation"))
        return QColor(0x56, 0xB4, 0xE9);
    if (key == QLatin1String("transplant"))
        return QColor(0xD5, 0x5E, 0x00);
    if (key == QLatin1String("engraftment"))
        return QColor(0x00, 0x9E, 0x73);
    if (key == QLatin1String("maintenance"))
        return QColor(0xCC, 0x79, 0xA7);
    return QColor(0x4D, 0x4D, 0x4D);
}

QColor textOn(const QColor& fill)
{
    // Relative luminance decides; the threshold keeps Okabe–Ito blue and vermillion white.
    const double l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l < 0.52 ? QColor(Qt::white) : QColor(0x1A, 0x1A, 0x1A);
}

QColor responseColour(const QString& category)
{
    if (category == QLatin1String("sCR"))
        return QColor(0x0B, 0x2E, 0x4F);
    if (category == QLatin1String("CR"))
        return QColor(0x1F, 0x4E, 0x79);
    if (category == QLatin1String("VGPR"))
        return QColor(0x3A, 0x6E, 0xA5);
    if (category == QLatin1String("PR"))
        return QColor(0x6C, 0x9A, 0xC8);
    if (category == QLatin1String("MR"))
        return QColor(0xA6, 0xC4, 0xE0);
    if (category == QLatin1String("SD"))
        return QColor(0xD0, 0xD7, 0xDE);
    if (category == QLatin1String("PD"))
        return QColor(0xF0, 0xE4, 0x42); // Okabe–Ito yellow: the warning style, with ⚠
    return QColor(0xEE, 0xEE, 0xEE);     // NE
}

QColor ink()
{
    return QColor(0x1A, 0x1A, 0x1A);
}

QColor quietInk()
{
    return QColor(0x5A, 0x5F, 0x66);
}

QColor rule()
{
    return QColor(0xD5, 0xD9, 0xDE);
}

QColor todayColour()
{
    return QColor(0xC0, 0x1C, 0x28);
}

QColor seriesColour(const QString& key)
{
    if (key == QLatin1String("kappa_flc"))
        return QColor(0x00, 0x72, 0xB2);
    if (key == QLatin1String("lambda_flc"))
        return QColor(0xCC, 0x79, 0xA7);
    return QColor(0x2B, 0x2B, 0x2B);
}

namespace {

QStringList& facesInUse()
{
    static QStringList faces; // empty: the screen's
    return faces;
}

QFont baseFont(int pixelSize, QFont::Weight weight)
{
    static const QStringList screenFamilies = [] {
        QStringList chosen;
        const QStringList installed = QFontDatabase::families();
        for (const QString& family :
             {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"),
              QStringLiteral("WenQuanYi Micro Hei")})
            if (installed.contains(family))
                chosen << family;
        return chosen;
    }();
    const QStringList& families = facesInUse().isEmpty() ? screenFamilies : facesInUse();
    QFont font;
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

} // namespace

ScopedFaces::ScopedFaces(QStringList families) : m_previous(facesInUse())
{
    facesInUse() = std::move(families);
}

ScopedFaces::~ScopedFaces()
{
    facesInUse() = m_previous;
}

QFont labelFont()
{
    return baseFont(12, QFont::Normal);
}

QFont smallFont()
{
    return baseFont(11, QFont::Normal);
}

QFont titleFont()
{
    return baseFont(12, QFont::DemiBold);
}

} // namespace mmtrack::gui::timelinestyle
