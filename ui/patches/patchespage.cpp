#include "ui/patches/patchespage.h"

#include "models/itemmodels/patchtablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/backgroundreads.h"
#include "models/workspace.h"
#include "ui/inventory/tableviews.h"
#include "ui/patches/vendorpatchdialog.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace pp {
namespace {

const QString kHeaderState = QStringLiteral("patchesPage/header");

/// Enter on the table edits the selected patch, like a double-click.
class EnterFilter : public QObject
{
public:
    EnterFilter(QObject *parent, std::function<void()> onEnter)
        : QObject(parent), m_onEnter(std::move(onEnter)) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

} // namespace

PatchesPage::PatchesPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new PatchTableModel(this))
    , m_proxy(new PatchFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_system(new QComboBox(this))
    , m_track(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(tr("&New vendor patch\u2026"), this))
    , m_edit(new QPushButton(tr("E&dit\u2026"), this))
    , m_delete(new QPushButton(tr("De&lete\u2026"), this))
{
    m_loader = new BackgroundLoader(this);
    connect(m_loader, &BackgroundLoader::loadingChanged, this, &Page::loadingChanged);
    setObjectName(QStringLiteral("patchesPage"));
    m_proxy->setSourceModel(m_model);
    m_system->setObjectName(QStringLiteral("patchSystemChooser"));
    // Long system names must not widen the window past a laptop screen; the list shows them.
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_system->setMinimumContentsLength(12);
    m_track->setObjectName(QStringLiteral("patchTrackChooser"));
    m_track->addItem(tr("Every track"));
    m_track->addItem(displayName(Track::Emergency), int(Track::Emergency));
    m_track->addItem(displayName(Track::Regular), int(Track::Regular));
    m_overdue->setObjectName(QStringLiteral("patchOverdueCheck"));
    m_filter->setObjectName(QStringLiteral("patchFilter"));
    m_filter->setPlaceholderText(tr("Filter by product, patch, advisory, KB, system or CVE"));
    m_filter->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("newVendorPatchButton"));
    m_edit->setObjectName(QStringLiteral("editPatchButton"));
    m_delete->setObjectName(QStringLiteral("deletePatchButton"));
    m_table->setObjectName(QStringLiteral("patchTable"));
    m_table->setModel(m_proxy);
    ListExport::installContextMenu(m_table, this, m_messages);
    Internal::setUpTable(m_table);
    m_table->sortByColumn(PatchTableModel::Due, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->installEventFilter(new EnterFilter(this, [this]() { editSelected(); }));
    m_empty->setObjectName(QStringLiteral("patchesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(QStringLiteral("patchCount"));

    auto *systemLabel = new QLabel(tr("S&ystem:"), this);
    systemLabel->setBuddy(m_system);
    auto *trackLabel = new QLabel(tr("Trac&k:"), this);
    trackLabel->setBuddy(m_track);
    auto *filterLabel = new QLabel(tr("Filte&r:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(systemLabel);
    filters->addWidget(m_system);
    filters->addSpacing(8);
    filters->addWidget(trackLabel);
    filters->addWidget(m_track);
    filters->addSpacing(8);
    filters->addWidget(m_overdue);
    filters->addSpacing(8);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);

    QWidget *stackHolder = PageParts::withEmptyState(m_table, m_empty, this);

    auto *heading = PageParts::heading(tr("Pending patches"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(stackHolder, 1);
    layout->addLayout(buttons);

    connect(m_system, &QComboBox::currentIndexChanged, this, &PatchesPage::applyFilter);
    connect(m_track, &QComboBox::currentIndexChanged, this, &PatchesPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &PatchesPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &PatchesPage::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, &PatchesPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatchesPage::updateActions);
    connect(m_add, &QPushButton::clicked, this, &PatchesPage::createItem);
    connect(m_edit, &QPushButton::clicked, this, &PatchesPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &PatchesPage::deleteSelected);
    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        m_messages->dismiss();
        m_model->setRows({}); // never the last database's rows, even while the new ones load
        reloadSystems();
        scheduleReload();
    });
    connect(m_workspace, &Workspace::systemsChanged, this, &PatchesPage::reloadSystems);
    connect(m_workspace, &Workspace::systemsChanged, this, &PatchesPage::scheduleReload);
    connect(m_workspace, &Workspace::componentsChanged, this, &PatchesPage::scheduleReload);
    connect(m_workspace, &Workspace::findingsChanged, this, &PatchesPage::scheduleReload);
    connect(m_workspace, &Workspace::patchesChanged, this, &PatchesPage::scheduleReload);
    reloadSystems();
    reload();
}

void PatchesPage::scheduleReload()
{
    // An import changes findings and patches together: one reload.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &PatchesPage::reload);
}

void PatchesPage::reloadSystems()
{
    QList<System> systems;
    if (m_workspace->isOpen()) {
        if (auto fresh = m_workspace->systems())
            systems = *fresh;
    }
    m_proxy->setSystemId(PageParts::fillSystemChooser(m_system, systems));
}

void PatchesPage::reload()
{
    m_reloadPending = false;
    if (!m_current && m_workspace->isOpen()) {
        // Not shown: read when it is (setCurrent()).
        m_loader->cancel();
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_workspace->isOpen()) {
        m_loader->cancel();
        m_model->setRows({});
        applyFilter();
        return;
    }
    // Every open finding's patch on a large estate: read on a worker, the page stays usable
    // and says it is loading; the rows shown until then are the last ones read.
    m_loader->load<QList<PatchRow>>(
        m_workspace, BackgroundReads::patchRows(0), [this](Result<QList<PatchRow>> rows) {
            const qint64 selected = m_selectAfterLoad ? std::exchange(m_selectAfterLoad, 0)
                                                      : selectedPatchId();
            if (!rows) {
                m_messages->showMessage(tr("The pending patches could not be read. %1")
                                            .arg(rows.error().message),
                                        MessageBar::Type::Error);
                rows = QList<PatchRow>();
            }
            m_model->setRows(*rows);
            applyFilter(); // before selecting: the proxy's refilter drops the selection
            if (selected != 0)
                selectPatch(selected);
        });
    applyFilter();
}

bool PatchesPage::isLoading() const
{
    // A reload about to start counts: the rows shown are not the current ones.
    return (m_reloadPending && m_current && m_workspace->isOpen()) || m_loader->isLoading();
}

void PatchesPage::setCurrent(bool current)
{
    m_current = current;
    if (m_current && m_stale)
        reload();
}

void PatchesPage::applyFilter()
{
    m_proxy->setSystemId(m_system->currentData().toLongLong());
    m_proxy->setTrack(m_track->currentIndex() <= 0
                          ? std::nullopt
                          : std::optional<Track>(Track(m_track->currentData().toInt())));
    m_proxy->setOverdueOnly(m_overdue->isChecked());
    m_proxy->setText(m_filter->text());

    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString empty;
    if (!m_workspace->isOpen())
        empty = tr("No database is open: open one with File \u2192 Open database.");
    else if (all == 0 && m_loader->isLoading())
        empty = tr("Loading the pending patches\u2026");
    else if (all == 0)
        empty = tr("No pending patches: import vulnerabilities with File \u2192 Import \u2192 "
                   "NVD CVE feed or Known exploited vulnerabilities (CISA KEV); patches appear "
                   "for the components they affect. Vendor patches can be entered with New "
                   "vendor patch.");
    else if (shown == 0)
        empty = tr("No pending patch matches the filters: choose All systems and Every track, "
                   "or clear Overdue only and Find.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_table->setVisible(empty.isEmpty());
    sizeColumns();
    m_count->setText(m_loader->isLoading() ? tr("loading\u2026")
                     : shown == all       ? tr("%n pending patch(es)", nullptr, all)
                                          : tr("%1 of %2 pending patches").arg(shown).arg(all));
    updateActions();
}

void PatchesPage::sizeColumns()
{
    // Once, to the first rows shown (the user's widths are kept after that); a hidden view
    // measures nothing. Long titles and product names are cut rather than pushing the due
    // date and track off the screen.
    if (m_columnsSized || !m_table->isVisible() || m_proxy->rowCount() == 0)
        return;
    m_columnsSized = true;
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // the first rows measured
    m_table->resizeColumnsToContents();
    for (int c = 0; c < PatchTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 200));
}

void PatchesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    sizeColumns();
}

void PatchesPage::showSystem(qint64 systemId)
{
    const int index = m_system->findData(systemId);
    m_system->setCurrentIndex(index < 0 ? 0 : index);
}

void PatchesPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

qint64 PatchesPage::selectedPatchId() const
{
    const PatchRow *r = selectedRow();
    return r ? r->patch.id : 0;
}

const PatchRow *PatchesPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()
        ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return nullptr;
    return m_model->rowAt(m_proxy->mapToSource(rows.first()).row());
}

void PatchesPage::selectPatch(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index
        = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

bool PatchesPage::canCreate() const
{
    return m_workspace->canEdit();
}

bool PatchesPage::canEditSelected() const
{
    const PatchRow *r = selectedRow();
    // Upgrades are computed from the findings; only vendor patches are the user's to edit.
    return m_workspace->canEdit() && r && r->patch.kind == PatchKind::Vendor;
}

bool PatchesPage::canDelete() const
{
    return canEditSelected();
}

bool PatchesPage::runDialog(VendorPatchDialog &dialog)
{
    if (m_runDialog)
        return m_runDialog(dialog);
    return dialog.exec() == QDialog::Accepted;
}

void PatchesPage::createItem()
{
    if (!canCreate())
        return;
    Patch defaults;
    defaults.kind = PatchKind::Vendor;
    // A selected row's product is a likely start (several patches for one product).
    if (const PatchRow *r = selectedRow()) {
        defaults.product = r->product;
        defaults.vendor = r->patch.vendor;
    }
    VendorPatchDialog dialog(m_workspace, defaults, this);
    if (!runDialog(dialog))
        return;
    const qint64 id = m_workspace->addVendorPatch(dialog.patch());
    if (id != 0) {
        m_selectAfterLoad = id; // once the rows with it are read
        reload();
        m_messages->showMessage(tr("The vendor patch “%1” was added.")
                                    .arg(dialog.patch().title),
                                MessageBar::Type::Positive, 8000);
    }
}

void PatchesPage::editSelected()
{
    const PatchRow *r = selectedRow();
    if (!r)
        return;
    if (!canEditSelected()) {
        if (r->patch.kind == PatchKind::Upgrade)
            m_messages->showMessage(tr("%1 is computed from the findings: it changes when the "
                                       "component's version or the findings change.")
                                        .arg(r->patch.title),
                                    MessageBar::Type::Information, 8000);
        return;
    }
    auto stored = m_workspace->patch(r->patch.id);
    if (!stored || !stored->has_value()) {
        m_messages->showMessage(stored ? tr("The patch was deleted meanwhile.")
                                       : stored.error().message,
                                MessageBar::Type::Error);
        reload();
        return;
    }
    const qint64 id = r->patch.id;
    VendorPatchDialog dialog(m_workspace, **stored, this);
    if (!runDialog(dialog))
        return;
    if (m_workspace->editVendorPatch(dialog.patch())) {
        m_selectAfterLoad = id; // once the rows with it are read
        reload();
    }
}

void PatchesPage::deleteSelected()
{
    const PatchRow *r = selectedRow();
    if (!r || !canDelete())
        return;
    const Patch p = r->patch;
    const QString question = tr("Delete the vendor patch “%1”?").arg(p.title);
    bool yes = false;
    if (m_confirm) {
        yes = m_confirm(question);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Delete vendor patch"), question,
                        QMessageBox::Cancel, this);
        box.setInformativeText(tr("The findings it resolves stay open. You can undo this with "
                                  "Edit \u2192 Undo."));
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        yes = box.clickedButton() == remove;
    }
    if (yes && m_workspace->deleteVendorPatch(p.id, p.rowVersion))
        reload();
}

void PatchesPage::updateActions()
{
    m_add->setVisible(m_workspace->canEdit());
    m_edit->setVisible(m_workspace->canEdit());
    m_delete->setVisible(m_workspace->canEdit());
    m_add->setEnabled(canCreate());
    m_edit->setEnabled(canEditSelected());
    m_delete->setEnabled(canDelete());
    emit actionsChanged();
}

void PatchesPage::saveState(QSettings &settings) const
{
    // Widths never fitted to rows are not worth keeping: the first rows shown will size them.
    if (m_columnsSized)
        settings.setValue(kHeaderState, m_table->horizontalHeader()->saveState());
}

void PatchesPage::restoreState(const QSettings &settings)
{
    if (m_table->horizontalHeader()->restoreState(settings.value(kHeaderState).toByteArray()))
        m_columnsSized = true;
}

QAbstractItemView *PatchesPage::exportView() const
{
    return m_table;
}

QString PatchesPage::exportName() const
{
    return tr("patches", "file name of an exported list");
}

} // namespace pp
