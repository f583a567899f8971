#!/usr/bin/python3
"""The python3 baseline of issue 9: what a user would otherwise write.

A plain standard-library script doing the same work as the product's import and matching: parse
OUT/inventory.csv and every OUT/nvd/*.json page (NVD CVE API 2.0), insert systems, components,
CVEs and CPE matches into an SQLite file in one transaction, then match: every vulnerable
criterion against the components of the same CPE part, vendor and product, by version range or
equal version; insert the findings. Straightforward code, neither slowed down nor tuned.

Not what our matcher does in full (models/planning/vulnmatch.h): no AND configurations (platform
nodes), no update attribute, and a component without a CPE is matched by its lowercased vendor
and product only.

Usage: /usr/bin/python3 baseline_python.py OUT [--db PATH]
Prints one JSON line:
  {"baseline":"python3","components":N,"cves":N,"matches":N,"seconds":S,"peak_rss_mb":M,
   "parse_seconds":..,"insert_seconds":..,"match_seconds":..}
"""
import argparse
import csv
import functools
import glob
import json
import os
import re
import resource
import sqlite3
import sys
import tempfile
import time

SCHEMA = """
CREATE TABLE systems (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    owner_team TEXT NOT NULL DEFAULT '',
    criticality INTEGER NOT NULL DEFAULT 3,
    environment TEXT NOT NULL DEFAULT 'production',
    exposure TEXT NOT NULL DEFAULT 'internal',
    lifecycle_state TEXT NOT NULL DEFAULT 'active'
);
CREATE TABLE components (
    id INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES systems (id),
    kind TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    instances INTEGER NOT NULL DEFAULT 1,
    cpe TEXT NOT NULL DEFAULT '',
    eol_product TEXT NOT NULL DEFAULT '',
    eol_cycle TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_components_system ON components (system_id);
CREATE INDEX idx_components_vendor_product ON components (vendor, product);
CREATE TABLE vulnerabilities (
    id INTEGER PRIMARY KEY,
    identifier TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    cvss_score REAL,
    severity TEXT NOT NULL DEFAULT '',
    published TEXT
);
CREATE TABLE vuln_cpe_matches (
    id INTEGER PRIMARY KEY,
    vulnerability_id INTEGER NOT NULL REFERENCES vulnerabilities (id),
    vulnerable INTEGER NOT NULL,
    criteria TEXT NOT NULL,
    cpe_part TEXT NOT NULL,
    cpe_vendor TEXT NOT NULL,
    cpe_product TEXT NOT NULL,
    cpe_version TEXT NOT NULL,
    version_start_including TEXT,
    version_start_excluding TEXT,
    version_end_including TEXT,
    version_end_excluding TEXT
);
CREATE INDEX idx_cpe_matches_vuln ON vuln_cpe_matches (vulnerability_id);
CREATE INDEX idx_cpe_matches_product ON vuln_cpe_matches (cpe_vendor, cpe_product);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    vulnerability_id INTEGER NOT NULL REFERENCES vulnerabilities (id),
    component_id INTEGER NOT NULL REFERENCES components (id),
    matched_criteria TEXT NOT NULL,
    UNIQUE (vulnerability_id, component_id)
);
CREATE INDEX idx_findings_component ON findings (component_id);
"""

VERSION_SPLIT = re.compile(r"[.\-_]")
ANY_VERSION = ("*", "-", "")
INVENTORY_COLUMNS = {"system_code", "system_name", "component_kind", "vendor", "product",
                     "version", "cpe"}


@functools.lru_cache(maxsize=None)
def version_key(version):
    """Dotted-numeric order: split on . - _; numbers compare as numbers and after text."""
    key = []
    for part in VERSION_SPLIT.split(version.lower()):
        if part.isdigit():
            key.append((1, int(part), ""))
        else:
            key.append((0, 0, part))
    return tuple(key)


def cpe_fields(cpe):
    """cpe:2.3:part:vendor:product:version:... -> (part, vendor, product, version), or None."""
    fields = cpe.split(":")
    if len(fields) < 6 or fields[0] != "cpe" or fields[1] != "2.3":
        return None
    return fields[2], fields[3], fields[4], fields[5]


def in_range(version, m):
    """Does a component version lie within a cpeMatch's bounds (absent bounds are open)?"""
    key = version_key(version)
    if m["vsi"] and key < version_key(m["vsi"]):
        return False
    if m["vse"] and key <= version_key(m["vse"]):
        return False
    if m["vei"] and key > version_key(m["vei"]):
        return False
    if m["vee"] and key >= version_key(m["vee"]):
        return False
    return True


def fail(message):
    print("baseline_python.py: " + message, file=sys.stderr)
    sys.exit(1)


def parse(out):
    with open(os.path.join(out, "inventory.csv"), newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        missing = INVENTORY_COLUMNS - set(reader.fieldnames or ())
        if missing:
            fail(out + "/inventory.csv lacks the columns " + ", ".join(sorted(missing)))
        rows = list(reader)
    pages = sorted(glob.glob(os.path.join(out, "nvd", "*.json")))
    if not pages:
        fail(out + "/nvd has no *.json pages (run bench_generate first)")
    cves = []
    for page in pages:
        with open(page, encoding="utf-8") as f:
            data = json.load(f)
        for item in data.get("vulnerabilities", []):
            cve = item["cve"]
            description = next((d["value"] for d in cve.get("descriptions", [])
                                if d.get("lang") == "en"), "")
            score, severity = None, ""
            metrics = cve.get("metrics", {})
            for name in ("cvssMetricV40", "cvssMetricV31", "cvssMetricV30", "cvssMetricV2"):
                if metrics.get(name):
                    metric = metrics[name][0]
                    score = metric["cvssData"].get("baseScore")
                    severity = metric["cvssData"].get("baseSeverity", metric.get("baseSeverity", ""))
                    break
            matches = []
            for config in cve.get("configurations", []):
                for node in config.get("nodes", []):
                    for m in node.get("cpeMatch", []):
                        fields = cpe_fields(m["criteria"])
                        if fields is None:
                            continue
                        matches.append({
                            "vulnerable": bool(m.get("vulnerable")), "criteria": m["criteria"],
                            "part": fields[0], "vendor": fields[1], "product": fields[2],
                            "version": fields[3],
                            "vsi": m.get("versionStartIncluding"),
                            "vse": m.get("versionStartExcluding"),
                            "vei": m.get("versionEndIncluding"),
                            "vee": m.get("versionEndExcluding")})
            cves.append({"id": cve["id"], "description": description, "score": score,
                         "severity": severity, "published": cve.get("published"),
                         "matches": matches})
    return rows, cves


def insert(db, rows, cves):
    """Systems, components, CVEs and matches; returns the components as (id, row) pairs."""
    system_ids = {}
    components = []
    for row in rows:
        code = row["system_code"]
        if code not in system_ids:
            cur = db.execute(
                "INSERT INTO systems (code, name, owner_team, criticality, environment, exposure,"
                " lifecycle_state) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (code, row["system_name"], row.get("owner") or "",
                 int(row.get("criticality") or 3), row.get("environment") or "production",
                 row.get("exposure") or "internal", row.get("lifecycle_state") or "active"))
            system_ids[code] = cur.lastrowid
        if not row.get("product"):
            continue
        cur = db.execute(
            "INSERT INTO components (system_id, kind, vendor, product, version, instances, cpe,"
            " eol_product, eol_cycle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (system_ids[code], row["component_kind"], row.get("vendor") or "", row["product"],
             row.get("version") or "", int(row.get("instances") or 1), row.get("cpe") or "",
             row.get("eol_product") or "", row.get("eol_cycle") or ""))
        components.append((cur.lastrowid, row))
    for cve in cves:
        cur = db.execute(
            "INSERT INTO vulnerabilities (identifier, description, cvss_score, severity, published)"
            " VALUES (?, ?, ?, ?, ?)",
            (cve["id"], cve["description"], cve["score"], cve["severity"], cve["published"]))
        cve["rowid"] = cur.lastrowid
        db.executemany(
            "INSERT INTO vuln_cpe_matches (vulnerability_id, vulnerable, criteria, cpe_part,"
            " cpe_vendor, cpe_product, cpe_version, version_start_including,"
            " version_start_excluding, version_end_including, version_end_excluding)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(cve["rowid"], int(m["vulnerable"]), m["criteria"], m["part"], m["vendor"],
              m["product"], m["version"], m["vsi"], m["vse"], m["vei"], m["vee"])
             for m in cve["matches"]])
    return components


def match(db, components, cves):
    """Findings: (CVE, component) pairs where a vulnerable criterion holds. Returns the count."""
    by_product = {}
    for component_id, row in components:
        fields = cpe_fields(row.get("cpe") or "")
        if fields:
            part, vendor, product, version = fields
            if version in ANY_VERSION:
                version = row.get("version") or ""
        else:
            part = None  # no CPE: any part, by name
            vendor = (row.get("vendor") or "").lower().replace(" ", "_")
            product = row["product"].lower().replace(" ", "_")
            version = row.get("version") or ""
        by_product.setdefault((vendor, product), []).append((component_id, part, version))

    findings = set()
    rows = []
    for cve in cves:
        for m in cve["matches"]:
            if not m["vulnerable"]:
                continue
            for component_id, part, version in by_product.get((m["vendor"], m["product"]), ()):
                if part is not None and part != m["part"]:
                    continue
                if m["version"] in ANY_VERSION:
                    bounded = m["vsi"] or m["vse"] or m["vei"] or m["vee"]
                    if bounded and (not version or not in_range(version, m)):
                        continue
                elif not version or version_key(version) != version_key(m["version"]):
                    continue
                if (cve["rowid"], component_id) not in findings:
                    findings.add((cve["rowid"], component_id))
                    rows.append((cve["rowid"], component_id, m["criteria"]))
    db.executemany("INSERT INTO findings (vulnerability_id, component_id, matched_criteria)"
                   " VALUES (?, ?, ?)", rows)
    return len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the folder bench_generate wrote")
    parser.add_argument("--db", help="database file to create (default: a temporary file)")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.out, "inventory.csv")):
        fail(args.out + "/inventory.csv is missing (run bench_generate first)")
    if not os.path.isdir(os.path.join(args.out, "nvd")):
        fail(args.out + "/nvd is missing (run bench_generate first)")

    if args.db:
        path = args.db
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
    else:
        handle, path = tempfile.mkstemp(suffix=".db", prefix="baseline_python.")
        os.close(handle)
        os.remove(path)

    try:
        start = time.perf_counter()
        rows, cves = parse(args.out)
        parsed = time.perf_counter()

        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.executescript(SCHEMA)
        db.execute("BEGIN")
        components = insert(db, rows, cves)
        inserted = time.perf_counter()
        matches = match(db, components, cves)
        db.execute("COMMIT")
        db.close()
        end = time.perf_counter()
    finally:
        if not args.db:
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({
        "baseline": "python3", "components": len(components), "cves": len(cves),
        "matches": matches, "seconds": round(end - start, 3), "peak_rss_mb": round(peak_mb, 1),
        "parse_seconds": round(parsed - start, 3), "insert_seconds": round(inserted - parsed, 3),
        "match_seconds": round(end - inserted, 3)}, separators=(",", ":")))


if __name__ == "__main__":
    main()
