#include "models/io/roadmapdocument.h"

#include "models/domain/enums.h"
#include "models/io/reportcells.h"
#include "models/render/roadmappainter.h"
#include "models/storage/database.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/settingsrepository.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace pp {
namespace {


/// The chart's pages, for PrintDocument.
class ChartPages : public PaintedPages
{
public:
    explicit ChartPages(RoadmapChart chart) : m_painter(std::move(chart)) { }
    int pageCount(const QSizeF &body) override { return m_painter.pageCount(body.height()); }
    void paintPage(QPainter &painter, int index, const QRectF &body) override
    {
        m_painter.paintPage(painter, index, body);
    }

private:
    RoadmapPainter m_painter;
};

} // namespace

PageSetup RoadmapDocumentOptions::defaultSetup()
{
    PageSetup s;
    s.orientation = QPageLayout::Landscape;
    return s;
}

Result<RoadmapDocumentData> gatherRoadmapData(Database &db, const QDate &today,
                                              const RoadmapFilter &filter)
{
    auto horizons = SettingsRepository(db).lifecycleHorizons();
    if (!horizons)
        return horizons.error();
    auto rows = LifecycleRepository(db).rows();
    if (!rows)
        return rows.error();
    const QList<EoslItem> all = assessRows(*rows, today, *horizons);
    RoadmapDocumentData data;
    data.horizons = *horizons;
    data.today = today;
    data.filter = filter;
    data.totalComponents = int(all.size());
    data.items = filterRoadmapItems(all, filter, *horizons);
    data.generatedAt = QDateTime::currentDateTime();
    data.generatedBy = db.actor();
    return data;
}

PrintDocument roadmapDocument(const RoadmapDocumentData &data,
                              const RoadmapDocumentOptions &options)
{
    const QDate today = data.today.isValid() ? data.today : QDate::currentDate();
    PageFrame frame;
    frame.title = RoadmapDocumentText::tr("EOSL roadmap");
    frame.reference = RoadmapDocumentText::tr("As of %1").arg(today.toString(Qt::ISODate));
    frame.generated = ReportCells::generated(data.generatedAt, data.generatedBy);
    PrintDocument doc(frame, options.setup);

    RoadmapChart chart;
    chart.rows = roadmapRows(data.items, options.grouping);
    chart.today = today;
    chart.horizons = data.horizons;
    chart.from = options.chartFrom;
    chart.to = options.chartTo;
    const RoadmapPainter probe(chart);

    if (!options.chartOnly) {
        TextFlow &intro = doc.addFlow();
        intro.heading(RoadmapDocumentText::tr("EOSL roadmap"), 1);
        intro.fields({
            {RoadmapDocumentText::tr("Date"), PrintCell(today.toString(Qt::ISODate))},
            {RoadmapDocumentText::tr("Filter"), PrintCell(describeRoadmapFilter(data.filter, data.horizons))},
            {RoadmapDocumentText::tr("Grouping"),
             PrintCell(options.grouping == RoadmapGrouping::BySystem
                           ? RoadmapDocumentText::tr("By system")
                           : RoadmapDocumentText::tr("By product cycle"))},
            {RoadmapDocumentText::tr("Chart"), PrintCell(RoadmapDocumentText::tr("%1 to %2")
                                              .arg(probe.from().toString(Qt::ISODate),
                                                   probe.to().toString(Qt::ISODate)))},
            {RoadmapDocumentText::tr("Components"),
             PrintCell(RoadmapDocumentText::tr("%1 of %2").arg(data.items.size()).arg(data.totalComponents))},
        });
        intro.space(8);
        intro.heading(RoadmapDocumentText::tr("Components per status"), 3);
        const EoslStats stats = eoslStats(data.items);
        QList<QList<PrintCell>> counts;
        for (EoslStatus s : {EoslStatus::Past, EoslStatus::Within30, EoslStatus::Within90,
                             EoslStatus::Within180, EoslStatus::Within365, EoslStatus::Supported,
                             EoslStatus::Unknown}) {
            const int n = stats.count(s);
            counts << QList<PrintCell>{PrintCell(displayName(s, data.horizons), ReportCells::tone(s)),
                                       PrintCell(QString::number(n),
                                                 n ? PrintCell::Tone::Strong
                                                   : PrintCell::Tone::Muted)};
        }
        counts << QList<PrintCell>{
            PrintCell(RoadmapDocumentText::tr("Needs a decision"), PrintCell::Tone::Alert),
            PrintCell(QString::number(stats.needsDecision), PrintCell::Tone::Strong)};
        counts << QList<PrintCell>{PrintCell(RoadmapDocumentText::tr("Total"), PrintCell::Tone::Strong),
                                   PrintCell(QString::number(stats.components),
                                             PrintCell::Tone::Strong)};
        intro.table({RoadmapDocumentText::tr("Status"), RoadmapDocumentText::tr("Components")}, counts, {3, 1});
    }

    doc.addPages(std::make_unique<ChartPages>(chart));

    if (!options.chartOnly) {
        QList<EoslItem> sorted = data.items;
        std::stable_sort(sorted.begin(), sorted.end(), eoslLess);
        TextFlow &table = doc.addFlow();
        table.heading(RoadmapDocumentText::tr("Components by EOSL"), 2);
        QList<QList<PrintCell>> rows;
        rows.reserve(sorted.size());
        for (const EoslItem &item : std::as_const(sorted)) {
            const LifecycleRow &r = item.row;
            QString decision;
            PrintCell::Tone decisionTone = PrintCell::Tone::Normal;
            if (item.needsDecision) {
                decision = RoadmapDocumentText::tr("Needed");
                decisionTone = PrintCell::Tone::Alert;
            } else if (r.decision.decision != UpgradeDecisionKind::None) {
                decision = displayName(r.decision.decision);
            }
            const PrintCell::Tone tone = ReportCells::tone(item.assessment.status);
            rows << QList<PrintCell>{
                PrintCell(r.systemCode),
                PrintCell(displayName(r.component.kind)),
                PrintCell(r.component.product),
                PrintCell(r.component.version),
                PrintCell(ReportCells::supportEnd(r.lifecycle.securitySupport.value), tone),
                PrintCell(displayName(item.assessment.status, data.horizons), tone),
                PrintCell(item.assessment.daysLeft ? QLocale().toString(*item.assessment.daysLeft)
                                                   : QString(),
                          tone),
                PrintCell(decision, decisionTone)};
        }
        if (rows.isEmpty())
            table.paragraph(RoadmapDocumentText::tr("No components match the filter."), TextFlow::Style::Muted);
        else
            table.table({RoadmapDocumentText::tr("System"), RoadmapDocumentText::tr("Kind"), RoadmapDocumentText::tr("Product"),
                         RoadmapDocumentText::tr("Version"), RoadmapDocumentText::tr("EOSL"), RoadmapDocumentText::tr("Status"),
                         RoadmapDocumentText::tr("Days left"), RoadmapDocumentText::tr("Decision")},
                        rows, {1.4, 1.5, 2.4, 1.2, 1.1, 1.5, 0.8, 1.0});
    }
    return doc;
}

} // namespace pp
