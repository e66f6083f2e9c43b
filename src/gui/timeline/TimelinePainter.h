#pragma once

#include "gui/timeline/TimelineLayout.h"

class QPainter;

namespace mmtrack::gui {

// Draws one TimelineFrame: the same code paints the widget, a PNG and an SVG. It decides
// nothing about where things go; that is the layout's job.
class TimelinePainter {
public:
    struct State {
        bool focused = false;  // the widget has keyboard focus: a visible focus frame
        int currentEvent = -1; // the event chosen from the keyboard, ringed
        int currentResponse = -1;
    };

    static void paint(QPainter& painter, const TimelineLayout& layout, const TimelineFrame& frame,
                      const State& state);
};

} // namespace mmtrack::gui
