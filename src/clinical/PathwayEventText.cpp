#include "clinical/PathwayEventText.h"

namespace mmtrack::clinical {

QString PathwayEventText::typeName(EventType type)
{
    switch (type) {
    case EventType::TherapyCycle:
        return tr("Therapy cycle");
    case EventType::NewTherapyLine:
        return tr("New line of therapy");
    case EventType::Mobilization:
        return tr("Stem-cell mobilization");
    case EventType::StemCellCollection:
        return tr("Stem-cell collection");
    case EventType::Admission:
        return tr("Admission");
    case EventType::Discharge:
        return tr("Discharge");
    case EventType::Conditioning:
        return tr("Conditioning");
    case EventType::Transplant:
        return tr("Transplant");
    case EventType::Transfusion:
        return tr("Transfusion");
    case EventType::Reported:
        return tr("Reported");
    }
    return {};
}

QString PathwayEventText::phaseName(const QString& code)
{
    if (code == QLatin1String("induction"))
        return tr("Induction");
    if (code == QLatin1String("consolidation"))
        return tr("Consolidation");
    if (code == QLatin1String("maintenance"))
        return tr("Maintenance");
    return code;
}

QString PathwayEventText::productName(const QString& code)
{
    if (code == QLatin1String("platelets"))
        return tr("Platelets");
    if (code == QLatin1String("red_cells"))
        return tr("Red cells");
    return code;
}

QString PathwayEventText::cd34(const Decimal& perKg)
{
    return tr("CD34+ %1 ×10⁶/kg").arg(perKg.toString());
}

QString PathwayEventText::details(const PathwayEvent& e)
{
    QStringList parts;
    switch (e.type) {
    case EventType::TherapyCycle:
        parts << (e.cycle ? tr("%1 cycle %2").arg(e.regimen).arg(*e.cycle) : e.regimen);
        if (!e.phase.isEmpty())
            parts << phaseName(e.phase);
        if (e.endDate)
            parts << tr("until %1").arg(e.endDate->toIso());
        break;
    case EventType::NewTherapyLine:
        parts << e.reason;
        break;
    case EventType::Mobilization:
        parts << e.agents.join(QStringLiteral(", "));
        break;
    case EventType::StemCellCollection:
        if (e.cd34PerKg)
            parts << cd34(*e.cd34PerKg);
        break;
    case EventType::Conditioning:
        parts << e.regimen;
        break;
    case EventType::Transplant:
        parts << tr("ASCT #%1 (day 0)").arg(e.number.value_or(0));
        if (e.cd34PerKg)
            parts << tr("%1 infused").arg(cd34(*e.cd34PerKg));
        break;
    case EventType::Transfusion:
        parts << productName(e.product);
        break;
    case EventType::Reported:
        parts << e.label << e.note;
        break;
    case EventType::Admission:
    case EventType::Discharge:
        break;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

} // namespace mmtrack::clinical
