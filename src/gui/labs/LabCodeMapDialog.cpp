#include "gui/labs/LabCodeMapDialog.h"

#include "clinical/LabCatalogue.h"
#include "storage/LabCodeMap.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mmtrack::gui {

namespace {

enum Column { CodeColumn, TestColumn, NoteColumn };

QComboBox* testChooser(const QString& selected)
{
    auto* combo = new QComboBox;
    combo->addItem(LabCodeMapDialog::tr("— choose a test —"), QString());
    for (const clinical::LabTest& test : clinical::LabCatalogue::all())
        combo->addItem(clinical::LabCatalogue::name(test.key) + QStringLiteral("  (") + test.key +
                           QLatin1Char(')'),
                       test.key);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    return combo;
}

} // namespace

LabCodeMapDialog::LabCodeMapDialog(storage::LabCodeMap& map, QString user, QWidget* parent)
    : QDialog(parent), m_map(map), m_user(std::move(user)), m_table(new QTableWidget(0, 3, this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Lab codes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    auto* intro = new QLabel(
        tr("Which test each local code of the lab system means. Results with a code that is "
           "neither a LOINC code nor listed here are rejected on import."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels({tr("Local code"), tr("Test"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add code"), this);
    auto* remove = new QPushButton(tr("&Remove code"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(remove, &QPushButton::clicked, this, &LabCodeMapDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(720, 480);
}

void LabCodeMapDialog::load()
{
    m_table->setRowCount(0);
    m_loadedCodes.clear();
    const auto mappings = m_map.all();
    if (!mappings) {
        m_message->setText(QStringLiteral("⚠ ") + mappings.errorText());
        return;
    }
    for (const storage::LabCodeMapping& mapping : mappings.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(mapping.code));
        m_table->setCellWidget(row, TestColumn, testChooser(mapping.testKey));
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(mapping.note));
        m_loadedCodes << mapping.code;
    }
    m_table->resizeColumnsToContents();
}

void LabCodeMapDialog::addRow(const QString& code)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, CodeColumn, new QTableWidgetItem(code));
    m_table->setCellWidget(row, TestColumn, testChooser(QString()));
    m_table->setItem(row, NoteColumn, new QTableWidgetItem);
    m_table->setCurrentCell(row, code.isEmpty() ? CodeColumn : TestColumn);
    m_table->setFocus();
}

void LabCodeMapDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

bool LabCodeMapDialog::save()
{
    QStringList problems;
    QStringList kept;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString code = m_table->item(row, CodeColumn)
                                 ? m_table->item(row, CodeColumn)->text().trimmed()
                                 : QString();
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, TestColumn));
        const QString test = combo ? combo->currentData().toString() : QString();
        const QString note =
            m_table->item(row, NoteColumn) ? m_table->item(row, NoteColumn)->text() : QString();
        if (code.isEmpty() && test.isEmpty())
            continue;
        const auto saved = m_map.set(code, test, note, m_user);
        if (!saved)
            problems << tr("Row %1: %2").arg(row + 1).arg(saved.problems().first().message);
        else
            kept << saved.value().code;
    }
    for (const QString& code : m_loadedCodes)
        if (!kept.contains(code) && problems.isEmpty())
            if (const auto removed = m_map.remove(code, m_user); !removed)
                problems << removed.errorText();
    m_message->setText(
        problems.isEmpty() ? QString() : QStringLiteral("⚠ ") + problems.join(QLatin1Char('\n')));
    if (problems.isEmpty())
        m_loadedCodes = kept;
    return problems.isEmpty();
}

} // namespace mmtrack::gui
