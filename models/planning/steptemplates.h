// Step templates (DESIGN.md section 3; issue 7, item 3): the pre, apply, post and rollback
// steps a new plan starts with, in English and Japanese. The defaults are in
// resources/templates/steps.json (resource ":/templates/steps.json"); users edit a copy that the
// storage layer keeps in the database as templatesToJson().
//
// JSON schema, version 1:
//   {
//     "version": 1,                      // required; a higher version is refused
//     "steps": [                         // at most 1000
//       {
//         "key": "pre.suppress_monitoring",  // required, unique
//         "phase": "pre",                    // pre | apply | post | rollback (milestones come
//                                            // from the lead-time profile, not from templates)
//         "position": 70,                    // order; steps are sorted by phase, then position
//         "title": {"en": "...", "ja": "..."},  // both required
//         "detail": {"en": "...", "ja": "..."}, // optional
//         "owner_role": "operations",        // operations | infrastructure | application |
//                                            // network | security | vendor (or any other role)
//         "duration_minutes": 10,            // integer >= 0
//         "effect": "suppress_monitoring",   // optional: "" | suppress_monitoring |
//                                            // restore_monitoring | open_access | close_access
//         "pair_key": "post.restore_monitoring", // the restoring step of a suppressing or
//                                            // opening one: must be a key of this file whose
//                                            // effect restores it
//         "kinds": ["os"],                   // optional component kinds; absent or [] = every
//         "on_site_only": false              // optional; only when the work is on site
//       }
//     ]
//   }
#pragma once

#include "models/domain/enums.h"
#include "models/domain/plan.h"
#include "models/planning/planrules.h"
#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pp {

struct StepTemplate
{
    QString key;
    StepPhase phase = StepPhase::Pre;
    QString titleEn;
    QString titleJa;
    QString detailEn;
    QString detailJa;
    QString ownerRole;
    int durationMinutes = 0;
    StepEffect effect = StepEffect::None;
    QString pairKey;            ///< the key of the restoring template ("" = none)
    QList<ComponentKind> kinds; ///< empty = every kind
    bool onSiteOnly = false;
    int position = 0;

    bool operator==(const StepTemplate &) const = default;
};

/// The owner roles of the default templates, in display order.
QStringList defaultOwnerRoles();

/// Reads and checks a template file (schema above). Refused (InputRejected) with a message
/// naming the step and the field: not JSON, wrong or missing version, unknown phase, effect or
/// kind, a missing title, a negative duration, a duplicate key, an unknown pair key or a pair
/// that does not restore what the step suppresses or opens. Templates come back in file order.
Result<QList<StepTemplate>> parseTemplates(const QByteArray &json);
/// The defaults from the resource. Never empty in a correct build (the resource is checked by
/// tst_steptemplates); Q_ASSERTs and returns an empty list if it is broken.
QList<StepTemplate> defaultTemplates();
/// Writes @p templates in the schema above (version 1), for parseTemplates() to read back.
QByteArray templatesToJson(const QList<StepTemplate> &templates);

/// The steps of a new plan: the templates that apply (on-site ones only when @p onSite; those
/// with kinds only when one of them is in @p kindsInScope), sorted by phase and then position,
/// numbered from @p firstPosition. Titles and details in Japanese when @p language is "ja",
/// else English. Each step's templateKey is its template's key, its ids 0. A pair is carried as
/// pairsWithStepId = unsavedStepRef(position of the restoring step) (see planrules.h); when the
/// restoring template does not apply, pairsWithStepId stays 0 and unpairedSteps() matches by
/// order. Steps carry no explicit dependencies: they run in position order.
QList<PlanStep> stepsFromTemplates(const QList<StepTemplate> &templates,
                                   const QList<ComponentKind> &kindsInScope, bool onSite,
                                   const QString &language, int firstPosition = 1);
/// A new plan's steps: the milestones of @p profile (positions 1..m) followed by
/// stepsFromTemplates() (from m + 1), scheduled (scheduleSteps()).
QList<PlanStep> initialPlanSteps(const Plan &plan, const LeadTimeProfile &profile,
                                 const QList<StepTemplate> &templates,
                                 const QList<ComponentKind> &kindsInScope, bool onSite,
                                 const QString &language);

} // namespace pp
