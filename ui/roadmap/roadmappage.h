// The Roadmap page: the EOSL chart of the components (one bar per component or per product
// cycle) and the same rows as a sortable table, with filters and a date-range zoom.
#pragma once

#include "models/io/roadmapdocument.h"
#include "models/itemmodels/eoslfilterproxymodel.h"
#include "ui/page.h"

#include <QList>

class QAbstractItemView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;

namespace pp {

class EoslTableModel;
class MessageBar;
class RoadmapChartView;
class Workspace;

class RoadmapPage : public Page
{
    Q_OBJECT

public:
    enum class Grouping { BySystem, ByProduct };

    explicit RoadmapPage(Workspace *workspace, QWidget *parent = nullptr);

    bool hasFilter() const override { return true; }
    void focusFilter() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    /// The components' lifecycles are being read in the background.
    bool isLoading() const override;
    void setCurrent(bool current) override;
    QString exportName() const override;

    /// Shows only the rows with this status (the dashboard's tiles); an empty filter shows all.
    void setStatusFilter(const EoslFilterProxyModel::StatusFilter &filter);
    void setGrouping(Grouping g);
    /// Selects the component in the table and the chart.
    void selectComponent(qint64 id);
    qint64 selectedComponent() const;

    EoslTableModel *model() const { return m_model; }
    EoslFilterProxyModel *proxy() const { return m_proxy; }
    RoadmapChartView *chartView() const { return m_chart; }
    QTableView *table() const { return m_table; }

    /// What the PDF shows: copies of the rows as filtered and ordered on the page, with the
    /// page's filter, grouping and date range (models/io/roadmapdocument.h).
    RoadmapDocumentData documentData() const;
    RoadmapDocumentOptions documentOptions() const;
    /// "Export PDF…": asks for a file, builds and writes in the background.
    void exportPdf();
    /// "Print…": the print preview.
    void printRoadmap();

signals:
    /// "Open component": show it on the Components page.
    void openComponentRequested(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    /// Sizes the table's columns to its first rows, once (then they are the user's).
    void sizeColumns();
    void scheduleRebuild();
    void rebuildBars();
    void updateLoading();
    void applyBars(const QList<RoadmapRow> &bars, QList<int> rows);
    /// The tooltip of the chart's row @p row: its first component's dates, then the others.
    QString toolTipOf(int row) const;
    void refillFilterChoices();
    void applyChoiceFilters();
    void applyDateRange();
    void resetDateRange();
    void chartRowClicked(int row);
    void tableSelectionChanged();

    Workspace *m_workspace;
    EoslTableModel *m_model;
    EoslFilterProxyModel *m_proxy;
    MessageBar *m_messages;
    QComboBox *m_groupCombo;
    QComboBox *m_statusCombo;
    QComboBox *m_systemCombo;
    QComboBox *m_ownerCombo;
    QComboBox *m_kindCombo;
    QLineEdit *m_filterEdit;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QPushButton *m_resetZoomButton;
    QPushButton *m_openButton;
    QPushButton *m_exportPdfButton;
    QPushButton *m_printButton;
    QLabel *m_countLabel;
    QLabel *m_legend;
    QScrollArea *m_scroll;
    RoadmapChartView *m_chart;
    QTableView *m_table;
    QTimer *m_rebuildTimer;
    bool m_syncingSelection = false;
    QList<int> m_barRows;           ///< the model rows the chart's bars index into
    LifecycleHorizons m_barHorizons;
    quint64 m_rebuildGeneration = 0; ///< the latest rebuild asked for; older results are dropped
    bool m_columnsSized = false;     ///< sized to the first rows, or the user's widths restored
    bool m_grouping = false;         ///< a rebuild is running on a worker
    bool m_reportedLoading = false;  ///< isLoading() as loadingChanged() last told it
};

} // namespace pp
