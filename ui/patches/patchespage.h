// The Patches page: every pending patch (computed upgrades and vendor patches entered by hand),
// filtered by system, track, overdue and text; vendor patches are added, edited and deleted
// here, undoably.
#pragma once

#include "models/domain/vulnerability.h"
#include "ui/page.h"

#include <functional>

class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pp {

class BackgroundLoader;

class MessageBar;
class PatchFilterProxyModel;
class PatchTableModel;
class VendorPatchDialog;
class Workspace;

class PatchesPage : public Page
{
    Q_OBJECT

public:
    explicit PatchesPage(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows the patches of system @p systemId (0 = every system).
    void showSystem(qint64 systemId);

    bool hasFilter() const override { return true; }
    void focusFilter() override;
    bool canCreate() const override;
    void createItem() override;
    bool canDelete() const override;
    void deleteSelected() override;
    bool canEditSelected() const;
    void editSelected();
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    QString exportName() const override;

    /// Runs the vendor patch dialog; returns true when the user saved (tests fill it in and
    /// answer directly).
    using DialogRunner = std::function<bool(VendorPatchDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    /// Asks before deleting; returns true to delete (tests answer directly).
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(Confirmer confirm) { m_confirm = std::move(confirm); }

    // For tests.
    QTableView *table() const { return m_table; }
    PatchTableModel *model() const { return m_model; }
    QComboBox *systemChooser() const { return m_system; }
    QComboBox *trackChooser() const { return m_track; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *emptyLabel() const { return m_empty; }
    qint64 selectedPatchId() const;
    void selectPatch(qint64 id);

    /// The pending patches are being read in the background.
    bool isLoading() const override;
    void setCurrent(bool current) override;

protected:
    void showEvent(QShowEvent *event) override;


private:
    void sizeColumns();
    void reload();
    void scheduleReload();
    void reloadSystems();
    void applyFilter();
    void updateActions();
    bool runDialog(VendorPatchDialog &dialog);
    const struct PatchRow *selectedRow() const;

    Workspace *m_workspace;
    PatchTableModel *m_model;
    PatchFilterProxyModel *m_proxy;
    MessageBar *m_messages;
    QComboBox *m_system;
    QComboBox *m_track;
    QCheckBox *m_overdue;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    DialogRunner m_runDialog;
    Confirmer m_confirm;
    bool m_reloadPending = false;
    BackgroundLoader *m_loader = nullptr; ///< the rows, read off the GUI thread
    bool m_current = true; ///< shown (setCurrent()); a page used on its own is
    bool m_stale = false;  ///< a reload was put off while not current
    qint64 m_selectAfterLoad = 0; ///< a patch just added or edited, selected once read
    bool m_columnsSized = false; ///< sized to the first rows, or restored from the settings
};

} // namespace pp
