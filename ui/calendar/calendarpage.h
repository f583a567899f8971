// The Calendar page: what is due (the operational cadences of every system and the periodic
// compensating controls), overdue first, grouped by week or month, filtered by horizon, system
// and text. Marking one done records its evidence and moves its next date; a cadence's interval
// is edited here (undoably), and a major change of a system makes its vulnerability scan due.
#pragma once

#include "models/storage/controlrepository.h"
#include "ui/page.h"

#include <QSet>

#include <functional>
#include <optional>

class QAbstractItemView;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace pp {

class BackgroundLoader;

class DueFilterProxyModel;
class DueGroupModel;
class DueTableModel;
class MessageBar;
class Workspace;

class CalendarPage : public Page
{
    Q_OBJECT

public:
    /// The horizon choices, in the order of the combo box.
    enum class Horizon { FourWeeks, ThreeMonths, TwelveMonths, Everything };

    explicit CalendarPage(Workspace *workspace, QWidget *parent = nullptr);

    bool hasFilter() const override { return true; }
    void focusFilter() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    QString exportName() const override;

    /// The last day listed for @p horizon counted from @p today (null = everything).
    static QDate horizonEnd(Horizon horizon, const QDate &today);

    bool canMarkDone() const;
    /// Marks the selected obligation done, after asking the date (and for a control who did it
    /// and the reference) in the evidence dialog.
    void markSelectedDone();
    bool canEditInterval() const;
    /// Edits the selected cadence's interval and note (undoable).
    void editSelectedInterval();
    bool canRecordMajorChange() const;
    /// Records a major change of the selected row's system on the day asked.
    void recordMajorChange();

    /// Asks the main window to show the selected row's system (openSystemRequested()).
    void showSelectedSystem();

    /// Runs a dialog (EvidenceDialog, CadenceDialog, MajorChangeDialog); returns true when the
    /// user accepted. Tests fill the dialog in and answer directly.
    using DialogRunner = std::function<bool(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // For tests.
    QTreeView *tree() const { return m_tree; }
    DueTableModel *model() const { return m_model; }
    DueGroupModel *groupModel() const { return m_groups; }
    QComboBox *groupChooser() const { return m_groupBy; }
    QComboBox *horizonChooser() const { return m_horizon; }
    QComboBox *systemChooser() const { return m_system; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *countLabel() const { return m_count; }
    MessageBar *messageBar() const { return m_messages; }
    QPushButton *markDoneButton() const { return m_markDone; }
    QPushButton *editIntervalButton() const { return m_editInterval; }
    QPushButton *majorChangeButton() const { return m_majorChange; }
    /// The selected obligation, if any.
    const DueItem *selectedItem() const;
    /// Selects the cadence or control @p id; false when it is not listed.
    bool selectItem(DueItem::Source source, qint64 id);
    /// Reads the due items again now (the page otherwise reloads lazily), on a worker
    /// (isLoading() until they arrive; the rows shown stay until then).
    void reload();
    bool isLoading() const override;

signals:
    /// The user asked to see the system of the selected row (context menu "Show system").
    void openSystemRequested(qint64 systemId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleReload();
    void reloadSystems();
    void applyFilter();
    void updateEmptyState();
    void restoreTreeState();
    void sizeColumns();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    bool runDialog(QDialog &dialog);
    QString obligationName(const DueItem &item) const;

    Workspace *m_workspace;
    BackgroundLoader *m_loader; ///< reads the due items on a worker (issue 9)
    DueTableModel *m_model;
    DueFilterProxyModel *m_proxy;
    DueGroupModel *m_groups;
    MessageBar *m_messages;
    QComboBox *m_groupBy;
    QComboBox *m_horizon;
    QComboBox *m_system;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_empty;
    QLabel *m_count;
    QPushButton *m_markDone;
    QPushButton *m_editInterval;
    QPushButton *m_majorChange;
    DialogRunner m_runDialog;
    /// Kept over regrouping and reloads: the selected item and the groups the user collapsed.
    std::optional<std::pair<DueItem::Source, qint64>> m_keepSelected;
    QSet<QString> m_collapsed;
    bool m_reloadPending = false; ///< a reload is queued
    bool m_stale = true;          ///< the rows are out of date; read them when shown
    bool m_columnsSized = false;  ///< sized to the first rows, or restored from the settings
};

} // namespace pp
