// The Components page: a system chooser, a filterable table of components and the editor of the
// selected one.
#pragma once

#include "models/domain/component.h"
#include "ui/conflict/conflictdialog.h"
#include "ui/page.h"

class QAbstractItemView;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace pp {

struct ExternalChanges;
class ComponentEditor;
class LifecyclePanel;
class ComponentTableModel;
class IndexedFilterProxyModel;
class MessageBar;
class Workspace;

class ComponentsPage : public Page
{
    Q_OBJECT

public:
    explicit ComponentsPage(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows the components of system @p systemId (0 = every system's).
    void showSystem(qint64 systemId);
    qint64 shownSystem() const;
    void selectComponent(qint64 id);
    qint64 selectedComponentId() const;

    bool hasFilter() const override { return true; }
    void focusFilter() override;
    bool canCreate() const override;
    void createItem() override;
    bool canDelete() const override;
    void deleteSelected() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    bool isLoading() const override;
    QString exportName() const override;

    /// How a stale save asks the user (the ConflictDialog by default; tests answer directly).
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }

private:
    void reloadSystems();
    void selectionChanged();
    void applyEdit(const Component &c);
    void saveEdit(const Component &mine);
    void showStored(qint64 id);
    void noticeChangesElsewhere(const ExternalChanges &changes);
    void refreshEditor();
    void updateActions();
    int currentSourceRow() const;

    Workspace *m_workspace;
    ComponentTableModel *m_model;
    IndexedFilterProxyModel *m_proxy;
    MessageBar *m_messages;
    QComboBox *m_systemChooser;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_loading; ///< "Loading components..." while the model loads in the background
    ComponentEditor *m_editor;
    LifecyclePanel *m_lifecyclePanel = nullptr; ///< the "Lifecycle" tab beside the editor
    QSplitter *m_splitter;
    QPushButton *m_add;
    QPushButton *m_delete;
    QAction *m_reloadEditorAction;
    QAction *m_keepEditingAction;
    ConflictResolver m_resolveConflict = &ConflictDialog::ask;
    qint64 m_shownId = 0;
    qint64 m_selectWhenLoaded = 0; ///< selectComponent() asked while the rows were loading
};

} // namespace pp
