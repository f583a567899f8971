#include "ui/inventory/systemspage.h"

#include "ui/conflict/conflictsave.h"
#include "models/domain/validation.h"
#include "models/itemmodels/filterproxymodel.h"
#include "models/itemmodels/systemtablemodel.h"
#include "models/workspace.h"
#include "ui/inventory/systemeditor.h"
#include "ui/inventory/tableviews.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
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
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pp {

SystemsPage::SystemsPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new SystemTableModel(workspace, this))
    , m_proxy(new FilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_editor(new SystemEditor(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_reloadEditorAction(new QAction(tr("Reload"), this))
    , m_keepEditingAction(new QAction(tr("Keep editing"), this))
{
    setObjectName(QStringLiteral("systemsPage"));
    m_reloadEditorAction->setObjectName(QStringLiteral("reloadSystemAction"));
    m_reloadEditorAction->setToolTip(tr("Discard your changes and show the stored values"));
    m_keepEditingAction->setObjectName(QStringLiteral("keepEditingSystemAction"));
    m_keepEditingAction->setToolTip(tr("Apply will show both versions and let you choose"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("systemFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter systems (Ctrl+F)"));
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder),
                            tr("Add system"), this);
    m_add->setObjectName(QStringLiteral("addSystemButton"));
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteSystemButton"));
    m_showComponents = new QPushButton(tr("Show components"), this);
    m_showComponents->setObjectName(QStringLiteral("showComponentsButton"));
    m_showComponents->setToolTip(tr("Show this system's components (or double-click the row)"));

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_add);
    tools->addWidget(m_delete);
    tools->addWidget(m_showComponents);

    m_table->setObjectName(QStringLiteral("systemsTable"));
    Internal::setUpTable(m_table);
    m_table->setModel(m_proxy);
    ListExport::installContextMenu(m_table, this, m_messages);
    m_table->sortByColumn(SystemTableModel::CodeColumn, Qt::AscendingOrder);
    for (int column : {SystemTableModel::OpsContactColumn, SystemTableModel::WindowColumn,
                       SystemTableModel::UpdatedColumn})
        m_table->hideColumn(column);
    m_table->horizontalHeader()->resizeSection(SystemTableModel::CodeColumn, 110);
    m_table->horizontalHeader()->resizeSection(SystemTableModel::NameColumn, 220);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_table, 1);

    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(8, 0, 0, 0);
    editorLayout->addWidget(m_editor);
    editorBox->setMinimumWidth(360);

    m_splitter->setObjectName(QStringLiteral("systemsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(editorBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FilterProxyModel::setFilterText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SystemsPage::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this]() {
        if (const qint64 id = selectedSystemId())
            emit showComponentsRequested(id);
    });
    connect(m_add, &QPushButton::clicked, this, &SystemsPage::createItem);
    connect(m_delete, &QPushButton::clicked, this, &SystemsPage::deleteSelected);
    connect(m_showComponents, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedSystemId())
            emit showComponentsRequested(id);
    });
    connect(m_editor, &SystemEditor::applyRequested, this, &SystemsPage::applyEdit);
    connect(m_editor, &SystemEditor::newCancelled, this, &SystemsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SystemsPage::refreshEditor);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SystemsPage::refreshEditor);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SystemsPage::refreshEditor);
    connect(m_model, &RecordTableModel::loadFailed, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Type::Error);
    });
    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        m_editor->setReadOnly(!m_workspace->canEdit());
        m_messages->dismiss();
        updateActions();
    });
    connect(m_workspace, &Workspace::changedElsewhere, this,
            &SystemsPage::noticeChangesElsewhere);
    connect(m_reloadEditorAction, &QAction::triggered, this,
            [this]() { showStored(m_editor->systemId()); });
    connect(m_keepEditingAction, &QAction::triggered, m_editor->messageBar(),
            &MessageBar::dismiss);
    m_editor->setReadOnly(!m_workspace->canEdit());
    updateActions();
}

int SystemsPage::currentSourceRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy->mapToSource(current).row();
}

qint64 SystemsPage::selectedSystemId() const
{
    const int row = currentSourceRow();
    return row >= 0 ? m_model->systemAt(row).id : 0;
}

void SystemsPage::selectSystem(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SystemTableModel::CodeColumn));
    if (!index.isValid()) { // hidden by the filter
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, SystemTableModel::CodeColumn));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void SystemsPage::selectionChanged()
{
    const int row = currentSourceRow();
    const qint64 id = row >= 0 ? m_model->systemAt(row).id : 0;
    if (m_editor->isModified() && !m_editor->isNew() && m_editor->systemId() != id) {
        auto edited = m_workspace->system(m_editor->systemId());
        if (edited && !edited->has_value()) {
            // Someone else deleted the system being edited and the table moved the selection
            // off its row: keep the edits, unasked (the editor's message says what happened,
            // Apply offers to add it again), and select nothing rather than another system.
            if (row >= 0)
                QTimer::singleShot(0, m_table, &QTableView::clearSelection);
            updateActions();
            return;
        }
    }
    if (m_editor->isModified() && (m_editor->isNew() || m_editor->systemId() != id)) {
        // Leaving unsaved edits behind is a decision: ask.
        const System edited = m_editor->system();
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            m_editor->isNew() ? tr("The new system %1 was not added yet. Add it now?")
                                    .arg(edited.code)
                              : tr("Apply your changes to %1?").arg(edited.code),
            QMessageBox::Apply | QMessageBox::Discard, QMessageBox::Apply);
        if (answer == QMessageBox::Apply) {
            const QStringList problems = validate(edited);
            if (problems.isEmpty()) {
                if (m_editor->isNew())
                    m_workspace->addSystem(edited);
                else
                    m_workspace->editSystem(edited);
            } else {
                m_messages->showMessage(tr("Your changes to %1 were not applied: %2")
                                            .arg(edited.code, problems.join(QLatin1Char(' '))),
                                        MessageBar::Type::Warning);
            }
        }
    }
    m_shownId = id;
    if (row >= 0)
        m_editor->setSystem(m_model->systemAt(row));
    else
        m_editor->clear();
    updateActions();
}

void SystemsPage::refreshEditor()
{
    if (m_editor->isNew())
        return;
    const int row = m_model->rowOf(m_shownId);
    if (row < 0) {
        // Deleted: unsaved edits stay (nothing is silently lost), an unmodified editor empties.
        if (!m_editor->isEmpty() && !m_editor->isModified()) {
            m_shownId = 0;
            m_editor->clear();
        }
    } else if (!m_editor->isModified()) {
        // Keep what the user typed; otherwise show what is stored now.
        const System &stored = m_model->systemAt(row);
        if (stored.rowVersion != m_editor->system().rowVersion || !stored.sameContent(m_editor->system()))
            m_editor->setSystem(stored);
    }
    updateActions();
}

void SystemsPage::applyEdit(const System &s)
{
    if (const QStringList problems = validate(s); !problems.isEmpty()) {
        m_editor->showProblems(problems);
        return;
    }
    m_editor->showProblems({});
    if (m_editor->isNew()) {
        const qint64 id = m_workspace->addSystem(s);
        if (id > 0) {
            m_editor->clear(); // leave "new" mode, then show the stored system
            selectSystem(id);
            m_shownId = id;
            m_editor->setSystem(m_model->systemAt(m_model->rowOf(id)));
        }
        return;
    }
    saveEdit(s);
}

void SystemsPage::saveEdit(const System &mine)
{
    const System base = m_editor->loadedSystem();
    ConflictSaveSteps steps;
    steps.save = [&] { return m_workspace->saveSystem(mine); };
    steps.describe = [&] { return m_workspace->systemConflict(mine, base); };
    steps.overwrite = [&](const EditConflict &c) { return m_workspace->overwriteSystem(mine, c); };
    steps.showStored = [this](qint64 id) { showStored(id); };
    saveResolvingConflicts(mine.id, steps, m_resolveConflict, this, m_messages,
                           m_editor->messageBar());
}

void SystemsPage::showStored(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_shownId = 0;
        m_editor->clear();
        updateActions();
        return;
    }
    if (selectedSystemId() != id) {
        m_editor->setSystem(m_model->systemAt(row)); // unmodified: no question on reselection
        selectSystem(id);
    }
    m_shownId = id;
    m_editor->setSystem(m_model->systemAt(row));
    updateActions();
}

void SystemsPage::noticeChangesElsewhere(const ExternalChanges &changes)
{
    if (m_editor->isNew() || m_editor->isEmpty())
        return;
    const qint64 id = m_editor->systemId();
    const auto change = changes.latestFor(QStringLiteral("system"), id);
    if (!m_editor->isModified()) {
        // refreshEditor() already shows the new values: say whose they are.
        if (change) {
            m_editor->messageBar()->showMessage(
                tr("%1 changed this system at %2; you see the new values.")
                    .arg(change->actor, QLocale().toString(change->at.toLocalTime(),
                                                           QLocale::ShortFormat)),
                MessageBar::Type::Information, 10000);
        }
        return;
    }
    // Unsaved edits of a record that changed: never clobber them; say so, offer a reload.
    const int row = m_model->rowOf(id);
    if (row >= 0 && m_model->systemAt(row).rowVersion == m_editor->loadedSystem().rowVersion)
        return;
    QString actor;
    QDateTime at;
    if (change) {
        actor = change->actor;
        at = change->at;
    } else if (auto last = m_workspace->lastChange(QStringLiteral("system"), id);
               last && last->has_value()) { // a large change lists no records
        actor = (*last)->actor;
        at = QDateTime::fromString((*last)->at, Qt::ISODate);
    }
    if (actor.isEmpty())
        actor = tr("someone else");
    const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    MessageBar *bar = m_editor->messageBar();
    if (row < 0) {
        m_reloadEditorAction->setText(tr("Discard my changes"));
        bar->showMessage(tr("This system was deleted by %1 at %2: discard your changes, or keep "
                            "editing and add it again with Apply.")
                             .arg(actor, when),
                         MessageBar::Type::Warning);
    } else {
        m_reloadEditorAction->setText(tr("Reload"));
        bar->showMessage(tr("This system was changed by %1 at %2: reload, or keep editing.")
                             .arg(actor, when),
                         MessageBar::Type::Warning);
    }
    bar->addAction(m_reloadEditorAction);
    bar->addAction(m_keepEditingAction);
}

void SystemsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool SystemsPage::canCreate() const
{
    return m_workspace->canEdit();
}

void SystemsPage::createItem()
{
    if (!canCreate())
        return;
    m_table->selectionModel()->clearSelection();
    System defaults;
    defaults.criticality = 3;
    m_editor->startNew(defaults);
    updateActions();
}

bool SystemsPage::canDelete() const
{
    return canCreate() && selectedSystemId() > 0;
}

void SystemsPage::deleteSelected()
{
    const int row = currentSourceRow();
    if (row < 0 || !canDelete())
        return;
    const System s = m_model->systemAt(row);
    const int components =
        m_model->index(row, SystemTableModel::ComponentsColumn).data(RawValueRole).toInt();
    QMessageBox box(QMessageBox::Question, tr("Delete system"),
                    tr("Delete the system %1 (%2) and its %n component(s)?", nullptr, components)
                        .arg(s.code, s.name),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can undo this with Edit \u2192 Undo."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (m_editor->systemId() == s.id)
        m_editor->setSystem(s); // deleting it discards unsaved edits too: no question after
    m_workspace->deleteSystem(s.id, s.rowVersion);
}

void SystemsPage::updateActions()
{
    const bool editable = canCreate();
    m_add->setEnabled(editable);
    m_delete->setEnabled(canDelete());
    m_showComponents->setEnabled(selectedSystemId() > 0);
    emit actionsChanged();
}

void SystemsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("systemsPage/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("systemsPage/header"),
                      m_table->horizontalHeader()->saveState());
}

void SystemsPage::restoreState(const QSettings &settings)
{
    // Without a saved state: most of the width for the table.
    if (!m_splitter->restoreState(settings.value(QStringLiteral("systemsPage/splitter")).toByteArray()))
        m_splitter->setSizes({620, 420});
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("systemsPage/header")).toByteArray());
}

QAbstractItemView *SystemsPage::exportView() const
{
    return m_table;
}

QString SystemsPage::exportName() const
{
    return tr("systems", "file name of an exported list");
}

} // namespace pp
