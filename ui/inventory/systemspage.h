// The Systems page: a filterable, sortable table of systems and the editor of the selected one.
#pragma once

#include "models/domain/system.h"
#include "ui/conflict/conflictdialog.h"
#include "ui/page.h"

class QAbstractItemView;
class QAction;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;

namespace pp {

struct ExternalChanges;
class FilterProxyModel;
class MessageBar;
class SystemEditor;
class SystemTableModel;
class Workspace;

class SystemsPage : public Page
{
    Q_OBJECT

public:
    explicit SystemsPage(Workspace *workspace, QWidget *parent = nullptr);

    /// Selects the system with @p id (clearing the filter if it hides it).
    void selectSystem(qint64 id);
    /// The id of the selected system, 0 when none.
    qint64 selectedSystemId() const;

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

    /// How a stale save asks the user (the ConflictDialog by default; tests answer directly).
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }

signals:
    /// The user asked to see the components of system @p systemId.
    void showComponentsRequested(qint64 systemId);

private:
    void selectionChanged();
    void applyEdit(const System &s);
    void saveEdit(const System &mine);
    void showStored(qint64 id);
    void noticeChangesElsewhere(const ExternalChanges &changes);
    void refreshEditor();
    void updateActions();
    int currentSourceRow() const;

    Workspace *m_workspace;
    SystemTableModel *m_model;
    FilterProxyModel *m_proxy;
    MessageBar *m_messages;
    QLineEdit *m_filter;
    QTableView *m_table;
    SystemEditor *m_editor;
    QSplitter *m_splitter;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_showComponents;
    QAction *m_reloadEditorAction;
    QAction *m_keepEditingAction;
    ConflictResolver m_resolveConflict = &ConflictDialog::ask;
    qint64 m_shownId = 0;
};

} // namespace pp
