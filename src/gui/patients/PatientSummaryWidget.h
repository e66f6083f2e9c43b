#pragma once

#include "clinical/Patient.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace mmtrack::gui {

// The selected patient at a glance: identity header and the registry fields. Shows a hint
// when no patient is selected.
class PatientSummaryWidget : public QWidget {
    Q_OBJECT
public:
    explicit PatientSummaryWidget(QWidget* parent = nullptr);

    void setPatient(const std::optional<clinical::Patient>& patient, QDate today);
    QString headerText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void addRow(const QString& label, const QString& value);

    std::optional<clinical::Patient> m_patient;
    QDate m_today;
    QLabel* m_name;
    QLabel* m_identity;
    QLabel* m_archived;
    QWidget* m_details;
    QFormLayout* m_form;
    QLabel* m_empty;
};

} // namespace mmtrack::gui
