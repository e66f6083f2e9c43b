#include "gui/MainWindow.h"

#include "PatientFormDriver.h"
#include "clinical/PatientValidator.h"
#include "common/Language.h"
#include "gui/MessageBanner.h"
#include "gui/events/EventsPage.h"
#include "gui/labs/LabImportDialog.h"
#include "gui/labs/LabResultsModel.h"
#include "gui/labs/LabResultsPage.h"
#include "gui/patients/PatientListModel.h"
#include "gui/patients/PatientSummaryWidget.h"
#include "gui/timeline/TimelineView.h"
#include "support/TestSupport.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace mmtrack;

namespace {

struct Window {
    test::Scratch scratch;
    clinical::FixedClock clock = test::fixedClock();
    std::unique_ptr<workspace::Workspace> workspace;
    std::unique_ptr<gui::MainWindow> window;

    Window()
    {
        auto opened = workspace::Workspace::open(scratch.path(QStringLiteral("gui.sqlite")), clock,
                                                 workspace::Workspace::Seed::DemoWhenNew);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        window = std::make_unique<gui::MainWindow>(*workspace, QStringLiteral("nurse.li"));
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QStringList listedNames() const
    {
        QStringList names;
        const QAbstractItemModel* view = window->patientView();
        for (int row = 0; row < view->rowCount(); ++row)
            names << view->index(row, gui::PatientListModel::Name).data().toString();
        return names;
    }

    void search(const QString& text)
    {
        auto* edit = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        REQUIRE(edit != nullptr);
        edit->setFocus();
        edit->clear();
        test::typeText(edit, text);
        // The list follows the search after a short pause in typing.
        QTRY_COMPARE_WITH_TIMEOUT(listedNamesMatch(text), true, 2000);
    }

    bool listedNamesMatch(const QString& text) const
    {
        for (const QString& name : listedNames())
            if (!name.contains(text))
                return false;
        return true;
    }
};

void fillValidForm(test::PatientFormDriver& form)
{
    form.type("mrnEdit", QStringLiteral("HO-2026-0100"));
    form.type("nameEdit", QStringLiteral("欧阳明华"));
    form.choose("sexCombo", QStringLiteral("female"));
    form.type("birthDateEdit", QStringLiteral("1958-09"));
    form.type("weightEdit", QStringLiteral("55.5"));
    form.type("diagnosisDateEdit", QStringLiteral("2026-02-14"));
    form.choose("heavyChainCombo", QStringLiteral("IgA"));
    form.choose("lightChainCombo", QStringLiteral("lambda"));
    form.type("notesEdit", QStringLiteral("转诊自县医院"));
}

} // namespace

TEST_CASE("The main window opens on the demo patient", "[gui][window]")
{
    Window w;
    CHECK(w.listedNames() == QStringList{QStringLiteral("张某某")});
    const auto selected = w.window->selectedPatient();
    REQUIRE(selected);
    CHECK(w.window->summary()->headerText().contains(QStringLiteral("TZ-2025-0417")));
    CHECK(w.window->summary()->headerText().contains(QStringLiteral("IgG κ")));
    const QImage picture = w.window->grab().toImage();
    CHECK(picture.width() == 1280);
}

TEST_CASE("A patient added through the form is found by part of the Chinese name", "[gui][window]")
{
    Window w;
    test::PatientFormDriver form(w.window->newPatient());
    fillValidForm(form);
    form.save();
    QTRY_COMPARE_WITH_TIMEOUT(w.listedNames().contains(QStringLiteral("欧阳明华")), true, 2000);

    const auto stored = w.workspace->patients().byMrn(QStringLiteral("HO-2026-0100"));
    REQUIRE(stored.ok());
    CHECK(stored.value().createdBy == QStringLiteral("nurse.li"));
    CHECK(stored.value().birthDate->toIso() == QStringLiteral("1958-09"));
    CHECK(stored.value().heavyChain == clinical::HeavyChain::IgA);
    CHECK(stored.value().notes == QStringLiteral("转诊自县医院"));
    CHECK(w.window->banner()->isVisible());

    w.search(QStringLiteral("明华"));
    CHECK(w.listedNames() == QStringList{QStringLiteral("欧阳明华")});
    w.search(QStringLiteral("某"));
    CHECK(w.listedNames() == QStringList{QStringLiteral("张某某")});
}

TEST_CASE("A form with mistakes stays open with what was typed and writes nothing", "[gui][window]")
{
    Window w;
    gui::PatientFormDialog* dialog = w.window->newPatient();
    test::PatientFormDriver form(dialog);
    fillValidForm(form);
    form.type("mrnEdit", QStringLiteral("TZ-2025-0417")); // the demo patient's MRN
    form.type("birthDateEdit", QStringLiteral("2030-01-01"));
    form.save();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorFor(clinical::field::birthDate).contains(QStringLiteral("future")));
    CHECK(form.text("nameEdit") == QStringLiteral("欧阳明华"));
    CHECK(form.text("birthDateEdit") == QStringLiteral("2030-01-01"));

    // Documentation screenshots: MMTRACK_SCREENSHOTS=DIR ./build/tests/gui/test_gui
    if (const QString dir = qEnvironmentVariable("MMTRACK_SCREENSHOTS"); !dir.isEmpty())
        CHECK(dialog->grab().save(dir + QStringLiteral("/patient-form-errors.png")));

    form.type("birthDateEdit", QStringLiteral("not a date"));
    form.save();
    CHECK(dialog->errorFor(clinical::field::birthDate).contains(QStringLiteral("not a date")));

    form.type("birthDateEdit", QStringLiteral("1958"));
    form.save(); // now only the MRN is wrong: the registry refuses the duplicate
    CHECK(dialog->isVisible());
    CHECK(dialog->errorFor(clinical::field::mrn).contains(QStringLiteral("already belongs")));
    CHECK(dialog->errorFor(clinical::field::birthDate).isEmpty());
    CHECK(w.workspace->patients().search({QString(), true}).value().size() == 1);

    form.type("mrnEdit", QStringLiteral("HO-2026-0101"));
    form.save();
    QTRY_COMPARE_WITH_TIMEOUT(w.listedNames().size(), 2, 2000);
}

TEST_CASE("Editing the selected patient saves the change", "[gui][window]")
{
    Window w;
    gui::PatientFormDialog* dialog = w.window->editSelectedPatient();
    test::PatientFormDriver form(dialog);
    CHECK(form.text("mrnEdit") == QStringLiteral("TZ-2025-0417"));
    form.type("weightEdit", QStringLiteral("68"));
    form.save();
    QTRY_COMPARE_WITH_TIMEOUT(
        w.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().weightKg.has_value(),
        true, 2000);
    CHECK(*w.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().weightKg ==
          Approx(68.0));
}

TEST_CASE("The window speaks Chinese once the zh_CN catalogue is installed", "[gui][i18n]")
{
    Window w;
    REQUIRE(common::installLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    const QAbstractItemModel* view = w.window->patientView();
    CHECK(view->headerData(gui::PatientListModel::Name, Qt::Horizontal).toString() ==
          QStringLiteral("姓名"));
    CHECK(view->index(0, gui::PatientListModel::Sex).data().toString() == QStringLiteral("男"));
    CHECK(w.window->menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
    REQUIRE(common::installLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    CHECK(view->headerData(gui::PatientListModel::Name, Qt::Horizontal).toString() ==
          QStringLiteral("Name"));
}

TEST_CASE("A stale edit is refused in the form and the stored record is reloaded", "[gui][window]")
{
    Window w;
    gui::PatientFormDialog* dialog = w.window->editSelectedPatient();
    test::PatientFormDriver form(dialog);
    // Meanwhile another workstation records the weight.
    auto other = w.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value();
    other.weightKg = 70.0;
    REQUIRE(w.workspace->patients().update(other, QStringLiteral("dr.wang")).ok());

    form.type("weightEdit", QStringLiteral("68"));
    form.save();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorFor(QString()).contains(QStringLiteral("dr.wang")));
    CHECK(form.text("weightEdit") == QStringLiteral("70"));
    CHECK(*w.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().weightKg ==
          Approx(70.0));

    // Made again on top of the reloaded record, the change is saved.
    form.type("weightEdit", QStringLiteral("68"));
    form.save();
    const QPointer<gui::PatientFormDialog> closing(dialog); // deleted once closed
    QTRY_VERIFY_WITH_TIMEOUT(closing.isNull() || !closing->isVisible(), 2000);
    CHECK(*w.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().weightKg ==
          Approx(68.0));
}

TEST_CASE("The window imports a lab file off the GUI thread and lists what it refused",
          "[gui][import]")
{
    Window w;
    const QString path = w.scratch.path(QStringLiteral("counts.csv"));
    test::writeFile(path, "mrn,test,value,unit,date\n"
                          "TZ-2025-0417,platelets,88,10*9/L,2026-06-01\n"
                          "TZ-2025-0417,platelets,88,g/L,2026-06-02\n"
                          "NOBODY,platelets,88,10*9/L,2026-06-02\n");
    gui::LabImportDialog* dialog = w.window->importLabResults(path);
    REQUIRE(dialog != nullptr);
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    CHECK(dialog->report().committed);
    CHECK(dialog->report().counts.imported == 1);
    CHECK(dialog->problems()->rowCount() == 2);
    CHECK(dialog->problems()->index(0, 0).data().toString() == QStringLiteral("counts.csv:3"));
    CHECK(dialog->problems()->index(1, 1).data().toString().contains(QStringLiteral("NOBODY")));
    CHECK(dialog->summary().contains(QStringLiteral("1 imported")));
    // The review page shows the new value once the import is committed.
    const auto* model = w.window->resultsPage()->model();
    bool found = false;
    for (int column = 0; column < model->columnCount(); ++column)
        found = found || model->headerData(column, Qt::Horizontal)
                             .toString()
                             .contains(QStringLiteral("2026-06-01"));
    CHECK(found);
}

TEST_CASE("Cancelling an import in the window commits nothing", "[gui][import]")
{
    Window w;
    const QString path = w.scratch.path(QStringLiteral("big.csv"));
    QByteArray csv = "mrn,test,value,unit,date\n";
    for (int day = 0; day < 60000; ++day)
        csv += "TZ-2025-0417,hemoglobin,100,g/L," +
               QDate(2000, 1, 1).addDays(day % 9000).toString(Qt::ISODate).toLatin1() + "\n";
    test::writeFile(path, csv);
    const auto before = w.workspace->labResults().forPatient(
        w.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().id);
    gui::LabImportDialog* dialog = w.window->importLabResults(path);
    dialog->start();
    dialog->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
    CHECK_FALSE(dialog->report().committed);
    CHECK(dialog->summary().contains(QStringLiteral("Cancelled")));
    const auto after = w.workspace->labResults().forPatient(
        w.workspace->patients().byMrn(QStringLiteral("TZ-2025-0417")).value().id);
    CHECK(after.value().size() == before.value().size());
}

TEST_CASE("The timeline opens what is clicked: an event in the Events tab, a result in Results",
          "[gui][window][timeline]")
{
    Window w;
    const auto patient = w.window->selectedPatient();
    REQUIRE(patient);
    auto* tabs = w.window->findChild<QTabWidget*>(QStringLiteral("patientTabs"));
    REQUIRE(tabs);
    w.window->showTab(QStringLiteral("timeline"));
    CHECK(tabs->currentWidget() == w.window->timeline());

    // The second transplant, as the timeline numbers the case's events.
    const auto record = workspace::CaseFiles::load(*w.workspace, patient->id).value();
    int index = -1;
    for (int i = 0; i < record.events.size(); ++i)
        if (record.events[i].type == clinical::EventType::Transplant &&
            record.events[i].number == 2)
            index = i;
    REQUIRE(index >= 0);
    emit w.window->timeline()->eventActivated(index);
    CHECK(tabs->currentWidget() == w.window->eventsPage());
    const auto selected = w.window->eventsPage()->selectedEvent();
    REQUIRE(selected);
    CHECK(selected->event.type == clinical::EventType::Transplant);
    CHECK(selected->event.number == 2);

    const qint64 resultId = record.results.constLast().id;
    emit w.window->timeline()->resultActivated(resultId);
    CHECK(tabs->currentWidget() == w.window->resultsPage());
    const QModelIndex current = w.window->resultsPage()->table()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(w.window->resultsPage()->model()->resultIdsAt(current).contains(resultId));
}

TEST_CASE("Every tab of the patient is reachable by name and has a Chinese title",
          "[gui][window][i18n]")
{
    Window w;
    auto* tabs = w.window->findChild<QTabWidget*>(QStringLiteral("patientTabs"));
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 6);
    const QStringList names{QStringLiteral("overview"),   QStringLiteral("timeline"),
                            QStringLiteral("assessment"), QStringLiteral("results"),
                            QStringLiteral("entry"),      QStringLiteral("events")};
    for (int i = 0; i < names.size(); ++i) {
        w.window->showTab(names[i]);
        CHECK(tabs->currentIndex() == i);
        CHECK_FALSE(tabs->tabText(i).isEmpty());
    }
}
