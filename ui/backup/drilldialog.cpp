#include "ui/backup/drilldialog.h"

#include "ui/widgets/messagebar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pp {
namespace {

enum Column { TableColumn, LiveColumn, RestoredColumn, MatchColumn, ColumnCount };
/// Item data: true for a table that has no rows on either side.
constexpr int EmptyRole = Qt::UserRole + 1;

QString chainText(const DatabaseSnapshot &s)
{
    const QLocale l;
    return s.audit.intact
        ? DrillDialog::tr("intact, %1 entries, head %2")
              .arg(l.toString(s.audit.entries), s.auditHead.left(12))
        : DrillDialog::tr("broken at entry %1: %2").arg(s.audit.firstBrokenId).arg(s.audit.reason);
}

} // namespace

DrillDialog::DrillDialog(
    const DrillReport &report, const QString &location, double seconds, QWidget *parent)
    : QDialog(parent)
    , m_verdict(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_tables(new QTreeWidget(this))
    , m_showEmpty(new QCheckBox(this))
    , m_chains(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDialog"));
    setWindowTitle(tr("Restore drill"));
    resize(600, 460);
    const QLocale l;

    int differing = 0;
    for (const DrillReport::Row &r : report.tables)
        differing += r.match() ? 0 : 1;
    m_verdict->setObjectName(QStringLiteral("drillVerdict"));
    if (report.passed()) {
        m_verdict->showMessage(
            tr("Drill passed: the restored copy matches the live database, "
               "%1 rows in %2 tables and an audit trail of %3 entries.")
                .arg(l.toString(report.live.totalRows()), l.toString(report.tables.size()),
                    l.toString(report.live.audit.entries)),
            MessageBar::Type::Positive);
    } else if (!report.failure.isEmpty()) {
        m_verdict->showMessage(
            tr("Drill failed: the backup could not be taken or restored. %1").arg(report.failure),
            MessageBar::Type::Error);
    } else {
        QString text;
        if (differing > 0 && !report.auditMatches())
            text = tr("Drill failed: %n table(s) and the audit chains differ between the live "
                      "database and the restored copy.",
                nullptr, differing);
        else if (differing > 0)
            text = tr("Drill failed: %n table(s) differ between the live database and the "
                      "restored copy.",
                nullptr, differing);
        else
            text = tr("Drill failed: the audit chains of the live database and the restored "
                      "copy differ.");
        m_verdict->showMessage(text, MessageBar::Type::Error);
    }

    const QString source = report.tookBackup
        ? tr("A backup of %1 was taken, restored into a scratch database and compared with the "
             "live database; the scratch files are removed. It took %2 s.")
              .arg(
                  QDir::toNativeSeparators(location), l.toString(seconds, 'f', seconds < 1 ? 2 : 1))
        : tr("The backup %1 was restored into a scratch database and compared with %2 as it is "
             "now. It took %3 s.")
              .arg(QDir::toNativeSeparators(report.backupFile), QDir::toNativeSeparators(location),
                  l.toString(seconds, 'f', seconds < 1 ? 2 : 1));
    m_summary->setObjectName(QStringLiteral("drillSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(source);

    m_tables->setObjectName(QStringLiteral("drillTables"));
    m_tables->setColumnCount(ColumnCount);
    m_tables->setHeaderLabels({tr("Table"), tr("Live"), tr("Restored"), tr("Match")});
    m_tables->setRootIsDecorated(false);
    m_tables->setUniformRowHeights(true);
    m_tables->setAlternatingRowColors(true);
    m_tables->setSelectionMode(QAbstractItemView::NoSelection);
    m_tables->setFocusPolicy(Qt::NoFocus);
    const QIcon yes = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon no = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    auto addRow = [&](const QString &name, qint64 live, const QString &restored, bool match) {
        auto *item = new QTreeWidgetItem(m_tables);
        item->setText(TableColumn, name);
        item->setText(LiveColumn, l.toString(live));
        item->setText(RestoredColumn, restored);
        item->setText(MatchColumn, match ? tr("yes") : tr("no"));
        item->setIcon(MatchColumn, match ? yes : no);
        for (int c : {LiveColumn, RestoredColumn})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (!match) {
            QFont bold = item->font(TableColumn);
            bold.setBold(true);
            for (int c = 0; c < ColumnCount; ++c) {
                item->setFont(c, bold);
                item->setForeground(c, QColor(0xb0, 0x1e, 0x1e));
            }
        }
        return item;
    };
    int empty = 0;
    for (const DrillReport::Row &r : report.tables) {
        QTreeWidgetItem *item = addRow(r.table, r.live, l.toString(r.restored), r.match());
        const bool isEmpty = r.live == 0 && r.restored == 0;
        item->setData(TableColumn, EmptyRole, isEmpty);
        empty += isEmpty ? 1 : 0;
    }
    QTreeWidgetItem *chain = addRow(tr("Audit chain (entries)"), report.live.audit.entries,
        report.failure.isEmpty() ? l.toString(report.restored.audit.entries)
                                 : QStringLiteral("\u2014"),
        report.auditMatches());
    QFont italic = chain->font(TableColumn);
    italic.setItalic(true);
    chain->setFont(TableColumn, italic);
    m_tables->header()->setStretchLastSection(false);
    m_tables->header()->setSectionResizeMode(TableColumn, QHeaderView::Stretch);
    for (int c : {LiveColumn, RestoredColumn, MatchColumn})
        m_tables->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_showEmpty->setObjectName(QStringLiteral("showEmptyTables"));
    m_showEmpty->setText(tr("Show the %n table(s) that are empty in both", nullptr, empty));
    m_showEmpty->setVisible(empty > 0);
    connect(m_showEmpty, &QCheckBox::toggled, this, &DrillDialog::showEmptyTables);
    showEmptyTables(false);

    m_chains->setObjectName(QStringLiteral("drillChains"));
    m_chains->setWordWrap(true);
    m_chains->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chains->setText(
        tr("Audit chain of the live database: %1.\nAudit chain of the restored "
           "copy: %2.")
            .arg(chainText(report.live),
                report.failure.isEmpty() ? chainText(report.restored) : tr("none (not restored)")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_summary);
    layout->addWidget(m_tables, 1);
    layout->addWidget(m_showEmpty);
    layout->addWidget(m_chains);
    layout->addWidget(buttons);
}

void DrillDialog::showEmptyTables(bool show)
{
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tables->topLevelItem(i);
        item->setHidden(!show && item->data(TableColumn, EmptyRole).toBool());
    }
}

} // namespace pp
