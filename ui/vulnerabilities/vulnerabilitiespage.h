// The Vulnerabilities page: the vulnerabilities that affect the estate (with a read-only detail
// pane) and the findings, filtered by system, state, emergency, overdue and KEV, with bulk
// triage. Data comes only from the Workspace.
#pragma once

#include "ui/page.h"

#include <QList>

class QAbstractItemView;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace pp {

class BackgroundLoader;

class AcceptanceDialog;
class FilterProxyModel;
class FindingTableModel;
class MessageBar;
class TriageDialog;
class VulnerabilityDetail;
class VulnTableModel;
class Workspace;

/// What a dashboard tile asks the Findings tab to show.
enum class FindingQuickFilter { All, Emergency, Overdue, Untriaged, Kev };

class VulnerabilitiesPage : public Page
{
    Q_OBJECT

public:
    enum Tab { VulnerabilitiesTab, FindingsTab };

    explicit VulnerabilitiesPage(Workspace *workspace, QWidget *parent = nullptr);

    bool hasFilter() const override { return true; }
    void focusFilter() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    /// Either list is being read in the background.
    bool isLoading() const override;
    void setCurrent(bool current) override;
    QString exportName() const override;

    /// The findings selected on the Findings tab (ids).
    QList<qint64> selectedFindings() const;
    qint64 selectedVulnerability() const;
    void selectVulnerability(qint64 id);
    void selectFindings(const QList<qint64> &ids);
    bool canTriage() const;
    /// The most findings listed at once, the first by due date (20,000 unless set): a whole
    /// estate has millions. When the list is full, the text filter asks the database too.
    void setFindingLimit(int limit);
    /// The list holds the first findingLimit() findings and more match the filters.
    bool findingsCapped() const;

    // For tests and the dashboard.
    QTabWidget *tabs() const { return m_tabs; }
    VulnTableModel *vulnModel() const { return m_vulnModel; }
    FindingTableModel *findingModel() const { return m_findingModel; }
    FilterProxyModel *findingProxy() const { return m_findingProxy; }
    QTableView *vulnTable() const { return m_vulnTable; }
    QTableView *findingTable() const { return m_findingTable; }
    VulnerabilityDetail *detail() const { return m_detail; }
    QAction *triageAction() const { return m_triageAction; }
    QPushButton *triageButton() const { return m_triageButton; }
    QPushButton *acceptanceButton() const { return m_acceptanceButton; }
    QAction *acceptanceAction() const { return m_acceptanceAction; }
    MessageBar *messageBar() const { return m_messages; }

public slots:
    /// Shows the findings of one system (0 = every system) on the Findings tab.
    void showSystem(qint64 systemId);
    /// Shows the findings a dashboard tile counts.
    void showFilter(pp::FindingQuickFilter filter);
    /// Opens the triage dialog for the selected findings and applies it (one undo step).
    void triageSelected();
    /// Opens the risk acceptance dialog for the selected finding and requests it (undoable).
    void requestAcceptanceForSelected();

signals:
    /// The triage dialog is about to run (tests drive it from here).
    void triageDialogOpened(pp::TriageDialog *dialog);
    /// The risk acceptance dialog is about to run (tests answer it from here).
    void acceptanceDialogOpened(pp::AcceptanceDialog *dialog);

private:
    QWidget *createVulnerabilitiesTab();
    QWidget *createFindingsTab();
    void applyVulnFilter();
    void applyFindingFilter();
    void refillSystems();
    void updateActions();
    void recountStored();
    void updateEmptyStates();
    void vulnSelectionChanged();
    void openReference(const QString &url);
    void showFindingsMenu(const QPoint &pos);

    Workspace *m_workspace;
    MessageBar *m_messages;
    QTabWidget *m_tabs;

    VulnTableModel *m_vulnModel;
    FilterProxyModel *m_vulnProxy;
    QLineEdit *m_vulnText;
    QCheckBox *m_affectingOnly;
    QCheckBox *m_kevOnly;
    QComboBox *m_minSeverity;
    QLabel *m_vulnCount;
    QStackedWidget *m_vulnStack;
    QLabel *m_vulnEmpty;
    QTableView *m_vulnTable;
    QSplitter *m_splitter;
    VulnerabilityDetail *m_detail;
    QTimer *m_vulnTextTimer;

    FindingTableModel *m_findingModel;
    FilterProxyModel *m_findingProxy;
    QComboBox *m_system;
    QComboBox *m_state;
    QCheckBox *m_emergency;
    QCheckBox *m_overdue;
    QCheckBox *m_kev;
    QLineEdit *m_findingText;
    QLabel *m_findingCount;
    QPushButton *m_triageButton;
    QAction *m_triageAction;
    QPushButton *m_acceptanceButton;
    QAction *m_acceptanceAction;
    QStackedWidget *m_findingStack;
    QLabel *m_findingEmpty;
    QTableView *m_findingTable;

    int m_storedVulnerabilities = -1; ///< for the empty-state text; -1 = unknown
    BackgroundLoader *m_countLoader; ///< m_storedVulnerabilities, read off the GUI thread
    bool m_loading = false;          ///< isLoading() as last announced
    QTimer *m_findingTextTimer;      ///< a pause in the typing, before asking the database
    int m_findingLimit = 20000;
};

} // namespace pp
