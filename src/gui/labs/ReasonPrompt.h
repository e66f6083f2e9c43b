#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace mmtrack::gui {

// What the person is asked before a stored result is deleted.
struct ReasonRequest {
    QString title;    // the window title
    QString question; // names the result: "Why is Hemoglobin 83 g/L of 2026-11-24 deleted?"
};

// Asks for the reason of a deletion: the reason, or nullopt when the person cancels. A seam:
// the page uses askReasonWithDialog() unless a test puts its own answer in its place.
using ReasonPrompt = std::function<std::optional<QString>(QWidget* parent, const ReasonRequest&)>;

// A small modal dialog with common reasons to pick and a line to type another; OK stays
// disabled until a reason is given.
std::optional<QString> askReasonWithDialog(QWidget* parent, const ReasonRequest& request);

} // namespace mmtrack::gui
