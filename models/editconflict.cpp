#include "models/editconflict.h"

#include "models/tr.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace pp {
namespace {

/// A field of a record: its toJson() key, its label and how its value is shown.
struct FieldSpec
{
    QString key;
    QString label;
    std::function<QString(const QJsonValue &)> format;
};

QString plain(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

template<typename E>
std::function<QString(const QJsonValue &)> enumLabel()
{
    return [](const QJsonValue &v) {
        const auto value = fromKey<E>(v.toString());
        return value ? displayName(*value) : v.toString();
    };
}

QList<FieldSpec> systemFields()
{
    // Built on each call, so the labels follow the translation loaded.
    return {
        {QStringLiteral("code"), Tr::tr("Code"), plain},
        {QStringLiteral("name"), Tr::tr("Name"), plain},
        {QStringLiteral("description"), Tr::tr("Description"), plain},
        {QStringLiteral("owner_team"), Tr::tr("Owner team"), plain},
        {QStringLiteral("ops_contact"), Tr::tr("Ops contact"), plain},
        {QStringLiteral("criticality"), Tr::tr("Criticality"),
         [](const QJsonValue &v) { return criticalityName(v.toInt()); }},
        {QStringLiteral("environment"), Tr::tr("Environment"), enumLabel<Environment>()},
        {QStringLiteral("exposure"), Tr::tr("Exposure"), enumLabel<Exposure>()},
        {QStringLiteral("lifecycle_state"), Tr::tr("Lifecycle state"), enumLabel<LifecycleState>()},
        {QStringLiteral("window_schedule"), Tr::tr("Patch window"), plain},
        {QStringLiteral("initial_response"), Tr::tr("Initial response"), plain},
        {QStringLiteral("escalation_contacts"), Tr::tr("Escalation contacts"), plain},
        {QStringLiteral("recovery_policy"), Tr::tr("Recovery policy"), plain},
        {QStringLiteral("trace_check_procedure"), Tr::tr("Trace check"), plain},
        {QStringLiteral("log_short_term"), Tr::tr("Logs, short term"), plain},
        {QStringLiteral("log_long_term"), Tr::tr("Logs, long term"), plain},
    };
}

QList<FieldSpec> componentFields(const QHash<qint64, QString> &systemNames)
{
    return {
        {QStringLiteral("system_id"), Tr::tr("System"),
         [systemNames](const QJsonValue &v) {
             const qint64 id = v.toInteger();
             return systemNames.value(id, Tr::tr("System #%1").arg(id));
         }},
        {QStringLiteral("component_kind"), Tr::tr("Kind"), enumLabel<ComponentKind>()},
        {QStringLiteral("vendor"), Tr::tr("Vendor"), plain},
        {QStringLiteral("product"), Tr::tr("Product"), plain},
        {QStringLiteral("version"), Tr::tr("Version"), plain},
        {QStringLiteral("instances"), Tr::tr("Instances"), plain},
        {QStringLiteral("cpe"), Tr::tr("CPE 2.3 name"), plain},
        {QStringLiteral("purl"), Tr::tr("Package URL"), plain},
        {QStringLiteral("eol_product"), Tr::tr("endoflife.date product"), plain},
        {QStringLiteral("eol_cycle"), Tr::tr("endoflife.date cycle"), plain},
        {QStringLiteral("notes"), Tr::tr("Notes"), plain},
    };
}

QList<FieldDifference> compare(const QList<FieldSpec> &fields, const QJsonObject &mine,
                               const std::optional<QJsonObject> &theirs,
                               const std::optional<QJsonObject> &base)
{
    QList<FieldDifference> out;
    for (const FieldSpec &field : fields) {
        const QJsonValue m = mine.value(field.key);
        if (theirs) {
            const QJsonValue t = theirs->value(field.key);
            if (m == t)
                continue;
            FieldDifference d{field.key, field.label, field.format(m), field.format(t)};
            if (base) {
                d.changedByMe = base->value(field.key) != m;
                d.changedByThem = base->value(field.key) != t;
            }
            out << d;
        } else {
            // Deleted: everything the user would bring back.
            const QString shown = field.format(m);
            if (shown.isEmpty())
                continue;
            FieldDifference d{field.key, field.label, shown, QString()};
            d.changedByThem = true;
            d.changedByMe = base && base->value(field.key) != m;
            out << d;
        }
    }
    return out;
}

template<typename T>
std::optional<QJsonObject> jsonOf(const std::optional<T> &record)
{
    if (!record)
        return std::nullopt;
    return record->toJson();
}

} // namespace

QList<FieldDifference> compareSystems(const System &mine, const std::optional<System> &theirs,
                                      const std::optional<System> &base)
{
    return compare(systemFields(), mine.toJson(), jsonOf(theirs), jsonOf(base));
}

QList<FieldDifference> compareComponents(const Component &mine,
                                         const std::optional<Component> &theirs,
                                         const std::optional<Component> &base,
                                         const QHash<qint64, QString> &systemNames)
{
    return compare(componentFields(systemNames), mine.toJson(), jsonOf(theirs), jsonOf(base));
}

} // namespace pp
