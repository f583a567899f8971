// Version ordering for vulnerability matching (issue 5). Vendors write versions in many ways:
// dotted numbers (10.0.19045.4780), pre-releases (1.2.3-rc1, 2.0.0-beta.2), patch and hotfix
// suffixes (2.4.57p1, 17.9.4a, 10.2.3-h4), builds (13.1-49.15), epochs (1:2.3) and Debian/RPM
// release parts (2.4.57-2+deb12u1, 1.1.1k-7.el8_6). One comparator per scheme; Generic is what
// matching uses unless the component names a packaging scheme (a pkg:deb or pkg:rpm purl).
#pragma once

#include <QString>
#include <QStringView>

namespace pp::version {

enum class Scheme {
    Generic, ///< vendor versions: see compare()
    Debian,  ///< dpkg --compare-versions, exactly
    Rpm,     ///< rpmvercmp (epoch:version-release), with ~ and ^
};

/// Generic order, case-insensitive. An optional leading epoch "N:" compares first (absent = 0).
/// The rest splits into runs of digits and runs of letters; '.', '-', '_', '+' and spaces only
/// separate. Digit runs compare as numbers (any length, leading zeros ignored); letter runs
/// alphabetically; a number sorts after a letter run at the same position (1.2.a < 1.2.0).
/// When one version runs out of parts: if the longer one continues with a pre-release word
/// (alpha, a, beta, b, pre, preview, rc, cr, dev, snapshot, m, milestone, ea) or '~', it is
/// the smaller (1.2.3-rc1 < 1.2.3); otherwise it is the larger (2.4.57p1 > 2.4.57,
/// 17.9.4a > 17.9.4, 10.2.3-h4 > 10.2.3, 13.1-49.15 > 13.1). A pre-release word also sorts
/// before any other letter or number at the same position (1.2.3-rc1 < 1.2.3-p1 < 1.2.3.1).
/// Returns <0, 0 or >0.
int compare(QStringView a, QStringView b);

/// dpkg's order of [epoch:]upstream_version[-debian_revision] (Debian Policy 5.6.12): '~'
/// before everything, even the end; letters before non-letters; digit runs numerically.
int compareDebian(QStringView a, QStringView b);

/// rpm's rpmvercmp of [epoch:]version[-release].
int compareRpm(QStringView a, QStringView b);

int compare(Scheme scheme, QStringView a, QStringView b);

/// The scheme of a component from its purl ("pkg:deb/..." Debian, "pkg:rpm/..." Rpm), else
/// Generic.
Scheme schemeForPurl(QStringView purl);

/// A text usable as a version or a range bound: 1..256 characters, at least one letter or
/// digit, no whitespace at either end, no control characters, and not "*" or "-" (CPE ANY/NA).
bool isValid(QStringView v);

} // namespace pp::version
