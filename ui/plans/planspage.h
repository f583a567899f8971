// The Plans page: every patch plan (filtered by status, type and text) and, below it, the
// selected plan: its header, the status actions (submit, approve, confirm, schedule, start,
// complete, roll back, cancel), and tabs for its steps (edited, reordered and checked off
// here), its timeline, its conflicts and its approvals.
#pragma once

#include "models/domain/plan.h"
#include "ui/page.h"

#include <QHash>

#include <functional>
#include <optional>

class QAbstractItemView;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace pp {

class GanttView;
class MessageBar;
class PlanFilterProxyModel;
class PlanTableModel;
class StepTableModel;
class Workspace;

class PlansPage : public Page
{
    Q_OBJECT

public:
    explicit PlansPage(Workspace *workspace, QWidget *parent = nullptr);

    /// Selects plan @p id in the list (the status filter widens to All when it is hidden).
    void selectPlan(qint64 id);
    qint64 selectedPlanId() const;
    qint64 selectedStepId() const;
    void selectStep(qint64 id);
    /// Opens the new-plan wizard preset with @p systemIds and @p patchIds (e.g. from the
    /// Patches page) and selects the plan it created.
    void createPlanFor(PlanType type, const QList<qint64> &systemIds,
                       const QList<qint64> &patchIds);

    bool hasFilter() const override { return true; }
    void focusFilter() override;
    bool canCreate() const override;
    void createItem() override;
    bool canDelete() const override;
    void deleteSelected() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    QString exportName() const override;

    // The actions of the detail, as its buttons run them.
    void addStep();
    void editStep();
    void removeStep();
    void moveStep(int delta);
    void submitForReview();
    void approve();
    void confirmApproval();
    void schedule();
    void start();
    void toggleStepDone();
    void complete();
    void rollBack();
    void cancelPlan();
    /// Print or export the selected plan: the print dialog, then a PDF file or the preview.
    void printPlan();
    bool canPrint() const { return selectedPlanId() != 0; }

    /// Runs a dialog of the page (the plan wizard, the approval, step and check-off dialogs);
    /// returns true when the user accepted it (tests fill it in and answer directly).
    using DialogRunner = std::function<bool(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    /// Asks a yes/no question; returns true for yes (tests answer directly).
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(Confirmer confirm) { m_confirm = std::move(confirm); }
    /// Asks where to save a PDF (suggested file name in, path out; empty: cancelled). Tests
    /// answer directly; the default is a file dialog in the remembered folder.
    using SavePathChooser = std::function<QString(const QString &suggestedName)>;
    void setSavePathChooser(SavePathChooser choose) { m_choosePath = std::move(choose); }

    // For tests.
    QTableView *table() const { return m_table; }
    PlanTableModel *model() const { return m_model; }
    QTableView *stepTable() const { return m_stepTable; }
    StepTableModel *stepModel() const { return m_stepModel; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *conflictList() const { return m_conflictList; }
    QLabel *conflictsEmptyLabel() const { return m_conflictsEmpty; }
    QTreeWidget *approvalList() const { return m_approvalList; }
    QLabel *headerLabel() const { return m_header; }
    MessageBar *messageBar() const { return m_messages; }
    QComboBox *statusChooser() const { return m_statusFilter; }
    QComboBox *typeChooser() const { return m_typeFilter; }
    QLineEdit *filterEdit() const { return m_filter; }
    GanttView *ganttView() const { return m_gantt; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *confirmButton() const { return m_confirmApproval; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *rollBackButton() const { return m_rollBack; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *checkOffButton() const { return m_checkOff; }
    QPushButton *addStepButton() const { return m_addStep; }
    /// The plan shown in the detail, as last read.
    const std::optional<Plan> &currentPlan() const { return m_plan; }
    const QList<PlanStep> &currentSteps() const { return m_steps; }
    const QList<Approval> &currentApprovals() const { return m_approvals; }
    const QList<PlanConflict> &currentConflicts() const { return m_conflicts; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void scheduleReload();
    void applyFilter();
    void loadDetail();
    void showDetail();
    void updateActions();
    void sizeColumns();
    bool runDialog(QDialog &dialog);
    bool confirm(const QString &question, const QString &title);
    bool stepsEditable() const;
    /// Renumbers, times and saves @p steps as the plan's steps; selects @p selectRow after.
    bool saveSteps(QList<PlanStep> steps, int selectRow);
    /// Moves the plan to @p to, reporting @p success or the error.
    void changeStatus(PlanStatus to, const QString &success);
    /// The provisional approval waiting for confirmation, if the latest decision is one.
    std::optional<Approval> pendingProvisional() const;
    void reportError(const QString &message);
    void reportSuccess(const QString &message);

    Workspace *m_workspace;
    PlanTableModel *m_model;
    PlanFilterProxyModel *m_proxy;
    StepTableModel *m_stepModel;
    MessageBar *m_messages;
    QComboBox *m_statusFilter;
    QComboBox *m_typeFilter;
    QLineEdit *m_filter;
    QSplitter *m_splitter;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_delete;
    QWidget *m_detail;
    QLabel *m_header;
    QLabel *m_noSelection;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_confirmApproval;
    QPushButton *m_schedule;
    QPushButton *m_start;
    QPushButton *m_complete;
    QPushButton *m_rollBack;
    QPushButton *m_cancel;
    QTabWidget *m_tabs;
    QTableView *m_stepTable;
    QPushButton *m_addStep;
    QPushButton *m_editStep;
    QPushButton *m_removeStep;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QPushButton *m_checkOff;
    QLabel *m_stepsNote;
    GanttView *m_gantt;
    QTreeWidget *m_conflictList;
    QLabel *m_conflictsEmpty;
    QTreeWidget *m_approvalList;
    QLabel *m_approvalsEmpty;

    std::optional<Plan> m_plan;
    QList<PlanStep> m_steps;
    QList<Approval> m_approvals;
    QList<PlanConflict> m_conflicts;
    QHash<qint64, QString> m_systemCodes;
    DialogRunner m_runDialog;
    Confirmer m_confirm;
    bool m_reloadPending = false;
    bool m_stale = false;
    bool m_columnsSized = false;
    bool m_stepColumnsSized = false;
    SavePathChooser m_choosePath;
    QPushButton *m_print = nullptr;
};

} // namespace pp
