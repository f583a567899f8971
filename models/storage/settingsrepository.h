// The rule settings of DESIGN.md section 3 (every number there is a setting the user can change),
// stored as key/value text in the settings table; each change is audited.
#pragma once

#include "models/planning/duepolicy.h"
#include "models/planning/lifecyclestatus.h"
#include "models/planning/planrules.h"
#include "models/planning/steptemplates.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pp {

class Database;

class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(Database &db) : m_db(db) { }

    /// The key of the EOSL horizons: four day counts, "30,90,180,365".
    static QString lifecycleHorizonsKey();

    /// The stored text of @p key; nullopt when it was never set.
    Result<std::optional<QString>> value(const QString &key) const;
    /// The stored text, or @p fallback when unset.
    Result<QString> text(const QString &key, const QString &fallback) const;
    /// The stored integer, or @p fallback when unset or not an integer.
    Result<int> integer(const QString &key, int fallback) const;
    /// Stores @p value under @p key (audited, entity "setting"); an unchanged value writes nothing.
    Status setValue(const QString &key, const QString &value);
    /// Forgets @p key (audited), so that the default applies again.
    Status remove(const QString &key);

    /// The EOSL horizons; the defaults (30, 90, 180, 365) when unset or when the stored text is
    /// not four valid horizons.
    Result<LifecycleHorizons> lifecycleHorizons() const;
    /// Stores @p h; rejected when !h.isValid(). With @p expected given, a Conflict when the
    /// stored horizons are no longer @p expected (someone else changed them meanwhile).
    Status setLifecycleHorizons(const LifecycleHorizons &h,
                                const std::optional<LifecycleHorizons> &expected = std::nullopt);

    /// The due-date and track policy (DESIGN.md section 3), one key per number under
    /// "policy.due." (e.g. "policy.due.kev_days"); a key unset or not a valid number keeps its
    /// default, and a stored combination that is not valid as a whole reads as the defaults.
    Result<DuePolicy> duePolicy() const;
    /// Stores @p policy (only the keys that differ are written, each audited); rejected when
    /// !policy.isValid(). With @p expected given, a Conflict when the stored policy is no longer
    /// @p expected.
    Status setDuePolicy(const DuePolicy &policy,
                        const std::optional<DuePolicy> &expected = std::nullopt);
    /// The keys of the due policy, in the order of DuePolicy's fields.
    static QStringList duePolicyKeys();

    /// How many days before its expiry a risk acceptance is shown as expiring (issue 6): key
    /// "policy.acceptance.warning_days", default 30; a stored value that is not a number from 0
    /// to 3650 reads as the default.
    static QString acceptanceWarningDaysKey();
    static constexpr int kDefaultAcceptanceWarningDays = 30;
    Result<int> acceptanceWarningDays() const;
    /// Stores @p days (audited); rejected outside 0..3650.
    Status setAcceptanceWarningDays(int days);

    // --- Patch plans (issue 7; settingsrepository_plans.cpp) ---------------------------------
    /// The lead-time profile of @p type: key "plan.lead_times.regular" / ".emergency" in
    /// profileText() form; the defaults of DESIGN.md section 3 when unset or not valid.
    Result<LeadTimeProfile> leadTimes(PlanType type) const;
    /// Stores a profile (audited); rejected when validateProfile() finds problems.
    Status setLeadTimes(PlanType type, const LeadTimeProfile &profile);
    /// Whether Japanese public holidays count as blackouts: key "plan.holidays_are_blackouts",
    /// default true.
    Result<bool> holidaysAreBlackouts() const;
    Status setHolidaysAreBlackouts(bool on);
    /// The step templates: key "plan.step_templates" (templatesToJson() form) as the users
    /// edited them; the defaults of resources/templates/steps.json when unset or not valid.
    Result<QList<StepTemplate>> stepTemplates() const;
    /// Stores edited templates (audited); rejected when they do not parse back.
    Status setStepTemplates(const QList<StepTemplate> &templates);

    /// "30,90,180,365" and back; nullopt for text that is not four valid horizons.
    static QString horizonsText(const LifecycleHorizons &h);
    static std::optional<LifecycleHorizons> parseHorizons(const QString &text);

private:
    Database &m_db;
};

} // namespace pp
