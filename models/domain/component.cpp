#include "models/domain/component.h"

namespace pp {

QJsonObject Component::toJson() const
{
    return QJsonObject{
        {QStringLiteral("system_id"), systemId},
        {QStringLiteral("component_kind"), toKey(kind)},
        {QStringLiteral("vendor"), vendor},
        {QStringLiteral("product"), product},
        {QStringLiteral("version"), version},
        {QStringLiteral("instances"), instances},
        {QStringLiteral("cpe"), cpe},
        {QStringLiteral("purl"), purl},
        {QStringLiteral("eol_product"), eolProduct},
        {QStringLiteral("eol_cycle"), eolCycle},
        {QStringLiteral("notes"), notes},
    };
}

bool Component::sameContent(const Component &o) const
{
    return toJson() == o.toJson();
}

QString Component::label() const
{
    QStringList parts;
    for (const QString &p : {vendor, product, version}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace pp
