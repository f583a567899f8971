// The reports of `patchplanner report ...`: each reads the database and returns a ReportTable
// whose keys are part of the command-line contract (README, DESIGN.md section 4).
#pragma once

#include "models/io/reporttable.h"
#include "models/planning/eosloverview.h"
#include "models/storage/auditlog.h"
#include "models/storage/controlrepository.h"
#include "models/storage/vulnrows.h"
#include "models/result.h"

#include <QDate>

#include <optional>

namespace pp {

class Database;

/// One row per component (a system without components: one row, component keys null). Keys:
/// system_code, system_name, component_kind, vendor, product, version, cpe, environment,
/// exposure, criticality, lifecycle_state (the system's).
Result<ReportTable> inventoryReport(Database &db);

struct EoslReportOptions
{
    QDate today = QDate::currentDate(); ///< local date: days left count from it
    /// The bands of `status`; the stored settings (SettingsRepository) when unset.
    std::optional<LifecycleHorizons> horizons;
    /// Only components past EOSL (also ended on an unknown date) or whose EOSL is within this
    /// many days from today; no end announced and unknown are left out.
    std::optional<int> horizonDays;
};

/// The stable keys of the EOSL report, in column order.
QStringList eoslReportKeys();
/// One row per component, sorted by eosl (ended on an unknown date first, dates ascending, then
/// no end announced, unknown last). Keys: system_code, component_kind, product, version,
/// eol_product, eol_cycle, release_date, support_end, eosl, extended_support_end (ISO dates, or
/// null when the state is not a date: ended on an unknown date, not announced or unknown),
/// status (past|d30|d90|d180|d365|supported|unknown: eosl null with status past = ended on an
/// unknown date; null with supported = no end announced), days_left (eosl - today, negative when
/// past; null without a date), decision (routine|vendor_project|frozen, null when none).
Result<ReportTable> eoslReport(Database &db, const EoslReportOptions &options);
/// The same report handed to @p sink row by row (the command line streams it to its file).
Status writeEoslReport(Database &db, const EoslReportOptions &options, ReportSink &sink);
/// The same table from items already assessed (the roadmap page's export).
ReportTable eoslTable(const QList<EoslItem> &items);

/// The stable keys of the findings report, in column order.
QStringList findingsReportKeys();
/// One row per finding in the default view (every state but resolved; not affected and false
/// positive once their review date has come), sorted by due date (none last), then
/// vulnerability. Keys: vulnerability (CVE or JVNDB id), system_code, component_kind, product,
/// version, state, severity (unknown|none|low|medium|high|critical), cvss (number or null),
/// kev (true/false), due_date (ISO or null), due_rule, track (emergency|regular), match
/// (cpe|name). With @p allStates every finding, resolved ones included.
Result<ReportTable> findingsReport(Database &db, bool allStates = false);
/// The same report handed to @p sink row by row as the database reads it (the command line
/// writes it to its file so; a whole estate's findings are never held at once).
Status writeFindingsReport(Database &db, ReportSink &sink, bool allStates = false);
ReportTable findingsTable(const QList<FindingRow> &rows);

/// The stable keys of the patches report, in column order.
QStringList patchesReportKeys();
/// One row per pending patch, sorted by due date (none last). Keys: system_code, product,
/// version (the component's current one), patch (title; advisory and KB when given),
/// target_version, resolves (array of vulnerability ids; ';'-joined in CSV),
/// due_date, track, reboot (true/false).
Result<ReportTable> patchesReport(Database &db);
ReportTable patchesTable(const QList<PatchRow> &rows);

/// The stable keys of the frozen register report, in column order.
QStringList frozenReportKeys();
/// One row per component of the frozen-systems register (a frozen system's components, and
/// components with a frozen upgrade decision), in EOSL order. Keys: system_code,
/// component_kind, product, version, eosl (ISO date or null), status (as in report eosl),
/// controls (array of the kinds of the controls in effect on it: vendor_support_contract,
/// alternative_service, network_isolation, virtual_patch, feature_disabled,
/// enhanced_monitoring, log_review), next_due (the earliest next due of its periodic
/// controls, or null), gaps (array of gap kinds: eosl_without_support,
/// accepted_without_log_review, acceptance_expired, control_overdue).
Result<ReportTable> frozenReport(Database &db, const QDate &today);
ReportTable frozenTable(const QList<FrozenRegisterRow> &rows, const QDate &today);

/// The stable keys of the due report, in column order.
QStringList dueReportKeys();
/// One row per operational cadence and periodic control due on or before @p until (null: all),
/// overdue first, then by date. Keys: system_code, obligation (the cadence's name or the
/// control's title), kind (vulnerability_scan, backup_restore_drill, eosl_review,
/// incident_profile_review, or a control kind), next_due (ISO date), overdue (true/false).
Result<ReportTable> dueReport(Database &db, const QDate &today, const QDate &until = {});
ReportTable dueTable(const QList<DueItem> &items);

/// The stable keys of the conflicts report, in column order.
QStringList conflictsReportKeys();
/// One row per conflict of every plan that is not done, rolled back or cancelled, by plan
/// window. Keys: plan_id, system_code (null when the conflict is not about one system), kind
/// (outside_window, blackout, holiday, overlapping_plan, owner_double_booked, after_due_date,
/// frozen_without_acceptance, lead_time), reason (plain words, in the user's language).
Result<ReportTable> conflictsReport(Database &db, const QDateTime &now);

/// The stable keys of the systems report, in column order.
QStringList systemsReportKeys();
/// One row per system, by code. Keys: code, name, owner_team, ops_contact, criticality (tier
/// 1-4, a number), environment (production|staging|development), exposure
/// (internet|internal|isolated), lifecycle_state (active|frozen|retiring|retired),
/// window_schedule (the patch window it follows: a group name or RRULE text), components (how
/// many, a number), escalation_contacts, recovery_policy (from its operations profile),
/// updated_at (ISO 8601 UTC). Empty texts are null.
Result<ReportTable> systemsReport(Database &db);

/// The stable keys of the windows report, in column order.
QStringList windowsReportKeys();
/// The maintenance windows (by name), then the blackouts (by first day), one row each. Keys:
/// kind (window|blackout), name, system_code (null: a group's window, or a blackout of every
/// system), group (the group a window applies to, else null), rrule (RFC 5545 RECUR text),
/// time_zone (IANA id), start (a window's first occurrence, ISO 8601 with the zone's offset; a
/// blackout's first day, ISO date), end (a blackout's last day, inclusive), next_start (a
/// window's next occurrence at or after @p now within 400 days, ISO 8601 UTC; null when none),
/// duration_minutes (a number), reason (a blackout's). What does not apply to the kind is null.
Result<ReportTable> windowsReport(Database &db, const QDateTime &now);

/// The stable keys of the audit report, in column order.
QStringList auditReportKeys();
/// The audit trail entries matching @p filter, oldest first. Keys: id (a number), at (ISO 8601
/// UTC), actor, action (create, update, delete, import...), entity (system, component...),
/// entity_id (a number), summary (what changed, in the user's language), before, after (the
/// values before and after as compact JSON text; null for a creation or a deletion).
Result<ReportTable> auditReport(Database &db, const AuditFilter &filter = {});

} // namespace pp
