// The tamper-evident audit trail: every change, who made it, when, and the values before and
// after, each entry chained to the previous one by SHA-256.
#pragma once

#include "models/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QString at;    ///< UTC, "yyyy-MM-ddTHH:mm:ssZ"
    QString actor; ///< OS user, or the database user on a shared database
    QString action; ///< create, update, delete, import...
    QString entity; ///< system, component...
    qint64 entityId = 0;
    QString beforeJson; ///< compact JSON of the values before, empty for a creation
    QString afterJson;  ///< compact JSON of the values after, empty for a deletion
    QString prevHash;
    QString hash;

    /// SHA-256 (hex) over the previous hash and every field but id and hash.
    QString computeHash() const;
};

/// One change to record: what was done to which record, and its values before and after.
struct AuditChange
{
    QString action;
    QString entity;
    qint64 entityId = 0;
    QJsonObject before;
    QJsonObject after;
};

struct AuditFilter
{
    QString entity; ///< empty = all
    QString actor;  ///< empty = all
    QString action; ///< empty = all
    QString text;   ///< matched against the before and after values
    QDate from;     ///< inclusive; null = open
    QDate to;       ///< inclusive; null = open
};

struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;        ///< how many entries were checked
    qint64 firstBrokenId = 0;  ///< the first entry that does not fit the chain (0 = none)
    QString reason;            ///< what was found, for the user
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &db) : m_db(db) { }

    /// Appends an entry. Call inside Database::transaction(), in the same transaction as the
    /// change it records, so that a change and its record are committed together.
    Status append(const QString &action, const QString &entity, qint64 entityId,
                  const QJsonObject &before, const QJsonObject &after);
    /// Appends one entry per change, in order, as append() would one by one, with one
    /// statement prepared for all of them and the chain's head written once (an import of
    /// 100,000 components).
    Status append(const QList<AuditChange> &changes);

    /// Walks the whole chain; reports the first entry that was altered, removed or inserted.
    Result<AuditVerification> verify() const;

    /// Newest first.
    Result<QList<AuditEntry>> find(const AuditFilter &filter, int offset, int limit) const;
    Result<int> count(const AuditFilter &filter) const;
    /// Distinct values for filter choices.
    Result<QStringList> actors() const;
    Result<QStringList> entities() const;

    /// The id of the newest entry (the recorded head of the chain), 0 for an empty trail.
    Result<qint64> headId() const;
    /// Entries after @p id, oldest first, at most @p limit; without their before and after
    /// values (what changed, by whom and when, not how: for noticing others' changes cheaply).
    Result<QList<AuditEntry>> changesAfter(qint64 id, int limit) const;
    /// The newest entry about @p entity @p entityId (who changed it last, and when), complete.
    Result<std::optional<AuditEntry>> latestFor(const QString &entity, qint64 entityId) const;

    static QString genesisHash();

private:
    Database &m_db;
};

} // namespace pp
