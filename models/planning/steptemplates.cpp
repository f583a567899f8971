// Step templates: reading, writing and turning them into steps (see steptemplates.h).
#include "models/planning/steptemplates.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

// pp_models is a static library: its resources must be registered by hand, outside any namespace.
static void initTemplateResources()
{
    Q_INIT_RESOURCE(pp_templates);
}

namespace pp {
namespace Internal {

/// The translation context of the template messages.
struct StepTemplatesTr
{
    Q_DECLARE_TR_FUNCTIONS(StepTemplates)
};

} // namespace Internal

namespace {

using Internal::StepTemplatesTr;

constexpr int kSchemaVersion = 1;
constexpr qsizetype kMaxFileBytes = 4 * 1024 * 1024;
constexpr qsizetype kMaxSteps = 1000;
constexpr int kMaxDurationMinutes = 7 * 24 * 60;

int phaseOrder(StepPhase p)
{
    switch (p) {
    case StepPhase::Milestone: return 0;
    case StepPhase::Pre: return 1;
    case StepPhase::Apply: return 2;
    case StepPhase::Post: return 3;
    case StepPhase::Rollback: return 4;
    }
    return 5;
}

/// The effect that undoes @p e (None when it needs no partner).
StepEffect restoringEffect(StepEffect e)
{
    switch (e) {
    case StepEffect::SuppressMonitoring: return StepEffect::RestoreMonitoring;
    case StepEffect::OpenAccess: return StepEffect::CloseAccess;
    default: return StepEffect::None;
    }
}

QJsonObject texts(const QString &en, const QString &ja)
{
    return {{QStringLiteral("en"), en}, {QStringLiteral("ja"), ja}};
}

} // namespace

QStringList defaultOwnerRoles()
{
    return {QStringLiteral("operations"), QStringLiteral("infrastructure"),
            QStringLiteral("application"), QStringLiteral("network"), QStringLiteral("security"),
            QStringLiteral("vendor")};
}

Result<QList<StepTemplate>> parseTemplates(const QByteArray &json)
{
    if (json.size() > kMaxFileBytes)
        return rejected(StepTemplatesTr::tr("The step templates are larger than %1 MB.")
                            .arg(kMaxFileBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return rejected(StepTemplatesTr::tr("The step templates are not valid JSON: %1 at "
                                            "character %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!doc.isObject())
        return rejected(StepTemplatesTr::tr("The step templates must be a JSON object with "
                                            "\"version\" and \"steps\"."));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        return rejected(StepTemplatesTr::tr("The step templates have no \"version\"."));
    if (version.toDouble() != kSchemaVersion) {
        return rejected(version.toDouble() > kSchemaVersion
                            ? StepTemplatesTr::tr("The step templates are version %1; this "
                                                  "version of the program reads version %2.")
                                  .arg(version.toDouble())
                                  .arg(kSchemaVersion)
                            : StepTemplatesTr::tr("Unknown step template version %1.")
                                  .arg(version.toDouble()));
    }
    const QJsonValue stepsValue = root.value(QStringLiteral("steps"));
    if (!stepsValue.isArray())
        return rejected(StepTemplatesTr::tr("The step templates have no \"steps\" list."));
    const QJsonArray array = stepsValue.toArray();
    if (array.size() > kMaxSteps)
        return rejected(StepTemplatesTr::tr("The step templates have %1 steps; at most %2 are "
                                            "allowed.")
                            .arg(array.size())
                            .arg(kMaxSteps));

    QList<StepTemplate> out;
    QSet<QString> keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int number = int(i) + 1;
        if (!array.at(i).isObject())
            return rejected(StepTemplatesTr::tr("Step template %1 is not a JSON object.")
                                .arg(number));
        const QJsonObject o = array.at(i).toObject();
        StepTemplate t;
        t.key = o.value(QStringLiteral("key")).toString().trimmed();
        if (t.key.isEmpty())
            return rejected(StepTemplatesTr::tr("Step template %1 has no \"key\".").arg(number));
        // Names the step in every later message: "Step template 3 (pre.backup)".
        const QString where = StepTemplatesTr::tr("Step template %1 (%2)").arg(number).arg(t.key);
        if (keys.contains(t.key))
            return rejected(StepTemplatesTr::tr("%1: the key is used by another step template.")
                                .arg(where));
        keys.insert(t.key);

        const QString phaseKey = o.value(QStringLiteral("phase")).toString();
        const std::optional<StepPhase> phase = fromKey<StepPhase>(phaseKey);
        if (!phase || *phase == StepPhase::Milestone)
            return rejected(StepTemplatesTr::tr("%1: unknown phase “%2”; use pre, apply, post "
                                                "or rollback.")
                                .arg(where, phaseKey));
        t.phase = *phase;

        const QJsonObject title = o.value(QStringLiteral("title")).toObject();
        t.titleEn = title.value(QStringLiteral("en")).toString().trimmed();
        t.titleJa = title.value(QStringLiteral("ja")).toString().trimmed();
        if (t.titleEn.isEmpty())
            return rejected(StepTemplatesTr::tr("%1: the English title (title.en) is missing.")
                                .arg(where));
        if (t.titleJa.isEmpty())
            return rejected(StepTemplatesTr::tr("%1: the Japanese title (title.ja) is missing.")
                                .arg(where));
        const QJsonObject detail = o.value(QStringLiteral("detail")).toObject();
        t.detailEn = detail.value(QStringLiteral("en")).toString().trimmed();
        t.detailJa = detail.value(QStringLiteral("ja")).toString().trimmed();
        t.ownerRole = o.value(QStringLiteral("owner_role")).toString().trimmed();

        const QJsonValue duration = o.value(QStringLiteral("duration_minutes"));
        if (!duration.isDouble() || duration.toDouble() != std::floor(duration.toDouble()))
            return rejected(StepTemplatesTr::tr("%1: \"duration_minutes\" must be a whole "
                                                "number of minutes.")
                                .arg(where));
        if (duration.toDouble() < 0)
            return rejected(StepTemplatesTr::tr("%1: the duration cannot be negative (%2 "
                                                "minutes).")
                                .arg(where)
                                .arg(duration.toDouble()));
        if (duration.toDouble() > kMaxDurationMinutes)
            return rejected(StepTemplatesTr::tr("%1: a duration of %2 minutes is longer than a "
                                                "week.")
                                .arg(where)
                                .arg(duration.toDouble()));
        t.durationMinutes = duration.toInt();

        const QJsonValue position = o.value(QStringLiteral("position"));
        if (!position.isUndefined() && !position.isDouble())
            return rejected(StepTemplatesTr::tr("%1: \"position\" must be a number.").arg(where));
        t.position = position.isDouble() ? position.toInt() : number;

        const QString effectKey = o.value(QStringLiteral("effect")).toString();
        const std::optional<StepEffect> effect = fromKey<StepEffect>(effectKey);
        if (!effect)
            return rejected(StepTemplatesTr::tr("%1: unknown effect “%2”.").arg(where, effectKey));
        t.effect = *effect;
        t.pairKey = o.value(QStringLiteral("pair_key")).toString().trimmed();

        const QJsonValue kinds = o.value(QStringLiteral("kinds"));
        if (!kinds.isUndefined() && !kinds.isNull() && !kinds.isArray())
            return rejected(StepTemplatesTr::tr("%1: \"kinds\" must be a list of component "
                                                "kinds.")
                                .arg(where));
        for (const QJsonValue &k : kinds.toArray()) {
            const std::optional<ComponentKind> kind = fromKey<ComponentKind>(k.toString());
            if (!kind)
                return rejected(StepTemplatesTr::tr("%1: unknown component kind “%2”; use %3.")
                                    .arg(where, k.toString(), keyList<ComponentKind>()));
            if (!t.kinds.contains(*kind))
                t.kinds.append(*kind);
        }
        t.onSiteOnly = o.value(QStringLiteral("on_site_only")).toBool(false);
        out.append(t);
    }

    // Pairs, once every key is known.
    QHash<QString, const StepTemplate *> byKey;
    for (const StepTemplate &t : out)
        byKey.insert(t.key, &t);
    for (const StepTemplate &t : out) {
        if (t.pairKey.isEmpty())
            continue;
        const StepTemplate *partner = byKey.value(t.pairKey);
        if (!partner)
            return rejected(StepTemplatesTr::tr("Step template %1: the pair key “%2” is not the "
                                                "key of any step template.")
                                .arg(t.key, t.pairKey));
        if (restoringEffect(t.effect) == StepEffect::None)
            return rejected(StepTemplatesTr::tr("Step template %1: only a step that suppresses "
                                                "monitoring or opens access has a pair key.")
                                .arg(t.key));
        if (partner->effect != restoringEffect(t.effect))
            return rejected(StepTemplatesTr::tr("Step template %1: its pair %2 does not undo "
                                                "what it does (expected effect “%3”).")
                                .arg(t.key, t.pairKey, toKey(restoringEffect(t.effect))));
    }
    return out;
}

QList<StepTemplate> defaultTemplates()
{
    initTemplateResources();
    QFile file(QStringLiteral(":/templates/steps.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        Q_ASSERT_X(false, "defaultTemplates", "resource :/templates/steps.json missing");
        return {};
    }
    Result<QList<StepTemplate>> parsed = parseTemplates(file.readAll());
    if (!parsed) {
        Q_ASSERT_X(false, "defaultTemplates", qPrintable(parsed.error().message));
        return {};
    }
    return std::move(parsed).value();
}

QByteArray templatesToJson(const QList<StepTemplate> &templates)
{
    QJsonArray steps;
    for (const StepTemplate &t : templates) {
        QJsonObject o{{QStringLiteral("key"), t.key},
                      {QStringLiteral("phase"), toKey(t.phase)},
                      {QStringLiteral("position"), t.position},
                      {QStringLiteral("title"), texts(t.titleEn, t.titleJa)},
                      {QStringLiteral("owner_role"), t.ownerRole},
                      {QStringLiteral("duration_minutes"), t.durationMinutes}};
        if (!t.detailEn.isEmpty() || !t.detailJa.isEmpty())
            o.insert(QStringLiteral("detail"), texts(t.detailEn, t.detailJa));
        if (t.effect != StepEffect::None)
            o.insert(QStringLiteral("effect"), toKey(t.effect));
        if (!t.pairKey.isEmpty())
            o.insert(QStringLiteral("pair_key"), t.pairKey);
        if (!t.kinds.isEmpty()) {
            QJsonArray kinds;
            for (ComponentKind k : t.kinds)
                kinds.append(toKey(k));
            o.insert(QStringLiteral("kinds"), kinds);
        }
        if (t.onSiteOnly)
            o.insert(QStringLiteral("on_site_only"), true);
        steps.append(o);
    }
    const QJsonObject root{{QStringLiteral("version"), kSchemaVersion},
                           {QStringLiteral("steps"), steps}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<PlanStep> stepsFromTemplates(const QList<StepTemplate> &templates,
                                   const QList<ComponentKind> &kindsInScope, bool onSite,
                                   const QString &language, int firstPosition)
{
    QList<const StepTemplate *> chosen;
    for (const StepTemplate &t : templates) {
        if (t.onSiteOnly && !onSite)
            continue;
        if (!t.kinds.isEmpty()
            && std::none_of(t.kinds.cbegin(), t.kinds.cend(),
                            [&](ComponentKind k) { return kindsInScope.contains(k); }))
            continue;
        chosen.append(&t);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const StepTemplate *a, const StepTemplate *b) {
        if (phaseOrder(a->phase) != phaseOrder(b->phase))
            return phaseOrder(a->phase) < phaseOrder(b->phase);
        return a->position < b->position;
    });

    const bool ja = language.trimmed().toLower().startsWith(QLatin1String("ja"));
    QHash<QString, int> positionOfKey;
    QList<PlanStep> steps;
    int position = firstPosition;
    for (const StepTemplate *t : chosen) {
        PlanStep s;
        s.position = position++;
        s.phase = t->phase;
        s.templateKey = t->key;
        s.title = ja && !t->titleJa.isEmpty() ? t->titleJa : t->titleEn;
        s.detail = ja && !t->detailJa.isEmpty() ? t->detailJa : t->detailEn;
        s.ownerRole = t->ownerRole;
        s.durationMinutes = std::max(0, t->durationMinutes);
        s.effect = t->effect;
        positionOfKey.insert(t->key, s.position);
        steps.append(s);
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString &pairKey = chosen.at(i)->pairKey;
        if (!pairKey.isEmpty() && positionOfKey.contains(pairKey))
            steps[i].pairsWithStepId = unsavedStepRef(positionOfKey.value(pairKey));
    }
    return steps;
}

QList<PlanStep> initialPlanSteps(const Plan &plan, const LeadTimeProfile &profile,
                                 const QList<StepTemplate> &templates,
                                 const QList<ComponentKind> &kindsInScope, bool onSite,
                                 const QString &language)
{
    QList<PlanStep> steps = milestoneSteps(plan, profile);
    steps += stepsFromTemplates(templates, kindsInScope, onSite, language,
                                int(steps.size()) + 1);
    for (PlanStep &s : steps)
        s.planId = plan.id;
    return scheduleSteps(std::move(steps), plan);
}

} // namespace pp
