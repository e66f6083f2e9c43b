#include "clinical/PathwayEventValidator.h"

#include "clinical/PathwayEventText.h"

#include <algorithm>

namespace mmtrack::clinical {

namespace {

// The fields an event has a value in, whatever its type.
QStringList fieldsSetIn(const PathwayEvent& e)
{
    QStringList set;
    if (e.endDate)
        set << eventField::endDate;
    if (!e.phase.isEmpty())
        set << eventField::phase;
    if (!e.regimen.isEmpty())
        set << eventField::regimen;
    if (e.cycle)
        set << eventField::cycle;
    if (e.number)
        set << eventField::number;
    if (e.cd34PerKg)
        set << eventField::cd34;
    if (!e.agents.isEmpty())
        set << eventField::agents;
    if (!e.product.isEmpty())
        set << eventField::product;
    if (!e.label.isEmpty())
        set << eventField::label;
    if (!e.note.isEmpty())
        set << eventField::note;
    if (!e.reason.isEmpty())
        set << eventField::reason;
    return set;
}

bool names(const Problems& problems, const QString& field)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const Problem& p) { return p.where == field; });
}

} // namespace

QStringList PathwayEventValidator::fieldsOf(EventType type)
{
    switch (type) {
    case EventType::TherapyCycle:
        return {eventField::phase, eventField::regimen, eventField::cycle, eventField::endDate};
    case EventType::NewTherapyLine:
        return {eventField::reason};
    case EventType::Mobilization:
        return {eventField::agents};
    case EventType::StemCellCollection:
        return {eventField::cd34};
    case EventType::Conditioning:
        return {eventField::regimen};
    case EventType::Transplant:
        return {eventField::number, eventField::cd34};
    case EventType::Transfusion:
        return {eventField::product};
    case EventType::Reported:
        return {eventField::label, eventField::note};
    case EventType::Admission:
    case EventType::Discharge:
        break;
    }
    return {};
}

QStringList PathwayEventValidator::requiredFieldsOf(EventType type)
{
    switch (type) {
    case EventType::TherapyCycle:
        return {eventField::phase, eventField::regimen};
    case EventType::StemCellCollection:
        return {eventField::cd34};
    case EventType::Conditioning:
        return {eventField::regimen};
    case EventType::Transplant:
        return {eventField::number};
    case EventType::Transfusion:
        return {eventField::product};
    case EventType::Reported:
        return {eventField::label};
    default:
        break;
    }
    return {};
}

QStringList PathwayEventValidator::phaseCodes()
{
    return {QStringLiteral("induction"), QStringLiteral("consolidation"),
            QStringLiteral("maintenance")};
}

QStringList PathwayEventValidator::productCodes()
{
    return {QStringLiteral("platelets"), QStringLiteral("red_cells")};
}

Result<PathwayEvent> PathwayEventValidator::fromDraft(const PathwayEventDraft& draft, QDate today)
{
    Problems problems;
    const QString typeCode = draft.type.trimmed();
    const std::optional<EventType> type = eventTypeFromCode(typeCode);
    if (typeCode.isEmpty())
        return Problem{eventField::type, tr("Choose the type of event.")};
    if (!type)
        return Problem{eventField::type,
                       tr("Unknown event type \"%1\": use one of %2.")
                           .arg(typeCode, allEventTypeCodes().join(QStringLiteral(", ")))};
    PathwayEvent event;
    event.type = *type;

    auto parseDate = [&](const QString& text, const QString& where) -> std::optional<PartialDate> {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        auto date = PartialDate::fromIso(text.trimmed());
        if (!date)
            problems << Problem{where, tr("\"%1\" is not a date: write YYYY-MM-DD, or YYYY-MM "
                                          "or YYYY when only that much is known.")
                                           .arg(text.trimmed())};
        return date;
    };
    if (draft.date.trimmed().isEmpty())
        problems << Problem{eventField::date, tr("Required: the date of the event.")};
    else if (const auto date = parseDate(draft.date, eventField::date))
        event.date = *date;
    event.endDate = parseDate(draft.endDate, eventField::endDate);

    auto parseInt = [&](const QString& text, const QString& where) -> std::optional<int> {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        bool ok = false;
        const int value = text.trimmed().toInt(&ok);
        if (!ok)
            problems << Problem{where, tr("\"%1\" is not a whole number.").arg(text.trimmed())};
        return ok ? std::optional<int>(value) : std::nullopt;
    };
    event.cycle = parseInt(draft.cycle, eventField::cycle);
    event.number = parseInt(draft.number, eventField::number);
    if (!draft.cd34.trimmed().isEmpty()) {
        event.cd34PerKg = Decimal::parse(draft.cd34.trimmed());
        if (!event.cd34PerKg)
            problems << Problem{
                eventField::cd34,
                tr("\"%1\" is not a number of ×10⁶ CD34+ cells per kg.").arg(draft.cd34.trimmed())};
    }
    for (const QString& agent : draft.agents.split(QLatin1Char(',')))
        if (!agent.trimmed().isEmpty())
            event.agents << agent.trimmed();
    event.phase = draft.phase.trimmed();
    event.regimen = draft.regimen.trimmed();
    event.product = draft.product.trimmed();
    event.label = draft.label.trimmed();
    event.note = draft.note.trimmed();
    event.reason = draft.reason.trimmed();

    // A field that could not be parsed is named once, not again as "required".
    for (const Problem& problem : check(event, today))
        if (!names(problems, problem.where))
            problems << problem;
    if (!problems.isEmpty())
        return problems;
    return event;
}

Problems PathwayEventValidator::check(const PathwayEvent& event, QDate today)
{
    Problems problems;
    const QString typeName = PathwayEventText::typeName(event.type);
    // Recorded events have happened; plans are kept elsewhere.
    if (event.date.earliest() > today)
        problems << Problem{eventField::date,
                            tr("The date %1 is in the future.").arg(event.date.toIso())};
    const QStringList taken = fieldsOf(event.type);
    for (const QString& field : fieldsSetIn(event))
        if (!taken.contains(field))
            problems << Problem{field, tr("A %1 event does not take this field.").arg(typeName)};

    auto shortText = [&](const QString& text, const QString& where, int max) {
        if (text.size() > max)
            problems << Problem{where, tr("At most %1 characters.").arg(max)};
    };
    shortText(event.regimen, eventField::regimen, kMaxShortText);
    shortText(event.label, eventField::label, kMaxShortText);
    shortText(event.note, eventField::note, kMaxLongText);
    shortText(event.reason, eventField::reason, kMaxLongText);
    for (const QString& agent : event.agents)
        shortText(agent, eventField::agents, kMaxShortText);
    if (event.cd34PerKg && event.cd34PerKg->isNegative())
        problems << Problem{eventField::cd34, tr("A CD34+ count cannot be negative.")};

    switch (event.type) {
    case EventType::TherapyCycle:
        if (event.phase.isEmpty())
            problems << Problem{eventField::phase, tr("Required: induction, consolidation or "
                                                      "maintenance.")};
        else if (!phaseCodes().contains(event.phase))
            problems << Problem{eventField::phase, tr("Unknown phase \"%1\": use induction, "
                                                      "consolidation or maintenance.")
                                                       .arg(event.phase)};
        if (event.regimen.isEmpty())
            problems << Problem{eventField::regimen, tr("Required: the regimen, e.g. VRD.")};
        if (event.cycle && (*event.cycle < 1 || *event.cycle > kMaxCycle))
            problems << Problem{eventField::cycle,
                                tr("A cycle number is from 1 to %1.").arg(kMaxCycle)};
        // An end date may lie ahead: a cycle is recorded when it starts.
        if (event.endDate && event.endDate->latest() < event.date.earliest())
            problems << Problem{eventField::endDate,
                                tr("The end date %1 is before the start %2.")
                                    .arg(event.endDate->toIso(), event.date.toIso())};
        break;
    case EventType::Conditioning:
        if (event.regimen.isEmpty())
            problems << Problem{eventField::regimen,
                                tr("Required: the conditioning regimen, e.g. MEL200.")};
        break;
    case EventType::StemCellCollection:
        if (!event.cd34PerKg)
            problems << Problem{eventField::cd34,
                                tr("Required: the day's CD34+ yield in ×10⁶/kg.")};
        break;
    case EventType::Transplant:
        if (!event.number)
            problems << Problem{eventField::number,
                                tr("Required: 1 for the first transplant, 2 for the second.")};
        else if (*event.number != 1 && *event.number != 2)
            problems << Problem{eventField::number, tr("The transplant number is 1 or 2.")};
        break;
    case EventType::Transfusion:
        if (event.product.isEmpty())
            problems << Problem{eventField::product, tr("Required: platelets or red_cells.")};
        else if (!productCodes().contains(event.product))
            problems << Problem{
                eventField::product,
                tr("Unknown product \"%1\": use platelets or red_cells.").arg(event.product)};
        break;
    case EventType::Reported:
        if (event.label.isEmpty())
            problems << Problem{eventField::label,
                                tr("Required: what was reported, e.g. \"WBC engrafted\".")};
        break;
    case EventType::NewTherapyLine:
    case EventType::Mobilization:
    case EventType::Admission:
    case EventType::Discharge:
        break;
    }
    return problems;
}

PathwayEventDraft PathwayEventValidator::toDraft(const PathwayEvent& e)
{
    PathwayEventDraft draft;
    draft.type = eventTypeCode(e.type);
    draft.date = e.date.toIso();
    draft.endDate = e.endDate ? e.endDate->toIso() : QString();
    draft.phase = e.phase;
    draft.regimen = e.regimen;
    draft.cycle = e.cycle ? QString::number(*e.cycle) : QString();
    draft.number = e.number ? QString::number(*e.number) : QString();
    draft.cd34 = e.cd34PerKg ? e.cd34PerKg->toString() : QString();
    draft.agents = e.agents.join(QStringLiteral(", "));
    draft.product = e.product;
    draft.label = e.label;
    draft.note = e.note;
    draft.reason = e.reason;
    return draft;
}

void PathwayEventValidator::keepFieldsOfType(PathwayEventDraft& draft)
{
    const auto type = eventTypeFromCode(draft.type.trimmed());
    const QStringList taken = type ? fieldsOf(*type) : QStringList();
    const std::pair<const QString*, QString PathwayEventDraft::*> fields[] = {
        {&eventField::endDate, &PathwayEventDraft::endDate},
        {&eventField::phase, &PathwayEventDraft::phase},
        {&eventField::regimen, &PathwayEventDraft::regimen},
        {&eventField::cycle, &PathwayEventDraft::cycle},
        {&eventField::number, &PathwayEventDraft::number},
        {&eventField::cd34, &PathwayEventDraft::cd34},
        {&eventField::agents, &PathwayEventDraft::agents},
        {&eventField::product, &PathwayEventDraft::product},
        {&eventField::label, &PathwayEventDraft::label},
        {&eventField::note, &PathwayEventDraft::note},
        {&eventField::reason, &PathwayEventDraft::reason},
    };
    for (const auto& [field, member] : fields)
        if (!taken.contains(*field))
            (draft.*member).clear();
}

} // namespace mmtrack::clinical
