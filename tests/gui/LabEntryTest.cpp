#include "PatientFormDriver.h"
#include "gui/Appearance.h"
#include "gui/labs/LabEntryPage.h"
#include "storage/AuditLog.h"
#include "storage/LabResultRepository.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace mmtrack;

namespace {

const QString kNurse = QStringLiteral("nurse.li");

// The entry page on the demo patient (TZ-2025-0417, male) at the clock's date, 2026-11-24,
// after the last of the demo case's results, worked as a person at the keyboard would: the
// keys go to whatever has the focus.
struct EntryPage {
    test::Scratch scratch;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<workspace::Workspace> workspace;
    QUndoStack stack;
    std::unique_ptr<gui::LabEntryPage> page;
    clinical::Patient patient;

    EntryPage()
    {
        auto opened = workspace::Workspace::open(scratch.path(QStringLiteral("entry.sqlite")),
                                                 clock, workspace::Workspace::Seed::DemoWhenNew);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        const auto demo = workspace->patients().byMrn(QStringLiteral("TZ-2025-0417"));
        REQUIRE(demo.ok());
        patient = demo.value();
        page = std::make_unique<gui::LabEntryPage>(*workspace, kNurse, &stack);
        page->setPatient(patient);
        page->resize(1100, 760);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    QWidget* focused() const
    {
        QWidget* widget = page->focusWidget();
        REQUIRE(widget != nullptr);
        return widget;
    }
    // Puts the cursor in a test's value field with a click, as a person starts.
    void clickInto(const QString& testKey)
    {
        QWidget* editor = page->valueEditor(testKey);
        REQUIRE(editor != nullptr);
        QTest::mouseClick(editor, Qt::LeftButton);
        editor->setFocus(Qt::MouseFocusReason); // offscreen windows may not pass click focus
        REQUIRE(focused() == editor);
    }
    void type(const QString& text) { QTest::keyClicks(focused(), text); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), key, modifiers);
    }
    void enter() { press(Qt::Key_Return); }
    void undo() { press(Qt::Key_Z, Qt::ControlModifier); }
    void redo() { press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }

    // The results from the clock's day on: the demo case's own results are older.
    QList<clinical::LabResult> stored() const
    {
        const auto results = workspace->labResults().forPatient(patient.id);
        REQUIRE(results.ok());
        QList<clinical::LabResult> recent;
        for (const clinical::LabResult& result : results.value())
            if (result.date >= clock.today())
                recent << result;
        return recent;
    }
    std::optional<clinical::LabResult> storedFor(const QString& testKey) const
    {
        for (const clinical::LabResult& result : stored())
            if (result.testKey == testKey)
                return result;
        return std::nullopt;
    }
    QList<storage::AuditEntry> audit(qint64 id) const
    {
        const auto entries = storage::AuditLog::forRow(workspace->database().connection(),
                                                       storage::LabResultRepository::kTable, id);
        REQUIRE(entries.ok());
        return entries.value();
    }
    QString valueText(const QString& testKey) const
    {
        auto* line = qobject_cast<QLineEdit*>(page->valueEditor(testKey));
        REQUIRE(line != nullptr);
        return line->text();
    }
};

QString hb()
{
    return QStringLiteral("hemoglobin");
}

} // namespace

TEST_CASE("A day of blood counts is typed with the keyboard alone", "[gui][labs][entry]")
{
    EntryPage e;
    QSignalSpy changed(e.page.get(), &gui::LabEntryPage::resultsChanged);
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    CHECK(e.focused() == e.page->valueEditor(QStringLiteral("wbc")));
    e.type(QStringLiteral("2.1"));
    e.enter();
    e.type(QStringLiteral("0.3"));
    e.enter();
    CHECK(e.focused() == e.page->valueEditor(QStringLiteral("neutrophil_percent")));
    e.enter(); // no differential today: Enter on an empty row moves on
    CHECK(e.focused() == e.page->valueEditor(QStringLiteral("platelets")));
    e.type(QStringLiteral("15000"));
    e.press(Qt::Key_Tab); // to the unit
    REQUIRE(e.focused() == e.page->unitCombo(QStringLiteral("platelets")));
    e.press(Qt::Key_Down); // ×10³/µL
    e.press(Qt::Key_Down); // /µL
    CHECK(e.page->unitCombo(QStringLiteral("platelets"))->currentText() == QStringLiteral("/µL"));
    e.enter();

    const QList<clinical::LabResult> results = e.stored();
    REQUIRE(results.size() == 4);
    const auto hemoglobin = e.storedFor(hb());
    REQUIRE(hemoglobin);
    CHECK(hemoglobin->value->toString() == QStringLiteral("83"));
    CHECK(hemoglobin->enteredUnit == QStringLiteral("g/L"));
    CHECK(hemoglobin->flag == clinical::LabFlag::Low);
    CHECK(hemoglobin->date == QDate(2026, 11, 24));
    CHECK_FALSE(hemoglobin->time.has_value());
    CHECK(hemoglobin->source == clinical::LabSource::Typed);
    CHECK(hemoglobin->sourceDetail.contains(kNurse));
    CHECK(hemoglobin->createdBy == kNurse);
    CHECK(e.storedFor(QStringLiteral("wbc"))->flag == clinical::LabFlag::Low);
    const auto anc = e.storedFor(QStringLiteral("anc"));
    CHECK(anc->value->toString() == QStringLiteral("0.3"));
    CHECK(anc->flag == clinical::LabFlag::CriticalLow);
    const auto platelets = e.storedFor(QStringLiteral("platelets"));
    CHECK(platelets->value->toString() == QStringLiteral("15"));
    CHECK(platelets->enteredValue == QStringLiteral("15000"));
    CHECK(platelets->enteredUnit == QStringLiteral("/uL"));
    CHECK(platelets->flag == clinical::LabFlag::CriticalLow);

    // Each row shows what is stored, flags by symbol, in the canonical unit.
    CHECK(e.page->storedText(hb()) == QStringLiteral("83 g/L ↓"));
    CHECK(e.page->storedText(QStringLiteral("anc")) == QStringLiteral("0.3 ×10⁹/L ‼↓"));
    CHECK(e.page->storedText(QStringLiteral("platelets")) == QStringLiteral("15 ×10⁹/L ‼↓"));
    CHECK(e.page->previewText(QStringLiteral("platelets")).isEmpty()); // saved: nothing pending
    CHECK(e.stack.count() == 4);
    CHECK(changed.count() == 4);
    // Every addition has its audit row.
    for (const clinical::LabResult& result : results) {
        const auto entries = e.audit(result.id);
        REQUIRE(entries.size() == 1);
        CHECK(entries.first().action == QStringLiteral("insert"));
        CHECK(entries.first().user == kNurse);
    }
}

TEST_CASE("Tab goes from value to unit to the next value, the arrows move between tests",
          "[gui][labs][entry]")
{
    EntryPage e;
    e.clickInto(hb());
    e.press(Qt::Key_Tab);
    CHECK(e.focused() == e.page->unitCombo(hb()));
    e.press(Qt::Key_Tab);
    CHECK(e.focused() == e.page->valueEditor(QStringLiteral("wbc")));
    e.press(Qt::Key_Backtab);
    CHECK(e.focused() == e.page->unitCombo(hb()));
    e.press(Qt::Key_Backtab);
    CHECK(e.focused() == e.page->valueEditor(hb()));
    e.press(Qt::Key_Down);
    e.press(Qt::Key_Down);
    CHECK(e.focused() == e.page->valueEditor(QStringLiteral("anc")));
    e.press(Qt::Key_Up);
    CHECK(e.focused() == e.page->valueEditor(QStringLiteral("wbc")));
    // The report range is off the main path until it is shown (Alt+R).
    CHECK_FALSE(e.page->reportLowEdit(QStringLiteral("wbc"))->isVisible());
    e.press(Qt::Key_R, Qt::AltModifier);
    CHECK(e.page->reportRangesShown());
    e.press(Qt::Key_Tab);
    e.press(Qt::Key_Tab);
    CHECK(e.focused() == e.page->reportLowEdit(QStringLiteral("wbc")));
}

TEST_CASE("The row shows the converted value and its flag before it is saved", "[gui][labs][entry]")
{
    EntryPage e;
    e.clickInto(hb());
    e.type(QStringLiteral("8.3"));
    e.press(Qt::Key_Tab);
    e.press(Qt::Key_Down); // g/dL
    REQUIRE(e.page->unitCombo(hb())->currentData().toString() == QStringLiteral("g/dL"));
    const QString preview = e.page->previewText(hb());
    CHECK(preview.startsWith(QStringLiteral("83 g/L ↓")));
    CHECK(preview.contains(QStringLiteral("130–175 g/L"))); // the male default range
    CHECK(e.stored().isEmpty());

    e.enter();
    const auto saved = e.storedFor(hb());
    REQUIRE(saved);
    CHECK(saved->value->toString() == QStringLiteral("83"));
    CHECK(saved->enteredValue == QStringLiteral("8.3"));
    CHECK(saved->enteredUnit == QStringLiteral("g/dL"));
    CHECK(saved->flag == clinical::LabFlag::Low);
}

TEST_CASE("An impossible value is refused in its row and nothing is stored", "[gui][labs][entry]")
{
    EntryPage e;
    e.clickInto(hb());
    e.type(QStringLiteral("830"));
    CHECK(e.page->previewText(hb()).startsWith(QStringLiteral("⚠")));
    e.enter();
    CHECK(e.page->previewText(hb()).contains(QStringLiteral("not a possible")));
    CHECK(e.focused() == e.page->valueEditor(hb())); // the cursor stays to correct it
    CHECK(e.valueText(hb()) == QStringLiteral("830"));
    CHECK(e.stored().isEmpty());
    CHECK(e.stack.count() == 0);

    e.type(QStringLiteral("abc"));
    e.enter();
    CHECK(e.page->previewText(hb()).contains(QStringLiteral("not a number")));
    CHECK(e.stored().isEmpty());
}

TEST_CASE("A date in the future is refused and what was typed stays", "[gui][labs][entry]")
{
    EntryPage e;
    QDateEdit* date = e.page->dateEdit();
    date->setFocus();
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, QStringLiteral("2026-12-01"));
    REQUIRE(e.page->date() == QDate(2026, 12, 1));
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    CHECK(e.page->previewText(hb()).contains(QStringLiteral("future")));
    CHECK(e.valueText(hb()) == QStringLiteral("83"));
    CHECK(e.stored().isEmpty());
    CHECK(e.stack.count() == 0);
}

TEST_CASE("Undo of an added value deletes it and redo adds it back", "[gui][labs][entry]")
{
    EntryPage e;
    QSignalSpy changed(e.page.get(), &gui::LabEntryPage::resultsChanged);
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    const auto added = e.storedFor(hb());
    REQUIRE(added);

    e.undo(); // Ctrl+Z from the next row's empty field
    CHECK(e.stored().isEmpty());
    CHECK(e.valueText(hb()).isEmpty());
    CHECK(e.page->storedText(hb()).isEmpty());
    const auto entries = e.audit(added->id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.last().action == QStringLiteral("delete"));
    CHECK(entries.last().reason == QStringLiteral("undo"));

    e.redo();
    const auto again = e.storedFor(hb());
    REQUIRE(again);
    CHECK(again->value->toString() == QStringLiteral("83"));
    CHECK(e.valueText(hb()) == QStringLiteral("83"));
    CHECK(e.page->storedText(hb()) == QStringLiteral("83 g/L ↓"));
    CHECK(changed.count() == 3);
}

TEST_CASE("A changed value is saved over the stored one and undo restores the old value",
          "[gui][labs][entry]")
{
    EntryPage e;
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    const auto first = e.storedFor(hb());
    REQUIRE(first);

    e.press(Qt::Key_Up); // back to hemoglobin, its value selected
    REQUIRE(e.focused() == e.page->valueEditor(hb()));
    e.type(QStringLiteral("95"));
    CHECK(e.page->previewText(hb()).contains(QStringLiteral("replaces")));
    e.enter();
    REQUIRE(e.stored().size() == 1);
    auto edited = e.storedFor(hb());
    CHECK(edited->id == first->id);
    CHECK(edited->value->toString() == QStringLiteral("95"));
    const auto entries = e.audit(first->id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.last().action == QStringLiteral("update"));

    e.undo();
    REQUIRE(e.stored().size() == 1);
    CHECK(e.storedFor(hb())->value->toString() == QStringLiteral("83"));
    CHECK(e.valueText(hb()) == QStringLiteral("83"));

    // Undo the addition too, then redo both: the edit follows the result to its new id.
    e.undo();
    CHECK(e.stored().isEmpty());
    e.redo();
    e.redo();
    REQUIRE(e.stored().size() == 1);
    CHECK(e.storedFor(hb())->value->toString() == QStringLiteral("95"));
    CHECK(e.page->storedText(hb()) == QStringLiteral("95 g/L ↓"));
    CHECK(e.page->messageText().isEmpty());
}

TEST_CASE("Deleting a stored value asks why and the audit log keeps the reason",
          "[gui][labs][entry]")
{
    EntryPage e;
    QStringList questions;
    e.page->setReasonPrompt([&](QWidget*, const gui::ReasonRequest& request) {
        questions << request.question;
        return std::optional<QString>(QStringLiteral("entered for the wrong patient"));
    });
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    const auto added = e.storedFor(hb());
    REQUIRE(added);

    e.press(Qt::Key_Up);
    e.press(Qt::Key_Delete, Qt::ControlModifier);
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("Hemoglobin")));
    CHECK(questions.first().contains(QStringLiteral("2026-11-24")));
    CHECK(e.stored().isEmpty());
    CHECK(e.valueText(hb()).isEmpty());
    const auto entries = e.audit(added->id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.last().action == QStringLiteral("delete"));
    CHECK(entries.last().reason == QStringLiteral("entered for the wrong patient"));
    CHECK(entries.last().user == kNurse);

    e.undo(); // an equivalent result comes back
    const auto restored = e.storedFor(hb());
    REQUIRE(restored);
    CHECK(restored->value->toString() == QStringLiteral("83"));
    CHECK(restored->flag == clinical::LabFlag::Low);
    e.redo();
    CHECK(e.stored().isEmpty());
    CHECK(e.audit(restored->id).last().reason == QStringLiteral("entered for the wrong patient"));
}

TEST_CASE("A cancelled reason deletes nothing", "[gui][labs][entry]")
{
    EntryPage e;
    int asked = 0;
    e.page->setReasonPrompt([&](QWidget*, const gui::ReasonRequest&) {
        ++asked;
        return std::optional<QString>();
    });
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    const auto added = e.storedFor(hb());
    REQUIRE(added);
    e.press(Qt::Key_Up);
    e.press(Qt::Key_Delete, Qt::ControlModifier);
    CHECK(asked == 1);
    CHECK(e.stored().size() == 1);
    CHECK(e.stack.count() == 1);
    CHECK(e.audit(added->id).size() == 1);
    CHECK(e.valueText(hb()) == QStringLiteral("83"));
}

TEST_CASE("A value changed at another workstation is not overwritten", "[gui][labs][entry]")
{
    EntryPage e;
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    auto other = e.storedFor(hb()).value();
    other.enteredValue = QStringLiteral("90");
    other.value = clinical::Decimal::fromInt(90);
    REQUIRE(e.workspace->labResults().update(other, QStringLiteral("dr.wang")).ok());

    e.press(Qt::Key_Up);
    e.type(QStringLiteral("95"));
    e.enter();
    CHECK(e.page->previewText(hb()).contains(QStringLiteral("dr.wang")));
    CHECK(e.storedFor(hb())->value->toString() == QStringLiteral("90"));
    CHECK(e.valueText(hb()) == QStringLiteral("90")); // reloaded: type the change again
    CHECK(e.stack.count() == 1);

    e.press(Qt::Key_A, Qt::ControlModifier);
    e.type(QStringLiteral("95"));
    e.enter();
    CHECK(e.storedFor(hb())->value->toString() == QStringLiteral("95"));
}

TEST_CASE("A qualitative result is picked by keyboard and a report range is used",
          "[gui][labs][entry]")
{
    EntryPage e;
    e.clickInto(QStringLiteral("serum_ife"));
    e.type(QStringLiteral("p")); // keyboard search: positive
    auto* ife = qobject_cast<QComboBox*>(e.page->valueEditor(QStringLiteral("serum_ife")));
    REQUIRE(ife != nullptr);
    CHECK(ife->currentData().toString() == QStringLiteral("positive"));
    e.enter();
    CHECK(e.storedFor(QStringLiteral("serum_ife"))->qualitative == QStringLiteral("positive"));

    e.page->setReportRangesShown(true);
    e.clickInto(QStringLiteral("wbc"));
    e.type(QStringLiteral("2.1"));
    e.press(Qt::Key_Tab); // unit
    e.press(Qt::Key_Tab); // report low
    e.type(QStringLiteral("2"));
    e.press(Qt::Key_Tab); // report high
    e.type(QStringLiteral("4"));
    CHECK(e.page->previewText(QStringLiteral("wbc")).contains(QStringLiteral("report range")));
    e.enter();
    const auto wbc = e.storedFor(QStringLiteral("wbc"));
    REQUIRE(wbc);
    CHECK(wbc->refFromReport);
    CHECK(wbc->flag == clinical::LabFlag::None);
    CHECK(wbc->refLow->toString() == QStringLiteral("2"));
}

TEST_CASE("A time separates results of the same day", "[gui][labs][entry]")
{
    EntryPage e;
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    QLineEdit* time = e.page->timeEdit();
    time->setFocus();
    QTest::keyClicks(time, QStringLiteral("14:30"));
    CHECK(e.valueText(hb()).isEmpty()); // nothing stored at 14:30 yet
    CHECK(e.page->storedText(hb()) == QStringLiteral("83 g/L ↓"));
    e.clickInto(hb());
    e.type(QStringLiteral("90"));
    e.enter();
    REQUIRE(e.stored().size() == 2);
    CHECK(e.stored().last().time == QTime(14, 30));
    CHECK(e.page->storedText(hb()) == QStringLiteral("14:30 90 g/L ↓  ·  83 g/L ↓"));
}

namespace {

// A catalogue that puts every text in brackets, to see which texts follow the language.
class BracketTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return QLatin1Char('[') + QString::fromUtf8(source) + QLatin1Char(']');
    }
};

} // namespace

TEST_CASE("The page follows a change of language and keeps what was typed", "[gui][labs][entry]")
{
    EntryPage e;
    e.clickInto(hb());
    e.type(QStringLiteral("83"));
    e.enter();
    e.type(QStringLiteral("2.1")); // white cells, not saved

    BracketTranslator brackets;
    QCoreApplication::installTranslator(&brackets);
    QCoreApplication::processEvents();
    CHECK(e.page->valueEditor(hb())->accessibleName() ==
          QStringLiteral("[%1 value]").arg(QStringLiteral("[Hemoglobin]")));
    CHECK(e.page->undoAction()->text().startsWith(QStringLiteral("[Undo Add Hemoglobin")));
    CHECK(e.valueText(QStringLiteral("wbc")) == QStringLiteral("2.1"));

    QCoreApplication::removeTranslator(&brackets);
    QCoreApplication::processEvents();
    CHECK(e.page->valueEditor(hb())->accessibleName() == QStringLiteral("Hemoglobin value"));
    CHECK(e.page->undoAction()->text().startsWith(QStringLiteral("Undo Add Hemoglobin")));
    CHECK(e.page->storedText(hb()) == QStringLiteral("83 g/L ↓"));
}

TEST_CASE("Screenshot of the entry page", "[gui][labs][entry][screenshot]")
{
    // Documentation screenshots: MMTRACK_SCREENSHOTS=DIR ./build/tests/gui/test_gui_entry
    const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    gui::applyAppearance(*qApp);
    EntryPage e;
    e.page->resize(1080, 720);
    e.clickInto(hb());
    for (const char* value : {"83", "2.1", "0.3", "", "15"}) {
        e.type(QLatin1String(value));
        e.enter();
    }
    e.type(QStringLiteral("830")); // total protein: refused
    e.enter();
    e.clickInto(QStringLiteral("albumin"));
    e.type(QStringLiteral("3.2")); // not saved yet
    e.press(Qt::Key_Tab);
    e.press(Qt::Key_Down);
    QTest::qWait(50); // let the grid measure its rows again
    CHECK(e.page->grab().save(dir + QStringLiteral("/lab-entry-page.png")));
}
