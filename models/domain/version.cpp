// Version comparators (see version.h). Matching calls these millions of times per run (issue 9:
// 100,000 components against 300,000 CVEs), so they walk the two QStringViews in place: no
// regular expressions, no splitting into lists, no allocation.
#include "models/domain/version.h"

#include <array>

namespace pp::version {
namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

int sign(qsizetype v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

/// Compares two runs of ASCII digits as numbers of any length: leading zeros are skipped, then
/// the longer run is the larger number, and equal lengths compare digit by digit.
int compareDigits(QStringView a, QStringView b)
{
    qsizetype i = 0;
    while (i < a.size() && a[i] == QLatin1Char('0'))
        ++i;
    qsizetype j = 0;
    while (j < b.size() && b[j] == QLatin1Char('0'))
        ++j;
    a = a.mid(i);
    b = b.mid(j);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (qsizetype k = 0; k < a.size(); ++k) {
        if (a[k] != b[k])
            return a[k].unicode() < b[k].unicode() ? -1 : 1;
    }
    return 0;
}

/// Splits "N:rest" into its epoch digits and the rest; no epoch (empty digits) when the text
/// does not start with digits followed by ':'.
void splitEpoch(QStringView v, QStringView &epoch, QStringView &rest)
{
    qsizetype i = 0;
    while (i < v.size() && isAsciiDigit(v[i]))
        ++i;
    if (i > 0 && i < v.size() && v[i] == QLatin1Char(':')) {
        epoch = v.first(i);
        rest = v.mid(i + 1);
    } else {
        epoch = {};
        rest = v;
    }
}

// ---- Generic ----------------------------------------------------------------------------------

/// The kinds of parts of a generic version, in the order they sort when they meet at the same
/// position. End sits between the pre-release markers and the rest, which is what makes
/// 1.2.3-rc1 < 1.2.3 < 1.2.3a < 1.2.3.0 a single total order (lexicographic over ranks).
enum class Rank { Tilde, PreRelease, End, Letters, Number };

struct Part
{
    Rank rank = Rank::End;
    QStringView text;
};

constexpr std::array<const char *, 13> kPreReleaseWords{
    "alpha", "a", "beta", "b", "pre", "preview", "rc", "cr", "dev", "snapshot", "m",
    "milestone", "ea"};

/// The single letters a, b and m are pre-release words only when a number follows them
/// (1.0a1, 2.0b2, 5.0m3): a letter at the very end is a patch letter (17.9.4a, OpenSSL 1.1.1a),
/// which the documented order puts after the release.
bool isPreReleaseWord(QStringView word, bool numberFollows)
{
    if (word.size() == 1 && !numberFollows)
        return false;
    for (const char *w : kPreReleaseWords) {
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isLetter(QChar c)
{
    return isAsciiAlpha(c) || (c.unicode() >= 0x80 && c.isLetter());
}

/// Reads the next part of @p v from @p pos, skipping separators (anything that is not a digit,
/// a letter or '~').
Part nextPart(QStringView v, qsizetype &pos)
{
    while (pos < v.size() && !isAsciiDigit(v[pos]) && !isLetter(v[pos])
           && v[pos] != QLatin1Char('~'))
        ++pos;
    if (pos >= v.size())
        return {};
    const qsizetype start = pos;
    if (v[pos] == QLatin1Char('~')) {
        ++pos;
        return {Rank::Tilde, v.mid(start, 1)};
    }
    if (isAsciiDigit(v[pos])) {
        while (pos < v.size() && isAsciiDigit(v[pos]))
            ++pos;
        return {Rank::Number, v.mid(start, pos - start)};
    }
    while (pos < v.size() && isLetter(v[pos]))
        ++pos;
    const QStringView word = v.mid(start, pos - start);
    const bool numberFollows = pos < v.size() && isAsciiDigit(v[pos]);
    return {isPreReleaseWord(word, numberFollows) ? Rank::PreRelease : Rank::Letters, word};
}

int compareParts(const Part &a, const Part &b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank ? -1 : 1;
    switch (a.rank) {
    case Rank::Number:
        return compareDigits(a.text, b.text);
    case Rank::Letters:
    case Rank::PreRelease:
        return sign(a.text.compare(b.text, Qt::CaseInsensitive));
    case Rank::Tilde:
    case Rank::End:
        return 0;
    }
    return 0;
}

// ---- Debian -----------------------------------------------------------------------------------

/// dpkg's order() of lib/dpkg/version.c: digits 0 (they are compared apart), letters their
/// code, '~' before everything including the end (0), other characters after all letters.
int dpkgOrder(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return 0;
    const QChar c = s[i];
    if (isAsciiDigit(c))
        return 0;
    if (isAsciiAlpha(c))
        return c.unicode();
    if (c == QLatin1Char('~'))
        return -1;
    return c.unicode() + 256;
}

/// dpkg's verrevcmp(), on indices instead of pointers.
int verrevcmp(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        while ((i < a.size() && !isAsciiDigit(a[i])) || (j < b.size() && !isAsciiDigit(b[j]))) {
            const int ac = dpkgOrder(a, i);
            const int bc = dpkgOrder(b, j);
            if (ac != bc)
                return ac < bc ? -1 : 1;
            ++i;
            ++j;
        }
        while (i < a.size() && a[i] == QLatin1Char('0'))
            ++i;
        while (j < b.size() && b[j] == QLatin1Char('0'))
            ++j;
        int firstDiff = 0;
        while (i < a.size() && j < b.size() && isAsciiDigit(a[i]) && isAsciiDigit(b[j])) {
            if (!firstDiff)
                firstDiff = a[i].unicode() - b[j].unicode();
            ++i;
            ++j;
        }
        if (i < a.size() && isAsciiDigit(a[i]))
            return 1;
        if (j < b.size() && isAsciiDigit(b[j]))
            return -1;
        if (firstDiff)
            return firstDiff < 0 ? -1 : 1;
    }
    return 0;
}

struct DebianVersion
{
    QStringView epoch;
    QStringView upstream;
    QStringView revision;
};

/// dpkg's parseversion(): epoch before the first ':' (when it is a number), revision after the
/// last '-'. Texts dpkg would reject still get a consistent order, so sorting never breaks.
DebianVersion parseDebian(QStringView v)
{
    DebianVersion d;
    v = v.trimmed();
    const qsizetype colon = v.indexOf(QLatin1Char(':'));
    QStringView rest = v;
    if (colon > 0) {
        bool digits = true;
        for (qsizetype i = 0; i < colon && digits; ++i)
            digits = isAsciiDigit(v[i]);
        if (digits) {
            d.epoch = v.first(colon);
            rest = v.mid(colon + 1);
        }
    }
    const qsizetype hyphen = rest.lastIndexOf(QLatin1Char('-'));
    if (hyphen >= 0) {
        d.upstream = rest.first(hyphen);
        d.revision = rest.mid(hyphen + 1);
    } else {
        d.upstream = rest;
    }
    return d;
}

// ---- RPM --------------------------------------------------------------------------------------

bool rpmIsAlnum(QChar c)
{
    return isAsciiDigit(c) || isAsciiAlpha(c);
}

/// rpm's rpmvercmp() (rpmio/rpmvercmp.c), on indices instead of pointers.
int rpmvercmp(QStringView a, QStringView b)
{
    if (a == b)
        return 0;
    qsizetype i = 0;
    qsizetype j = 0;
    const auto at = [](QStringView s, qsizetype k) { return k < s.size() ? s[k] : QChar(); };
    while (i < a.size() || j < b.size()) {
        while (i < a.size() && !rpmIsAlnum(a[i]) && a[i] != QLatin1Char('~')
               && a[i] != QLatin1Char('^'))
            ++i;
        while (j < b.size() && !rpmIsAlnum(b[j]) && b[j] != QLatin1Char('~')
               && b[j] != QLatin1Char('^'))
            ++j;
        const QChar ca = at(a, i);
        const QChar cb = at(b, j);
        // '~' sorts before everything, even the end.
        if (ca == QLatin1Char('~') || cb == QLatin1Char('~')) {
            if (ca != QLatin1Char('~'))
                return 1;
            if (cb != QLatin1Char('~'))
                return -1;
            ++i;
            ++j;
            continue;
        }
        // '^' sorts after the end but before anything else.
        if (ca == QLatin1Char('^') || cb == QLatin1Char('^')) {
            if (i >= a.size())
                return -1;
            if (j >= b.size())
                return 1;
            if (ca != QLatin1Char('^'))
                return 1;
            if (cb != QLatin1Char('^'))
                return -1;
            ++i;
            ++j;
            continue;
        }
        if (i >= a.size() || j >= b.size())
            break;
        qsizetype ei = i;
        qsizetype ej = j;
        const bool isNum = isAsciiDigit(a[i]);
        if (isNum) {
            while (ei < a.size() && isAsciiDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isAsciiDigit(b[ej]))
                ++ej;
        } else {
            while (ei < a.size() && isAsciiAlpha(a[ei]))
                ++ei;
            while (ej < b.size() && isAsciiAlpha(b[ej]))
                ++ej;
        }
        // Different kinds of segment: a number is newer than letters.
        if (ej == j)
            return isNum ? 1 : -1;
        const QStringView sa = a.mid(i, ei - i);
        const QStringView sb = b.mid(j, ej - j);
        const int rc = isNum ? compareDigits(sa, sb) : sign(sa.compare(sb, Qt::CaseSensitive));
        if (rc)
            return rc;
        i = ei;
        j = ej;
    }
    if (i >= a.size() && j >= b.size())
        return 0;
    return i >= a.size() ? -1 : 1;
}

} // namespace

int compare(QStringView a, QStringView b)
{
    QStringView epochA, restA, epochB, restB;
    splitEpoch(a.trimmed(), epochA, restA);
    splitEpoch(b.trimmed(), epochB, restB);
    if (const int e = compareDigits(epochA, epochB))
        return e;
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        const Part pa = nextPart(restA, i);
        const Part pb = nextPart(restB, j);
        if (const int c = compareParts(pa, pb))
            return c;
        if (pa.rank == Rank::End) // and so is pb
            return 0;
    }
}

int compareDebian(QStringView a, QStringView b)
{
    const DebianVersion da = parseDebian(a);
    const DebianVersion db = parseDebian(b);
    if (const int e = compareDigits(da.epoch, db.epoch))
        return e;
    if (const int u = verrevcmp(da.upstream, db.upstream))
        return u;
    return verrevcmp(da.revision, db.revision);
}

int compareRpm(QStringView a, QStringView b)
{
    // rpm's parseEVR(): the epoch is leading digits before ':', the release follows the last
    // '-'. A missing release compares as empty (older than any release), which keeps the order
    // total; rpm's dependency ranges treat it as "any release" instead.
    QStringView epochA, restA, epochB, restB;
    splitEpoch(a.trimmed(), epochA, restA);
    splitEpoch(b.trimmed(), epochB, restB);
    if (const int e = compareDigits(epochA, epochB))
        return e;
    const qsizetype ha = restA.lastIndexOf(QLatin1Char('-'));
    const qsizetype hb = restB.lastIndexOf(QLatin1Char('-'));
    const QStringView versionA = ha >= 0 ? restA.first(ha) : restA;
    const QStringView versionB = hb >= 0 ? restB.first(hb) : restB;
    if (const int v = rpmvercmp(versionA, versionB))
        return v;
    const QStringView releaseA = ha >= 0 ? restA.mid(ha + 1) : QStringView();
    const QStringView releaseB = hb >= 0 ? restB.mid(hb + 1) : QStringView();
    return rpmvercmp(releaseA, releaseB);
}

int compare(Scheme scheme, QStringView a, QStringView b)
{
    switch (scheme) {
    case Scheme::Debian: return compareDebian(a, b);
    case Scheme::Rpm: return compareRpm(a, b);
    case Scheme::Generic: break;
    }
    return compare(a, b);
}

Scheme schemeForPurl(QStringView purl)
{
    purl = purl.trimmed();
    if (purl.startsWith(QLatin1String("pkg:deb/"), Qt::CaseInsensitive))
        return Scheme::Debian;
    if (purl.startsWith(QLatin1String("pkg:rpm/"), Qt::CaseInsensitive))
        return Scheme::Rpm;
    return Scheme::Generic;
}

bool isValid(QStringView v)
{
    if (v.isEmpty() || v.size() > 256)
        return false;
    if (v.front().isSpace() || v.back().isSpace())
        return false;
    if (v == QLatin1String("*") || v == QLatin1String("-"))
        return false;
    bool letterOrDigit = false;
    for (const QChar c : v) {
        if (c.category() == QChar::Other_Control)
            return false;
        letterOrDigit = letterOrDigit || c.isLetterOrNumber();
    }
    return letterOrDigit;
}

} // namespace pp::version
