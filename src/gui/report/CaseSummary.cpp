#include "gui/report/CaseSummary.h"

#include "clinical/LabCatalogue.h"
#include "gui/timeline/TimelineDataBuilder.h"

#include <QLocale>
#include <QSettings>
#include <algorithm>

namespace mmtrack::gui {

using clinical::CaseAlert;
using clinical::Engraftment;
using clinical::EventType;
using clinical::PathwayEvent;
using clinical::ResponseAssessment;
using clinical::ResponseCategory;

namespace {

QString yesNoUndecided(const std::optional<bool>& value)
{
    if (!value)
        return CaseSummaryBuilder::tr("undecided (a missing value could change it)");
    return *value ? CaseSummaryBuilder::tr("yes") : CaseSummaryBuilder::tr("no");
}

QString mdeWord(clinical::MyelomaDefiningEvent event)
{
    using E = clinical::MyelomaDefiningEvent;
    switch (event) {
    case E::Hypercalcemia:
        return CaseSummaryBuilder::tr("hypercalcemia");
    case E::Renal:
        return CaseSummaryBuilder::tr("renal insufficiency");
    case E::Anemia:
        return CaseSummaryBuilder::tr("anemia");
    case E::Bone:
        return CaseSummaryBuilder::tr("bone lesions");
    case E::BmpcGe60:
        return CaseSummaryBuilder::tr("clonal BMPC ≥ 60 %");
    case E::FlcRatioGe100:
        return CaseSummaryBuilder::tr("FLC ratio ≥ 100");
    case E::MriGt1Focal:
        return CaseSummaryBuilder::tr("> 1 focal lesion on MRI");
    }
    return {};
}

QString listSeparator()
{
    return CaseSummaryBuilder::tr(", ");
}

QString mdeWords(const QList<clinical::MyelomaDefiningEvent>& events)
{
    QStringList words;
    for (const auto event : events)
        words << mdeWord(event);
    return words.join(listSeparator());
}

QString cytogeneticsText(const std::optional<clinical::Cytogenetics>& c)
{
    if (!c)
        return CaseSummaryBuilder::tr("FISH not done");
    QStringList found;
    QStringList absent;
    const auto add = [&](const std::optional<bool>& value, const QString& name) {
        if (!value)
            return;
        (*value ? found : absent) << name;
    };
    add(c->del17pPresent(), CaseSummaryBuilder::tr("del(17p)"));
    add(c->tp53Mutation, CaseSummaryBuilder::tr("TP53 mutation"));
    add(c->t4_14, CaseSummaryBuilder::tr("t(4;14) (IGH/FGFR3)"));
    add(c->t14_16, CaseSummaryBuilder::tr("t(14;16)"));
    add(c->t14_20, CaseSummaryBuilder::tr("t(14;20)"));
    add(c->t11_14, CaseSummaryBuilder::tr("t(11;14)"));
    if (c->chr1qCopies) {
        const int copies = *c->chr1qCopies;
        if (copies >= 4)
            found << CaseSummaryBuilder::tr("1q21 amplification (%1 copies)").arg(copies);
        else if (copies == 3)
            found << CaseSummaryBuilder::tr("1q21 gain (3 copies)");
        else
            absent << CaseSummaryBuilder::tr("1q21 gain");
    }
    if (c->del1p32 && *c->del1p32 != clinical::Del1p32::None)
        found << (*c->del1p32 == clinical::Del1p32::Biallelic
                      ? CaseSummaryBuilder::tr("biallelic del(1p32)")
                      : CaseSummaryBuilder::tr("monoallelic del(1p32)"));
    else if (c->del1p32)
        absent << CaseSummaryBuilder::tr("del(1p32)");
    QString text = found.isEmpty() ? CaseSummaryBuilder::tr("no abnormality reported")
                                   : found.join(listSeparator());
    if (!absent.isEmpty())
        text += CaseSummaryBuilder::tr("; not found: %1").arg(absent.join(listSeparator()));
    return text;
}

template <typename Stage> QString possibleStages(const QList<Stage>& possible)
{
    QStringList names;
    for (const Stage stage : possible)
        names << clinical::stageName(stage);
    return names.join(QStringLiteral("/"));
}

template <typename Result> QString stageText(const Result& result)
{
    if (result.stage)
        return clinical::stageName(*result.stage);
    return CaseSummaryBuilder::tr("undecided (%1)").arg(possibleStages(result.possible));
}

const QString kDateless = QStringLiteral("—");

} // namespace

QString CaseSummary::date(QDate day) const
{
    if (!day.isValid())
        return kDateless;
    if (offsetOrigin)
        return CaseSummaryBuilder::tr("day %1").arg(offsetOrigin->daysTo(day));
    return day.toString(Qt::ISODate);
}

QString CaseSummary::date(const clinical::PartialDate& day) const
{
    if (!offsetOrigin)
        return day.toIso();
    if (day.precision() == clinical::PartialDate::Precision::Day)
        return date(day.earliest());
    return CaseSummaryBuilder::tr("days %1 to %2")
        .arg(offsetOrigin->daysTo(day.earliest()))
        .arg(offsetOrigin->daysTo(day.latest()));
}

QString CaseSummaryBuilder::hospitalSetting()
{
    const QString value = QSettings().value(QStringLiteral("report/hospital")).toString();
    return value.isEmpty() ? tr("Taizhou Municipal Hospital") : value;
}

QString CaseSummaryBuilder::departmentSetting()
{
    const QString value = QSettings().value(QStringLiteral("report/department")).toString();
    return value.isEmpty() ? tr("Department of Hematology") : value;
}

QString CaseSummaryBuilder::responseWord(ResponseCategory category)
{
    const QString code = clinical::categoryName(category);
    QString word;
    switch (category) {
    case ResponseCategory::sCR:
        word = tr("stringent complete response");
        break;
    case ResponseCategory::CR:
        word = tr("complete response");
        break;
    case ResponseCategory::VGPR:
        word = tr("very good partial response");
        break;
    case ResponseCategory::PR:
        word = tr("partial response");
        break;
    case ResponseCategory::MR:
        word = tr("minimal response");
        break;
    case ResponseCategory::SD:
        word = tr("stable disease");
        break;
    case ResponseCategory::PD:
        word = tr("progressive disease");
        break;
    case ResponseCategory::NE:
        word = tr("not evaluable");
        break;
    }
    // English readers know the codes; Chinese readers get the term with the code beside it.
    return tr("%1 (%2)", "response word, code").arg(word, code);
}

namespace {

QString shortResponse(ResponseCategory category, bool chinese)
{
    return chinese ? CaseSummaryBuilder::responseWord(category) : clinical::categoryName(category);
}

QString outcomeText(const CaseSummary& summary, const Engraftment::Outcome& outcome)
{
    if (const auto* reached = std::get_if<Engraftment::Reached>(&outcome))
        return CaseSummaryBuilder::tr("%1 (%2)").arg(clinical::TransplantDays::label(reached->day),
                                                     summary.date(reached->date));
    if (std::holds_alternative<Engraftment::NotApplicable>(outcome))
        return CaseSummaryBuilder::tr("not applicable");
    return CaseSummaryBuilder::tr("not reached");
}

// A reported label ("sCR") in the summary's wording.
QString reportedWord(const QString& label, bool chinese)
{
    for (int c = int(ResponseCategory::PD); c <= int(ResponseCategory::sCR); ++c)
        if (clinical::categoryName(ResponseCategory(c)) == label)
            return shortResponse(ResponseCategory(c), chinese);
    return label;
}

std::optional<int> reachedDay(const Engraftment::Outcome& outcome)
{
    if (const auto* reached = std::get_if<Engraftment::Reached>(&outcome))
        return reached->day;
    return std::nullopt;
}

QString unitOf(const QString& key)
{
    const clinical::LabTest* test = clinical::LabCatalogue::byKey(key);
    return test ? clinical::LabCatalogue::displayUnit(test->unit) : QString();
}

SummaryChart::Series seriesOf(const clinical::CaseRecord& record, const QString& key, int axis,
                              qint64 first = std::numeric_limits<qint64>::min(),
                              qint64 last = std::numeric_limits<qint64>::max())
{
    SummaryChart::Series series;
    series.key = key;
    series.name = clinical::LabCatalogue::name(key);
    series.axis = axis;
    for (const clinical::LabResult& r : record.results) {
        if (r.testKey != key || !r.value)
            continue;
        const qint64 day = r.date.toJulianDay();
        if (day < first || day > last)
            continue;
        series.points << QPointF(double(day), r.value->toDouble());
    }
    std::stable_sort(series.points.begin(), series.points.end(),
                     [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    return series;
}

void spanOf(SummaryChart& chart)
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const auto& s : chart.series)
        for (const QPointF& p : s.points) {
            first = std::min(first, qint64(p.x()));
            last = std::max(last, qint64(p.x()));
        }
    if (first > last)
        first = last = 0;
    chart.firstDay = first;
    chart.lastDay = std::max(last, first + 1);
}

bool hasPoints(const SummaryChart& chart)
{
    return std::any_of(chart.series.cbegin(), chart.series.cend(),
                       [](const SummaryChart::Series& s) { return !s.points.isEmpty(); });
}

} // namespace

CaseSummary CaseSummaryBuilder::build(const clinical::CaseRecord& record,
                                      const clinical::CaseAssessment& assessment,
                                      const std::optional<workspace::CasePlanView>& plan,
                                      const CaseSummaryOptions& options)
{
    CaseSummary s;
    const bool chinese = options.language.startsWith(QLatin1String("zh"));
    const QDateTime generatedAt =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    const QDate today = options.today.isValid() ? options.today : generatedAt.date();
    const clinical::Patient& p = record.patient;
    s.language = options.language;
    s.hospital = options.hospital.isEmpty() ? hospitalSetting() : options.hospital;
    s.department = options.department.isEmpty() ? departmentSetting() : options.department;
    s.title = tr("Case summary");
    if (options.deidentify && options.dayOffsets && p.diagnosisDate)
        s.offsetOrigin = p.diagnosisDate->earliest();
    if (options.deidentify)
        s.subtitle = s.offsetOrigin ? tr("De-identified · dates are days from diagnosis (day 0)")
                                    : tr("De-identified");

    // The patient block.
    if (!options.deidentify) {
        s.patient << SummaryField{tr("Name"), p.name} << SummaryField{tr("MRN"), p.mrn};
        s.footerLeft = tr("%1 · MRN %2").arg(p.name, p.mrn);
    } else {
        s.footerLeft = tr("De-identified case summary");
    }
    s.patient << SummaryField{tr("Sex"), p.sex ? clinical::PatientText::sex(*p.sex) : kDateless};
    if (options.deidentify) {
        QString age = kDateless;
        if (p.birthDate) {
            const auto range = p.birthDate->ageAt(today);
            age = tr("%1 years").arg(range.min);
        }
        s.patient << SummaryField{tr("Age"), age};
    } else {
        QString birth = kDateless;
        if (p.birthDate) {
            const QString age = clinical::PatientText::age(p, today);
            birth = tr("%1 (age %2)").arg(p.birthDate->toIso(), age);
        }
        s.patient << SummaryField{tr("Birth date"), birth};
    }
    s.patient << SummaryField{tr("Weight"), p.weightKg ? tr("%1 kg").arg(*p.weightKg) : kDateless};
    s.patient << SummaryField{tr("Diagnosed"), s.offsetOrigin    ? s.date(*s.offsetOrigin)
                                               : p.diagnosisDate ? s.date(*p.diagnosisDate)
                                                                 : kDateless};
    const QString isotype = clinical::PatientText::isotype(p);
    s.patient << SummaryField{tr("Isotype"), isotype.isEmpty() ? kDateless : isotype};
    if (!options.deidentify)
        s.notes = p.notes;

    // Diagnosis.
    {
        const clinical::DiagnosisResult& d = assessment.diagnosis;
        SummarySection section{tr("Diagnosis"), {}, {}, {}};
        section.fields << SummaryField{tr("Multiple myeloma (IMWG 2014)"),
                                       yesNoUndecided(d.multipleMyeloma)};
        section.fields << SummaryField{tr("Isotype"), isotype.isEmpty() ? kDateless : isotype};
        section.fields << SummaryField{tr("Cytogenetics (FISH)"),
                                       cytogeneticsText(record.details.cytogenetics)};
        QString events = d.events.isEmpty() ? tr("none met") : mdeWords(d.events);
        if (!d.undecidedEvents.isEmpty())
            events += tr("; could still be met: %1").arg(mdeWords(d.undecidedEvents));
        section.fields << SummaryField{tr("Myeloma-defining events"), events};
        s.sections << section;
    }

    // Staging and risk.
    {
        const clinical::StagingResult& st = assessment.staging;
        const clinical::HighRiskResult& r = assessment.risk;
        SummarySection section{tr("Staging and risk"), {}, {}, {}};
        section.fields << SummaryField{tr("ISS"), stageText(st.iss)};
        section.fields << SummaryField{tr("R-ISS"), stageText(st.rIss)};
        QString r2 = stageText(st.r2Iss);
        if (st.r2Iss.points)
            r2 += tr(" · %1 points").arg(st.r2Iss.points->toString());
        section.fields << SummaryField{tr("R2-ISS"), r2};
        QStringList numbers;
        for (const int criterion : r.criteriaMet)
            numbers << QString::number(criterion);
        QString risk;
        if (r.highRisk.value_or(false))
            risk = tr("High risk (criteria met: %1)").arg(numbers.join(listSeparator()));
        else if (r.highRisk)
            risk = tr("Standard risk");
        else
            risk = tr("Undecided (a missing value could change it)");
        section.fields << SummaryField{tr("Risk (IMS/IMWG 2025)"), risk,
                                       r.highRisk.value_or(false)};
        s.sections << section;
    }

    // Responses.
    {
        const clinical::ResponseResult& responses = assessment.responses;
        SummarySection section{tr("Response assessments (%1)").arg(responses.ruleSet), {}, {}, {}};
        const QStringList categories{QStringLiteral("sCR"),  QStringLiteral("CR"),
                                     QStringLiteral("VGPR"), QStringLiteral("PR"),
                                     QStringLiteral("MR"),   QStringLiteral("SD"),
                                     QStringLiteral("PD")};
        QList<PathwayEvent> reported;
        for (const PathwayEvent& e : record.events)
            if (e.type == EventType::Reported && categories.contains(e.label))
                reported << e;
        if (responses.assessments.isEmpty()) {
            section.fields << SummaryField{tr("Current response"), tr("no assessment yet")};
        } else {
            const ResponseAssessment& current = responses.assessments.constLast();
            section.fields << SummaryField{tr("Current response"),
                                           tr("%1 · %2 · %3")
                                               .arg(responseWord(current.category),
                                                    current.confirmedCategory == current.category
                                                        ? tr("confirmed")
                                                        : tr("not confirmed yet"),
                                                    s.date(current.date)),
                                           current.category == ResponseCategory::PD};
            section.fields << SummaryField{tr("Best confirmed response"),
                                           responses.bestConfirmedResponse
                                               ? responseWord(*responses.bestConfirmedResponse)
                                               : tr("none confirmed yet")};
            section.table.headers = QStringList{tr("Date"), tr("Line"), tr("Computed"),
                                                tr("Confirmation"), tr("Reported")};
            for (const ResponseAssessment& a : responses.assessments) {
                QStringList labels;
                for (const PathwayEvent& e : reported)
                    if (a.date >= e.date.earliest() && a.date <= e.date.latest())
                        labels << reportedWord(e.label, chinese);
                QString confirmation =
                    a.confirmedCategory
                        ? tr("confirmed %1").arg(shortResponse(*a.confirmedCategory, chinese))
                        : tr("unconfirmed");
                if (a.relapseFromCr)
                    confirmation += tr(" · relapse from CR");
                if (a.category == ResponseCategory::PD)
                    section.table.warningRows << section.table.rows.size();
                section.table.rows << QStringList{
                    s.date(a.date), QString::number(a.line + 1), shortResponse(a.category, chinese),
                    confirmation, labels.isEmpty() ? kDateless : labels.join(listSeparator())};
            }
        }
        s.sections << section;
    }

    // Stem-cell collection and transplants.
    {
        SummarySection section{tr("Stem-cell collection and transplants"), {}, {}, {}};
        QStringList mobilization;
        QStringList yields;
        for (const PathwayEvent& e : record.events) {
            if (e.type == EventType::Mobilization)
                mobilization << tr("%1 (%2)").arg(e.agents.join(QStringLiteral(" + ")),
                                                  s.date(e.date));
            if (e.type == EventType::StemCellCollection && e.cd34PerKg)
                yields << tr("%1 ×10⁶/kg on %2").arg(e.cd34PerKg->toString(), s.date(e.date));
        }
        if (!mobilization.isEmpty())
            section.fields << SummaryField{tr("Mobilization"), mobilization.join(listSeparator())};
        if (const auto& c = assessment.collection) {
            const bool tandem = c->transplantsPlanned >= 2;
            const int minimum = tandem ? 4 : 2;
            const int optimal = tandem ? 8 : 4;
            QString targets =
                c->meetsOptimal ? tr("optimal target ≥ %1 met").arg(optimal)
                : c->meetsMinimum
                    ? tr("minimum ≥ %1 met, optimal ≥ %2 not met").arg(minimum).arg(optimal)
                    : tr("minimum ≥ %1 not met").arg(minimum);
            section.fields << SummaryField{
                tr("CD34+ collected"),
                tr("%1 ×10⁶/kg (%2) · %3 for %4")
                    .arg(c->cd34Total.toString(), yields.join(listSeparator()), targets,
                         tandem ? tr("a tandem transplant") : tr("a single transplant")),
                !c->meetsMinimum};
        } else {
            section.fields << SummaryField{tr("CD34+ collected"), tr("no collection recorded")};
        }
        if (assessment.transplants.isEmpty()) {
            section.fields << SummaryField{tr("Transplants"), tr("none recorded")};
        } else {
            section.table.headers = QStringList{
                tr("Transplant"),        tr("Admission"),      tr("Conditioning"), tr("Day 0"),
                tr("Neutrophils ≥ 0.5"), tr("Platelets ≥ 20"), tr("Discharge")};
            for (int i = 0; i < assessment.transplants.size(); ++i) {
                const clinical::TransplantAssessment& t = assessment.transplants.at(i);
                const QDate previous =
                    i > 0 ? assessment.transplants.at(i - 1).day0 : QDate(1900, 1, 1);
                const QDate next = i + 1 < assessment.transplants.size()
                                       ? assessment.transplants.at(i + 1).day0
                                       : QDate(9999, 1, 1);
                QString admission = kDateless;
                QString conditioning = kDateless;
                QString discharge = kDateless;
                for (const PathwayEvent& e : record.events) {
                    const QDate d = e.date.earliest();
                    if (e.type == EventType::Admission && d > previous && d <= t.day0)
                        admission = s.date(e.date);
                    if (e.type == EventType::Conditioning && d > previous && d <= t.day0)
                        conditioning = tr("%1 (%2)").arg(e.regimen, s.date(e.date));
                    if (e.type == EventType::Discharge && d > t.day0 && d < next &&
                        discharge == kDateless)
                        discharge = tr("%1 (%2)").arg(
                            s.date(e.date), clinical::TransplantDays::label(int(t.day0.daysTo(d))));
                }
                section.table.rows << QStringList{tr("ASCT %1").arg(t.number),
                                                  admission,
                                                  conditioning,
                                                  s.date(t.day0),
                                                  outcomeText(s, t.engraftment.neutrophils),
                                                  outcomeText(s, t.engraftment.platelets20),
                                                  discharge};
            }
        }
        if (const auto& tandem = assessment.tandem)
            section.fields << SummaryField{tr("Tandem interval"),
                                           (tandem->within6Months
                                                ? tr("%1 days between day 0s · within 6 months")
                                                : tr("%1 days between day 0s · beyond 6 months"))
                                               .arg(tandem->intervalDays),
                                           !tandem->within6Months};
        if (plan) {
            const clinical::ProtocolTemplate& protocol = plan->protocol.protocol;
            const QList<clinical::PlannedStep>& steps = plan->review.steps;
            const auto done =
                std::count_if(steps.cbegin(), steps.cend(),
                              [](const clinical::PlannedStep& st) { return st.done(); });
            section.fields << SummaryField{
                tr("Protocol"),
                tr("%1 · from %2 · %3 of %4 steps recorded")
                    .arg(chinese && !protocol.nameZh.isEmpty() ? protocol.nameZh : protocol.name,
                         s.date(plan->protocol.start))
                    .arg(done)
                    .arg(steps.size())};
        }
        s.sections << section;
    }

    // Alerts: the engine's and the plan's.
    {
        SummarySection section{tr("Alerts"), {}, {}, {}};
        if (plan)
            for (const clinical::PlanAlert& alert : plan->review.alerts)
                section.fields << SummaryField{
                    s.date(alert.date), tr("Protocol deviation: %1").arg(alert.message), true};
        for (const CaseAlert& alert : assessment.alerts)
            section.fields << SummaryField{s.date(alert.date),
                                           alert.severity == QLatin1String("warning")
                                               ? tr("Warning: %1").arg(alert.message)
                                               : tr("Note: %1").arg(alert.message),
                                           alert.severity == QLatin1String("warning")};
        if (section.fields.isEmpty())
            section.fields << SummaryField{tr("Open alerts"), tr("none")};
        s.sections << section;
    }

    // The timeline without its lab lanes: the charts below show the labs larger.
    s.timeline = TimelineDataBuilder::build(
        record, assessment, plan ? std::optional<clinical::PlanReview>(plan->review) : std::nullopt,
        today);
    s.timeline.labLanes.clear();

    // Lab charts.
    {
        SummaryChart hb;
        hb.title = clinical::LabCatalogue::name(QStringLiteral("hemoglobin"));
        hb.unit = unitOf(QStringLiteral("hemoglobin"));
        hb.series << seriesOf(record, QStringLiteral("hemoglobin"), 0);
        if (const clinical::LabTest* test =
                clinical::LabCatalogue::byKey(QStringLiteral("hemoglobin"))) {
            const clinical::LabRange& range = test->defaultRange(p.sex);
            if (range.low && range.high)
                hb.band = std::pair{range.low->toDouble(), range.high->toDouble()};
        }
        spanOf(hb);
        if (hasPoints(hb))
            s.charts << hb;

        SummaryChart mp;
        mp.title = tr("M-protein and free light chains");
        mp.unit = unitOf(QStringLiteral("serum_m_protein"));
        mp.rightUnit = unitOf(QStringLiteral("kappa_flc"));
        mp.series << seriesOf(record, QStringLiteral("serum_m_protein"), 0)
                  << seriesOf(record, QStringLiteral("kappa_flc"), 1)
                  << seriesOf(record, QStringLiteral("lambda_flc"), 1);
        spanOf(mp);
        if (hasPoints(mp))
            s.charts << mp;

        for (const clinical::TransplantAssessment& t : assessment.transplants) {
            const qint64 day0 = t.day0.toJulianDay();
            const qint64 first = day0 - 7;
            const qint64 last = day0 + 30;
            const auto window = [&](SummaryChart& chart) {
                chart.firstDay = first;
                chart.lastDay = last;
                chart.day0 = day0;
            };
            SummaryChart anc;
            anc.title = tr("ANC · ASCT %1 (day 0 %2)").arg(t.number).arg(s.date(t.day0));
            anc.unit = unitOf(QStringLiteral("anc"));
            anc.series << seriesOf(record, QStringLiteral("anc"), 0, first, last);
            anc.thresholds << std::pair{0.5, QStringLiteral("0.5")};
            if (const auto day = reachedDay(t.engraftment.neutrophils))
                anc.markers << SummaryChart::Marker{day0 + *day,
                                                    clinical::TransplantDays::label(*day)};
            window(anc);
            SummaryChart plt;
            plt.title = tr("Platelets · ASCT %1 (day 0 %2)").arg(t.number).arg(s.date(t.day0));
            plt.unit = unitOf(QStringLiteral("platelets"));
            plt.series << seriesOf(record, QStringLiteral("platelets"), 0, first, last);
            plt.thresholds << std::pair{20.0, QStringLiteral("20")};
            if (const auto day = reachedDay(t.engraftment.platelets20))
                plt.markers << SummaryChart::Marker{day0 + *day,
                                                    clinical::TransplantDays::label(*day)};
            window(plt);
            if (hasPoints(anc) || hasPoints(plt))
                s.charts << anc << plt;
        }
    }

    s.signatures = QStringList{tr("Attending physician"), tr("Reviewed by")};
    const QString user = options.generatedBy.isEmpty() ? tr("unknown user") : options.generatedBy;
    s.generated = tr("Generated %1 by %2 with mmtrack %3")
                      .arg(generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), user,
                           QCoreApplication::applicationVersion());
    return s;
}

} // namespace mmtrack::gui
