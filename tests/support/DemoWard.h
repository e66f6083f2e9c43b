#pragma once

// The demo ward for tests: a new workspace in a scratch folder, seeded with the demo patient
// (TZ-2025-0417), on the fixed clock. Header-only, for the test programs that link the
// workspace library. AssessedDemo adds the stored case and its assessment, read as the window
// reads them (AssessmentOverviewWidget::assessStored: the case, then the engine).
#include "clinical/CaseAssessment.h"
#include "support/TestSupport.h"
#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <memory>

namespace mmtrack::test {

struct DemoWard {
    Scratch scratch;
    clinical::FixedClock clock = fixedClock();
    std::unique_ptr<workspace::Workspace> workspace;
    qint64 demoId = 0;

    DemoWard()
    {
        auto opened = workspace::Workspace::open(scratch.path(QStringLiteral("x.sqlite")), clock,
                                                 workspace::Workspace::Seed::DemoWhenNew);
        INFO(opened.errorText().toStdString());
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        const auto patient = workspace->patients().byMrn(QStringLiteral("TZ-2025-0417"));
        REQUIRE(patient.ok());
        demoId = patient.value().id;
    }

    // The demo patient's case as stored now.
    clinical::CaseRecord storedCase() const
    {
        const auto loaded = workspace::CaseFiles::load(*workspace, demoId);
        INFO(loaded.errorText().toStdString());
        REQUIRE(loaded.ok());
        return loaded.value();
    }
};

struct AssessedDemo : DemoWard {
    clinical::CaseRecord record;
    clinical::CaseAssessment assessment;

    AssessedDemo() : record(storedCase()), assessment(clinical::CaseAssessor::assess(record)) {}
};

} // namespace mmtrack::test
