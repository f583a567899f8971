// The New plan wizard (issue 7): the plan type and title, the scope (pending patches, or
// systems for a plan without patches), the window (the next windows every system shares, with
// their conflicts, or another time) and a summary; Finish creates the draft plan through
// Workspace::createPlan (undoable).
#pragma once

#include "models/domain/plan.h"
#include "models/plans/planservice.h"

#include <QTimeZone>
#include <QWizard>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace pp {

class Workspace;

class PlanWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { TypePage, ScopePage, WindowPage, SummaryPage };
    /// Columns of the patch table.
    enum PatchColumn { SystemColumn, ProductColumn, PatchColumnTitle, ResolvesColumn,
                       DueColumn, TrackColumn, PatchColumnCount };
    /// Columns of the proposals.
    enum ProposalColumn { WindowNameColumn, StartColumn, EndColumn, ConflictsColumn };

    explicit PlanWizard(Workspace *workspace, QWidget *parent = nullptr);

    /// Starts with @p type and with @p systemIds / @p patchIds checked (e.g. "Plan these
    /// patches" from the Patches page).
    void setPreset(PlanType type, const QList<qint64> &systemIds, const QList<qint64> &patchIds);

    /// The plan Finish created, 0 before (or when creating failed).
    qint64 createdPlanId() const { return m_createdPlanId; }

    /// What Finish would ask for, from the pages as they are.
    NewPlanRequest request() const;
    PlanType planType() const;
    QList<qint64> checkedPatchIds() const;
    /// The systems of the checked patches plus the checked systems, without repeats.
    QList<qint64> scopeSystemIds() const;
    /// The chosen window (UTC); null start when none is chosen.
    std::pair<QDateTime, QDateTime> chosenWindow() const;
    /// The plan's zone, in which times are entered and shown: the zone of the maintenance
    /// window proposed, else this computer's.
    QTimeZone zone() const { return m_zone; }
    /// Why the current page cannot go on (empty = it can); shown on the page.
    QString pageProblem(int id) const;

    void accept() override;
    bool validateCurrentPage() override;

    // For tests.
    QRadioButton *regularRadio() const { return m_regular; }
    QRadioButton *emergencyRadio() const { return m_emergency; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *patchFilterEdit() const { return m_patchFilter; }
    QTableView *patchTable() const { return m_patchTable; }
    QStandardItemModel *patchModel() const { return m_patchModel; }
    QListWidget *systemList() const { return m_systems; }
    QTreeWidget *proposalList() const { return m_proposals; }
    QRadioButton *proposalRadio() const { return m_useProposal; }
    QRadioButton *otherTimeRadio() const { return m_otherTime; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QCheckBox *onSiteCheck() const { return m_onSite; }
    QLabel *conflictDetail() const { return m_conflictDetail; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    const QList<WindowProposal> &proposals() const { return m_proposalData; }
    /// Checks or unchecks the patch @p patchId in the table.
    void setPatchChecked(qint64 patchId, bool checked);

private:
    friend class PlanWizardPage;
    QWizardPage *createTypePage();
    QWizardPage *createScopePage();
    QWizardPage *createWindowPage();
    QWizardPage *createSummaryPage();
    void loadScope();
    void loadProposals();
    void applyEmergencyTrack();
    void updateConflictDetail();
    void updateSummary();
    void updateLeadTimeText();
    void emitCompleteChanged();

    Workspace *m_workspace;
    qint64 m_createdPlanId = 0;
    bool m_scopeLoaded = false;
    bool m_checksTouched = false;
    QList<qint64> m_presetPatches;
    QList<qint64> m_presetSystems;
    QList<qint64> m_proposalsFor; ///< the systems m_proposalData was computed for
    PlanType m_proposalsType = PlanType::Regular;
    QList<qint64> m_proposalsPatches;
    QList<WindowProposal> m_proposalData;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_loading = false;

    QRadioButton *m_regular;
    QRadioButton *m_emergency;
    QLabel *m_leadTimes;
    QLineEdit *m_title;
    QLineEdit *m_patchFilter;
    QStandardItemModel *m_patchModel;
    QSortFilterProxyModel *m_patchProxy;
    QTableView *m_patchTable;
    QListWidget *m_systems;
    QLabel *m_scopeHint;
    QTreeWidget *m_proposals;
    QRadioButton *m_useProposal;
    QRadioButton *m_otherTime;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLabel *m_zoneLabel;
    QCheckBox *m_onSite;
    QLabel *m_conflictDetail;
    QLabel *m_windowHint;
    QLabel *m_summary;
    QLabel *m_error;
};

} // namespace pp
