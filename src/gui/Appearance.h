#pragma once

class QApplication;

namespace mmtrack::gui {

// The look shared by every window: Fusion style, a light palette, and a CJK font chosen
// explicitly so that Chinese text uses Simplified Chinese glyphs whatever the system locale.
void applyAppearance(QApplication& app);

} // namespace mmtrack::gui
