#pragma once

#include "clinical/Clock.h"
#include "storage/ProtocolRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mmtrack::gui {

// Gives the patient a protocol: a template and the day its first step starts. The planned
// steps then appear on the timeline and the deviations among the alerts.
class ApplyProtocolDialog : public QDialog {
    Q_OBJECT
public:
    ApplyProtocolDialog(storage::ProtocolRepository repository, qint64 patientId, QString user,
                        QWidget* parent = nullptr);

    QComboBox* templateBox() const { return m_template; }
    QLineEdit* startEdit() const { return m_start; }

    void accept() override;

private:
    void validate();

    storage::ProtocolRepository m_repository;
    qint64 m_patientId;
    QString m_user;
    QComboBox* m_template;
    QLineEdit* m_start;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace mmtrack::gui
