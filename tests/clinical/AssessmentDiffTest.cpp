#include "clinical/AssessmentDiff.h"

#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mmtrack;
using clinical::AssessmentChange;
using clinical::diffAssessments;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList texts(const QList<AssessmentChange>& changes)
{
    QStringList list;
    for (const AssessmentChange& change : changes)
        list << change.toText();
    return list;
}

} // namespace

TEST_CASE("Two assessments differ by their clinical content only, never by their wording",
          "[signatures]")
{
    const QJsonObject english = json(R"({"staging": {"iss": "II", "explanation": ["B2M 4.2"],
        "missing": []}, "best_confirmed_response": "VGPR"})");
    const QJsonObject chinese = json(R"({"staging": {"iss": "II", "explanation": ["β2微球蛋白 4.2"],
        "missing": ["LDH"]}, "best_confirmed_response": "VGPR"})");
    CHECK(diffAssessments(english, chinese).isEmpty());

    const QJsonObject restaged = json(R"({"staging": {"iss": "III", "explanation": []},
        "best_confirmed_response": "CR"})");
    CHECK(texts(diffAssessments(english, restaged)) ==
          QStringList{QStringLiteral("best_confirmed_response: VGPR → CR"),
                      QStringLiteral("staging.iss: II → III")});
}

TEST_CASE("A new response in a list is one change, not a shift of every later one", "[signatures]")
{
    const QJsonObject before = json(R"({"responses": [
        {"date": "2025-06-01", "track": "serum", "category": "PR", "explanation": ["a"]},
        {"date": "2025-09-01", "track": "serum", "category": "VGPR"}]})");
    const QJsonObject after = json(R"({"responses": [
        {"date": "2025-06-01", "track": "serum", "category": "PR", "explanation": ["b"]},
        {"date": "2025-07-15", "track": "serum", "category": "PR"},
        {"date": "2025-09-01", "track": "serum", "category": "CR"}]})");
    const auto changes = diffAssessments(before, after);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].path == QStringLiteral("responses[2025-07-15 serum]"));
    CHECK(changes[0].before.isUndefined());
    CHECK(changes[0].toText() ==
          QStringLiteral(
              "responses[2025-07-15 serum]: + (category PR · date 2025-07-15 · track serum)"));
    CHECK(changes[0].after.toObject().value(QStringLiteral("category")).toString() ==
          QStringLiteral("PR"));
    CHECK(changes[1].toText() == QStringLiteral("responses[2025-09-01 serum].category: VGPR → CR"));

    // A change survives its JSON form, as stored with the signature.
    for (const AssessmentChange& change : changes)
        CHECK(AssessmentChange::fromJson(change.toJson()) == change);
}

TEST_CASE("Lists of plain values compare as a whole; a removed item is a change too",
          "[signatures]")
{
    const QJsonObject before = json(R"({"risk": {"criteria": [1, 2]},
        "transplants": [{"number": 1, "day0": "2025-11-03"}, {"number": 2, "day0": "2026-03-17"}]})");
    const QJsonObject after = json(R"({"risk": {"criteria": [1]},
        "transplants": [{"number": 1, "day0": "2025-11-03"}]})");
    CHECK(texts(diffAssessments(before, after)) ==
          QStringList{QStringLiteral("risk.criteria: [1,2] → [1]"),
                      QStringLiteral("transplants[2]: − (day0 2026-03-17 · number 2)")});
}
