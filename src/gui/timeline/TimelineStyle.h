#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace mmtrack::gui::timelinestyle {

// The timeline's visual language (screens.md): Okabe–Ito phase colours, an 8-px grid, and a
// font chosen explicitly so that Chinese labels take Simplified Chinese glyph shapes.
inline constexpr int grid = 8;

// The colour of a phase key (collection shares mobilization's orange); neutral grey for
// anything else.
QColor phaseColour(const QString& key);
// Text drawn on a phase colour: white on the dark ones, near-black on the light ones.
QColor textOn(const QColor& fill);
// A response category's fill: deeper responses darker; PD in the warning colour.
QColor responseColour(const QString& category);

QColor ink();      // body text
QColor quietInk(); // axis labels, lane titles
QColor rule();     // axis lines and gridlines
QColor todayColour();
QColor seriesColour(const QString& key); // lab series

// Fonts for labels (12 px), small print (11 px) and lane titles (12 px, medium weight).
QFont labelFont();
QFont smallFont();
QFont titleFont();

// For as long as it lives, the fonts above use `families` instead of the screen's faces. The
// PDF summary draws its timeline in the report's faces, so that the layout measures the text
// it writes and a PDF reader extracts it as typed (the screen's CJK face would come out as
// Kangxi radicals). One at a time, on the GUI thread.
class ScopedFaces {
public:
    explicit ScopedFaces(QStringList families);
    ~ScopedFaces();
    ScopedFaces(const ScopedFaces&) = delete;
    ScopedFaces& operator=(const ScopedFaces&) = delete;

private:
    QStringList m_previous;
};

} // namespace mmtrack::gui::timelinestyle
