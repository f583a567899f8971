#include "models/itemmodels/auditlogmodel.h"

#include "models/workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace pp {
namespace {

QJsonObject parseObject(const QString &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

/// A value for the summary: quoted, on one line, and short.
QString shortValue(const QJsonValue &v)
{
    constexpr int kMax = 40;
    QString text = v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble())
                                                              : QString();
    if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > kMax)
        text = text.left(kMax - 1) + QChar(0x2026);
    if (v.isString())
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    return text;
}

QDateTime parseUtc(const QString &at)
{
    return QDateTime::fromString(at, Qt::ISODate); // stored with a trailing Z: UTC
}

} // namespace

AuditLogModel::AuditLogModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &AuditLogModel::reset);
    connect(workspace, &Workspace::auditChanged, this, &AuditLogModel::readNewEntries);
    reset();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reset();
}

void AuditLogModel::setPageSize(int entries)
{
    m_pageSize = qMax(1, entries);
}

void AuditLogModel::reset()
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    QString error;
    if (m_workspace && m_workspace->isOpen()) {
        auto total = m_workspace->auditCount(m_filter);
        auto first = total ? m_workspace->auditEntries(m_filter, 0, m_pageSize)
                           : Result<QList<AuditEntry>>(total.error());
        if (total && first) {
            m_total = *total;
            m_entries = std::move(*first);
        } else {
            error = total ? first.error().message : total.error().message;
        }
    }
    // Listeners of modelReset() (views, QAbstractItemModelTester) may call fetchMore() while it
    // is being delivered; rows inserted then would nest inside the reset.
    m_inReset = true;
    endResetModel();
    m_inReset = false;
    if (!error.isEmpty())
        emit loadFailed(error);
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_inReset && m_entries.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_workspace)
        return;
    const int offset = int(m_entries.size());
    auto page = m_workspace->auditEntries(m_filter, offset, qMin(m_pageSize, m_total - offset));
    if (!page) {
        m_total = offset; // stop asking; the message says why
        emit loadFailed(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        m_total = offset;
        return;
    }
    beginInsertRows({}, offset, offset + int(page->size()) - 1);
    m_entries += *page;
    endInsertRows();
}

void AuditLogModel::readNewEntries()
{
    if (!m_workspace || !m_workspace->isOpen()) {
        reset();
        return;
    }
    auto total = m_workspace->auditCount(m_filter);
    if (!total) {
        emit loadFailed(total.error().message);
        return;
    }
    const int added = *total - m_total;
    if (added == 0)
        return;
    // The trail only grows. Anything else (entries gone, or so many new ones that reading them
    // all now would be slow) starts over from the first page.
    if (added < 0 || added > m_pageSize) {
        reset();
        return;
    }
    auto fresh = m_workspace->auditEntries(m_filter, 0, added);
    if (!fresh) {
        emit loadFailed(fresh.error().message);
        return;
    }
    const qint64 newestKnown = m_entries.isEmpty() ? 0 : m_entries.constFirst().id;
    if (fresh->size() != added || (!fresh->isEmpty() && fresh->constLast().id <= newestKnown)) {
        reset();
        return;
    }
    beginInsertRows({}, 0, added - 1);
    m_entries = *fresh + m_entries;
    m_total = *total;
    endInsertRows();
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime t = parseUtc(e.at);
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               : e.at;
        }
        case WhoColumn: return e.actor;
        case ActionColumn: return actionName(e.action);
        case EntityColumn: return entityName(e.entity);
        case EntityIdColumn: return e.entityId;
        case SummaryColumn: return summarize(e.beforeJson, e.afterJson);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return tr("%1 (UTC)").arg(e.at);
        if (index.column() == SummaryColumn)
            return summarize(e.beforeJson, e.afterJson);
        return {};
    case IdRole:
        return e.id;
    case RawValueRole:
    case SortRole:
        switch (index.column()) {
        case WhenColumn: return parseUtc(e.at);
        case ActionColumn: return e.action;
        case EntityColumn: return e.entity;
        case EntityIdColumn: return e.entityId;
        default: return data(index, Qt::DisplayRole);
        }
    case BeforeJsonRole:
        return e.beforeJson;
    case AfterJsonRole:
        return e.afterJson;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "at", "actor", "action", "entity", "entity_id", "summary"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case ActionColumn: return tr("Action");
    case EntityColumn: return tr("Record");
    case EntityIdColumn: return tr("Record id");
    case SummaryColumn: return tr("Change");
    }
    return {};
}

QString AuditLogModel::summarize(const QString &beforeJson, const QString &afterJson)
{
    const QJsonObject before = parseObject(beforeJson);
    const QJsonObject after = parseObject(afterJson);
    QStringList parts;
    if (!before.isEmpty() && !after.isEmpty()) {
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (before.value(key) == after.value(key))
                continue;
            parts << tr("%1: %2 \u2192 %3")
                         .arg(key, shortValue(before.value(key)), shortValue(after.value(key)));
        }
        if (parts.isEmpty())
            return tr("No field changed");
        return parts.join(QLatin1String("; "));
    }
    // A creation or deletion: the fields that say which record it was.
    const QJsonObject values = after.isEmpty() ? before : after;
    for (const char *key : {"code", "name", "vendor", "product", "version"}) {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = values.value(k);
        if (v.isString() && !v.toString().isEmpty())
            parts << tr("%1: %2").arg(k, shortValue(v));
    }
    return parts.join(QLatin1String("; "));
}

QString AuditLogModel::actionName(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("import"))
        return tr("Imported");
    return action;
}

QString AuditLogModel::entityName(const QString &entity)
{
    if (entity == QLatin1String("system"))
        return tr("System");
    if (entity == QLatin1String("component"))
        return tr("Component");
    return entity;
}

} // namespace pp
