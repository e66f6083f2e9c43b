#pragma once

#include "clinical/Clock.h"
#include "clinical/Patient.h"
#include "clinical/PatientValidator.h"

#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui {
class PatientFormDialog;
}

class QLabel;

namespace mmtrack::storage {
class PatientRepository;
}

namespace mmtrack::gui {

// Adds a patient or edits one. Save validates everything, marks each problem under its
// field, and keeps the dialog open with what was typed until the registry accepts it.
class PatientFormDialog : public QDialog {
    Q_OBJECT
public:
    PatientFormDialog(storage::PatientRepository& patients, const clinical::Clock& clock,
                      QString user, QWidget* parent = nullptr);
    ~PatientFormDialog() override;

    // Edit this stored patient instead of adding a new one.
    void setPatient(const clinical::Patient& patient);
    // The patient as saved, once the dialog was accepted.
    const clinical::Patient& savedPatient() const { return m_saved; }

    clinical::PatientDraft draft() const;
    // The problem shown under a field ("" when none).
    QString errorFor(const QString& field) const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillChoices();
    void showProblems(const clinical::Problems& problems);
    void clearProblems();
    void updateDateHints();

    // Each field's input and the label that shows its problem.
    struct FieldWidgets {
        QLabel* error = nullptr;
        QWidget* input = nullptr;
    };

    std::unique_ptr<Ui::PatientFormDialog> m_ui;
    storage::PatientRepository& m_patients;
    const clinical::Clock& m_clock;
    QString m_user;
    QHash<QString, FieldWidgets> m_fields;
    clinical::Patient m_editing; // id 0 when adding
    clinical::Patient m_saved;
};

} // namespace mmtrack::gui
