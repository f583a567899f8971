#include "models/changewatcher.h"

#include "models/storage/auditlog.h"
#include "models/storage/database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWatch, "pp.changewatch", QtWarningMsg)

namespace pp {

bool ExternalChanges::touches(const QString &entity) const
{
    if (everything)
        return true;
    for (const ExternalChange &c : changes) {
        if (c.entity == entity)
            return true;
    }
    return false;
}

std::optional<ExternalChange> ExternalChanges::latestFor(const QString &entity, qint64 id) const
{
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (it->entity == entity && it->entityId == id)
            return *it;
    }
    return std::nullopt;
}

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_pollTimer(new QTimer(this))
    , m_collectTimer(new QTimer(this))
{
    qRegisterMetaType<pp::ExternalChanges>();
    m_pollTimer->setInterval(kDefaultPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_collectTimer->setSingleShot(true);
    m_collectTimer->setInterval(0);
    connect(m_collectTimer, &QTimer::timeout, this, &ChangeWatcher::collect);
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

Status ChangeWatcher::start()
{
    auto head = AuditLog(m_db).headId();
    if (!head)
        return head.error();
    m_knownHead = *head;
    m_db.forgetOwnAuditEntries(m_knownHead);
    if (m_db.dialect().isSqlite()) {
        auto version = m_db.dataVersion();
        if (!version)
            return version.error();
        m_dataVersion = *version;
    } else {
        const Status listening = m_db.subscribeToChanges();
        if (listening) {
            QSqlDriver *driver = m_db.connection().driver();
            connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::notified,
                    Qt::UniqueConnection);
            m_listening = true;
        } else {
            qCWarning(lcWatch) << "cannot listen for changes, polling instead:"
                               << listening.error().message;
        }
    }
    m_watching = true;
    if (!m_listening)
        m_pollTimer->start();
    return {};
}

void ChangeWatcher::stop()
{
    m_pollTimer->stop();
    m_collectTimer->stop();
    if (m_listening) {
        if (QSqlDriver *driver = m_db.connection().driver()) {
            disconnect(driver, &QSqlDriver::notification, this, &ChangeWatcher::notified);
            if (driver->isOpen())
                driver->unsubscribeFromNotification(SqlDialect::changeChannel());
        }
        m_listening = false;
    }
    m_watching = false;
}

void ChangeWatcher::setPollInterval(int ms)
{
    m_pollTimer->setInterval(qMax(50, ms));
}

int ChangeWatcher::pollInterval() const
{
    return m_pollTimer->interval();
}

void ChangeWatcher::checkNow()
{
    if (!m_watching)
        return;
    if (m_db.dialect().isSqlite()) {
        if (auto version = m_db.dataVersion())
            m_dataVersion = *version;
    }
    collect();
}

void ChangeWatcher::poll()
{
    if (m_db.inTransaction())
        return; // the next tick
    if (!m_db.dialect().isSqlite()) {
        collect(); // the fallback without LISTEN: compare the audit head
        return;
    }
    auto version = m_db.dataVersion();
    if (!version) {
        qCWarning(lcWatch) << "data version:" << version.error().message;
        return;
    }
    if (*version == m_dataVersion)
        return;
    m_dataVersion = *version;
    collect();
}

void ChangeWatcher::notified(const QString &name, QSqlDriver::NotificationSource source,
                             const QVariant &payload)
{
    if (name != SqlDialect::changeChannel() || source == QSqlDriver::SelfSource)
        return;
    bool ok = false;
    const qint64 head = payload.toString().toLongLong(&ok);
    if (ok && head <= m_knownHead)
        return; // already seen (a burst of notifications)
    m_collectTimer->start();
}

void ChangeWatcher::collect()
{
    if (!m_watching)
        return;
    if (m_db.inTransaction()) {
        m_collectTimer->start(100);
        return;
    }
    AuditLog audit(m_db);
    auto head = audit.headId();
    if (!head) {
        qCWarning(lcWatch) << "audit head:" << head.error().message;
        return;
    }
    if (*head == m_knownHead)
        return;
    ExternalChanges out;
    if (*head < m_knownHead) {
        // The trail is shorter than it was: the database was replaced (a restore).
        out.everything = true;
    } else {
        auto entries = audit.changesAfter(m_knownHead, kMaxListed + 1);
        if (!entries) {
            qCWarning(lcWatch) << "audit entries:" << entries.error().message;
            return;
        }
        for (const AuditEntry &e : std::as_const(*entries)) {
            if (m_db.isOwnAuditEntry(e.id))
                continue;
            out.changes << ExternalChange{e.id, e.entity, e.entityId, e.action, e.actor,
                                          QDateTime::fromString(e.at, Qt::ISODate)};
        }
        out.everything = entries->size() > kMaxListed;
    }
    m_knownHead = *head;
    m_db.forgetOwnAuditEntries(m_knownHead);
    if (out.everything || !out.changes.isEmpty()) {
        qCDebug(lcWatch) << "changes elsewhere:" << out.changes.size() << "listed, everything"
                         << out.everything;
        emit changedElsewhere(out);
    }
}

} // namespace pp
