// The Vulnerabilities page's item models, fed with hand-built rows: columns, display texts,
// sort roles by meaning, the overdue flag, the name-match confidence and literal feed text.
#include "models/itemmodels/filterproxymodel.h"
#include "models/itemmodels/findingtablemodel.h"
#include "models/itemmodels/vulntablemodel.h"

#include <QColor>
#include <QElapsedTimer>
#include <QTextDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace pp;

namespace {

const QDate kToday(2026, 3, 1);

VulnRow vulnRow(qint64 id, const QString &identifier, Severity severity,
                std::optional<double> score, QDate due)
{
    VulnRow r;
    r.id = id;
    r.identifier = identifier;
    r.title = identifier + QStringLiteral(" title");
    r.severity = severity;
    r.cvssScore = score;
    r.cvssVersion = QStringLiteral("3.1");
    r.earliestDue = due;
    r.published = QDateTime(QDate(2024, 1, int(id)), QTime(10, 0), Qt::UTC);
    r.systems = int(id);
    r.openFindings = int(id) * 10; // 10, 20, 30: text order would put 100 before 20
    return r;
}

FindingRow findingRow(qint64 id, AnalysisState state, QDate due, MatchKind match)
{
    FindingRow r;
    r.finding.id = id;
    r.finding.vulnerabilityId = 100 + id;
    r.finding.componentId = 200 + id;
    r.finding.state = state;
    r.finding.dueDate = due;
    r.finding.dueRule = DueRule::High;
    r.finding.matchKind = match;
    r.finding.rowVersion = int(id) + 1;
    r.finding.detectedAt = QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC);
    r.vulnIdentifier = QStringLiteral("CVE-2026-%1").arg(id);
    r.vulnTitle = QStringLiteral("Title %1").arg(id);
    r.systemId = 7;
    r.systemCode = QStringLiteral("CRM");
    r.vendor = QStringLiteral("apache");
    r.product = QStringLiteral("tomcat");
    r.version = QStringLiteral("9.0.1");
    r.severity = Severity::High;
    r.cvssScore = 7.5;
    return r;
}

/// The source rows of @p model in the order @p proxy shows them after sorting @p column.
QList<qint64> sortedIds(QAbstractItemModel *model, int column, Qt::SortOrder order)
{
    FilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setSortRole(SortRole);
    proxy.sort(column, order);
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(IdRole).toLongLong();
    return ids;
}

} // namespace

class tst_VulnModels : public QObject
{
    Q_OBJECT

private slots:
    void vulnColumnsAndTexts();
    void vulnSortsByMeaning();
    void vulnResetInOneGo();
    void vulnHtmlTitleIsPlainText();
    void findingColumnsAndTexts();
    void findingOverdue();
    void findingNameMatchIsLowerConfidence();
    void findingSortsByMeaning();
    void findingRowOfAndRoles();
    void largeFindingListIsQuick();
};

void tst_VulnModels::vulnColumnsAndTexts()
{
    VulnTableModel model(nullptr);
    QCOMPARE(model.columnCount(), int(VulnTableModel::ColumnCount));
    QCOMPARE(model.headerData(VulnTableModel::CvssColumn, Qt::Horizontal).toString(),
             QStringLiteral("CVSS"));
    QCOMPARE(model.headerData(VulnTableModel::EarliestDueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Earliest due"));

    VulnRow kev = vulnRow(1, QStringLiteral("CVE-2024-3400"), Severity::Critical, 10.0,
                          QDate(2024, 4, 19));
    kev.kev = true;
    kev.ransomware = true;
    kev.emergency = true;
    VulnRow plain = vulnRow(2, QStringLiteral("CVE-2024-0001"), Severity::Medium, std::nullopt,
                            {});
    model.setRows({kev, plain});
    QCOMPARE(model.rowCount(), 2);

    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, VulnTableModel::IdentifierColumn), QStringLiteral("CVE-2024-3400"));
    QCOMPARE(text(0, VulnTableModel::SeverityColumn), displayName(Severity::Critical));
    QCOMPARE(text(0, VulnTableModel::CvssColumn), QStringLiteral("10.0"));
    QCOMPARE(text(0, VulnTableModel::KevColumn), QStringLiteral("KEV, ransomware"));
    QCOMPARE(text(0, VulnTableModel::PublishedColumn), QStringLiteral("2024-01-01"));
    QCOMPARE(text(0, VulnTableModel::SystemsColumn), QStringLiteral("1"));
    QCOMPARE(text(0, VulnTableModel::OpenFindingsColumn), QStringLiteral("10"));
    QCOMPARE(text(0, VulnTableModel::EarliestDueColumn), QStringLiteral("2024-04-19"));
    QCOMPARE(text(0, VulnTableModel::EmergencyColumn), QStringLiteral("Emergency"));
    QVERIFY(model.index(0, VulnTableModel::EmergencyColumn).data(Qt::ForegroundRole).isValid());
    // No score, no KEV, no due date, no emergency: empty cells, not "0" or a fake date.
    QCOMPARE(text(1, VulnTableModel::CvssColumn), QString());
    QCOMPARE(text(1, VulnTableModel::KevColumn), QString());
    QCOMPARE(text(1, VulnTableModel::EarliestDueColumn), QString());
    QCOMPARE(text(1, VulnTableModel::EmergencyColumn), QString());
    QCOMPARE(model.index(1, 0).data(IdRole).toLongLong(), qint64(2));
    QCOMPARE(model.index(0, VulnTableModel::SeverityColumn).data(RawValueRole).toString(),
             QStringLiteral("critical"));
    QVERIFY(!model.index(1, VulnTableModel::CvssColumn).data(RawValueRole).isValid());
}

void tst_VulnModels::vulnSortsByMeaning()
{
    VulnTableModel model(nullptr);
    model.setRows({
        vulnRow(1, QStringLiteral("A"), Severity::Medium, 5.0, QDate(2026, 5, 1)),
        vulnRow(2, QStringLiteral("B"), Severity::Critical, 9.8, {}),
        vulnRow(3, QStringLiteral("C"), Severity::Low, std::nullopt, QDate(2026, 2, 1)),
        vulnRow(4, QStringLiteral("D"), Severity::High, 10.0, QDate(2025, 12, 31)),
    });
    // Severity by rank (text order would be Critical, High, Low, Medium).
    QCOMPARE(sortedIds(&model, VulnTableModel::SeverityColumn, Qt::DescendingOrder),
             (QList<qint64>{2, 4, 1, 3}));
    // CVSS numerically ("10.0" sorts after "9.8"), no score lowest.
    QCOMPARE(sortedIds(&model, VulnTableModel::CvssColumn, Qt::DescendingOrder),
             (QList<qint64>{4, 2, 1, 3}));
    // Dates by date, none last.
    QCOMPARE(sortedIds(&model, VulnTableModel::EarliestDueColumn, Qt::AscendingOrder),
             (QList<qint64>{4, 3, 1, 2}));
    // Counts as numbers: 10, 20, 30, 40.
    QCOMPARE(sortedIds(&model, VulnTableModel::OpenFindingsColumn, Qt::DescendingOrder),
             (QList<qint64>{4, 3, 2, 1}));
}

void tst_VulnModels::vulnResetInOneGo()
{
    VulnTableModel model(nullptr);
    QList<VulnRow> rows;
    for (int i = 1; i <= 5000; ++i)
        rows << vulnRow(i, QStringLiteral("CVE-2024-%1").arg(i), Severity::High, 7.0, {});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.setRows(rows);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserts.size(), 0);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.rowOf(4321), 4320);
    QCOMPARE(model.rowOf(99999), -1);
}

void tst_VulnModels::vulnHtmlTitleIsPlainText()
{
    VulnTableModel model(nullptr);
    VulnRow r = vulnRow(1, QStringLiteral("CVE-2024-9999"), Severity::High, 8.0, {});
    const QString title = QStringLiteral("<b>bold</b><script>alert(1)</script> & <img src=x>");
    r.title = title;
    model.setRows({r});
    const QModelIndex index = model.index(0, VulnTableModel::TitleColumn);
    QCOMPARE(index.data().toString(), title);
    // The tool tip is rich text (wrapping) with the title escaped: it reads as typed.
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.contains(QStringLiteral("<script>")));
    QVERIFY(tip.contains(QStringLiteral("&lt;script&gt;")));
    QTextDocument doc;
    doc.setHtml(tip);
    QCOMPARE(doc.toPlainText(), title);
}

void tst_VulnModels::findingColumnsAndTexts()
{
    FindingTableModel model(nullptr);
    model.setToday(kToday);
    QCOMPARE(model.columnCount(), int(FindingTableModel::ColumnCount));
    FindingRow r = findingRow(1, AnalysisState::NotAffected, QDate(2026, 6, 1), MatchKind::Cpe);
    r.finding.justification = Justification::CodeNotReachable;
    r.finding.track = Track::Emergency;
    r.kev = true;
    model.setRows({r});
    const auto text = [&model](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(FindingTableModel::VulnerabilityColumn), QStringLiteral("CVE-2026-1"));
    QCOMPARE(text(FindingTableModel::SystemColumn), QStringLiteral("CRM"));
    QCOMPARE(text(FindingTableModel::ProductColumn), QStringLiteral("apache tomcat"));
    QCOMPARE(text(FindingTableModel::VersionColumn), QStringLiteral("9.0.1"));
    QCOMPARE(text(FindingTableModel::StateColumn), displayName(AnalysisState::NotAffected));
    QCOMPARE(text(FindingTableModel::JustificationColumn),
             displayName(Justification::CodeNotReachable));
    QCOMPARE(text(FindingTableModel::CvssColumn), QStringLiteral("7.5"));
    QCOMPARE(text(FindingTableModel::KevColumn), QStringLiteral("KEV"));
    QCOMPARE(text(FindingTableModel::DueColumn), QStringLiteral("2026-06-01"));
    QCOMPARE(text(FindingTableModel::DueRuleColumn), displayName(DueRule::High));
    QCOMPARE(text(FindingTableModel::TrackColumn), displayName(Track::Emergency));
    QCOMPARE(text(FindingTableModel::MatchColumn), QStringLiteral("CPE"));
    QCOMPARE(text(FindingTableModel::DetectedColumn), QStringLiteral("2026-01-02"));
    QCOMPARE(model.headerData(FindingTableModel::DueRuleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Due rule"));
}

void tst_VulnModels::findingOverdue()
{
    FindingTableModel model(nullptr);
    model.setToday(kToday);
    model.setRows({
        findingRow(1, AnalysisState::Affected, QDate(2026, 2, 28), MatchKind::Cpe),  // overdue
        findingRow(2, AnalysisState::NotSet, kToday, MatchKind::Cpe),                // due today
        findingRow(3, AnalysisState::Resolved, QDate(2026, 1, 1), MatchKind::Cpe),   // closed
        findingRow(4, AnalysisState::InTriage, {}, MatchKind::Cpe),                   // no date
    });
    const auto overdue = [&model](int row) {
        return model.index(row, 0).data(FindingTableModel::OverdueRole).toBool();
    };
    QVERIFY(overdue(0));
    QVERIFY(!overdue(1));
    QVERIFY(!overdue(2));
    QVERIFY(!overdue(3));
    const QModelIndex due = model.index(0, FindingTableModel::DueColumn);
    // The word, not colour alone, and red as well.
    QCOMPARE(due.data().toString(), QStringLiteral("2026-02-28 (overdue)"));
    QCOMPARE(due.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    QCOMPARE(model.index(1, FindingTableModel::DueColumn).data().toString(),
             QStringLiteral("2026-03-01"));
    QVERIFY(!model.index(1, FindingTableModel::DueColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(2, FindingTableModel::DueColumn).data().toString(),
             QStringLiteral("2026-01-01"));
    QCOMPARE(model.index(3, FindingTableModel::DueColumn).data().toString(), QString());
    // A day later the one due today is overdue too.
    model.setToday(kToday.addDays(1));
    QVERIFY(overdue(1));
}

void tst_VulnModels::findingNameMatchIsLowerConfidence()
{
    FindingTableModel model(nullptr);
    FindingRow byName = findingRow(1, AnalysisState::NotSet, {}, MatchKind::Name);
    byName.finding.matchedCriteria = QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*");
    model.setRows({byName, findingRow(2, AnalysisState::NotSet, {}, MatchKind::Cpe)});
    QCOMPARE(model.index(0, FindingTableModel::MatchColumn).data().toString(),
             QStringLiteral("name (lower confidence)"));
    QCOMPARE(model.index(1, FindingTableModel::MatchColumn).data().toString(),
             QStringLiteral("CPE"));
    QVERIFY(model.index(0, FindingTableModel::MatchColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(byName.finding.matchedCriteria));
    // CPE matches first when sorted ascending (more confident first).
    QCOMPARE(sortedIds(&model, FindingTableModel::MatchColumn, Qt::AscendingOrder),
             (QList<qint64>{2, 1}));
}

void tst_VulnModels::findingSortsByMeaning()
{
    FindingTableModel model(nullptr);
    model.setToday(kToday);
    FindingRow a = findingRow(1, AnalysisState::Affected, QDate(2026, 12, 1), MatchKind::Cpe);
    a.severity = Severity::Low;
    a.cvssScore = 2.0;
    FindingRow b = findingRow(2, AnalysisState::NotSet, {}, MatchKind::Cpe);
    b.severity = Severity::Critical;
    b.cvssScore = 10.0;
    FindingRow c = findingRow(3, AnalysisState::InTriage, QDate(2026, 1, 15), MatchKind::Cpe);
    c.severity = Severity::Medium;
    c.cvssScore = 9.1;
    model.setRows({a, b, c});
    QCOMPARE(sortedIds(&model, FindingTableModel::SeverityColumn, Qt::DescendingOrder),
             (QList<qint64>{2, 3, 1}));
    QCOMPARE(sortedIds(&model, FindingTableModel::CvssColumn, Qt::DescendingOrder),
             (QList<qint64>{2, 3, 1}));
    QCOMPARE(sortedIds(&model, FindingTableModel::DueColumn, Qt::AscendingOrder),
             (QList<qint64>{3, 1, 2}));
    // States in workflow order: not set, in triage, affected.
    QCOMPARE(sortedIds(&model, FindingTableModel::StateColumn, Qt::AscendingOrder),
             (QList<qint64>{2, 3, 1}));
}

void tst_VulnModels::findingRowOfAndRoles()
{
    FindingTableModel model(nullptr);
    FindingRow r = findingRow(5, AnalysisState::NotSet, {}, MatchKind::Cpe);
    r.finding.track = Track::Emergency;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setRows({findingRow(4, AnalysisState::NotSet, {}, MatchKind::Cpe), r});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowOf(5), 1);
    const QModelIndex i = model.index(1, FindingTableModel::SystemColumn);
    QCOMPARE(i.data(IdRole).toLongLong(), qint64(5));
    QCOMPARE(i.data(RowVersionRole).toInt(), 6);
    QCOMPARE(i.data(SystemIdRole).toLongLong(), qint64(7));
    QCOMPARE(i.data(FindingTableModel::VulnerabilityIdRole).toLongLong(), qint64(105));
    QVERIFY(i.data(FindingTableModel::EmergencyRole).toBool());
    QVERIFY(!model.index(0, 0).data(FindingTableModel::EmergencyRole).toBool());
    QCOMPARE(model.rowAt(1).finding.rowVersion, 6);
}

void tst_VulnModels::largeFindingListIsQuick()
{
    // Tens of thousands of findings: one reset, sorting through SortRole, no per-row work that
    // grows worse than linearly. Generous bound (Debug builds, a shared machine).
    QList<FindingRow> rows;
    rows.reserve(50000);
    for (int i = 1; i <= 50000; ++i) {
        FindingRow r = findingRow(i, AnalysisState(i % 7), kToday.addDays((i * 37) % 400 - 200),
                                  i % 5 ? MatchKind::Cpe : MatchKind::Name);
        r.cvssScore = (i % 100) / 10.0;
        rows << r;
    }
    FindingTableModel model(nullptr);
    model.setToday(kToday);
    FilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(FindingTableModel::DueColumn, Qt::AscendingOrder);
    QElapsedTimer timer;
    timer.start();
    model.setRows(rows);
    const qint64 resetMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), 50000);
    timer.restart();
    proxy.sort(FindingTableModel::CvssColumn, Qt::DescendingOrder);
    const qint64 sortMs = timer.elapsed();
    QCOMPARE(proxy.index(0, FindingTableModel::CvssColumn).data(RawValueRole).toDouble(), 9.9);
    qInfo("50,000 findings: reset and sort by due %lld ms, re-sort by CVSS %lld ms", resetMs,
          sortMs);
    QVERIFY2(resetMs < 10000 && sortMs < 10000, "far too slow for the page");
}

QTEST_GUILESS_MAIN(tst_VulnModels)
#include "tst_vulnmodels.moc"
