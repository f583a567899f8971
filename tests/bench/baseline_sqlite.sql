-- The sqlite3 baseline of issue 9 (the storage engine's limit): the sqlite3 command-line tool
-- imports the generator's three baseline CSVs into tables shaped like ours, in one transaction,
-- then builds the indexes. Run by baseline_sqlite.sh from OUT/baseline (the file names below are
-- relative to it), never by hand.
--
-- A reduced schema (models/storage/schema.cpp): the columns the import writes, in the CSVs' order
-- so that .import fills them directly, and the same indexes. Where ours stores a derived value
-- the baseline indexes the expression that derives it instead: the criterion's CPE vendor and
-- product (ours: cpe_vendor, cpe_product columns) and the CVE identifier (ours: the integer
-- vulnerability_id). Empty CSV fields stay empty text (ours writes NULL for absent bounds).
.bail on
PRAGMA journal_mode = WAL; -- as models/storage/database.cpp
PRAGMA synchronous = NORMAL;

BEGIN;

CREATE TABLE components (
    id INTEGER PRIMARY KEY,
    system_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    cpe TEXT NOT NULL DEFAULT ''
);

CREATE TABLE vulnerabilities (
    identifier TEXT NOT NULL,
    published TEXT,
    cvss_score REAL,
    severity TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE vuln_cpe_matches (
    cve_id TEXT NOT NULL,
    criteria TEXT NOT NULL,
    version_start_including TEXT,
    version_start_excluding TEXT,
    version_end_including TEXT,
    version_end_excluding TEXT,
    vulnerable TEXT NOT NULL
);

.import --csv --skip 1 components.csv components
.import --csv --skip 1 cves.csv vulnerabilities
.import --csv --skip 1 cpe_matches.csv vuln_cpe_matches

-- components: ours has UNIQUE (system_id, kind, product, version); a plain index here, so that a
-- generator's duplicate row cannot fail the baseline.
CREATE INDEX idx_components_identity ON components (system_code, kind, product, version);
CREATE INDEX idx_components_system ON components (system_code);
CREATE INDEX idx_components_product ON components (product);
CREATE INDEX idx_components_cpe ON components (cpe);
CREATE INDEX idx_components_vendor_product ON components (vendor, product);

CREATE UNIQUE INDEX idx_vulns_identifier ON vulnerabilities (identifier);
CREATE INDEX idx_vulns_published ON vulnerabilities (published);
CREATE INDEX idx_vulns_severity ON vulnerabilities (severity);

-- "cpe:2.3:a:VENDOR:PRODUCT:..." -> VENDOR and PRODUCT (escaped colons are not handled).
CREATE INDEX idx_cpe_matches_vuln ON vuln_cpe_matches (cve_id);
CREATE INDEX idx_cpe_matches_product ON vuln_cpe_matches (
    substr(substr(criteria, 11), 1, instr(substr(criteria, 11), ':') - 1),
    substr(substr(criteria, 11 + instr(substr(criteria, 11), ':')), 1,
           instr(substr(criteria, 11 + instr(substr(criteria, 11), ':')), ':') - 1)
);

COMMIT;

