#pragma once

#include "gui/patients/PatientFormDialog.h"

#include <QString>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace mmtrack::test {

// Types into a widget: Latin text key by key, other text as an input method's commit.
void typeText(QWidget* widget, const QString& text);

// Works the patient form as a person at the keyboard would: focus a field, type, pick from
// a list, press Save. The one place that knows the form's widget names.
class PatientFormDriver {
public:
    explicit PatientFormDriver(gui::PatientFormDialog* dialog);

    void type(const char* fieldWidget, const QString& text);
    void choose(const char* comboWidget, const QString& code);
    void save();
    QString text(const char* fieldWidget) const;

private:
    gui::PatientFormDialog* m_dialog;
};

} // namespace mmtrack::test
