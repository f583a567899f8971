#include "ui/audit/auditlogpage.h"

#include "models/itemmodels/auditlogmodel.h"
#include "models/workspace.h"
#include "ui/inventory/tableviews.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pp {
namespace {

/// The "any date" value of the date filters: QDateEdit has no empty state.
const QDate kAnyDate(2000, 1, 1);

QString jsonText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QDateEdit *makeDateEdit(QWidget *parent, const QString &anyText)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(anyText);
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

AuditLogPage::AuditLogPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new AuditLogModel(workspace, this))
    , m_messages(new MessageBar(this))
    , m_entity(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_from(makeDateEdit(this, tr("Any date")))
    , m_to(makeDateEdit(this, tr("Any date")))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_detail(new QTableWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_textDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_entity->setObjectName(QStringLiteral("auditEntityFilter"));
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_text->setObjectName(QStringLiteral("auditTextFilter"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Text in the values, e.g. a code or a team (Ctrl+F)"));
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_action->addItem(tr("All actions"), QString());
    for (const char *key : {"create", "update", "delete", "import"}) {
        const QString k = QString::fromLatin1(key);
        m_action->addItem(AuditLogModel::actionName(k), k);
    }
    m_reset = new QPushButton(tr("Reset filters"), this);
    m_verify = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                               tr("Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setToolTip(tr("Check that no entry of the trail was altered, removed or inserted"));

    auto *filters = new QGridLayout;
    auto addFilter = [&](int column, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        filters->addWidget(l, 0, column);
        filters->addWidget(field, 1, column);
    };
    addFilter(0, tr("&Record:"), m_entity);
    addFilter(1, tr("&Who:"), m_actor);
    addFilter(2, tr("&Action:"), m_action);
    addFilter(3, tr("Te&xt:"), m_text);
    addFilter(4, tr("Fro&m:"), m_from);
    addFilter(5, tr("T&o:"), m_to);
    filters->addWidget(m_reset, 1, 6);
    filters->addWidget(m_verify, 1, 7);
    filters->setColumnStretch(3, 1);

    m_table->setObjectName(QStringLiteral("auditTable"));
    Internal::setUpTable(m_table);
    m_table->setSortingEnabled(false); // newest first, read page by page
    m_table->setModel(m_model);
    ListExport::installContextMenu(m_table, this, m_messages);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(AuditLogModel::WhenColumn, 150);
    header->resizeSection(AuditLogModel::WhoColumn, 110);
    header->resizeSection(AuditLogModel::ActionColumn, 90);
    header->resizeSection(AuditLogModel::EntityColumn, 100);
    header->resizeSection(AuditLogModel::EntityIdColumn, 80);

    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setColumnCount(3);
    m_detail->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_detail->verticalHeader()->hide();
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_detail->setWordWrap(true);
    m_detail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_count);

    m_splitter->setObjectName(QStringLiteral("auditSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(detailBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250); // one query per pause in typing, not per key
    connect(m_textDelay, &QTimer::timeout, this, &AuditLogPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_entity, m_actor, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilter);
    connect(m_reset, &QPushButton::clicked, this, &AuditLogPage::resetFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showSelectedEntry);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::showSelectedEntry);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Type::Error);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateCount);
    connect(m_workspace, &Workspace::auditChanged, this, &AuditLogPage::reloadChoices);
    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        m_messages->dismiss();
        reloadChoices();
    });
    reloadChoices();
    updateCount();
    showSelectedEntry();
}

void AuditLogPage::reloadChoices()
{
    auto fill = [](QComboBox *combo, const QString &allText, const QStringList &values,
                   auto label) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(allText, QString());
        for (const QString &v : values)
            combo->addItem(label(v), v);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QStringList entities;
    QStringList actors;
    if (m_workspace->isOpen()) {
        if (auto e = m_workspace->auditEntities())
            entities = *e;
        if (auto a = m_workspace->auditActors())
            actors = *a;
    }
    fill(m_entity, tr("All records"), entities,
         [](const QString &v) { return AuditLogModel::entityName(v); });
    fill(m_actor, tr("Everyone"), actors, [](const QString &v) { return v; });
}

void AuditLogPage::applyFilter()
{
    AuditFilter f;
    f.entity = m_entity->currentData().toString();
    f.actor = m_actor->currentData().toString();
    f.action = m_action->currentData().toString();
    f.text = m_text->text().trimmed();
    if (m_from->date() != kAnyDate)
        f.from = m_from->date();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date();
    m_model->setFilter(f);
}

void AuditLogPage::resetFilter()
{
    for (QComboBox *combo : {m_entity, m_actor, m_action}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        const QSignalBlocker block(edit);
        edit->setDate(kAnyDate);
    }
    {
        const QSignalBlocker block(m_text);
        m_text->clear();
    }
    applyFilter();
}

void AuditLogPage::updateCount()
{
    const int total = m_model->totalCount();
    m_count->setText(total == m_model->rowCount()
                         ? tr("%n entries", nullptr, total)
                         : tr("%1 of %2 entries shown; scroll for more")
                               .arg(QLocale().toString(m_model->rowCount()),
                                    QLocale().toString(total)));
}

void AuditLogPage::showSelectedEntry()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->setRowCount(0);
    if (!current.isValid()) {
        m_detailTitle->setText(tr("Select an entry to see the values before and after."));
        return;
    }
    const AuditEntry &e = m_model->entryAt(current.row());
    m_detailTitle->setText(tr("Entry %1: %2 %3 %4 by %5")
                               .arg(e.id)
                               .arg(AuditLogModel::actionName(e.action),
                                    AuditLogModel::entityName(e.entity))
                               .arg(e.entityId)
                               .arg(e.actor));
    const QJsonObject before = QJsonDocument::fromJson(e.beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    // Changed fields first: they are what the user is looking for.
    std::stable_partition(keys.begin(), keys.end(), [&](const QString &k) {
        return before.value(k) != after.value(k);
    });
    const bool isUpdate = !before.isEmpty() && !after.isEmpty();
    m_detail->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const bool changed = isUpdate && before.value(key) != after.value(key);
        const QStringList cells{key, jsonText(before.value(key)), jsonText(after.value(key))};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (changed) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(QColor(0xff, 0xf4, 0xce));
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            m_detail->setItem(row, column, item);
        }
    }
    m_detail->resizeRowsToContents();
}

void AuditLogPage::verifyChain()
{
    auto result = m_workspace->verifyAudit();
    if (!result) {
        m_messages->showMessage(result.error().message, MessageBar::Type::Error);
        return;
    }
    if (result->intact) {
        m_messages->showMessage(tr("The audit trail is intact: all %n entries are chained as "
                                   "written.",
                                   nullptr, int(result->entries)),
                                MessageBar::Type::Positive);
    } else {
        m_messages->showMessage(tr("The audit trail was tampered with. %1").arg(result->reason),
                                MessageBar::Type::Error);
    }
}

void AuditLogPage::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void AuditLogPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("auditPage/splitter"), m_splitter->saveState());
}

void AuditLogPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("auditPage/splitter")).toByteArray());
}

QAbstractItemView *AuditLogPage::exportView() const
{
    return m_table;
}

QString AuditLogPage::exportName() const
{
    return tr("audit-log", "file name of an exported list");
}

} // namespace pp
