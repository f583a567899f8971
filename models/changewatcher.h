// Notices changes that other users (other processes, other computers) commit to the open
// database, so that an open window shows them within seconds.
#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSqlDriver>
#include <QString>

#include <optional>

class QTimer;

namespace pp {

class Database;

/// One change someone else committed, as the audit trail records it.
struct ExternalChange
{
    qint64 auditId = 0;
    QString entity;  ///< "system", "component"... (the audit trail's entity key)
    qint64 entityId = 0;
    QString action;  ///< "create", "update", "delete"...
    QString actor;   ///< who, as the audit trail names them
    QDateTime at;    ///< when, UTC
};

/// What others committed since the last look.
struct ExternalChanges
{
    QList<ExternalChange> changes; ///< oldest first
    /// Too many to list, or the trail was replaced (a restore): everything may have changed.
    bool everything = false;

    bool touches(const QString &entity) const;
    /// The newest change of record @p entity @p id, if it is among them.
    std::optional<ExternalChange> latestFor(const QString &entity, qint64 id) const;
};

/// Watches one Database for commits made through other connections:
/// - SQLite (which several processes may share): polls PRAGMA data_version on the window's own
///   connection every pollInterval() ms; it changes only when ANOTHER connection commits, so the
///   check costs one tiny statement and the window's own saves never trigger it;
/// - PostgreSQL: LISTENs on SqlDialect::changeChannel(), on which every committing transaction
///   that wrote audit entries announces the new audit head (Database::transaction()); the
///   window's own announcements are ignored by their source. Falls back to polling the audit
///   head if the driver cannot listen.
/// Either way it then reads the audit entries after the last one it knew, leaves out those this
/// connection wrote itself (Database::isOwnAuditEntry()), and reports the rest.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPollIntervalMs = 1000;
    /// More entries than this since the last look are reported as "everything".
    static constexpr int kMaxListed = 500;

    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    /// Remembers where the audit trail stands and starts watching.
    Status start();
    void stop();
    bool isWatching() const { return m_watching; }
    /// True when the server pushes changes (PostgreSQL LISTEN), false when polling.
    bool isListening() const { return m_listening; }

    void setPollInterval(int ms);
    int pollInterval() const;

public slots:
    /// Looks for others' changes now, whatever the poll timer says.
    void checkNow();

signals:
    /// Others committed @p changes; the models should reload what they touch.
    void changedElsewhere(const pp::ExternalChanges &changes);

private:
    void poll();
    void notified(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void collect();

    Database &m_db;
    QTimer *m_pollTimer;
    QTimer *m_collectTimer; ///< coalesces bursts of notifications into one look
    qint64 m_dataVersion = -1;
    qint64 m_knownHead = 0;
    bool m_watching = false;
    bool m_listening = false;
};

} // namespace pp

Q_DECLARE_METATYPE(pp::ExternalChanges)
