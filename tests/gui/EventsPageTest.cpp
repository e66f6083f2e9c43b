#include "gui/events/EventsPage.h"

#include "clinical/PathwayEventValidator.h"
#include "common/Language.h"
#include "gui/events/EventFormDialog.h"
#include "gui/events/EventUndoCommands.h"
#include "storage/AuditLog.h"
#include "storage/PathwayRepository.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace mmtrack;
using storage::StoredEvent;
namespace field = clinical::eventField;

namespace {

const QString kNurse = QStringLiteral("nurse.li");

// The events page on a patient without events, worked from the keyboard: keys go to whatever
// has the focus, in the page or in its form.
struct Page {
    test::Scratch scratch;
    clinical::FixedClock clock = test::fixedClock(); // 2026-11-24
    std::unique_ptr<workspace::Workspace> workspace;
    std::unique_ptr<gui::EventsPage> page;
    qint64 patientId = 0;
    QList<gui::ReasonRequest> asked;
    std::optional<QString> answer = QStringLiteral("Entered for the wrong patient");

    Page()
    {
        auto opened = workspace::Workspace::open(scratch.path(QStringLiteral("events.sqlite")),
                                                 clock, workspace::Workspace::Seed::Nothing);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        clinical::Patient patient;
        patient.mrn = QStringLiteral("HO-21");
        patient.name = QStringLiteral("张伟");
        patient.sex = clinical::Sex::Male;
        const auto added = workspace->patients().add(patient, kNurse);
        REQUIRE(added.ok());
        patientId = added.value().id;
        page = std::make_unique<gui::EventsPage>(*workspace, kNurse);
        page->setReasonPrompt([this](QWidget*, const gui::ReasonRequest& request) {
            asked << request;
            return answer;
        });
        page->setPatient(patientId);
        page->resize(900, 500);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        page->table()->setFocus();
    }

    QWidget* focused() const
    {
        QWidget* widget = page->form() ? page->form()->focusWidget() : page->focusWidget();
        REQUIRE(widget != nullptr);
        return widget;
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), key, modifiers);
    }
    void type(const QString& text) { QTest::keyClicks(focused(), text); }
    // Waits for the form to close (it deletes itself).
    void formCloses()
    {
        for (int i = 0; i < 50 && page->form(); ++i)
            QTest::qWait(10);
        REQUIRE(page->form() == nullptr);
        page->activateWindow();
        for (int i = 0; i < 100 && QApplication::activeWindow() != page.get(); ++i)
            QTest::qWait(10);
        REQUIRE(QApplication::activeWindow() == page.get());
        page->table()->setFocus();
    }
    gui::EventFormDialog* form()
    {
        REQUIRE(page->form() != nullptr);
        return page->form();
    }
    // The form opened by the last key is the active window, as it is for a person.
    void formOpens()
    {
        REQUIRE(page->form() != nullptr);
        page->form()->activateWindow();
        // isActiveWindow() is shared with the parent, so wait for the application's view.
        for (int i = 0; i < 100 && QApplication::activeWindow() != page->form(); ++i)
            QTest::qWait(10);
        REQUIRE(QApplication::activeWindow() == page->form());
    }

    QList<StoredEvent> stored() const { return workspace->pathway().events(patientId).value(); }
    // The audit rows of the events table, oldest first.
    QList<storage::AuditEntry> audit() const
    {
        QList<storage::AuditEntry> rows;
        for (const auto& entry : storage::AuditLog::all(workspace->database().connection()).value())
            if (entry.table == storage::PathwayRepository::kEventsTable)
                rows << entry;
        return rows;
    }

    // Ins, the type by Down presses, Tab to the date, the date, then the type's fields.
    void addCollection(const QString& date, const QString& cd34)
    {
        press(Qt::Key_Insert);
        formOpens();
        REQUIRE(focused() == form()->input(field::type));
        for (int i = 0; i < 3; ++i) // therapy cycle, new line, mobilization, collection
            press(Qt::Key_Down);
        REQUIRE(qobject_cast<QComboBox*>(form()->input(field::type))->currentData().toString() ==
                QStringLiteral("stem_cell_collection"));
        press(Qt::Key_Tab);
        REQUIRE(focused() == form()->input(field::date));
        type(date);
        press(Qt::Key_Tab); // the hidden fields of other types are skipped
        REQUIRE(focused() == form()->input(field::cd34));
        type(cd34);
        press(Qt::Key_Return);
    }
};

QString cd34Of(const StoredEvent& stored)
{
    return stored.event.cd34PerKg ? stored.event.cd34PerKg->toString() : QString();
}

} // namespace

TEST_CASE("An event is added through the form with the keyboard alone", "[gui][events]")
{
    Page p;
    QSignalSpy changed(p.page.get(), &gui::EventsPage::eventsChanged);
    p.addCollection(QStringLiteral("2026-11-20"), QStringLiteral("3.2"));
    p.formCloses();

    const auto stored = p.stored();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].event.type == clinical::EventType::StemCellCollection);
    CHECK(stored[0].event.date.toIso() == QStringLiteral("2026-11-20"));
    CHECK(cd34Of(stored[0]) == QStringLiteral("3.2"));
    CHECK(changed.count() == 1);
    const auto audit = p.audit();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("insert"));
    CHECK(audit[0].user == kNurse);

    // The table shows it in words.
    const QAbstractItemModel* model = p.page->table()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("2026-11-20"));
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("Stem-cell collection"));
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("CD34+ 3.2 ×10⁶/kg"));

    // A month-precision therapy cycle, typed in full; Escape on a second form saves nothing.
    p.press(Qt::Key_N, Qt::ControlModifier);
    p.formOpens();
    CHECK(p.form()->isFieldShown(field::phase));
    CHECK_FALSE(p.form()->isFieldShown(field::cd34));
    p.press(Qt::Key_Tab);
    p.type(QStringLiteral("2026-10"));
    p.press(Qt::Key_Tab);
    REQUIRE(p.focused() == p.form()->input(field::endDate));
    p.press(Qt::Key_Tab);
    p.press(Qt::Key_Down); // phase: induction
    p.press(Qt::Key_Tab);
    p.type(QStringLiteral("VRD"));
    p.press(Qt::Key_Tab);
    p.type(QStringLiteral("3"));
    p.press(Qt::Key_Enter);
    p.formCloses();
    REQUIRE(p.stored().size() == 2);
    const StoredEvent cycle = p.stored()[0];
    CHECK(cycle.event.date.precision() == clinical::PartialDate::Precision::Month);
    CHECK(cycle.event.phase == QStringLiteral("induction"));
    CHECK(cycle.event.regimen == QStringLiteral("VRD"));
    CHECK(cycle.event.cycle == 3);
    CHECK(model->index(0, 2).data().toString().startsWith(QStringLiteral("VRD cycle 3")));

    p.press(Qt::Key_Insert);
    p.formOpens();
    p.press(Qt::Key_Escape);
    p.formCloses();
    CHECK(p.stored().size() == 2);
    CHECK(changed.count() == 2);
}

TEST_CASE("A bad field shows its message under the field, disables OK and saves nothing",
          "[gui][events]")
{
    Page p;
    p.addCollection(QStringLiteral("2026-11-20"), QStringLiteral("-1"));
    REQUIRE(p.page->form() != nullptr); // Enter did nothing: OK is disabled
    gui::EventFormDialog* form = p.form();
    CHECK_FALSE(form->okButton()->isEnabled());
    CHECK(form->errorFor(field::cd34).contains(QStringLiteral("negative")));
    CHECK(form->errorFor(field::date).isEmpty());

    // A date in the future is named under the date.
    form->input(field::date)->setFocus();
    qobject_cast<QLineEdit*>(form->input(field::date))->selectAll();
    p.type(QStringLiteral("2026-12-01"));
    CHECK(form->errorFor(field::date).contains(QStringLiteral("future")));
    // An empty required field is named once touched.
    form->input(field::cd34)->setFocus();
    qobject_cast<QLineEdit*>(form->input(field::cd34))->selectAll();
    p.press(Qt::Key_Backspace);
    CHECK(form->errorFor(field::cd34).contains(QStringLiteral("Required")));
    CHECK_FALSE(form->okButton()->isEnabled());
    p.press(Qt::Key_Return);
    CHECK(p.page->form() != nullptr);

    // Another type shows only its own fields; a transplant needs its number.
    form->input(field::type)->setFocus();
    p.press(Qt::Key_Down);
    p.press(Qt::Key_Down);
    p.press(Qt::Key_Down);
    p.press(Qt::Key_Down); // admission, discharge, conditioning, transplant
    CHECK(form->isFieldShown(field::number));
    QTest::qWait(20); // a row shown while the form is open gets its height
    CHECK(form->input(field::number)->height() > 0);
    CHECK(form->isFieldShown(field::cd34));
    CHECK_FALSE(form->isFieldShown(field::regimen));
    form->input(field::date)->setFocus();
    qobject_cast<QLineEdit*>(form->input(field::date))->selectAll();
    p.type(QStringLiteral("2026-11-03"));
    CHECK_FALSE(form->okButton()->isEnabled());
    form->input(field::number)->setFocus();
    p.press(Qt::Key_Up); // — to 1
    CHECK(form->okButton()->isEnabled());
    p.press(Qt::Key_Escape);
    p.formCloses();

    CHECK(p.stored().isEmpty());
    CHECK(p.audit().isEmpty());
}

TEST_CASE("Edit, delete with a reason, and undo and redo restore exactly with an audit row each",
          "[gui][events]")
{
    Page p;
    QSignalSpy changed(p.page.get(), &gui::EventsPage::eventsChanged);
    p.addCollection(QStringLiteral("2026-11-20"), QStringLiteral("3.2"));
    p.formCloses();
    const StoredEvent added = p.stored().constFirst();

    // Edit: F2 opens the form on the chosen event, with its values.
    p.page->selectEvent(added.id);
    p.press(Qt::Key_F2);
    p.formOpens();
    gui::EventFormDialog* form = p.form();
    CHECK(qobject_cast<QLineEdit*>(form->input(field::cd34))->text() == QStringLiteral("3.2"));
    form->input(field::cd34)->setFocus();
    qobject_cast<QLineEdit*>(form->input(field::cd34))->selectAll();
    p.type(QStringLiteral("2.9"));
    p.press(Qt::Key_Return);
    p.formCloses();
    const StoredEvent edited = p.stored().constFirst();
    CHECK(cd34Of(edited) == QStringLiteral("2.9"));
    CHECK(edited.rowVersion == 2);

    // Enter opens the form too; OK without a change writes nothing.
    p.press(Qt::Key_Return);
    p.formOpens();
    p.press(Qt::Key_Return);
    p.formCloses();
    CHECK(p.page->undoStack()->count() == 2);

    // Delete asks why; cancelling deletes nothing.
    p.answer.reset();
    p.press(Qt::Key_Delete);
    REQUIRE(p.asked.size() == 1);
    CHECK(p.asked[0].question.contains(QStringLiteral("2026-11-20")));
    CHECK(p.stored().size() == 1);
    p.answer = QStringLiteral("Entered for the wrong patient");
    p.press(Qt::Key_Delete);
    CHECK(p.stored().isEmpty());
    auto audit = p.audit();
    REQUIRE(audit.size() == 3);
    CHECK(audit[1].action == QStringLiteral("update"));
    CHECK(audit[2].action == QStringLiteral("delete"));
    CHECK(audit[2].reason == QStringLiteral("Entered for the wrong patient"));
    CHECK(changed.count() == 3);

    // Each undo and redo is one audited change, and puts back exactly what was there.
    const auto step = [&](Qt::Key key, const QString& action) {
        const qsizetype before = p.audit().size();
        p.press(key, Qt::ControlModifier);
        CHECK(p.page->messageText().isEmpty());
        const auto now = p.audit();
        REQUIRE(now.size() == before + 1);
        CHECK(now.constLast().action == action);
        CHECK(now.constLast().user == kNurse);
    };
    step(Qt::Key_Z, QStringLiteral("insert")); // the deletion undone
    REQUIRE(p.stored().size() == 1);
    CHECK(gui::sameEvent(p.stored()[0].event, edited.event));
    step(Qt::Key_Z, QStringLiteral("update")); // the edit undone
    CHECK(gui::sameEvent(p.stored()[0].event, added.event));
    step(Qt::Key_Z, QStringLiteral("delete")); // the add undone
    CHECK(p.stored().isEmpty());
    CHECK(p.audit().constLast().reason == QStringLiteral("undo"));
    CHECK_FALSE(p.page->undoAction()->isEnabled());

    step(Qt::Key_Y, QStringLiteral("insert"));
    REQUIRE(p.stored().size() == 1);
    CHECK(gui::sameEvent(p.stored()[0].event, added.event));
    step(Qt::Key_Y, QStringLiteral("update"));
    CHECK(gui::sameEvent(p.stored()[0].event, edited.event));
    step(Qt::Key_Y, QStringLiteral("delete"));
    CHECK(p.stored().isEmpty());
    CHECK(p.audit().constLast().reason == QStringLiteral("Entered for the wrong patient"));
    CHECK(changed.count() == 9);

    // Another patient: nothing to undo there.
    p.page->setPatient(std::nullopt);
    CHECK(p.page->undoStack()->count() == 0);
    CHECK_FALSE(p.page->addEventAction()->isEnabled());
    CHECK(p.page->table()->model()->rowCount() == 0);
}

TEST_CASE("An undo refused because the event changed elsewhere is reported, not forced",
          "[gui][events]")
{
    Page p;
    p.addCollection(QStringLiteral("2026-11-20"), QStringLiteral("3.2"));
    p.formCloses();
    // Another workstation changes the event.
    StoredEvent other = p.stored().constFirst();
    other.event.cd34PerKg = clinical::Decimal::parse(QStringLiteral("5"));
    REQUIRE(p.workspace->pathway().updateEvent(other, QStringLiteral("dr.wang")).ok());
    const qsizetype rows = p.audit().size();
    p.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(p.page->messageText().isEmpty());
    CHECK(p.audit().size() == rows);
    REQUIRE(p.stored().size() == 1);
    CHECK(cd34Of(p.stored()[0]) == QStringLiteral("5"));
}

TEST_CASE("The page and its form follow the language", "[gui][events][i18n]")
{
    Page p;
    p.addCollection(QStringLiteral("2026-11-20"), QStringLiteral("3.2"));
    p.formCloses();
    common::installLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QAbstractItemModel* model = p.page->table()->model();
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("干细胞采集"));
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("日期"));
    // The step keeps the words it was named with; the action around it follows the language.
    CHECK(p.page->undoAction()->text().startsWith(QStringLiteral("撤销 ")));
    p.page->editSelected();
    p.formOpens();
    CHECK(p.form()->windowTitle() == QStringLiteral("编辑病程事件"));

    // Documentation screenshots: MMTRACK_SCREENSHOTS=DIR ./build/tests/gui/test_gui_events
    if (const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOTS"); !dir.isEmpty()) {
        CHECK(p.form()->grab().save(dir + QStringLiteral("/events-form-zh_CN.png")));
        CHECK(p.page->grab().save(dir + QStringLiteral("/events-page-zh_CN.png")));
    }
    p.press(Qt::Key_Escape);
    p.formCloses();
    common::installLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("Stem-cell collection"));
    if (const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOTS"); !dir.isEmpty()) {
        p.press(Qt::Key_Insert);
        p.formOpens();
        p.press(Qt::Key_Down);
        p.press(Qt::Key_Down);
        p.press(Qt::Key_Down); // stem-cell collection
        p.form()->input(field::cd34)->setFocus();
        p.type(QStringLiteral("-1"));
        QTest::qWait(50); // let the form lay out the rows it shows now
        CHECK(p.form()->grab().save(dir + QStringLiteral("/events-form.png")));
        CHECK(p.page->grab().save(dir + QStringLiteral("/events-page.png")));
        p.press(Qt::Key_Escape);
        p.formCloses();
    }
}
