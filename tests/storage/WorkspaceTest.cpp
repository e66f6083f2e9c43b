#include "workspace/Workspace.h"

#include "support/TestSupport.h"
#include "workspace/DemoCase.h"

using namespace mmtrack;
using workspace::Workspace;

TEST_CASE("A new default database is seeded with the demo patient, once", "[workspace][demo]")
{
    test::Scratch scratch;
    const clinical::FixedClock clock = test::fixedClock();
    const QString path = scratch.path(QStringLiteral("default.sqlite"));
    {
        auto opened = Workspace::open(path, clock, Workspace::Seed::DemoWhenNew);
        REQUIRE(opened.ok());
        const auto demo = opened.value()->patients().byMrn(workspace::DemoCase::mrn());
        REQUIRE(demo.ok());
        CHECK(demo.value().name == QStringLiteral("张某某"));
        CHECK(clinical::PatientText::isotype(demo.value()) == QStringLiteral("IgG κ"));
        CHECK(demo.value().diagnosisDate->toIso() == QStringLiteral("2025-04"));
        // An archived demo must not come back on the next start.
        REQUIRE(
            opened.value()
                ->patients()
                .setArchived(demo.value().id, demo.value().rowVersion, true, QStringLiteral("u"))
                .ok());
    }
    auto reopened = Workspace::open(path, clock, Workspace::Seed::DemoWhenNew);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->patients().search({}).value().isEmpty());
    CHECK(reopened.value()->patients().search({QString(), true}).value().size() == 1);
}

TEST_CASE("A database named on the command line is not seeded", "[workspace][demo]")
{
    test::Scratch scratch;
    const clinical::FixedClock clock = test::fixedClock();
    auto opened = Workspace::open(scratch.path(QStringLiteral("ward.sqlite")), clock,
                                  Workspace::Seed::Nothing);
    REQUIRE(opened.ok());
    CHECK(opened.value()->patients().search({QString(), true}).value().isEmpty());
}
