#pragma once

#include "clinical/PathwayEvent.h"
#include "clinical/PathwayEventValidator.h"
#include "clinical/Result.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QSet>
#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mmtrack::gui {

// Adds or edits one pathway event. Only the fields of the chosen type are shown; each problem
// appears under its field once that field was touched, and OK stays disabled until the event
// is valid. OK hands the event to the submit function (the page, which makes it an undo
// command); the dialog closes only when that accepts it, and shows its problems otherwise.
class EventFormDialog : public QDialog {
    Q_OBJECT
public:
    // Returns the problems that kept the event from being saved; empty when it was saved.
    using Submit = std::function<clinical::Problems(const clinical::PathwayEvent&)>;

    EventFormDialog(QDate today, QWidget* parent = nullptr);

    // Edits this event instead of adding a new one.
    void setEvent(const clinical::PathwayEvent& event);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }

    // The draft of the visible fields, as typed.
    clinical::PathwayEventDraft draft() const;
    // The problem shown under a field ("" when none); "" for the form-wide message.
    QString errorFor(const QString& field) const;
    bool isFieldShown(const QString& field) const;
    QWidget* input(const QString& field) const;
    QPushButton* okButton() const { return m_ok; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        QLabel* label = nullptr;
        QWidget* input = nullptr;
        QWidget* row = nullptr; // the input with its error line
        QLabel* error = nullptr;
    };

    void build();
    void retranslate();
    void addField(const QString& key, QWidget* input, QWidget* extra = nullptr);
    void fillCombos();
    void onTypeChanged();
    void onEdited(const QString& key);
    // Validates what is typed, enables OK, and shows the problems of touched fields.
    void revalidate();
    void showProblems(const clinical::Problems& problems);

    QDate m_today;
    bool m_editing = false;
    Submit m_submit;
    QGridLayout* m_form = nullptr;
    QHash<QString, Field> m_fields;
    QSet<QString> m_touched;
    QComboBox* m_type = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_endDate = nullptr;
    QComboBox* m_phase = nullptr;
    QLineEdit* m_regimen = nullptr;
    QSpinBox* m_cycle = nullptr;
    QSpinBox* m_number = nullptr;
    QLineEdit* m_cd34 = nullptr;
    QLabel* m_cd34Unit = nullptr;
    QLineEdit* m_agents = nullptr;
    QComboBox* m_product = nullptr;
    QLineEdit* m_label = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace mmtrack::gui
