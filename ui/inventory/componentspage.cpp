#include "ui/inventory/componentspage.h"

#include "ui/conflict/conflictsave.h"
#include "ui/lifecycle/lifecyclepanel.h"

#include "models/domain/validation.h"
#include "models/itemmodels/componenttablemodel.h"
#include "models/itemmodels/indexedfilterproxymodel.h"
#include "models/workspace.h"
#include "ui/inventory/componenteditor.h"
#include "ui/inventory/editorwidgets.h"
#include "ui/inventory/tableviews.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageparts.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pp {

ComponentsPage::ComponentsPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new ComponentTableModel(workspace, true, this))
    , m_proxy(new IndexedFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_systemChooser(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_loading(new QLabel(tr("Loading components\u2026"), this))
    , m_editor(new ComponentEditor(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_reloadEditorAction(new QAction(tr("Reload"), this))
    , m_keepEditingAction(new QAction(tr("Keep editing"), this))
{
    setObjectName(QStringLiteral("componentsPage"));
    m_reloadEditorAction->setObjectName(QStringLiteral("reloadComponentAction"));
    m_reloadEditorAction->setToolTip(tr("Discard your changes and show the stored values"));
    m_keepEditingAction->setObjectName(QStringLiteral("keepEditingComponentAction"));
    m_keepEditingAction->setToolTip(tr("Apply will show both versions and let you choose"));
    // Up to 100,000 rows and more: read in the background (the model was made so, its first
    // load too), filtered and sorted by a proxy that keeps each keystroke and sort interactive
    // at that size.
    m_proxy->setSourceModel(m_model);

    m_systemChooser->setObjectName(QStringLiteral("systemChooser"));
    m_systemChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_systemChooser->setMinimumContentsLength(20);
    auto *chooserLabel = new QLabel(tr("S&ystem:"), this);
    chooserLabel->setBuddy(m_systemChooser);
    m_filter->setObjectName(QStringLiteral("componentFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter components (Ctrl+F)"));
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder),
                            tr("Add component"), this);
    m_add->setObjectName(QStringLiteral("addComponentButton"));
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteComponentButton"));

    // Two rows: the system chooser, then the same filter-and-buttons row as the Systems page.
    auto *chooserRow = new QHBoxLayout;
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_systemChooser, 1);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_add);
    tools->addWidget(m_delete);

    m_table->setObjectName(QStringLiteral("componentsTable"));
    Internal::setUpTable(m_table);
    // Rows of one height: the view never measures 100,000 rows' contents.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setModel(m_proxy);
    ListExport::installContextMenu(m_table, this, m_messages);
    m_table->sortByColumn(ComponentTableModel::SystemCodeColumn, Qt::AscendingOrder);
    for (int column : {ComponentTableModel::PurlColumn, ComponentTableModel::NotesColumn,
                       ComponentTableModel::CpeColumn})
        m_table->hideColumn(column);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(ComponentTableModel::SystemCodeColumn, 100);
    header->resizeSection(ComponentTableModel::SystemNameColumn, 170);
    header->resizeSection(ComponentTableModel::KindColumn, 130);
    header->resizeSection(ComponentTableModel::VendorColumn, 130);
    header->resizeSection(ComponentTableModel::ProductColumn, 170);
    header->resizeSection(ComponentTableModel::InstancesColumn, 80);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(chooserRow);
    leftLayout->addLayout(tools);
    m_loading->setObjectName(QStringLiteral("componentsLoading"));
    m_loading->setVisible(m_model->isLoading());
    leftLayout->addWidget(m_loading);
    leftLayout->addWidget(m_table, 1);

    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(8, 0, 0, 0);
    auto *tabs = new QTabWidget(editorBox);
    tabs->setObjectName(QStringLiteral("componentTabs"));
    tabs->addTab(m_editor, tr("Component"));
    m_lifecyclePanel = new LifecyclePanel(m_workspace, tabs);
    tabs->addTab(m_lifecyclePanel, tr("Lifecycle"));
    editorLayout->addWidget(tabs);
    editorBox->setMinimumWidth(360);

    m_splitter->setObjectName(QStringLiteral("componentsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(editorBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);

    connect(m_systemChooser, &QComboBox::currentIndexChanged, this, [this]() {
        m_model->setSystemFilter(m_systemChooser->currentData().toLongLong());
        selectionChanged();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &IndexedFilterProxyModel::setFilterText);
    connect(m_model, &ComponentTableModel::loadingChanged, this, [this](bool loading) {
        m_loading->setVisible(loading);
        if (!loading && m_selectWhenLoaded > 0)
            selectComponent(std::exchange(m_selectWhenLoaded, 0));
        emit loadingChanged(loading);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ComponentsPage::selectionChanged);
    connect(m_add, &QPushButton::clicked, this, &ComponentsPage::createItem);
    connect(m_delete, &QPushButton::clicked, this, &ComponentsPage::deleteSelected);
    connect(m_editor, &ComponentEditor::applyRequested, this, &ComponentsPage::applyEdit);
    connect(m_editor, &ComponentEditor::newCancelled, this, &ComponentsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComponentsPage::refreshEditor);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ComponentsPage::refreshEditor);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComponentsPage::refreshEditor);
    connect(m_model, &RecordTableModel::loadFailed, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Type::Error);
    });
    connect(m_workspace, &Workspace::systemsChanged, this, &ComponentsPage::reloadSystems);
    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        m_editor->setReadOnly(!m_workspace->canEdit());
        m_messages->dismiss();
        updateActions();
    });
    connect(m_workspace, &Workspace::changedElsewhere, this,
            &ComponentsPage::noticeChangesElsewhere);
    connect(m_reloadEditorAction, &QAction::triggered, this,
            [this]() { showStored(m_editor->componentId()); });
    connect(m_keepEditingAction, &QAction::triggered, m_editor->messageBar(),
            &MessageBar::dismiss);
    m_editor->setReadOnly(!m_workspace->canEdit());
    reloadSystems();
    updateActions();
}

void ComponentsPage::reloadSystems()
{
    QList<System> systems;
    if (m_workspace->isOpen()) {
        auto fresh = m_workspace->systems();
        if (!fresh) {
            m_messages->showMessage(fresh.error().message, MessageBar::Type::Error);
            return;
        }
        systems = *fresh;
    }
    PageParts::fillSystemChooser(m_systemChooser, systems);
    // The chosen system was deleted: show every system's components.
    if (m_systemChooser->currentData().toLongLong() != m_model->systemFilter())
        m_model->setSystemFilter(m_systemChooser->currentData().toLongLong());
    m_editor->setSystems(systems);
    updateActions();
}

void ComponentsPage::showSystem(qint64 systemId)
{
    Internal::selectData(m_systemChooser, systemId);
    m_filter->clear();
}

qint64 ComponentsPage::shownSystem() const
{
    return m_model->systemFilter();
}

int ComponentsPage::currentSourceRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy->mapToSource(current).row();
}

qint64 ComponentsPage::selectedComponentId() const
{
    const int row = currentSourceRow();
    return row >= 0 ? m_model->componentAt(row).id : 0;
}

void ComponentsPage::selectComponent(qint64 id)
{
    m_selectWhenLoaded = 0;
    int row = m_model->rowOf(id);
    if (row < 0 && m_model->systemFilter() != 0) {
        showSystem(0);
        row = m_model->rowOf(id);
    }
    if (row < 0 && m_model->isLoading()) {
        m_selectWhenLoaded = id; // the rows are on their way
        return;
    }
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ComponentsPage::selectionChanged()
{
    const int row = currentSourceRow();
    const qint64 id = row >= 0 ? m_model->componentAt(row).id : 0;
    if (m_editor->isModified() && !m_editor->isNew() && m_editor->componentId() != id) {
        auto edited = m_workspace->component(m_editor->componentId());
        if (edited && !edited->has_value()) {
            // Someone else deleted the component being edited and the table moved the
            // selection off its row: keep the edits, unasked, and select nothing.
            if (row >= 0)
                QTimer::singleShot(0, m_table, &QTableView::clearSelection);
            updateActions();
            return;
        }
    }
    if (m_editor->isModified() && (m_editor->isNew() || m_editor->componentId() != id)) {
        const Component edited = m_editor->component();
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            m_editor->isNew() ? tr("The new component %1 was not added yet. Add it now?")
                                    .arg(edited.label())
                              : tr("Apply your changes to %1?").arg(edited.label()),
            QMessageBox::Apply | QMessageBox::Discard, QMessageBox::Apply);
        if (answer == QMessageBox::Apply) {
            const QStringList problems = validate(edited);
            if (problems.isEmpty()) {
                if (m_editor->isNew())
                    m_workspace->addComponent(edited);
                else
                    m_workspace->editComponent(edited);
            } else {
                m_messages->showMessage(tr("Your changes to %1 were not applied: %2")
                                            .arg(edited.label(), problems.join(QLatin1Char(' '))),
                                        MessageBar::Type::Warning);
            }
        }
    }
    m_shownId = id;
    m_lifecyclePanel->setComponentId(id);
    if (row >= 0)
        m_editor->setComponent(m_model->componentAt(row));
    else
        m_editor->clear();
    updateActions();
}

void ComponentsPage::refreshEditor()
{
    if (m_editor->isNew())
        return;
    const int row = m_model->rowOf(m_shownId);
    if (row < 0) {
        // Gone (deleted, or moved to a system not shown): unsaved edits stay.
        if (!m_editor->isEmpty() && !m_editor->isModified()) {
            m_shownId = 0;
            m_editor->clear();
        }
    } else if (!m_editor->isModified()) {
        const Component &stored = m_model->componentAt(row);
        const Component shown = m_editor->component();
        if (stored.rowVersion != shown.rowVersion || !stored.sameContent(shown))
            m_editor->setComponent(stored);
    }
    updateActions();
}

void ComponentsPage::applyEdit(const Component &c)
{
    if (const QStringList problems = validate(c); !problems.isEmpty()) {
        m_editor->showProblems(problems);
        return;
    }
    m_editor->showProblems({});
    if (m_editor->isNew()) {
        const qint64 id = m_workspace->addComponent(c);
        if (id > 0) {
            m_editor->clear();
            selectComponent(id);
        }
        return;
    }
    saveEdit(c);
}

void ComponentsPage::saveEdit(const Component &mine)
{
    const Component base = m_editor->loadedComponent();
    ConflictSaveSteps steps;
    steps.save = [&] { return m_workspace->saveComponent(mine); };
    steps.describe = [&] { return m_workspace->componentConflict(mine, base); };
    steps.overwrite = [&](const EditConflict &c) { return m_workspace->overwriteComponent(mine, c); };
    steps.showStored = [this](qint64 id) { showStored(id); };
    saveResolvingConflicts(mine.id, steps, m_resolveConflict, this, m_messages,
                           m_editor->messageBar());
}

void ComponentsPage::showStored(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) { // deleted, or moved to a system not shown
        m_shownId = 0;
        m_editor->clear();
        updateActions();
        return;
    }
    if (selectedComponentId() != id) {
        m_editor->setComponent(m_model->componentAt(row));
        selectComponent(id);
    }
    m_shownId = id;
    m_editor->setComponent(m_model->componentAt(row));
    updateActions();
}

void ComponentsPage::noticeChangesElsewhere(const ExternalChanges &changes)
{
    if (m_editor->isNew() || m_editor->isEmpty())
        return;
    const qint64 id = m_editor->componentId();
    const auto change = changes.latestFor(QStringLiteral("component"), id);
    if (!m_editor->isModified()) {
        if (change) {
            m_editor->messageBar()->showMessage(
                tr("%1 changed this component at %2; you see the new values.")
                    .arg(change->actor, QLocale().toString(change->at.toLocalTime(),
                                                           QLocale::ShortFormat)),
                MessageBar::Type::Information, 10000);
        }
        return;
    }
    // Unsaved edits of a record that changed: never clobber them; say so, offer a reload.
    auto stored = m_workspace->component(id);
    if (!stored)
        return;
    const bool deleted = !stored->has_value();
    if (!deleted && (*stored)->rowVersion == m_editor->loadedComponent().rowVersion)
        return;
    QString actor;
    QDateTime at;
    if (change) {
        actor = change->actor;
        at = change->at;
    } else if (auto last = m_workspace->lastChange(QStringLiteral("component"), id);
               last && last->has_value()) {
        actor = (*last)->actor;
        at = QDateTime::fromString((*last)->at, Qt::ISODate);
    }
    if (actor.isEmpty())
        actor = tr("someone else");
    const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    MessageBar *bar = m_editor->messageBar();
    if (deleted) {
        m_reloadEditorAction->setText(tr("Discard my changes"));
        bar->showMessage(tr("This component was deleted by %1 at %2: discard your changes, or "
                            "keep editing and add it again with Apply.")
                             .arg(actor, when),
                         MessageBar::Type::Warning);
    } else {
        m_reloadEditorAction->setText(tr("Reload"));
        bar->showMessage(tr("This component was changed by %1 at %2: reload, or keep editing.")
                             .arg(actor, when),
                         MessageBar::Type::Warning);
    }
    bar->addAction(m_reloadEditorAction);
    bar->addAction(m_keepEditingAction);
}

void ComponentsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ComponentsPage::canCreate() const
{
    // A component needs a system to belong to.
    return m_workspace->canEdit() && m_systemChooser->count() > 1;
}

void ComponentsPage::createItem()
{
    if (!canCreate())
        return;
    // The system shown, else the selected row's system, else the first system.
    const int row = currentSourceRow();
    Component defaults;
    defaults.systemId = m_model->systemFilter();
    if (defaults.systemId == 0 && row >= 0)
        defaults.systemId = m_model->componentAt(row).systemId;
    if (defaults.systemId == 0)
        defaults.systemId = m_systemChooser->itemData(1).toLongLong();
    m_table->selectionModel()->clearSelection();
    m_editor->startNew(defaults);
    updateActions();
}

bool ComponentsPage::canDelete() const
{
    return m_workspace->canEdit() && selectedComponentId() > 0;
}

void ComponentsPage::deleteSelected()
{
    const int row = currentSourceRow();
    if (row < 0 || !canDelete())
        return;
    const Component c = m_model->componentAt(row);
    const QString system =
        m_model->index(row, ComponentTableModel::SystemCodeColumn).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Delete component"),
                    tr("Delete the component %1 of %2?").arg(c.label(), system),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can undo this with Edit \u2192 Undo."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (m_editor->componentId() == c.id)
        m_editor->setComponent(c); // deleting it discards unsaved edits too
    m_workspace->deleteComponent(c.id, c.rowVersion);
}

void ComponentsPage::updateActions()
{
    m_add->setEnabled(canCreate());
    m_delete->setEnabled(canDelete());
    emit actionsChanged();
}

void ComponentsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("componentsPage/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("componentsPage/header"),
                      m_table->horizontalHeader()->saveState());
}

void ComponentsPage::restoreState(const QSettings &settings)
{
    // Without a saved state: most of the width for the table.
    if (!m_splitter->restoreState(settings.value(QStringLiteral("componentsPage/splitter")).toByteArray()))
        m_splitter->setSizes({620, 420});
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("componentsPage/header")).toByteArray());
}

bool ComponentsPage::isLoading() const
{
    return m_model->isLoading();
}

QAbstractItemView *ComponentsPage::exportView() const
{
    return m_table;
}

QString ComponentsPage::exportName() const
{
    return tr("components", "file name of an exported list");
}

} // namespace pp
