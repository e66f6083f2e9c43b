#include "gui/patients/AssessmentOverviewWidget.h"

#include "workspace/CaseFiles.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>

namespace mmtrack::gui {

using clinical::Engraftment;
using clinical::ResponseAssessment;
using clinical::ResponseCategory;

namespace {

using W = AssessmentOverviewWidget;

const QString kMuted = QStringLiteral("#555555");
const QString kWarning = QStringLiteral("#D55E00"); // Okabe–Ito vermillion

QString joinLines(const QStringList& explanation, const QStringList& missing = {})
{
    QStringList lines = explanation;
    for (const QString& m : missing)
        lines << AssessmentOverviewWidget::tr("Missing: %1").arg(m);
    return lines.join(QLatin1Char('\n'));
}

struct ChipStyle {
    QString background;
    QString foreground;
    QString border;
};

// Deeper responses darker (blue ramp), PD in the warning colour, NE and neutral in grey.
ChipStyle responseStyle(ResponseCategory category)
{
    switch (category) {
    case ResponseCategory::sCR:
        return {QStringLiteral("#003A5D"), QStringLiteral("#FFFFFF"), QStringLiteral("#003A5D")};
    case ResponseCategory::CR:
        return {QStringLiteral("#005A8C"), QStringLiteral("#FFFFFF"), QStringLiteral("#005A8C")};
    case ResponseCategory::VGPR:
        return {QStringLiteral("#0072B2"), QStringLiteral("#FFFFFF"), QStringLiteral("#0072B2")};
    case ResponseCategory::PR:
        return {QStringLiteral("#56B4E9"), QStringLiteral("#10222E"), QStringLiteral("#2D8FC7")};
    case ResponseCategory::MR:
        return {QStringLiteral("#A9D6F2"), QStringLiteral("#10222E"), QStringLiteral("#5DA9D6")};
    case ResponseCategory::SD:
        return {QStringLiteral("#E3E6EA"), QStringLiteral("#222222"), QStringLiteral("#8A9099")};
    case ResponseCategory::PD:
        return {kWarning, QStringLiteral("#FFFFFF"), kWarning};
    case ResponseCategory::NE:
        break;
    }
    return {QStringLiteral("#F2F2F2"), QStringLiteral("#444444"), QStringLiteral("#999999")};
}

ChipStyle neutralStyle()
{
    return {QStringLiteral("#EEF1F4"), QStringLiteral("#1E2A36"), QStringLiteral("#8A9099")};
}

ChipStyle warningStyle()
{
    return {QStringLiteral("#FBE3D3"), QStringLiteral("#7A2E00"), kWarning};
}

ChipStyle goodStyle()
{
    return {QStringLiteral("#DDF1EA"), QStringLiteral("#004D38"), QStringLiteral("#009E73")};
}

// A chip: text first; `filled` false draws it outlined (an unconfirmed response).
QLabel* chip(QWidget* parent, const QString& text, const ChipStyle& style, bool filled,
             const QString& toolTip)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setObjectName(QStringLiteral("chip"));
    const QString background = filled ? style.background : QStringLiteral("#FFFFFF");
    const QString foreground = filled ? style.foreground : style.border;
    const QString borderStyle = filled ? QStringLiteral("solid") : QStringLiteral("dashed");
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 2px %3 %4; "
                                        "border-radius: 4px; padding: 1px 8px; font-weight: 600; }")
                             .arg(background, foreground, borderStyle, style.border));
    if (!toolTip.isEmpty())
        label->setToolTip(toolTip);
    label->setAccessibleName(text);
    label->setAccessibleDescription(toolTip);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return label;
}

QLabel* text(QWidget* parent, const QString& value, const QString& toolTip = {},
             const QString& color = {})
{
    auto* label = new QLabel(value, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!toolTip.isEmpty())
        label->setToolTip(toolTip);
    if (!color.isEmpty())
        label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
    return label;
}

// A row of widgets, left aligned, 8 px apart.
QWidget* row(QWidget* parent, const QList<QWidget*>& widgets)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (QWidget* w : widgets) {
        w->setParent(box);
        layout->addWidget(w, 0, Qt::AlignVCenter);
    }
    layout->addStretch(1);
    return box;
}

QFormLayout* section(QVBoxLayout* layout, QWidget* parent, const QString& title)
{
    auto* box = new QGroupBox(title, parent);
    box->setStyleSheet(QStringLiteral(
        "QGroupBox { font-weight: 600; border: 1px solid #D0D4DA; border-radius: 6px; "
        "margin-top: 12px; padding: 8px 8px 8px 8px; }"
        "QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }"
        "QGroupBox QLabel { font-weight: normal; }"));
    auto* form = new QFormLayout(box);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addWidget(box);
    return form;
}

void addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* name = new QLabel(label, field->parentWidget());
    name->setTextFormat(Qt::PlainText);
    name->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(kMuted));
    name->setMinimumWidth(208);
    name->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(name, field);
}

QString mdeWord(clinical::MyelomaDefiningEvent event)
{
    using E = clinical::MyelomaDefiningEvent;
    switch (event) {
    case E::Hypercalcemia:
        return AssessmentOverviewWidget::tr("Hypercalcemia");
    case E::Renal:
        return AssessmentOverviewWidget::tr("Renal insufficiency");
    case E::Anemia:
        return AssessmentOverviewWidget::tr("Anemia");
    case E::Bone:
        return AssessmentOverviewWidget::tr("Bone lesions");
    case E::BmpcGe60:
        return AssessmentOverviewWidget::tr("Clonal BMPC ≥ 60 %");
    case E::FlcRatioGe100:
        return AssessmentOverviewWidget::tr("FLC ratio ≥ 100");
    case E::MriGt1Focal:
        return AssessmentOverviewWidget::tr("> 1 focal lesion on MRI");
    }
    return {};
}

QString mdeWords(const QList<clinical::MyelomaDefiningEvent>& events)
{
    QStringList words;
    for (const auto event : events)
        words << mdeWord(event);
    return words.join(QStringLiteral(", "));
}

template <typename Stage> QString possibleStages(const QList<Stage>& possible)
{
    QStringList names;
    for (const Stage stage : possible)
        names << clinical::stageName(stage);
    return names.join(QStringLiteral("/"));
}

template <typename Result>
QLabel* stageChip(QWidget* parent, const QString& name, const Result& result,
                  const QString& suffix = {})
{
    const QString value =
        result.stage
            ? AssessmentOverviewWidget::tr("%1 %2").arg(name, clinical::stageName(*result.stage))
            : AssessmentOverviewWidget::tr("%1 undecided (%2)")
                  .arg(name, possibleStages(result.possible));
    return chip(parent, value + suffix, neutralStyle(), result.stage.has_value(),
                joinLines(result.explanation, result.missing));
}

QString outcomeText(const Engraftment::Outcome& outcome)
{
    if (const auto* reached = std::get_if<Engraftment::Reached>(&outcome))
        return AssessmentOverviewWidget::tr("%1 · %2").arg(
            clinical::TransplantDays::label(reached->day), reached->date.toString(Qt::ISODate));
    if (std::holds_alternative<Engraftment::NotApplicable>(outcome))
        return AssessmentOverviewWidget::tr("not applicable (never below the threshold)");
    return AssessmentOverviewWidget::tr("not reached");
}

bool sameDate(const clinical::PartialDate& a, const clinical::PartialDate& b)
{
    return a.toIso() == b.toIso();
}

void collectLayoutTexts(const QLayout* layout, const QWidget* ancestor, QStringList& texts);

// Visible texts in layout order: a form row's label before its field, a grid row by row.
void collectTexts(const QWidget* widget, const QWidget* ancestor, QStringList& texts)
{
    if (!widget->isVisibleTo(ancestor))
        return;
    if (const auto* box = qobject_cast<const QGroupBox*>(widget))
        texts << box->title();
    else if (const auto* label = qobject_cast<const QLabel*>(widget))
        texts << label->text();
    if (widget->layout())
        collectLayoutTexts(widget->layout(), ancestor, texts);
}

void collectLayoutTexts(const QLayout* layout, const QWidget* ancestor, QStringList& texts)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget())
            collectTexts(item->widget(), ancestor, texts);
        else if (item->layout())
            collectLayoutTexts(item->layout(), ancestor, texts);
    }
}

} // namespace

AssessmentOverviewWidget::AssessmentOverviewWidget(QWidget* parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_empty(new QLabel(this))
{
    m_layout->setContentsMargins(24, 8, 24, 16);
    m_layout->setSpacing(8);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #666666; }"));
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    refresh();
}

void AssessmentOverviewWidget::setAssessment(const clinical::CaseRecord& record,
                                             const clinical::CaseAssessment& assessment,
                                             const std::optional<workspace::CasePlanView>& plan)
{
    m_record = record;
    m_assessment = assessment;
    m_plan = plan;
    refresh();
}

void AssessmentOverviewWidget::clear()
{
    m_record.reset();
    m_assessment.reset();
    m_plan.reset();
    refresh();
}

std::optional<std::pair<clinical::CaseRecord, clinical::CaseAssessment>>
AssessmentOverviewWidget::assessStored(workspace::Workspace& workspace, qint64 patientId,
                                       QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto loaded = workspace::CaseFiles::load(workspace, patientId);
    if (!loaded)
        return fail(loaded.errorText());
    clinical::CaseRecord record = std::move(loaded).value();
    clinical::CaseAssessment assessment = clinical::CaseAssessor::assess(record);
    return std::make_pair(std::move(record), std::move(assessment));
}

QStringList AssessmentOverviewWidget::shownTexts() const
{
    QStringList texts;
    if (!m_body) {
        if (m_empty->isVisibleTo(this))
            texts << m_empty->text();
        return texts;
    }
    collectTexts(m_body, this, texts);
    return texts;
}

QStringList AssessmentOverviewWidget::shownToolTips() const
{
    QStringList tips;
    if (!m_body)
        return tips;
    for (const QLabel* label : m_body->findChildren<QLabel*>())
        if (label->isVisibleTo(this) && !label->toolTip().isEmpty())
            tips << label->toolTip();
    return tips;
}

void AssessmentOverviewWidget::refresh()
{
    if (m_body) {
        m_layout->removeWidget(m_body);
        delete m_body;
        m_body = nullptr;
    }
    m_empty->setText(tr("No assessment: select a patient with recorded results."));
    m_empty->setVisible(!m_assessment);
    if (!m_assessment || !m_record)
        return;

    m_body = new QWidget(this);
    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    buildDiagnosis(layout);
    buildStaging(layout);
    buildResponse(layout);
    buildCollection(layout);
    buildTransplants(layout);
    buildPlan(layout);
    buildAlerts(layout);
    m_layout->insertWidget(1, m_body);
    m_body->show(); // at once: a child added to a shown widget is otherwise shown later
}

void AssessmentOverviewWidget::buildDiagnosis(QVBoxLayout* layout)
{
    const clinical::DiagnosisResult& d = m_assessment->diagnosis;
    QWidget* parent = layout->parentWidget();
    QFormLayout* form = section(layout, parent, tr("Diagnosis"));
    QWidget* box = form->parentWidget();
    const QString tip = joinLines(d.explanation, d.missing);
    QString verdict = !d.multipleMyeloma   ? tr("Undecided (a missing value could change it)")
                      : *d.multipleMyeloma ? tr("Yes")
                                           : tr("No");
    addRow(form, tr("Multiple myeloma (IMWG 2014)"), text(box, verdict, tip));
    addRow(form, tr("Myeloma-defining events"),
           text(box, d.events.isEmpty() ? tr("none met") : mdeWords(d.events), tip));
    if (!d.undecidedEvents.isEmpty())
        addRow(form, tr("Could still be met"),
               text(box, mdeWords(d.undecidedEvents), joinLines(d.missing), kMuted));
}

void AssessmentOverviewWidget::buildStaging(QVBoxLayout* layout)
{
    const clinical::StagingResult& s = m_assessment->staging;
    const clinical::HighRiskResult& r = m_assessment->risk;
    QFormLayout* form = section(layout, layout->parentWidget(), tr("Staging and risk"));
    QWidget* box = form->parentWidget();

    QString points;
    if (s.r2Iss.points)
        points = tr(" · %1 points").arg(s.r2Iss.points->toString());
    else if (s.r2Iss.stage)
        points =
            tr(" · %1–%2 points").arg(s.r2Iss.minPoints.toString(), s.r2Iss.maxPoints.toString());
    addRow(form, tr("Stage"),
           row(box, {stageChip(box, tr("ISS"), s.iss), stageChip(box, tr("R-ISS"), s.rIss),
                     stageChip(box, tr("R2-ISS"), s.r2Iss, points)}));

    QStringList numbers;
    for (const int criterion : r.criteriaMet)
        numbers << QString::number(criterion);
    QLabel* riskChip = nullptr;
    const QString tip = joinLines(r.explanation, r.missing);
    if (r.highRisk.value_or(false)) {
        const QString label =
            r.criteriaMet.size() == 1
                ? tr("High risk · criterion %1").arg(numbers.constFirst())
                : tr("High risk · criteria %1").arg(numbers.join(QStringLiteral(", ")));
        riskChip = chip(box, QStringLiteral("⚠ ") + label, warningStyle(), true, tip);
    } else if (r.highRisk) {
        riskChip = chip(box, tr("Standard risk"), neutralStyle(), true, tip);
    } else {
        riskChip = chip(box, tr("Risk undecided"), neutralStyle(), false, tip);
    }
    addRow(form, tr("Risk (IMS/IMWG 2025)"), row(box, {riskChip}));
}

void AssessmentOverviewWidget::buildResponse(QVBoxLayout* layout)
{
    const clinical::ResponseResult& responses = m_assessment->responses;
    QFormLayout* form =
        section(layout, layout->parentWidget(), tr("Response (%1)").arg(responses.ruleSet));
    QWidget* box = form->parentWidget();
    if (responses.assessments.isEmpty()) {
        addRow(form, tr("Current response"), text(box, tr("no assessment yet"), {}, kMuted));
        return;
    }

    // Reported labels (sCR … PD) of the record, and which of them the rules contradict.
    QList<clinical::PathwayEvent> reported;
    for (const clinical::PathwayEvent& e : m_record->events)
        if (e.type == clinical::EventType::Reported && clinical::isResponseLabel(e.label))
            reported << e;
    const auto differs = [this](const clinical::PathwayEvent& e) {
        for (const clinical::CaseAlert& alert : m_assessment->alerts)
            if (alert.code == QLatin1String("reported_differs") && sameDate(alert.date, e.date) &&
                alert.message.contains(e.label))
                return true;
        return false;
    };
    const auto reportedFor = [&reported](QDate date) {
        QList<clinical::PathwayEvent> found;
        for (const clinical::PathwayEvent& e : reported)
            if (date >= e.date.earliest() && date <= e.date.latest())
                found << e;
        return found;
    };
    const auto reportedLabels = [&](QWidget* parent, QDate date) {
        QList<QWidget*> widgets;
        for (const clinical::PathwayEvent& e : reportedFor(date)) {
            if (differs(e))
                widgets << text(parent, tr("Reported: %1 ⚠ differs").arg(e.label), e.note,
                                kWarning);
            else
                widgets << text(parent, tr("Reported: %1").arg(e.label), e.note, kMuted);
        }
        return widgets;
    };
    // The computed category, filled with ✓ when this assessment confirms it, else outlined.
    const auto responseChip = [box](const ResponseAssessment& a) {
        const bool confirmed = a.confirmedCategory == a.category;
        QString label = clinical::categoryName(a.category);
        if (confirmed)
            label += QStringLiteral(" ✓");
        return chip(box, label, responseStyle(a.category), confirmed,
                    joinLines(a.explanation, a.missing));
    };

    const ResponseAssessment& current = responses.assessments.constLast();
    const QString currentDate = current.date.toString(Qt::ISODate);
    QString currentNote;
    if (current.confirmedCategory == current.category)
        currentNote = tr("confirmed · %1").arg(currentDate);
    else if (current.confirmedCategory)
        currentNote = tr("not confirmed yet (confirmed: %1) · %2")
                          .arg(clinical::categoryName(*current.confirmedCategory), currentDate);
    else
        currentNote = tr("not confirmed yet · %1").arg(currentDate);
    QList<QWidget*> currentRow{responseChip(current), text(box, currentNote, {}, kMuted)};
    currentRow << reportedLabels(box, current.date);
    addRow(form, tr("Current response"), row(box, currentRow));

    if (responses.bestConfirmedResponse) {
        // The assessment of the last line that confirmed the best category explains it.
        const int lastLine = current.line;
        const ResponseAssessment* source = nullptr;
        for (const ResponseAssessment& a : responses.assessments)
            if (a.line == lastLine && a.confirmedCategory == responses.bestConfirmedResponse)
                source = &a;
        const ResponseCategory best = *responses.bestConfirmedResponse;
        QLabel* bestChip =
            chip(box, clinical::categoryName(best) + QStringLiteral(" ✓"), responseStyle(best),
                 true, source ? joinLines(source->explanation, source->missing) : QString());
        QList<QWidget*> bestRow{bestChip};
        if (source)
            bestRow << text(box, tr("confirmed %1").arg(source->date.toString(Qt::ISODate)), {},
                            kMuted);
        addRow(form, tr("Best confirmed response"), row(box, bestRow));
    } else {
        addRow(form, tr("Best confirmed response"),
               text(box, tr("none confirmed yet"), {}, kMuted));
    }

    // The compact list: date, computed category, confirmation, reported label.
    auto* table = new QWidget(box);
    auto* grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    const QStringList headers{tr("Date"), tr("Computed"), tr("Confirmation"), tr("Reported")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = text(table, headers.at(column), {}, kMuted);
        grid->addWidget(header, 0, column);
    }
    int r = 1;
    for (const ResponseAssessment& a : responses.assessments) {
        auto* date = text(table, a.date.toString(Qt::ISODate));
        grid->addWidget(date, r, 0);
        QLabel* category =
            chip(table, clinical::categoryName(a.category), responseStyle(a.category),
                 a.confirmedCategory == a.category, joinLines(a.explanation, a.missing));
        grid->addWidget(category, r, 1, Qt::AlignLeft);
        QString confirmation =
            a.confirmedCategory
                ? tr("✓ confirmed %1").arg(clinical::categoryName(*a.confirmedCategory))
                : tr("unconfirmed");
        if (a.relapseFromCr)
            confirmation += tr(" · relapse from CR");
        grid->addWidget(text(table, confirmation), r, 2);
        const QList<QWidget*> labels = reportedLabels(table, a.date);
        grid->addWidget(labels.isEmpty() ? text(table, QStringLiteral("—"), {}, kMuted)
                                         : row(table, labels),
                        r, 3);
        ++r;
    }
    grid->setColumnStretch(4, 1);
    addRow(form, tr("Assessments"), table);
}

void AssessmentOverviewWidget::buildCollection(QVBoxLayout* layout)
{
    QFormLayout* form = section(layout, layout->parentWidget(), tr("Stem-cell collection"));
    QWidget* box = form->parentWidget();
    const auto& c = m_assessment->collection;
    if (!c) {
        addRow(form, tr("CD34+ total"), text(box, tr("no collection recorded"), {}, kMuted));
        return;
    }
    const bool tandem = c->transplantsPlanned >= 2;
    const QString tip = joinLines(c->explanation);
    addRow(form, tr("CD34+ total"),
           text(box,
                (tandem ? tr("%1 ×10⁶/kg · targets for a tandem transplant")
                        : tr("%1 ×10⁶/kg · targets for a single transplant"))
                    .arg(c->cd34Total.toString()),
                tip));
    const auto target = [&](bool met, const QString& name, int value) {
        const QString label = met ? tr("✓ %1 ≥ %2 ×10⁶/kg met").arg(name).arg(value)
                                  : tr("✗ %1 ≥ %2 ×10⁶/kg not met").arg(name).arg(value);
        return chip(box, label, met ? goodStyle() : warningStyle(), true, tip);
    };
    addRow(form, tr("Targets"),
           row(box, {target(c->meetsMinimum, tr("minimum"), tandem ? 4 : 2),
                     target(c->meetsOptimal, tr("optimal"), tandem ? 8 : 4)}));
}

void AssessmentOverviewWidget::buildTransplants(QVBoxLayout* layout)
{
    QFormLayout* form = section(layout, layout->parentWidget(), tr("Transplants and engraftment"));
    QWidget* box = form->parentWidget();
    if (m_assessment->transplants.isEmpty()) {
        addRow(form, tr("Transplants"), text(box, tr("none recorded"), {}, kMuted));
        return;
    }
    auto* table = new QWidget(box);
    auto* grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(4);
    const QStringList headers{tr("Transplant"), tr("Day 0"), tr("Neutrophils ≥ 0.5 ×10⁹/L"),
                              tr("Platelets ≥ 20 ×10⁹/L"), tr("Platelets ≥ 50 ×10⁹/L")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = text(table, headers.at(column), {}, kMuted);
        grid->addWidget(header, 0, column);
    }
    int r = 1;
    for (const clinical::TransplantAssessment& t : m_assessment->transplants) {
        const QString tip = joinLines(t.engraftment.explanation);
        const QStringList cells{tr("#%1").arg(t.number), t.day0.toString(Qt::ISODate),
                                outcomeText(t.engraftment.neutrophils),
                                outcomeText(t.engraftment.platelets20),
                                outcomeText(t.engraftment.platelets50)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = text(table, cells.at(column), column >= 2 ? tip : QString());
            grid->addWidget(cell, r, column);
        }
        ++r;
    }
    grid->setColumnStretch(5, 1);
    addRow(form, tr("Engraftment (CIBMTR)"), table);

    if (const auto& tandem = m_assessment->tandem) {
        const QString tip = joinLines(tandem->explanation);
        const QString label =
            (tandem->within6Months ? tr("✓ %1 days between day 0s · within 6 months")
                                   : tr("⚠ %1 days between day 0s · beyond 6 months"))
                .arg(tandem->intervalDays);
        addRow(form, tr("Tandem interval"),
               row(box, {chip(box, label, tandem->within6Months ? goodStyle() : warningStyle(),
                              true, tip)}));
    }
}

void AssessmentOverviewWidget::buildPlan(QVBoxLayout* layout)
{
    QFormLayout* form = section(layout, layout->parentWidget(), tr("Treatment plan"));
    QWidget* box = form->parentWidget();
    if (!m_plan) {
        addRow(form, tr("Protocol"), text(box, tr("none applied"), {}, kMuted));
        return;
    }
    const clinical::ProtocolTemplate& protocol = m_plan->protocol.protocol;
    const bool chinese = QLocale().language() == QLocale::Chinese && !protocol.nameZh.isEmpty();
    addRow(form, tr("Protocol"),
           text(box,
                tr("%1 · from %2")
                    .arg(chinese ? protocol.nameZh : protocol.name,
                         m_plan->protocol.start.toString(Qt::ISODate)),
                {}, {}));
    const QList<clinical::PlannedStep>& steps = m_plan->review.steps;
    const auto done = std::count_if(steps.cbegin(), steps.cend(),
                                    [](const clinical::PlannedStep& s) { return s.done(); });
    addRow(form, tr("Steps recorded"),
           text(box, tr("%1 of %2").arg(done).arg(steps.size()), {}, {}));
    const auto next = std::find_if(steps.cbegin(), steps.cend(),
                                   [](const clinical::PlannedStep& s) { return !s.done(); });
    if (next != steps.cend())
        addRow(form, tr("Next step"),
               text(box,
                    tr("%1, expected %2")
                        .arg(clinical::ProtocolPlan::describe(next->step),
                             next->expected.toString(Qt::ISODate)),
                    {}, {}));
}

void AssessmentOverviewWidget::buildAlerts(QVBoxLayout* layout)
{
    QFormLayout* form = section(layout, layout->parentWidget(), tr("Alerts"));
    QWidget* box = form->parentWidget();
    const QList<clinical::PlanAlert> deviations =
        m_plan ? m_plan->review.alerts : QList<clinical::PlanAlert>();
    for (const clinical::PlanAlert& alert : deviations)
        addRow(form, alert.date.toString(Qt::ISODate),
               text(box, tr("⚠ Protocol deviation: %1").arg(alert.message), alert.code, kWarning));
    if (m_assessment->alerts.isEmpty()) {
        if (deviations.isEmpty())
            addRow(form, tr("Open alerts"), text(box, tr("none"), {}, kMuted));
        return;
    }
    for (const clinical::CaseAlert& alert : m_assessment->alerts) {
        const QString severity =
            alert.severity == QLatin1String("warning") ? tr("⚠ Warning") : tr("ℹ Note");
        addRow(form, alert.date.toIso(),
               text(box, tr("%1: %2").arg(severity, alert.message), alert.code, kWarning));
    }
}

void AssessmentOverviewWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace mmtrack::gui
