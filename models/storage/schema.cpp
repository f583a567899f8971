// The schema, one migration step per version. A step is never edited once released: a change
// to the schema is a new step. Types are written with the placeholders of SqlDialect::expand().
#include "models/storage/schema.h"

namespace pp::Internal {
namespace {

// Version 1: the inventory and the audit trail, as first laid.
const char *const kV1[] = {
    R"(CREATE TABLE systems (
        id %PK%,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        owner_team TEXT NOT NULL DEFAULT '',
        ops_contact TEXT NOT NULL DEFAULT '',
        criticality INTEGER NOT NULL DEFAULT 3 CHECK (criticality BETWEEN 1 AND 4),
        environment TEXT NOT NULL DEFAULT 'production'
            CHECK (environment IN ('production','staging','development')),
        exposure TEXT NOT NULL DEFAULT 'internal'
            CHECK (exposure IN ('internet','internal','isolated')),
        lifecycle_state TEXT NOT NULL DEFAULT 'active'
            CHECK (lifecycle_state IN ('active','frozen','retiring','retired')),
        window_schedule TEXT NOT NULL DEFAULT '',
        initial_response TEXT NOT NULL DEFAULT '',
        escalation_contacts TEXT NOT NULL DEFAULT '',
        recovery_policy TEXT NOT NULL DEFAULT '',
        trace_check_procedure TEXT NOT NULL DEFAULT '',
        log_short_term TEXT NOT NULL DEFAULT '',
        log_long_term TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    ))",
    "CREATE INDEX idx_systems_lifecycle ON systems (lifecycle_state)",
    "CREATE INDEX idx_systems_owner ON systems (owner_team)",
    R"(CREATE TABLE components (
        id %PK%,
        system_id %BIGINT% NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('os','middleware','database','runtime','application',
                                           'network','firmware','cloud')),
        vendor TEXT NOT NULL DEFAULT '',
        product TEXT NOT NULL,
        version TEXT NOT NULL DEFAULT '',
        instances INTEGER NOT NULL DEFAULT 1 CHECK (instances >= 0),
        cpe TEXT NOT NULL DEFAULT '',
        eol_product TEXT NOT NULL DEFAULT '',
        eol_cycle TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        UNIQUE (system_id, kind, product, version)
    ))",
    "CREATE INDEX idx_components_system ON components (system_id)",
    "CREATE INDEX idx_components_product ON components (product)",
    "CREATE INDEX idx_components_eol ON components (eol_product, eol_cycle)",
    R"(CREATE TABLE audit_log (
        id %PK%,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id %BIGINT%,
        before_json TEXT NOT NULL DEFAULT '',
        after_json TEXT NOT NULL DEFAULT '',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ))",
    "CREATE INDEX idx_audit_entity ON audit_log (entity, entity_id)",
    "CREATE INDEX idx_audit_at ON audit_log (at)",
    "CREATE INDEX idx_audit_actor ON audit_log (actor)",
};

// Version 2: the rest of the domain (DESIGN.md section 2) laid out before it grows, plus the
// component's purl and settings notes.
const char *const kV2[] = {
    "ALTER TABLE components ADD COLUMN purl TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE components ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX idx_components_cpe ON components (cpe)",

    // Rule settings (due days, lead times...): every number of DESIGN.md section 3.
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",

    // Lifecycle data per endoflife.date product and release cycle, as imported.
    R"(CREATE TABLE lifecycle_releases (
        id %PK%,
        eol_product TEXT NOT NULL,
        cycle TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        release_date TEXT,
        active_support_end TEXT,
        active_support_state TEXT NOT NULL DEFAULT 'unknown',
        security_support_end TEXT,
        security_support_state TEXT NOT NULL DEFAULT 'unknown',
        extended_support_end TEXT,
        extended_support_state TEXT NOT NULL DEFAULT 'unknown',
        lts INTEGER NOT NULL DEFAULT 0,
        latest TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        UNIQUE (eol_product, cycle)
    ))",
    // Manual lifecycle per component; wins over imported data where set.
    R"(CREATE TABLE component_lifecycle (
        component_id %BIGINT% PRIMARY KEY REFERENCES components (id) ON DELETE CASCADE,
        release_date TEXT,
        active_support_end TEXT,
        security_support_end TEXT,
        security_support_state TEXT NOT NULL DEFAULT 'unknown'
            CHECK (security_support_state IN ('date','ended','not_announced','unknown')),
        extended_support_end TEXT,
        extended_contract INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL DEFAULT 'manual',
        source_date TEXT,
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    ))",
    R"(CREATE TABLE upgrade_decisions (
        component_id %BIGINT% PRIMARY KEY REFERENCES components (id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('routine','vendor_project','frozen')),
        target_version TEXT NOT NULL DEFAULT '',
        target_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    ))",

    R"(CREATE TABLE vulnerabilities (
        id %PK%,
        identifier TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        cvss_version TEXT NOT NULL DEFAULT '',
        cvss_score %REAL%,
        cvss_vector TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL DEFAULT '',
        published TEXT,
        last_modified TEXT,
        kev_date_added TEXT,
        kev_due_date TEXT,
        kev_ransomware INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    ))",
    "CREATE INDEX idx_vulns_kev ON vulnerabilities (kev_date_added)",
    "CREATE INDEX idx_vulns_published ON vulnerabilities (published)",
    "CREATE INDEX idx_vulns_severity ON vulnerabilities (severity)",
    R"(CREATE TABLE vuln_aliases (
        vulnerability_id %BIGINT% NOT NULL REFERENCES vulnerabilities (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (vulnerability_id, alias)
    ))",
    "CREATE INDEX idx_vuln_aliases_alias ON vuln_aliases (alias)",
    R"(CREATE TABLE vuln_cpe_matches (
        id %PK%,
        vulnerability_id %BIGINT% NOT NULL REFERENCES vulnerabilities (id) ON DELETE CASCADE,
        config_index INTEGER NOT NULL DEFAULT 0,
        config_operator TEXT NOT NULL DEFAULT '',
        node_index INTEGER NOT NULL DEFAULT 0,
        node_operator TEXT NOT NULL DEFAULT 'OR',
        negate INTEGER NOT NULL DEFAULT 0,
        vulnerable INTEGER NOT NULL DEFAULT 1,
        criteria TEXT NOT NULL,
        cpe_part TEXT NOT NULL DEFAULT '',
        cpe_vendor TEXT NOT NULL DEFAULT '',
        cpe_product TEXT NOT NULL DEFAULT '',
        version_start_including TEXT,
        version_start_excluding TEXT,
        version_end_including TEXT,
        version_end_excluding TEXT
    ))",
    "CREATE INDEX idx_cpe_matches_vuln ON vuln_cpe_matches (vulnerability_id)",
    "CREATE INDEX idx_cpe_matches_product ON vuln_cpe_matches (cpe_vendor, cpe_product)",
    R"(CREATE TABLE vuln_references (
        vulnerability_id %BIGINT% NOT NULL REFERENCES vulnerabilities (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX idx_vuln_refs_vuln ON vuln_references (vulnerability_id)",

    R"(CREATE TABLE findings (
        id %PK%,
        vulnerability_id %BIGINT% NOT NULL REFERENCES vulnerabilities (id) ON DELETE CASCADE,
        component_id %BIGINT% NOT NULL REFERENCES components (id) ON DELETE CASCADE,
        state TEXT NOT NULL DEFAULT 'not_set'
            CHECK (state IN ('not_set','in_triage','affected','not_affected','false_positive',
                             'resolved','risk_accepted')),
        justification TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        detected_at TEXT NOT NULL,
        due_date TEXT,
        due_rule TEXT NOT NULL DEFAULT '',
        track TEXT NOT NULL DEFAULT 'regular' CHECK (track IN ('regular','emergency')),
        track_reason TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT,
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        UNIQUE (vulnerability_id, component_id)
    ))",
    "CREATE INDEX idx_findings_component ON findings (component_id)",
    "CREATE INDEX idx_findings_state_due ON findings (state, due_date)",

    R"(CREATE TABLE patches (
        id %PK%,
        advisory_id TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        vendor TEXT NOT NULL DEFAULT '',
        kb TEXT NOT NULL DEFAULT '',
        fixed_version TEXT NOT NULL DEFAULT '',
        needs_reboot INTEGER NOT NULL DEFAULT 0,
        expected_minutes INTEGER NOT NULL DEFAULT 60,
        can_rollback INTEGER NOT NULL DEFAULT 1,
        notes TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    ))",
    R"(CREATE TABLE patch_findings (
        patch_id %BIGINT% NOT NULL REFERENCES patches (id) ON DELETE CASCADE,
        finding_id %BIGINT% NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        PRIMARY KEY (patch_id, finding_id)
    ))",
    "CREATE INDEX idx_patch_findings_finding ON patch_findings (finding_id)",

    R"(CREATE TABLE controls (
        id %PK%,
        system_id %BIGINT% REFERENCES systems (id) ON DELETE CASCADE,
        component_id %BIGINT% REFERENCES components (id) ON DELETE CASCADE,
        finding_id %BIGINT% REFERENCES findings (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('vendor_support_contract','alternative_service',
            'network_isolation','virtual_patch','feature_disabled','enhanced_monitoring',
            'log_review')),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        cadence_days INTEGER,
        last_done TEXT,
        next_due TEXT,
        valid_from TEXT,
        valid_until TEXT,
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    ))",
    "CREATE INDEX idx_controls_system ON controls (system_id)",
    "CREATE INDEX idx_controls_component ON controls (component_id)",
    "CREATE INDEX idx_controls_finding ON controls (finding_id)",
    "CREATE INDEX idx_controls_next_due ON controls (next_due)",
    R"(CREATE TABLE control_evidence (
        id %PK%,
        control_id %BIGINT% NOT NULL REFERENCES controls (id) ON DELETE CASCADE,
        done_at TEXT NOT NULL,
        done_by TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX idx_control_evidence_control ON control_evidence (control_id)",

    R"(CREATE TABLE risk_acceptances (
        id %PK%,
        finding_id %BIGINT% REFERENCES findings (id) ON DELETE CASCADE,
        component_id %BIGINT% REFERENCES components (id) ON DELETE CASCADE,
        response TEXT NOT NULL DEFAULT 'accept'
            CHECK (response IN ('accept','mitigate','transfer','avoid')),
        requester TEXT NOT NULL,
        approver TEXT,
        approved_at TEXT,
        expires_on TEXT NOT NULL,
        residual_risk TEXT NOT NULL DEFAULT '',
        rationale TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        CHECK (approver IS NULL OR approver <> requester)
    ))",
    "CREATE INDEX idx_risk_finding ON risk_acceptances (finding_id)",
    "CREATE INDEX idx_risk_component ON risk_acceptances (component_id)",
    "CREATE INDEX idx_risk_expires ON risk_acceptances (expires_on)",
    R"(CREATE TABLE risk_acceptance_controls (
        risk_acceptance_id %BIGINT% NOT NULL REFERENCES risk_acceptances (id) ON DELETE CASCADE,
        control_id %BIGINT% NOT NULL REFERENCES controls (id) ON DELETE CASCADE,
        PRIMARY KEY (risk_acceptance_id, control_id)
    ))",

    R"(CREATE TABLE maintenance_windows (
        id %PK%,
        name TEXT NOT NULL,
        system_id %BIGINT% REFERENCES systems (id) ON DELETE CASCADE,
        group_name TEXT NOT NULL DEFAULT '',
        rrule TEXT NOT NULL,
        dtstart TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        timezone TEXT NOT NULL DEFAULT 'Asia/Tokyo',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    ))",
    "CREATE INDEX idx_windows_system ON maintenance_windows (system_id)",
    R"(CREATE TABLE blackouts (
        id %PK%,
        name TEXT NOT NULL,
        system_id %BIGINT% REFERENCES systems (id) ON DELETE CASCADE,
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        CHECK (ends_on >= starts_on)
    ))",
    "CREATE INDEX idx_blackouts_range ON blackouts (starts_on, ends_on)",
    R"(CREATE TABLE holidays (
        day TEXT NOT NULL,
        calendar TEXT NOT NULL DEFAULT 'default',
        name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (calendar, day)
    ))",

    R"(CREATE TABLE plans (
        id %PK%,
        title TEXT NOT NULL,
        plan_type TEXT NOT NULL CHECK (plan_type IN ('regular','emergency')),
        window_start TEXT NOT NULL,
        window_end TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft','in_review','approved','scheduled','in_progress','done',
                              'rolled_back','cancelled')),
        author TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        CHECK (window_end > window_start)
    ))",
    "CREATE INDEX idx_plans_status ON plans (status)",
    "CREATE INDEX idx_plans_window ON plans (window_start)",
    R"(CREATE TABLE plan_systems (
        plan_id %BIGINT% NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        system_id %BIGINT% NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
        PRIMARY KEY (plan_id, system_id)
    ))",
    "CREATE INDEX idx_plan_systems_system ON plan_systems (system_id)",
    R"(CREATE TABLE plan_components (
        plan_id %BIGINT% NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        component_id %BIGINT% NOT NULL REFERENCES components (id) ON DELETE CASCADE,
        PRIMARY KEY (plan_id, component_id)
    ))",
    "CREATE INDEX idx_plan_components_component ON plan_components (component_id)",
    R"(CREATE TABLE plan_patches (
        plan_id %BIGINT% NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        patch_id %BIGINT% NOT NULL REFERENCES patches (id) ON DELETE CASCADE,
        PRIMARY KEY (plan_id, patch_id)
    ))",
    "CREATE INDEX idx_plan_patches_patch ON plan_patches (patch_id)",
    R"(CREATE TABLE plan_steps (
        id %PK%,
        plan_id %BIGINT% NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        phase TEXT NOT NULL CHECK (phase IN ('milestone','pre','apply','post','rollback')),
        template_key TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        owner_role TEXT NOT NULL DEFAULT '',
        planned_start TEXT,
        duration_minutes INTEGER NOT NULL DEFAULT 0,
        pairs_with_step_id %BIGINT% REFERENCES plan_steps (id) ON DELETE SET NULL,
        done_at TEXT,
        done_by TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    ))",
    "CREATE INDEX idx_steps_plan ON plan_steps (plan_id, position)",
    R"(CREATE TABLE step_dependencies (
        step_id %BIGINT% NOT NULL REFERENCES plan_steps (id) ON DELETE CASCADE,
        depends_on_step_id %BIGINT% NOT NULL REFERENCES plan_steps (id) ON DELETE CASCADE,
        PRIMARY KEY (step_id, depends_on_step_id)
    ))",
    R"(CREATE TABLE approvals (
        id %PK%,
        plan_id %BIGINT% NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        approver TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('approved','rejected','provisional')),
        decided_at TEXT NOT NULL,
        checklist_json TEXT NOT NULL DEFAULT '{}',
        comment TEXT NOT NULL DEFAULT '',
        confirmed_at TEXT
    ))",
    "CREATE INDEX idx_approvals_plan ON approvals (plan_id)",

    R"(CREATE TABLE cadences (
        id %PK%,
        system_id %BIGINT% NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('vulnerability_scan','backup_restore_drill',
            'eosl_review','incident_profile_review','control_check')),
        interval_days INTEGER NOT NULL CHECK (interval_days > 0),
        last_done TEXT,
        next_due TEXT,
        note TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        UNIQUE (system_id, kind)
    ))",
    "CREATE INDEX idx_cadences_next_due ON cadences (next_due)",
};

// Version 3: lifecycle data of issue 4. Manual dates get a state (date, ended, not announced,
// unknown) and a source (who, when) per date: *_override NULL = not typed by hand, the imported
// value applies. The automatic tie (planning/cyclematch.h) lives beside them with the component
// values it was computed for (match_*_basis): once the component changes it no longer applies.
// endoflife.date products and the user's remembered product choices get their own tables; a
// product's aliases and identifiers are JSON arrays, matched in memory (a few hundred products).
const char *const kV3[] = {
    "ALTER TABLE component_lifecycle ADD COLUMN release_override INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE component_lifecycle ADD COLUMN release_set_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN release_set_at TEXT",
    R"(ALTER TABLE component_lifecycle ADD COLUMN active_override TEXT
        CHECK (active_override IN ('date','ended','not_announced','unknown')))",
    "ALTER TABLE component_lifecycle ADD COLUMN active_set_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN active_set_at TEXT",
    R"(ALTER TABLE component_lifecycle ADD COLUMN security_override TEXT
        CHECK (security_override IN ('date','ended','not_announced','unknown')))",
    "ALTER TABLE component_lifecycle ADD COLUMN security_set_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN security_set_at TEXT",
    R"(ALTER TABLE component_lifecycle ADD COLUMN extended_override TEXT
        CHECK (extended_override IN ('date','ended','not_announced','unknown')))",
    "ALTER TABLE component_lifecycle ADD COLUMN extended_set_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN extended_set_at TEXT",
    "ALTER TABLE component_lifecycle ADD COLUMN match_product TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN match_cycle TEXT NOT NULL DEFAULT ''",
    R"(ALTER TABLE component_lifecycle ADD COLUMN match_kind TEXT NOT NULL DEFAULT ''
        CHECK (match_kind IN ('','explicit','remembered','name','cpe')))",
    "ALTER TABLE component_lifecycle ADD COLUMN match_vendor_basis TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN match_product_basis TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN match_version_basis TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN match_cpe_basis TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN match_eol_basis TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE component_lifecycle ADD COLUMN matched_at TEXT",
    // Manual values of version 2 rows keep winning: their dates become date overrides.
    "UPDATE component_lifecycle SET release_override = 1, release_set_at = source_date "
    "WHERE release_date IS NOT NULL",
    "UPDATE component_lifecycle SET active_override = 'date', active_set_at = source_date "
    "WHERE active_support_end IS NOT NULL",
    R"(UPDATE component_lifecycle SET security_override = CASE
        WHEN security_support_end IS NOT NULL THEN 'date' ELSE security_support_state END,
        security_set_at = source_date
        WHERE security_support_end IS NOT NULL OR security_support_state <> 'unknown')",
    "UPDATE component_lifecycle SET extended_override = 'date', extended_set_at = source_date "
    "WHERE extended_support_end IS NOT NULL",
    "CREATE INDEX idx_component_lifecycle_match ON component_lifecycle (match_product, match_cycle)",

    "ALTER TABLE upgrade_decisions ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX idx_decisions_decision ON upgrade_decisions (decision)",

    R"(CREATE TABLE eol_products (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        aliases_json TEXT NOT NULL DEFAULT '[]',
        identifiers_json TEXT NOT NULL DEFAULT '[]',
        source TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
    ))",
    "CREATE INDEX idx_eol_products_category ON eol_products (category)",
    "CREATE INDEX idx_releases_eosl ON lifecycle_releases (security_support_end)",

    R"(CREATE TABLE eol_mappings (
        id %PK%,
        vendor TEXT NOT NULL,
        product TEXT NOT NULL,
        vendor_key TEXT NOT NULL,
        product_key TEXT NOT NULL,
        eol_product TEXT NOT NULL DEFAULT '',
        confirmed_by TEXT NOT NULL DEFAULT '',
        confirmed_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        UNIQUE (vendor_key, product_key)
    ))",
    "CREATE INDEX idx_eol_mappings_eol_product ON eol_mappings (eol_product)",
    "CREATE INDEX idx_components_vendor_product ON components (vendor, product)",
};

// Version 4: vulnerability intake of issue 5. A vulnerability keeps every CVSS metric (JSON),
// JVN's severity word, NVD's status, the whole KEV entry, which feeds contributed, and a hash of
// each feed's last record so that re-importing the same data writes nothing. A finding keeps
// how it was matched and the fix its criterion names; a patch is either a computed upgrade of
// one component (at most one per component) or a vendor patch.
const char *const kV4[] = {
    "ALTER TABLE vulnerabilities ADD COLUMN metrics_json TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE vulnerabilities ADD COLUMN jvn_severity TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN status TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN kev_vendor TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN kev_product TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN kev_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN kev_required_action TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN kev_notes TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN sources TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN nvd_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN kev_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vulnerabilities ADD COLUMN jvn_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vuln_cpe_matches ADD COLUMN match_criteria_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE vuln_cpe_matches ADD COLUMN cpe_version TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE findings ADD COLUMN review_date TEXT",
    R"(ALTER TABLE findings ADD COLUMN match_kind TEXT NOT NULL DEFAULT 'cpe'
        CHECK (match_kind IN ('cpe','name')))",
    "ALTER TABLE findings ADD COLUMN matched_criteria TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE findings ADD COLUMN fixed_version TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE findings ADD COLUMN last_affected_version TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX idx_findings_due ON findings (due_date)",
    R"(ALTER TABLE patches ADD COLUMN kind TEXT NOT NULL DEFAULT 'vendor'
        CHECK (kind IN ('upgrade','vendor')))",
    "ALTER TABLE patches ADD COLUMN component_id %BIGINT% REFERENCES components (id) ON DELETE CASCADE",
    "ALTER TABLE patches ADD COLUMN product TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE patches ADD COLUMN release_date TEXT",
    "CREATE INDEX idx_patches_component ON patches (component_id)",
    "CREATE UNIQUE INDEX idx_patches_upgrade ON patches (component_id) WHERE kind = 'upgrade'",
};

// Version 5: patch windows and plans of issue 7. A plan is shown in its time zone and may be
// worked on site (vendor devices checked in quarantine); a step says whether it suppresses
// monitoring or opens access (and so needs its restoring step). A system's window schedule
// names a maintenance window (its group); schedules written as an RRULE become a window of that
// name, 4 hours long in Asia/Tokyo, so that nothing a user wrote is lost.
const char *const kV5[] = {
    "ALTER TABLE plans ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Asia/Tokyo'",
    "ALTER TABLE plans ADD COLUMN on_site INTEGER NOT NULL DEFAULT 0",
    R"(ALTER TABLE plan_steps ADD COLUMN effect TEXT NOT NULL DEFAULT ''
        CHECK (effect IN ('','suppress_monitoring','restore_monitoring','open_access',
                          'close_access')))",
    "CREATE INDEX idx_plans_window_end ON plans (window_end)",
    "CREATE INDEX idx_windows_group ON maintenance_windows (group_name)",
    "CREATE INDEX idx_blackouts_system ON blackouts (system_id)",
    "CREATE INDEX idx_approvals_plan_decided ON approvals (plan_id, decided_at)",
    R"(INSERT INTO maintenance_windows (name, group_name, rrule, dtstart, duration_minutes,
        timezone, updated_at)
        SELECT DISTINCT window_schedule, window_schedule, window_schedule,
               '2020-01-01T00:00:00', 240, 'Asia/Tokyo', '2026-11-29T00:00:00Z'
        FROM systems WHERE window_schedule LIKE 'FREQ=%')",
};

template<std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

QList<MigrationStep> migrationSteps()
{
    return {
        {1, toList(kV1)},
        {2, toList(kV2)},
        {3, toList(kV3)},
        {4, toList(kV4)},
        {5, toList(kV5)},
    };
}

} // namespace pp::Internal
