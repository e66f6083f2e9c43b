#include "interop/FhirExport.h"

#include "interop/AssessmentJson.h"
#include "interop/CaseFileReader.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace mmtrack;
using interop::FhirExport;

namespace {

const QDate kToday(2026, 11, 24);

struct Demo {
    clinical::CaseRecord record;
    clinical::CaseAssessment assessment;
};

Demo demo()
{
    QFile file(QStringLiteral(MMTRACK_DEMO_CASE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto read = interop::CaseFileReader::read(file.readAll(), kToday);
    REQUIRE(read.ok());
    Demo result;
    result.record = interop::AssessmentJson::recordOf(read.value());
    result.assessment = clinical::CaseAssessor::assess(result.record);
    return result;
}

QJsonObject exported(bool deidentify = false)
{
    const Demo d = demo();
    interop::FhirExportOptions options;
    options.deidentify = deidentify;
    options.timeZone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    return FhirExport::bundle(d.record, d.assessment, options);
}

QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> found;
    for (const QJsonValue entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry[QStringLiteral("resource")].toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == type)
            found << resource;
    }
    return found;
}

QString firstCode(const QJsonObject& codeable, const QString& system)
{
    for (const QJsonValue coding : codeable.value(QStringLiteral("coding")).toArray())
        if (coding[QStringLiteral("system")].toString() == system)
            return coding[QStringLiteral("code")].toString();
    return {};
}

// Lab observations carry the test key in mmtrack's code system.
QList<QJsonObject> labResults(const QJsonObject& bundle, const QString& testKey)
{
    QList<QJsonObject> found;
    for (const QJsonObject& observation : resources(bundle, QStringLiteral("Observation")))
        if (firstCode(observation.value(QStringLiteral("code")).toObject(),
                      FhirExport::kLabTestSystem) == testKey)
            found << observation;
    return found;
}

void collectReferences(const QJsonValue& value, QStringList& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("reference"))
                out << it.value().toString();
            collectReferences(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            collectReferences(item, out);
    }
}

} // namespace

TEST_CASE("FHIR export of the demo case has every resource type", "[interop][fhir]")
{
    const QJsonObject bundle = exported();
    CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    CHECK(bundle.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));

    const auto patients = resources(bundle, QStringLiteral("Patient"));
    REQUIRE(patients.size() == 1);
    const QJsonObject patient = patients.first();
    CHECK(patient[QStringLiteral("identifier")][0][QStringLiteral("system")].toString() ==
          FhirExport::kMrnSystem);
    CHECK(patient[QStringLiteral("identifier")][0][QStringLiteral("value")].toString() ==
          QStringLiteral("TZ-2025-0417"));
    CHECK(patient[QStringLiteral("name")][0][QStringLiteral("text")].toString() ==
          QStringLiteral("张某某"));
    CHECK(patient[QStringLiteral("gender")].toString() == QStringLiteral("male"));
    CHECK(patient[QStringLiteral("birthDate")].toString() == QStringLiteral("1989-03"));

    const auto conditions = resources(bundle, QStringLiteral("Condition"));
    REQUIRE(conditions.size() == 1);
    CHECK(firstCode(conditions.first()[QStringLiteral("code")].toObject(),
                    QStringLiteral("http://hl7.org/fhir/sid/icd-10")) == QStringLiteral("C90.0"));
    CHECK(conditions.first()[QStringLiteral("onsetDateTime")].toString() ==
          QStringLiteral("2025-04"));

    const Demo d = demo();
    const auto procedures = resources(bundle, QStringLiteral("Procedure"));
    QStringList kinds;
    for (const QJsonObject& procedure : procedures)
        kinds << firstCode(procedure[QStringLiteral("code")].toObject(), FhirExport::kEventSystem);
    CHECK(kinds.count(QStringLiteral("therapy_cycle")) == 12);
    CHECK(kinds.count(QStringLiteral("stem_cell_collection")) >= 1);
    CHECK(kinds.count(QStringLiteral("transplant")) == 2);

    // One observation per lab result, plus CD34+ doses and response assessments.
    const auto observations = resources(bundle, QStringLiteral("Observation"));
    int lab = 0;
    int responses = 0;
    for (const QJsonObject& observation : observations) {
        const QJsonObject code = observation[QStringLiteral("code")].toObject();
        if (!firstCode(code, FhirExport::kLabTestSystem).isEmpty())
            ++lab;
        if (firstCode(code, FhirExport::kResponseSystem) == QStringLiteral("response"))
            ++responses;
        CHECK(observation[QStringLiteral("status")].toString() == QStringLiteral("final"));
    }
    CHECK(lab == d.record.results.size());
    REQUIRE(responses == d.assessment.responses.assessments.size());
    CHECK(responses > 0);
}

TEST_CASE("FHIR lab observations carry LOINC and UCUM codes with ranges and interpretation codes",
          "[interop][fhir]")
{
    const QJsonObject bundle = exported();
    const auto hemoglobin = labResults(bundle, QStringLiteral("hemoglobin"));
    REQUIRE_FALSE(hemoglobin.isEmpty());
    QJsonObject atDiagnosis;
    for (const QJsonObject& observation : hemoglobin)
        if (observation[QStringLiteral("effectiveDateTime")].toString().startsWith(
                QStringLiteral("2025-04-15")))
            atDiagnosis = observation;
    REQUIRE_FALSE(atDiagnosis.isEmpty());
    CHECK(firstCode(atDiagnosis[QStringLiteral("code")].toObject(),
                    QStringLiteral("http://loinc.org")) == QStringLiteral("718-7"));
    CHECK(firstCode(atDiagnosis[QStringLiteral("category")][0].toObject(),
                    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")) ==
          QStringLiteral("laboratory"));
    const QJsonObject quantity = atDiagnosis[QStringLiteral("valueQuantity")].toObject();
    CHECK(quantity[QStringLiteral("value")].toDouble() == 83);
    CHECK(quantity[QStringLiteral("system")].toString() ==
          QStringLiteral("http://unitsofmeasure.org"));
    CHECK(quantity[QStringLiteral("code")].toString() == QStringLiteral("g/L"));
    const QJsonObject range = atDiagnosis[QStringLiteral("referenceRange")][0].toObject();
    CHECK(range[QStringLiteral("low")][QStringLiteral("value")].toDouble() == 130);
    CHECK(range[QStringLiteral("high")][QStringLiteral("code")].toString() ==
          QStringLiteral("g/L"));
    CHECK(firstCode(atDiagnosis[QStringLiteral("interpretation")][0].toObject(),
                    QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                   "v3-ObservationInterpretation")) == QStringLiteral("L"));

    // Every flag maps to its v3 code; a count is 10*9/L and the FLC ratio {ratio}.
    QSet<QString> interpretations;
    for (const QJsonObject& observation : resources(bundle, QStringLiteral("Observation")))
        for (const QJsonValue interpreted : observation[QStringLiteral("interpretation")].toArray())
            interpretations << firstCode(interpreted.toObject(),
                                         QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                                        "v3-ObservationInterpretation"));
    CHECK(interpretations.contains(QStringLiteral("H")));
    CHECK(interpretations.contains(QStringLiteral("L")));
    CHECK(interpretations.contains(QStringLiteral("N")));
    CHECK(labResults(bundle, QStringLiteral("platelets"))
              .first()[QStringLiteral("valueQuantity")][QStringLiteral("code")]
              .toString() == QStringLiteral("10*9/L"));
    CHECK(firstCode(labResults(bundle, QStringLiteral("flc_ratio"))
                        .first()[QStringLiteral("code")]
                        .toObject(),
                    QStringLiteral("http://loinc.org")) == QStringLiteral("48378-4"));

    // Immunofixation is coded, not a quantity.
    const auto ife = labResults(bundle, QStringLiteral("serum_ife"));
    REQUIRE_FALSE(ife.isEmpty());
    CHECK(firstCode(ife.first()[QStringLiteral("code")].toObject(),
                    QStringLiteral("http://loinc.org")) == QStringLiteral("25700-6"));
    const QString word =
        ife.first()[QStringLiteral("valueCodeableConcept")][QStringLiteral("text")].toString();
    CHECK((word == QStringLiteral("positive") || word == QStringLiteral("negative")));
    CHECK_FALSE(ife.first().contains(QStringLiteral("valueQuantity")));
}

TEST_CASE("FHIR procedures and responses carry transplant numbers and CD34+ and rule sets",
          "[interop][fhir]")
{
    const QJsonObject bundle = exported();
    QMap<int, QString> transplants;
    QString collectionUrl;
    for (const QJsonValue entry : bundle[QStringLiteral("entry")].toArray()) {
        const QJsonObject resource = entry[QStringLiteral("resource")].toObject();
        const QString kind =
            firstCode(resource[QStringLiteral("code")].toObject(), FhirExport::kEventSystem);
        if (kind == QStringLiteral("transplant")) {
            for (const QJsonValue extension : resource[QStringLiteral("extension")].toArray())
                if (extension[QStringLiteral("url")].toString().endsWith(
                        QStringLiteral("transplant-number")))
                    transplants.insert(extension[QStringLiteral("valueInteger")].toInt(),
                                       resource[QStringLiteral("performedDateTime")].toString());
        }
        if (kind == QStringLiteral("stem_cell_collection") && collectionUrl.isEmpty())
            collectionUrl = entry[QStringLiteral("fullUrl")].toString();
    }
    CHECK(transplants.value(1) == QStringLiteral("2025-11-03"));
    CHECK(transplants.value(2) == QStringLiteral("2026-03-17"));

    // The collection's CD34+ yield is an Observation that is part of it.
    REQUIRE_FALSE(collectionUrl.isEmpty());
    bool yield = false;
    for (const QJsonObject& observation : resources(bundle, QStringLiteral("Observation")))
        if (observation[QStringLiteral("partOf")][0][QStringLiteral("reference")].toString() ==
            collectionUrl) {
            yield = true;
            CHECK(
                observation[QStringLiteral("valueQuantity")][QStringLiteral("value")].toDouble() ==
                9.1);
            CHECK(observation[QStringLiteral("valueQuantity")][QStringLiteral("code")].toString() ==
                  QStringLiteral("10*6/kg"));
        }
    CHECK(yield);

    const QSet<QString> categories{
        QStringLiteral("sCR"), QStringLiteral("CR"), QStringLiteral("VGPR"), QStringLiteral("PR"),
        QStringLiteral("MR"),  QStringLiteral("SD"), QStringLiteral("PD"),   QStringLiteral("NE")};
    for (const QJsonObject& observation : resources(bundle, QStringLiteral("Observation"))) {
        if (firstCode(observation[QStringLiteral("code")].toObject(),
                      FhirExport::kResponseSystem) != QStringLiteral("response"))
            continue;
        CHECK(categories.contains(
            firstCode(observation[QStringLiteral("valueCodeableConcept")].toObject(),
                      FhirExport::kResponseSystem)));
        CHECK(observation[QStringLiteral("method")][QStringLiteral("text")].toString() ==
              QStringLiteral("IMWG-2016"));
        CHECK(observation[QStringLiteral("effectiveDateTime")].toString().size() == 10);
        CHECK_FALSE(observation[QStringLiteral("derivedFrom")].toArray().isEmpty());
    }
}

TEST_CASE("FHIR fullUrls are deterministic and unique and every reference resolves",
          "[interop][fhir]")
{
    const QJsonObject first = exported();
    const QJsonObject second = exported();
    CHECK(QJsonDocument(first).toJson() == QJsonDocument(second).toJson());

    QSet<QString> urls;
    for (const QJsonValue entry : first[QStringLiteral("entry")].toArray()) {
        const QString url = entry[QStringLiteral("fullUrl")].toString();
        CHECK(url.startsWith(QStringLiteral("urn:uuid:")));
        CHECK(url.mid(9) == entry[QStringLiteral("resource")][QStringLiteral("id")].toString());
        CHECK_FALSE(urls.contains(url));
        urls << url;
    }
    QStringList references;
    collectReferences(first, references);
    CHECK(references.size() > urls.size()); // every resource but the patient refers to it
    for (const QString& reference : references)
        CHECK(urls.contains(reference));

    // The same parts give the same UUID, different parts another.
    CHECK(FhirExport::fullUrl({QStringLiteral("a"), QStringLiteral("b")}) ==
          FhirExport::fullUrl({QStringLiteral("a"), QStringLiteral("b")}));
    CHECK(FhirExport::fullUrl({QStringLiteral("a"), QStringLiteral("b")}) !=
          FhirExport::fullUrl({QStringLiteral("a"), QStringLiteral("c")}));
}

TEST_CASE("A de-identified FHIR export holds no name or MRN or birth date", "[interop][fhir]")
{
    const QJsonObject bundle = exported(true);
    const QString text = QString::fromUtf8(QJsonDocument(bundle).toJson());
    CHECK_FALSE(text.contains(QStringLiteral("张某某")));
    CHECK_FALSE(text.contains(QStringLiteral("TZ-2025-0417")));
    CHECK_FALSE(text.contains(QStringLiteral("1989")));
    CHECK_FALSE(text.contains(QStringLiteral("birthDate")));
    CHECK_FALSE(text.contains(QStringLiteral("identifier")));

    const QJsonObject patient = resources(bundle, QStringLiteral("Patient")).first();
    CHECK(patient[QStringLiteral("gender")].toString() == QStringLiteral("male"));
    const QJsonObject age = patient[QStringLiteral("extension")][0].toObject();
    CHECK(age[QStringLiteral("url")].toString().endsWith(QStringLiteral("age-at-diagnosis")));
    CHECK(age[QStringLiteral("valueAge")][QStringLiteral("value")].toInt() == 36);
    CHECK(age[QStringLiteral("valueAge")][QStringLiteral("code")].toString() ==
          QStringLiteral("a"));

    // Its ids differ from the identified export's, and it is still reproducible.
    QSet<QString> identified;
    for (const QJsonValue entry : exported()[QStringLiteral("entry")].toArray())
        identified << entry[QStringLiteral("fullUrl")].toString();
    for (const QJsonValue entry : bundle[QStringLiteral("entry")].toArray())
        CHECK_FALSE(identified.contains(entry[QStringLiteral("fullUrl")].toString()));
    CHECK(QJsonDocument(bundle).toJson() == QJsonDocument(exported(true)).toJson());
}

TEST_CASE("A result's time of day is written with the zone's offset", "[interop][fhir]")
{
    clinical::CaseRecord record;
    record.patient.mrn = QStringLiteral("X-1");
    record.patient.sex = clinical::Sex::Female;
    clinical::LabResult result;
    result.testKey = QStringLiteral("hemoglobin");
    result.date = QDate(2025, 6, 1);
    result.time = QTime(8, 30);
    result.value = clinical::Decimal::parse(QStringLiteral("112.5"));
    result.flag = clinical::LabFlag::CriticalHigh;
    record.results << result;
    interop::FhirExportOptions options;
    options.timeZone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    const QJsonObject bundle = FhirExport::bundle(record, {}, options);
    const QJsonObject observation = resources(bundle, QStringLiteral("Observation")).first();
    CHECK(observation[QStringLiteral("effectiveDateTime")].toString() ==
          QStringLiteral("2025-06-01T08:30:00+08:00"));
    CHECK(observation[QStringLiteral("valueQuantity")][QStringLiteral("value")].toDouble() ==
          112.5);
    CHECK(observation[QStringLiteral("interpretation")][0][QStringLiteral("coding")][0]
                     [QStringLiteral("code")]
                         .toString() == QStringLiteral("HH"));
    CHECK_FALSE(observation.contains(QStringLiteral("referenceRange")));
    // No diagnosis date: the condition has no onset.
    CHECK_FALSE(resources(bundle, QStringLiteral("Condition"))
                    .first()
                    .contains(QStringLiteral("onsetDateTime")));
}
