// The findings and patches reports (issue 5, items 5 and 7).
#include "models/io/reports.h"
#include "models/storage/findingrepository.h"

#include <algorithm>

namespace pp {
namespace {

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

/// Due date ascending, no date last; ties by the given key.
template<typename Row, typename DueOf, typename KeyOf>
void sortByDue(QList<Row> &rows, DueOf dueOf, KeyOf keyOf)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const QDate da = dueOf(a), db = dueOf(b);
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da != db)
            return da < db;
        return keyOf(a) < keyOf(b);
    });
}

} // namespace

QStringList findingsReportKeys()
{
    return {QStringLiteral("vulnerability"), QStringLiteral("system_code"),
            QStringLiteral("component_kind"), QStringLiteral("product"),
            QStringLiteral("version"), QStringLiteral("state"), QStringLiteral("severity"),
            QStringLiteral("cvss"), QStringLiteral("kev"), QStringLiteral("due_date"),
            QStringLiteral("due_rule"), QStringLiteral("track"), QStringLiteral("match")};
}

namespace {

QVariantList findingCells(const FindingRow &r)
{
    const Finding &f = r.finding;
    return QVariantList{r.vulnIdentifier,
                        r.systemCode,
                        toKey(r.componentKind),
                        r.product,
                        textOrNull(r.version),
                        toKey(f.state),
                        toKey(r.severity),
                        r.cvssScore ? QVariant(*r.cvssScore) : QVariant(),
                        r.kev,
                        dateOrNull(f.dueDate),
                        f.dueDate.isValid() ? QVariant(toKey(f.dueRule)) : QVariant(),
                        toKey(f.track),
                        toKey(f.matchKind)};
}

} // namespace

ReportTable findingsTable(const QList<FindingRow> &input)
{
    QList<FindingRow> rows = input;
    sortByDue(
        rows, [](const FindingRow &r) { return r.finding.dueDate; },
        [](const FindingRow &r) { return r.vulnIdentifier + QLatin1Char(' ') + r.systemCode; });
    ReportTable t;
    t.keys = findingsReportKeys();
    t.rows.reserve(rows.size());
    for (const FindingRow &r : std::as_const(rows))
        t.rows << findingCells(r);
    return t;
}

Status writeFindingsReport(Database &db, ReportSink &sink, bool allStates)
{
    FindingFilter filter;
    if (allStates)
        filter.states = allValues<AnalysisState>();
    // Streamed in the repository's order, which is findingsTable()'s: due date (none last),
    // then vulnerability and system code by code point.
    sink.begin(findingsReportKeys());
    return FindingRepository(db).forEachRow(filter,
                                            [&sink](const FindingRow &r) { return sink.row(findingCells(r)); });
}

Result<ReportTable> findingsReport(Database &db, bool allStates)
{
    ReportCollector collector;
    if (Status s = writeFindingsReport(db, collector, allStates); !s)
        return s.error();
    return collector.take();
}

QStringList patchesReportKeys()
{
    return {QStringLiteral("system_code"), QStringLiteral("product"),
            QStringLiteral("version"), QStringLiteral("patch"),
            QStringLiteral("target_version"),
            QStringLiteral("resolves"), QStringLiteral("due_date"),
            QStringLiteral("track"), QStringLiteral("reboot")};
}

ReportTable patchesTable(const QList<PatchRow> &input)
{
    QList<PatchRow> rows = input;
    sortByDue(
        rows, [](const PatchRow &r) { return r.dueDate; },
        [](const PatchRow &r) { return r.systemCode + QLatin1Char(' ') + r.product; });
    ReportTable t;
    t.keys = patchesReportKeys();
    t.rows.reserve(rows.size());
    for (const PatchRow &r : std::as_const(rows)) {
        const Patch &p = r.patch;
        QString name = p.title;
        QStringList ids;
        if (!p.advisoryId.isEmpty())
            ids << p.advisoryId;
        if (!p.kb.isEmpty())
            ids << p.kb;
        if (!ids.isEmpty())
            name += QStringLiteral(" (%1)").arg(ids.join(QStringLiteral(", ")));
        t.rows << QVariantList{textOrNull(r.systemCode),
                               r.product,
                               textOrNull(r.version),
                               name,
                               textOrNull(p.targetVersion),
                               r.resolves,
                               dateOrNull(r.dueDate),
                               toKey(r.track),
                               p.needsReboot};
    }
    return t;
}

Result<ReportTable> patchesReport(Database &db)
{
    auto rows = FindingRepository(db).patchRows(0);
    if (!rows)
        return rows.error();
    return patchesTable(*rows);
}

} // namespace pp
