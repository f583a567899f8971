// The Frozen systems page (issue 6, item 3): the register of every frozen component with its
// reason, EOSL status, accepted findings, controls, next due dates and gaps; and, for the
// selected one, the compensating controls with their evidence and the risk acceptances, added,
// edited, approved and renewed here. Data comes only from the Workspace.
#pragma once

#include "models/io/frozendocument.h"
#include "ui/page.h"

#include <QDate>
#include <QHash>

#include <functional>

class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTreeWidget;

namespace pp {

class BackgroundLoader;
class FrozenRegisterModel;
class FrozenRegisterProxyModel;
class MessageBar;
class Workspace;
struct Control;
struct FrozenRegisterData;
struct FrozenRegisterRow;
struct RiskAcceptance;

class FrozenPage : public Page
{
    Q_OBJECT

public:
    explicit FrozenPage(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows the register of system @p systemId (0 = every system).
    void showSystem(qint64 systemId);
    /// Shows only the rows with gaps (the dashboard's tiles).
    void showGapsOnly(bool on);

    bool hasFilter() const override { return true; }
    void focusFilter() override;
    /// Ctrl+N: a new control, attached to the selected row's component.
    bool canCreate() const override;
    void createItem() override;
    /// Delete: the selected control (else the selected acceptance request).
    bool canDelete() const override;
    void deleteSelected() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    QString exportName() const override;

    // The page's commands (its buttons); each asks through the runner and confirmer below.
    void addControl();
    void editControl();
    void deleteControl();
    void recordEvidence();
    void requestAcceptance();
    void editAcceptance();
    void approveAcceptance();
    void renewAcceptance();
    void deleteAcceptance();

    /// Runs a dialog of the page (ControlDialog, AcceptanceDialog, EvidenceDialog, or the
    /// renewal dialog named "renewDialog" with a QDateEdit "renewDate"); returns true when the
    /// user saved. Tests fill the dialog in and answer directly.
    using DialogRunner = std::function<bool(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    /// Asks before deleting or approving; returns true to go ahead (tests answer directly).
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(Confirmer confirm) { m_confirm = std::move(confirm); }

    // For tests.
    QTableView *table() const { return m_table; }
    FrozenRegisterModel *model() const { return m_model; }
    FrozenRegisterProxyModel *proxy() const { return m_proxy; }
    QComboBox *systemChooser() const { return m_system; }
    QCheckBox *gapsOnlyCheck() const { return m_gapsOnly; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *countLabel() const { return m_count; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *controlList() const { return m_controls; }
    QTreeWidget *evidenceList() const { return m_evidence; }
    QTreeWidget *acceptanceList() const { return m_acceptances; }
    MessageBar *messageBar() const { return m_messages; }
    QPushButton *addControlButton() const { return m_addControl; }
    QPushButton *editControlButton() const { return m_editControl; }
    QPushButton *deleteControlButton() const { return m_deleteControl; }
    QPushButton *evidenceButton() const { return m_recordEvidence; }
    QPushButton *requestButton() const { return m_request; }
    QPushButton *editAcceptanceButton() const { return m_editAcceptance; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *deleteAcceptanceButton() const { return m_deleteAcceptance; }
    qint64 selectedComponentId() const;
    void selectComponent(qint64 componentId);
    qint64 selectedControlId() const;
    void selectControl(qint64 controlId);
    qint64 selectedAcceptanceId() const;
    void selectAcceptance(qint64 acceptanceId);
    /// Reads the register again now (the page otherwise reloads when shown or on changes), on a
    /// worker: the rows shown stay until the new ones arrive (isLoading() meanwhile).
    void reload();
    bool isLoading() const override;
    /// What the PDF shows: copies of the register rows the page shows (its system, gaps-only
    /// and text filters), with the cadences of their systems (models/io/frozendocument.h).
    FrozenDocumentData documentData() const;
    /// "Export PDF…": asks for a file, builds and writes in the background.
    void exportPdf();
    /// "Print…": the print preview.
    void printRegister();
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    QPushButton *printButton() const { return m_print; }

signals:
    /// "Show component" on a row: the main window shows it on the Components page.
    void openComponentRequested(qint64 componentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleReload();
    /// reload(), then selects the control @p control or the acceptance @p acceptance (0: keeps
    /// the selection) once the rows are in: what a command that changed them does.
    void reloadThenSelect(qint64 control, qint64 acceptance);
    /// Puts read rows in, keeping the selection.
    void showRegister(FrozenRegisterData data, const QDate &today);
    void reloadSystems();
    void applyFilter();
    void sizeColumns();
    void showDetail();
    void showEvidence();
    void updateActions();
    void showRowMenu(const QPoint &pos);
    bool runDialog(QDialog &dialog);
    bool confirm(const QString &title, const QString &question, const QString &detail,
                 const QString &action);
    const FrozenRegisterRow *selectedRow() const;
    const Control *selectedControl() const;
    const RiskAcceptance *selectedAcceptanceRecord() const;
    /// The subject of an acceptance in words: the finding's identifier, or "the component".
    QString subjectOf(const RiskAcceptance &a) const;

    Workspace *m_workspace;
    BackgroundLoader *m_loader; ///< reads the register on a worker (issue 9)
    FrozenRegisterModel *m_model;
    FrozenRegisterProxyModel *m_proxy;
    MessageBar *m_messages;
    QComboBox *m_system;
    QCheckBox *m_gapsOnly;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_count;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_print = nullptr;
    QSplitter *m_splitter;
    QSplitter *m_detailSplitter;
    QLabel *m_summary;
    QTreeWidget *m_controls;
    QTreeWidget *m_evidence;
    QLabel *m_evidenceTitle;
    QTreeWidget *m_acceptances;
    QPushButton *m_addControl;
    QPushButton *m_editControl;
    QPushButton *m_deleteControl;
    QPushButton *m_recordEvidence;
    QPushButton *m_request;
    QPushButton *m_editAcceptance;
    QPushButton *m_approve;
    QPushButton *m_renew;
    QPushButton *m_deleteAcceptance;
    DialogRunner m_runDialog;
    Confirmer m_confirm;
    QHash<qint64, QString> m_findingNames; ///< finding id -> vulnerability id, for the detail
    int m_warningDays = 30;
    qint64 m_selectControlAfterLoad = 0;    ///< reloadThenSelect()'s control, until loaded
    qint64 m_selectAcceptanceAfterLoad = 0; ///< reloadThenSelect()'s acceptance, until loaded
    bool m_reloadPending = false;
    bool m_stale = false;         ///< a change arrived while hidden: reload when shown
    bool m_columnsSized = false;
};

} // namespace pp
