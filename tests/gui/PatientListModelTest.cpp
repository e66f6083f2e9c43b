#include "gui/patients/PatientListModel.h"

#include "clinical/PatientValidator.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace mmtrack;
using gui::PatientListModel;

namespace {

clinical::Patient make(qint64 id, const char* mrn, const char* name, const char* birth)
{
    clinical::PatientDraft draft;
    draft.mrn = QLatin1String(mrn);
    draft.name = QString::fromUtf8(name);
    draft.sex = QStringLiteral("male");
    draft.birthDate = QLatin1String(birth);
    draft.heavyChain = QStringLiteral("IgG");
    draft.lightChain = QStringLiteral("kappa");
    auto patient = clinical::PatientValidator::fromDraft(draft, QDate(2026, 11, 24)).value();
    patient.id = id;
    return patient;
}

} // namespace

TEST_CASE("The patient model keeps the item-model contract through resets", "[gui][model]")
{
    PatientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PatientListModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(PatientListModel::Age);
    model.setPatients({make(1, "A", "张三", "1960"), make(2, "B", "李四", "1990-02-03")});
    model.setPatients({});
    model.setPatients({make(3, "C", "王五", "1970-01")});
    model.setToday(QDate(2030, 1, 1));
    model.retranslate();
    CHECK(model.rowCount() == 1);
}

TEST_CASE("The model shows each patient's identity in its columns", "[gui][model]")
{
    PatientListModel model;
    model.setToday(QDate(2026, 11, 24));
    model.setPatients({make(7, "TZ-1", "张某某", "1989-03")});
    auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    CHECK(cell(PatientListModel::Name) == QStringLiteral("张某某"));
    CHECK(cell(PatientListModel::Mrn) == QStringLiteral("TZ-1"));
    CHECK(cell(PatientListModel::Age) == QStringLiteral("37"));
    CHECK(cell(PatientListModel::Isotype) == QStringLiteral("IgG κ"));
    CHECK(model.index(0, 0).data(PatientListModel::PatientIdRole).toLongLong() == 7);
    CHECK(model.rowOfId(7) == 0);
    CHECK(model.rowOfId(8) == -1);
}

TEST_CASE("Sorting by age orders by birth date, not by the text of the age", "[gui][model]")
{
    PatientListModel model;
    model.setToday(QDate(2026, 11, 24));
    model.setPatients({make(1, "A", "甲", "2016-01-01"), make(2, "B", "乙", "1930-05-01"),
                       make(3, "C", "丙", "1990-06-01")});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PatientListModel::SortRole);
    proxy.sort(PatientListModel::Age, Qt::AscendingOrder);
    QStringList ages;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ages << proxy.index(row, PatientListModel::Age).data().toString();
    CHECK(ages == QStringList({QStringLiteral("10"), QStringLiteral("36"), QStringLiteral("96")}));
}
