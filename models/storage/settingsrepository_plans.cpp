// The settings of patch plans (issue 7): lead-time profiles, holidays as blackouts, and the
// step templates users edit. See settingsrepository.h.
#include "models/storage/settingsrepository.h"

namespace pp {
namespace {

QString leadTimesKey(PlanType type)
{
    return QStringLiteral("plan.lead_times.") + toKey(type);
}

const QString kHolidaysKey = QStringLiteral("plan.holidays_are_blackouts");
const QString kTemplatesKey = QStringLiteral("plan.step_templates");

} // namespace

Result<LeadTimeProfile> SettingsRepository::leadTimes(PlanType type) const
{
    auto stored = value(leadTimesKey(type));
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        if (auto profile = parseProfile(**stored); profile && validateProfile(*profile).isEmpty())
            return *profile;
    }
    return defaultLeadTimes(type);
}

Status SettingsRepository::setLeadTimes(PlanType type, const LeadTimeProfile &profile)
{
    if (const QStringList problems = validateProfile(profile); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    return setValue(leadTimesKey(type), profileText(profile));
}

Result<bool> SettingsRepository::holidaysAreBlackouts() const
{
    auto stored = value(kHolidaysKey);
    if (!stored)
        return stored.error();
    return !stored->has_value() || **stored != QLatin1String("false");
}

Status SettingsRepository::setHolidaysAreBlackouts(bool on)
{
    return setValue(kHolidaysKey, on ? QStringLiteral("true") : QStringLiteral("false"));
}

Result<QList<StepTemplate>> SettingsRepository::stepTemplates() const
{
    auto stored = value(kTemplatesKey);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        if (auto parsed = parseTemplates((*stored)->toUtf8()))
            return *parsed;
    }
    return defaultTemplates();
}

Status SettingsRepository::setStepTemplates(const QList<StepTemplate> &templates)
{
    const QByteArray json = templatesToJson(templates);
    auto back = parseTemplates(json);
    if (!back)
        return back.error();
    return setValue(kTemplatesKey, QString::fromUtf8(json));
}

} // namespace pp
