#include "models/storage/backup.h"

#include "models/storage/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace pp {
namespace {

const QByteArray kSqliteMagic("SQLite format 3\0", 16);
const QString kMetaTable = QStringLiteral("meta");
const QString kTakenAt = QStringLiteral("backup_taken_at");
const QString kSource = QStringLiteral("backup_source");
const QString kHeadHash = QStringLiteral("audit_head_hash");
/// Most values bound in one INSERT: rows per statement = this / columns.
constexpr int kMaxBindsPerInsert = 900;

QAtomicInt s_rawCounter;

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

QString quoted(QString identifier)
{
    identifier.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString quotedList(const QStringList &identifiers)
{
    QStringList out;
    for (const QString &i : identifiers)
        out << quoted(i);
    return out.join(QLatin1String(", "));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// A progress callback for a part (@p from to @p to percent) of a longer operation.
BackupProgress part(const BackupProgress &progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](int percent, const QString &step) {
        return progress(from + (to - from) * qBound(0, percent, 100) / 100, step);
    };
}

/// Progress that can no longer be cancelled: the part of a restore that changes the target.
BackupProgress uncancellable(const BackupProgress &progress)
{
    if (!progress)
        return {};
    return [progress](int percent, const QString &step) {
        progress(percent, step);
        return true;
    };
}

bool tell(const BackupProgress &progress, int percent, const QString &step)
{
    return !progress || progress(percent, step);
}

Error cancelled()
{
    return fail(Backup::tr("Cancelled; nothing was changed."));
}

bool isCancellation(const Error &e)
{
    return e.message == cancelled().message;
}

/// Messages of a Database opened on a private copy name the copy; the user knows the file.
Error renamed(Error e, const QString &privatePath, const QString &userPath)
{
    e.message.replace(privatePath, nativePath(userPath));
    return e;
}

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(
        QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// rename(2): replaces @p to atomically, which QFile::rename() refuses to do.
Status renameOver(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return fail(Backup::tr("Cannot rename %1 to %2: %3")
                        .arg(nativePath(from), nativePath(to),
                            QString::fromLocal8Bit(std::strerror(errno))));
    }
    syncPath(QFileInfo(to).absolutePath(), true);
    return {};
}

/// Copies @p from into the open file @p to, flushed to disk.
Status copyInto(const QString &from, QFile &to, const BackupProgress &progress)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Backup::tr("Cannot read %1: %2").arg(nativePath(from), in.errorString()));
    const qint64 total = qMax<qint64>(1, in.size());
    qint64 done = 0;
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1024 * 1024);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            return fail(Backup::tr("Cannot read %1: %2").arg(nativePath(from), in.errorString()));
        if (to.write(buffer) != buffer.size()) {
            return fail(
                Backup::tr("Cannot write %1: %2").arg(nativePath(to.fileName()), to.errorString()));
        }
        done += buffer.size();
        if (!tell(progress, int(done * 100 / total),
                Backup::tr("Copying %1\u2026").arg(QFileInfo(from).fileName())))
            return cancelled();
    }
    if (!to.flush() || ::fsync(to.handle()) != 0) {
        return fail(
            Backup::tr("Cannot write %1: %2").arg(nativePath(to.fileName()), to.errorString()));
    }
    return {};
}

/// A plain Qt SQL connection to an SQLite file, for what Database::open() would refuse or change
/// (a damaged file, a file in use). Removed when it goes out of scope.
class RawSqlite
{
public:
    RawSqlite(const QString &path, bool readOnly)
        : m_name(QStringLiteral("pp-backup-%1").arg(s_rawCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        m_open = db.open();
        m_openError = db.lastError().text();
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_openError;
};

// --- Tables -----------------------------------------------------------------------------------

/// One table of the schema as SQLite describes it; both backends have the same tables, columns
/// and keys, because both are made by the same migrations.
struct TableSpec
{
    QString name;
    QStringList columns;
    QStringList primaryKey; ///< in key order; empty for a table without one
    QStringList selfReferences; ///< columns referring to this same table (copied in a second pass)
    QStringList references; ///< other tables this one refers to
};

/// The tables of an SQLite database (meta and SQLite's own excluded), parents before children.
Result<QList<TableSpec>> sqliteTables(const Database &db)
{
    auto q = db.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "ORDER BY name"));
    if (!q)
        return q.error();
    QList<TableSpec> specs;
    while (q->next()) {
        TableSpec t;
        t.name = q->value(0).toString();
        if (t.name.startsWith(QLatin1String("sqlite_")) || t.name == kMetaTable)
            continue;
        specs << t;
    }
    for (TableSpec &t : specs) {
        auto info = db.run(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(t.name)));
        if (!info)
            return info.error();
        QMap<int, QString> keyColumns;
        while (info->next()) {
            t.columns << info->value(1).toString();
            if (const int pk = info->value(5).toInt(); pk > 0)
                keyColumns.insert(pk, info->value(1).toString());
        }
        t.primaryKey = keyColumns.values();
        auto fks = db.run(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(t.name)));
        if (!fks)
            return fks.error();
        while (fks->next()) {
            const QString parent = fks->value(2).toString();
            if (parent == t.name)
                t.selfReferences << fks->value(3).toString();
            else if (!t.references.contains(parent))
                t.references << parent;
        }
    }
    // Parents first; alphabetical among equals, so the order is the same every time.
    QList<TableSpec> ordered;
    QStringList placed;
    while (!specs.isEmpty()) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < specs.size() && next < 0; ++i) {
            const bool ready = std::all_of(specs.at(i).references.cbegin(),
                specs.at(i).references.cend(), [&](const QString &p) {
                    return placed.contains(p)
                        || std::none_of(specs.cbegin(), specs.cend(),
                            [&](const TableSpec &s) { return s.name == p; });
                });
            if (ready)
                next = i;
        }
        if (next < 0)
            next = 0; // a reference cycle between tables: none in our schema
        placed << specs.at(next).name;
        ordered << specs.takeAt(next);
    }
    return ordered;
}

/// Our tables in @p db (meta and SQLite's own excluded), by name.
QStringList dataTables(const Database &db)
{
    QStringList out;
    const QStringList tables = db.connection().tables();
    for (const QString &t : tables) {
        if (t == kMetaTable || t.startsWith(QLatin1String("sqlite_"))
            || t.contains(QLatin1Char('.')))
            continue;
        out << t;
    }
    out.sort();
    return out;
}

/// Counts and audit chain, in the caller's read transaction.
Result<DatabaseSnapshot> takeSnapshot(Database &db)
{
    DatabaseSnapshot snap;
    for (const QString &table : dataTables(db)) {
        auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table)));
        if (!q)
            return q.error();
        snap.tables.append({table, q->next() ? q->value(0).toLongLong() : 0});
    }
    auto audit = AuditLog(db).verify();
    if (!audit)
        return audit.error();
    snap.audit = *audit;
    auto head = db.metaValue(kHeadHash);
    if (!head)
        return head.error();
    snap.auditHead = head->isEmpty() ? AuditLog::genesisHash() : *head;
    return snap;
}

/// Runs @p work in a read transaction that sees one state of @p db.
template <typename Work> auto inReadTransaction(Database &db, Work work) -> decltype(work())
{
    const QString begin = db.dialect().isSqlite()
        ? QStringLiteral("BEGIN")
        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    if (auto q = db.run(begin); !q)
        return q.error();
    auto result = work();
    (void)db.run(result ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return result;
}

/// Copies every row of @p tables from @p from to @p to (same schema), in the caller's
/// transaction on @p to. Ids are kept. Self-references are written in a second pass, so that a
/// row may point to a row after it.
Status copyRows(Database &from, Database &to, const QList<TableSpec> &tables, qint64 totalRows,
    const BackupProgress &progress)
{
    qint64 done = 0;
    totalRows = qMax<qint64>(1, totalRows);
    for (const TableSpec &t : tables) {
        const QString step = Backup::tr("Copying %1\u2026").arg(t.name);
        if (!tell(progress, int(done * 100 / totalRows), step))
            return cancelled();
        QString select
            = QStringLiteral("SELECT %1 FROM %2").arg(quotedList(t.columns), quoted(t.name));
        if (!t.primaryKey.isEmpty())
            select += QStringLiteral(" ORDER BY ") + quotedList(t.primaryKey);
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(select))
            return from.sqlError(read.lastError());

        const int columns = int(t.columns.size());
        const int perStatement = qMax(1, kMaxBindsPerInsert / columns);
        QList<int> selfColumns;
        for (const QString &c : t.selfReferences)
            selfColumns << int(t.columns.indexOf(c));
        QList<int> keyColumns;
        for (const QString &c : t.primaryKey)
            keyColumns << int(t.columns.indexOf(c));
        const QString rowMarks = QLatin1Char('(')
            + QStringList(columns, QStringLiteral("?")).join(QLatin1String(", "))
            + QLatin1Char(')');
        auto insertSql = [&](int rows) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(quoted(t.name), quotedList(t.columns),
                    QStringList(rows, rowMarks).join(QLatin1String(", ")));
        };
        QSqlQuery fullInsert(to.connection());
        if (!fullInsert.prepare(insertSql(perStatement)))
            return to.sqlError(fullInsert.lastError());

        QVariantList pending;
        int pendingRows = 0;
        QList<QVariantList> selfUpdates; // key values..., then self-reference values
        auto flush = [&]() -> Status {
            if (pendingRows == 0)
                return {};
            QSqlQuery partial(to.connection());
            QSqlQuery &q = pendingRows == perStatement ? fullInsert : partial;
            if (pendingRows != perStatement && !q.prepare(insertSql(pendingRows)))
                return to.sqlError(q.lastError());
            for (int i = 0; i < pending.size(); ++i)
                q.bindValue(i, pending.at(i));
            if (!q.exec())
                return to.sqlError(q.lastError());
            done += pendingRows;
            pending.clear();
            pendingRows = 0;
            if (!tell(progress, int(done * 100 / totalRows), step))
                return cancelled();
            return {};
        };
        while (read.next()) {
            QVariantList selfValues;
            for (int c = 0; c < columns; ++c) {
                QVariant v = read.value(c);
                // NULL is an invalid QVariant for both drivers; a null of a type is not.
                if (v.isNull())
                    v = QVariant();
                if (selfColumns.contains(c)) {
                    selfValues << v;
                    v = QVariant();
                }
                pending << v;
            }
            if (std::any_of(selfValues.cbegin(), selfValues.cend(),
                    [](const QVariant &v) { return v.isValid(); })) {
                QVariantList update;
                for (int k : std::as_const(keyColumns))
                    update << pending.at(pending.size() - columns + k);
                selfUpdates << update + selfValues;
            }
            if (++pendingRows == perStatement) {
                if (Status s = flush(); !s)
                    return s;
            }
        }
        if (read.lastError().isValid())
            return from.sqlError(read.lastError());
        if (Status s = flush(); !s)
            return s;
        if (!selfUpdates.isEmpty()) {
            if (keyColumns.isEmpty()) {
                return fail(Backup::tr("The table %1 refers to itself but has no key; it cannot be "
                                       "copied.")
                                .arg(t.name));
            }
            QStringList sets;
            for (const QString &c : t.selfReferences)
                sets << quoted(c) + QStringLiteral(" = ?");
            QStringList where;
            for (const QString &c : t.primaryKey)
                where << quoted(c) + QStringLiteral(" = ?");
            QSqlQuery update(to.connection());
            if (!update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                    .arg(quoted(t.name), sets.join(QLatin1String(", ")),
                                        where.join(QLatin1String(" AND ")))))
                return to.sqlError(update.lastError());
            const int keys = int(keyColumns.size());
            for (const QVariantList &u : std::as_const(selfUpdates)) {
                int i = 0;
                for (int s = keys; s < u.size(); ++s)
                    update.bindValue(i++, u.at(s));
                for (int k = 0; k < keys; ++k)
                    update.bindValue(i++, u.at(k));
                if (!update.exec())
                    return to.sqlError(update.lastError());
            }
        }
    }
    return {};
}

/// Replaces the meta rows of @p to with those of @p from.
Status copyMeta(Database &from, Database &to)
{
    auto rows = from.run(QStringLiteral("SELECT key, value FROM meta ORDER BY key"));
    if (!rows)
        return rows.error();
    QList<QPair<QString, QString>> values;
    while (rows->next())
        values.append({rows->value(0).toString(), rows->value(1).toString()});
    if (auto q = to.run(QStringLiteral("DELETE FROM meta")); !q)
        return q.error();
    for (const auto &kv : std::as_const(values)) {
        if (auto q = to.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                {kv.first, kv.second});
            !q)
            return q.error();
    }
    return {};
}

/// (table, column) of every identity column of the PostgreSQL database @p db.
Result<QList<QPair<QString, QString>>> identityColumns(const Database &db)
{
    auto q = db.run(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                   "WHERE table_schema = current_schema() AND is_identity = 'YES' "
                                   "ORDER BY table_name"));
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

/// PostgreSQL -> SQLite: carries each identity sequence's position into sqlite_sequence, so
/// that ids of deleted rows are not handed out again after a restore.
Status copySequencesToSqlite(Database &pg, Database &sqlite)
{
    auto identities = identityColumns(pg);
    if (!identities)
        return identities.error();
    for (const auto &[table, column] : std::as_const(*identities)) {
        auto q = pg.run(QStringLiteral("SELECT pg_sequence_last_value("
                                       "CAST(pg_get_serial_sequence(?, ?) AS regclass))"),
            {quoted(table), column});
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).isNull())
            continue; // never used
        const qint64 last = q->value(0).toLongLong();
        auto u = sqlite.run(QStringLiteral("UPDATE sqlite_sequence SET seq = MAX(seq, ?) "
                                           "WHERE name = ?"),
            {last, table});
        if (!u)
            return u.error();
        if (u->numRowsAffected() == 0) {
            if (auto i = sqlite.run(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) "
                                                   "VALUES (?, ?)"),
                    {table, last});
                !i)
                return i.error();
        }
    }
    return {};
}

/// SQLite -> PostgreSQL: sets every identity sequence past the highest id restored and past the
/// position the backup recorded.
Status resetSequences(Database &sqlite, Database &pg)
{
    auto identities = identityColumns(pg);
    if (!identities)
        return identities.error();
    for (const auto &[table, column] : std::as_const(*identities)) {
        qint64 next = 0;
        if (auto s
            = sqlite.run(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"), {table});
            s && s->next())
            next = s->value(0).toLongLong();
        auto m
            = pg.run(QStringLiteral("SELECT MAX(%1) FROM %2").arg(quoted(column), quoted(table)));
        if (!m)
            return m.error();
        if (m->next())
            next = qMax(next, m->value(0).toLongLong());
        auto q = next > 0
            ? pg.run(QStringLiteral("SELECT setval(CAST(pg_get_serial_sequence(?, ?) AS regclass), "
                                    "?, true)"),
                {quoted(table), column, next})
            : pg.run(QStringLiteral("SELECT setval(CAST(pg_get_serial_sequence(?, ?) AS regclass), "
                                    "1, false)"),
                {quoted(table), column});
        if (!q)
            return q.error();
    }
    return {};
}

/// SQLite's PRAGMA data_version: changes when another connection commits. The statement is
/// finished on return, since VACUUM refuses to run while one is pending.
Result<qint64> dataVersion(Database &db)
{
    auto q = db.run(QStringLiteral("PRAGMA data_version"));
    if (!q)
        return q.error();
    if (!q->next())
        return fail(Backup::tr("Cannot read %1.").arg(db.location()));
    return q->value(0).toLongLong();
}

// --- Checking a backup file -------------------------------------------------------------------

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

/// Checks the private copy @p path of the backup @p userFile, in the order of backup.h. Messages
/// name @p userFile. @p requireIntactAudit: a broken chain is a refusal (restore) or only
/// reported in the snapshot (a backup of a database whose chain is already broken).
Result<BackupInfo> checkCopy(const QString &path, const QString &userFile,
    const QDateTime &fileTime, bool requireIntactAudit, const BackupProgress &progress)
{
    const QString shown = nativePath(userFile);
    if (!tell(progress, 0, Backup::tr("Checking %1\u2026").arg(QFileInfo(userFile).fileName())))
        return cancelled();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Backup::tr("Cannot read %1: %2").arg(shown, f.errorString()));
    const qint64 size = f.size();
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 16 || !header.startsWith(kSqliteMagic)) {
        return rejected(Backup::tr("%1 is not a Patch Planner backup: it is not an SQLite "
                                   "database file. Nothing was changed.")
                            .arg(shown));
    }
    if (header.size() < 100) {
        return rejected(Backup::tr("%1 is truncated: it ends inside its header. Nothing was "
                                   "changed.")
                            .arg(shown));
    }
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return rejected(
            Backup::tr("%1 is damaged: its header is not valid. Nothing was changed.").arg(shown));
    }
    // The page count in the header is valid when the change counter matches "version valid for".
    const qint64 pages = bigEndian32(header, 28);
    if ((pages > 0 && bigEndian32(header, 24) == bigEndian32(header, 92) && size < pages * pageSize)
        || size % pageSize != 0) {
        return rejected(Backup::tr("%1 is truncated: it has %2 bytes where its header announces "
                                   "%3. Nothing was changed.")
                            .arg(shown)
                            .arg(size)
                            .arg(pages * pageSize));
    }

    int version = 0;
    {
        RawSqlite raw(path, true);
        if (!raw.isOpen()) {
            return rejected(Backup::tr("%1 cannot be opened as a database: %2. Nothing was "
                                       "changed.")
                                .arg(shown, raw.openError()));
        }
        QSqlQuery q(raw.connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            return rejected(Backup::tr("%1 is damaged: %2. Nothing was changed.")
                                .arg(shown, q.lastError().databaseText()));
        }
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList {QStringLiteral("ok")}) {
            qCWarning(lcStorage) << "integrity_check of" << userFile << ":" << problems;
            return rejected(Backup::tr("%1 is damaged; the database integrity check found %n "
                                       "problem(s), the first: %2. Nothing was changed.",
                nullptr, int(problems.size()))
                                .arg(shown, problems.value(0)));
        }
        if (!tell(
                progress, 40, Backup::tr("Checking %1\u2026").arg(QFileInfo(userFile).fileName())))
            return cancelled();
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            return rejected(Backup::tr("%1 is damaged: %2. Nothing was changed.")
                                .arg(shown, q.lastError().databaseText()));
        }
        if (q.next()) {
            return rejected(
                Backup::tr("%1 is damaged: row %2 of the table %3 refers to a row of %4 "
                           "that is not there. Nothing was changed.")
                    .arg(shown, q.value(1).toString(), q.value(0).toString(),
                        q.value(2).toString()));
        }
        if (!raw.connection().tables().contains(kMetaTable)) {
            return rejected(
                Backup::tr("%1 is an SQLite file but not a Patch Planner backup (it has "
                           "no schema version). Nothing was changed.")
                    .arg(shown));
        }
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
            return rejected(Backup::tr("%1 is damaged: %2. Nothing was changed.")
                                .arg(shown, q.lastError().databaseText()));
        }
        bool ok = false;
        version = q.next() ? q.value(0).toString().toInt(&ok) : 0;
        if (!ok || version < 1) {
            return rejected(Backup::tr("%1 has no valid schema version; it is not a Patch Planner "
                                       "backup. Nothing was changed.")
                                .arg(shown));
        }
        if (version > Database::latestSchemaVersion()) {
            return rejected(
                Backup::tr("%1 was written by a newer Patch Planner (schema version %2; "
                           "this version knows up to %3). Update Patch Planner to "
                           "restore it. Nothing was changed.")
                    .arg(shown)
                    .arg(version)
                    .arg(Database::latestSchemaVersion()));
        }
    }

    Database::Options options;
    options.create = false;
    options.readOnly = true;
    options.targetVersion = 0; // look, never migrate here
    auto db = Database::open(path, options);
    if (!db)
        return renamed(db.error(), path, userFile);
    if (!tell(progress, 60,
            Backup::tr("Verifying the audit trail of %1\u2026")
                .arg(QFileInfo(userFile).fileName())))
        return cancelled();
    auto snap = inReadTransaction(**db, [&] { return takeSnapshot(**db); });
    if (!snap)
        return renamed(snap.error(), path, userFile);
    if (requireIntactAudit && !snap->audit.intact) {
        return rejected(Backup::tr("The audit trail in %1 is broken at entry %2: %3 The backup was "
                                   "altered after it was taken. Nothing was changed.")
                            .arg(shown)
                            .arg(snap->audit.firstBrokenId)
                            .arg(snap->audit.reason));
    }
    BackupInfo info;
    info.file = userFile;
    info.schemaVersion = version;
    info.snapshot = *snap;
    const auto takenAt = (*db)->metaValue(kTakenAt);
    info.takenAt = takenAt ? QDateTime::fromString(*takenAt, Qt::ISODate) : QDateTime();
    if (!info.takenAt.isValid())
        info.takenAt = fileTime.toUTC();
    if (const auto source = (*db)->metaValue(kSource); source)
        info.source = *source;
    tell(progress, 100, Backup::tr("Checked %1.").arg(QFileInfo(userFile).fileName()));
    return info;
}

/// Refuses a live database file handed in as a backup: what its write-ahead log holds would be
/// silently left out.
Status refuseLiveFile(const QString &file)
{
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        return rejected(Backup::tr("%1 is a database in use (%2 is beside it), not a backup. Take "
                                   "a backup of it with 'patchplanner --db %1 backup FILE' and "
                                   "restore that. Nothing was changed.")
                            .arg(nativePath(file), nativePath(wal.fileName())));
    }
    return {};
}

Status checkSource(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return fail(Backup::tr("The backup %1 does not exist.").arg(nativePath(file)));
    if (info.isDir())
        return fail(Backup::tr("%1 is a folder, not a backup file.").arg(nativePath(file)));
    return refuseLiveFile(file);
}

QJsonObject restoreAuditRecord(const BackupInfo &info)
{
    return QJsonObject {
        {QStringLiteral("backup_file"), QFileInfo(info.file).absoluteFilePath()},
        {QStringLiteral("backup_taken_at"), info.takenAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("backup_schema_version"), info.schemaVersion},
        {QStringLiteral("backup_audit_entries"), info.snapshot.audit.entries},
        {QStringLiteral("backup_audit_head"), info.snapshot.auditHead},
    };
}

// --- Restore into SQLite ----------------------------------------------------------------------

/// Makes sure nobody has @p target open and that its write-ahead log is folded into the file, so
/// that the file alone is the database and renaming another file over it is safe.
Status quiesceSqliteTarget(const QString &target)
{
    {
        QFile f(target);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Backup::tr("Cannot read %1: %2").arg(nativePath(target), f.errorString()));
        const QByteArray head = f.read(16);
        if (!head.isEmpty() && head != kSqliteMagic) {
            return rejected(Backup::tr("%1 is not a Patch Planner database (it is not an SQLite "
                                       "file); a restore does not replace other files. Nothing "
                                       "was changed.")
                                .arg(nativePath(target)));
        }
        if (head.isEmpty())
            return {};
    }
    RawSqlite raw(target, false);
    if (!raw.isOpen())
        return fail(Backup::tr("Cannot open %1: %2").arg(nativePath(target), raw.openError()));
    QSqlQuery q(raw.connection());
    // Leaving WAL mode needs every other connection closed: SQLite refuses it otherwise.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcStorage) << "journal_mode = DELETE on" << target << ":" << q.lastError().text();
        return fail(Backup::tr("%1 is open in another program or window. Close it there and "
                               "restore again; nothing was changed.")
                        .arg(nativePath(target)));
    }
    return {};
}

/// Keeps @p target as @p keep: a hard link (instant, the same bytes), else a copy.
Status keepOldFile(const QString &target, const QString &keep)
{
    if (::link(QFile::encodeName(target).constData(), QFile::encodeName(keep).constData()) == 0)
        return {};
    if (!QFile::copy(target, keep)) {
        return fail(Backup::tr("Cannot keep the current database as %1; nothing was changed.")
                        .arg(nativePath(keep)));
    }
    syncPath(keep, false);
    return {};
}

Result<RestoreReport> restoreIntoSqlite(const QString &file, const QString &location,
    const RestoreOptions &options, const BackupProgress &progress)
{
    const QString target = QDir::cleanPath(QFileInfo(location).absoluteFilePath());
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir())
        return fail(Backup::tr("%1 is a folder, not a database file.").arg(nativePath(target)));
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return fail(
            Backup::tr("Cannot create the folder %1.").arg(nativePath(targetInfo.absolutePath())));

    // 1. A private copy beside the target: what is checked is what is installed, and the rename
    //    at the end stays on one file system.
    QTemporaryFile stage(target + QStringLiteral(".XXXXXX.restoring"));
    if (!stage.open()) {
        return fail(Backup::tr("Cannot write in the folder %1: %2")
                        .arg(nativePath(targetInfo.absolutePath()), stage.errorString()));
    }
    if (Status s = copyInto(file, stage, part(progress, 0, 20)); !s)
        return s.error();
    stage.close();
    const QString stagePath = stage.fileName();

    // 2. Every check, before anything is replaced.
    auto info
        = checkCopy(stagePath, file, QFileInfo(file).lastModified(), true, part(progress, 20, 70));
    if (!info)
        return info.error();

    // 3. The normal migration path, and the audit entry, on the copy.
    RestoreReport report;
    report.backup = *info;
    report.target = target;
    if (!tell(progress, 75, Backup::tr("Preparing the restored database\u2026")))
        return cancelled();
    {
        auto db = Database::open(stagePath);
        if (!db)
            return renamed(db.error(), stagePath, file);
        if (!(*db)->migrationBackupPath().isEmpty()) {
            // The backup file itself is the copy from before the upgrade.
            QFile::remove((*db)->migrationBackupPath());
            report.migratedFrom = info->schemaVersion;
        }
        report.schemaVersion = (*db)->schemaVersion();
        if (options.recordAudit) {
            Status s = (*db)->transaction([&] {
                return AuditLog(**db).append(QStringLiteral("restore"), QStringLiteral("database"),
                    0, {}, restoreAuditRecord(*info));
            });
            if (!s)
                return renamed(s.error(), stagePath, file);
        }
    }
    if (QFileInfo::exists(stagePath + QStringLiteral("-wal")))
        return fail(Backup::tr("The restored copy of %1 was not closed cleanly; nothing was "
                               "changed.")
                        .arg(nativePath(file)));
    if (!syncPath(stagePath, false))
        return fail(
            Backup::tr("Cannot write %1 to disk; nothing was changed.").arg(nativePath(stagePath)));
    if (!tell(progress, 85, Backup::tr("Replacing %1\u2026").arg(targetInfo.fileName())))
        return cancelled();

    // 4. Replace: keep the old file under a new name, then rename the copy over the target.
    if (QFileInfo::exists(target)) {
        if (Status s = quiesceSqliteTarget(target); !s)
            return s.error();
        const QFileInfo wal(target + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0) {
            return fail(Backup::tr("%1 is open in another program or window. Close it there and "
                                   "restore again; nothing was changed.")
                            .arg(nativePath(target)));
        }
        QString keep = options.keepAs.isEmpty()
            ? Backup::keptPathFor(target, QDateTime::currentDateTime())
            : options.keepAs;
        for (int n = 2; QFileInfo::exists(keep); ++n)
            keep = (options.keepAs.isEmpty()
                           ? Backup::keptPathFor(target, QDateTime::currentDateTime())
                           : options.keepAs)
                + QStringLiteral("-%1").arg(n);
        if (Status s = keepOldFile(target, keep); !s)
            return s.error();
        QFile::setPermissions(stagePath, QFile::permissions(target));
        if (Status s = renameOver(stagePath, target); !s) {
            QFile::remove(keep);
            return s.error();
        }
        report.keptAs = keep;
    } else {
        if (Status s = renameOver(stagePath, target); !s)
            return s.error();
    }
    stage.setAutoRemove(false);
    tell(progress, 100, Backup::tr("Restored %1.").arg(targetInfo.fileName()));
    return report;
}

// --- Restore into PostgreSQL ------------------------------------------------------------------

/// The tables of @p db that hold rows, as "table (n rows)" for the message.
Result<QStringList> nonEmptyTables(Database &db)
{
    QStringList out;
    for (const QString &table : dataTables(db)) {
        auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table)));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toLongLong() > 0)
            out << Backup::tr("%1 (%n row(s))", nullptr, q->value(0).toInt()).arg(table);
    }
    return out;
}

Error notEmpty(const QString &target, const QStringList &tables)
{
    return rejected(Backup::tr("The database %1 already holds data: %2. A restore only goes into "
                               "an empty database; create a new database and restore into it. "
                               "Nothing was changed.")
                        .arg(target, tables.join(QLatin1String(", "))));
}

Result<RestoreReport> restoreIntoPostgres(const QString &file, const QString &target,
    const RestoreOptions &options, const BackupProgress &progress)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(Backup::tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString stagePath = scratch.filePath(QStringLiteral("restore.ppdb"));
    {
        QFile stage(stagePath);
        if (!stage.open(QIODevice::WriteOnly))
            return fail(
                Backup::tr("Cannot write %1: %2").arg(nativePath(stagePath), stage.errorString()));
        if (Status s = copyInto(file, stage, part(progress, 0, 10)); !s)
            return s.error();
    }
    auto info
        = checkCopy(stagePath, file, QFileInfo(file).lastModified(), true, part(progress, 10, 40));
    if (!info)
        return info.error();

    // Refuse a target with data before changing anything in it (not even its schema).
    {
        Database::Options look;
        look.targetVersion = 0;
        auto probe = Database::open(target, look);
        if (!probe)
            return probe.error();
        auto full = nonEmptyTables(**probe);
        if (!full)
            return full.error();
        if (!full->isEmpty())
            return notEmpty(target, *full);
    }
    // The last moment to cancel: from here on the target is changed (its schema, then the rows).
    if (!tell(progress, 45, Backup::tr("Preparing the restored database\u2026")))
        return cancelled();
    const BackupProgress rest = uncancellable(progress);

    RestoreReport report;
    report.backup = *info;
    report.target = target;
    // Both sides at this build's version through the normal migration path: the copy of an older
    // backup is upgraded like any old file, the empty target gets the schema.
    auto stageDb = Database::open(stagePath);
    if (!stageDb)
        return renamed(stageDb.error(), stagePath, file);
    if (!(*stageDb)->migrationBackupPath().isEmpty())
        report.migratedFrom = info->schemaVersion;
    auto specs = sqliteTables(**stageDb);
    if (!specs)
        return specs.error();
    auto db = Database::open(target);
    if (!db)
        return db.error();
    report.schemaVersion = (*db)->schemaVersion();
    if (report.schemaVersion != (*stageDb)->schemaVersion()) {
        return fail(Backup::tr("The database %1 has schema version %2 and the backup %3; nothing "
                               "was changed.")
                        .arg(target)
                        .arg(report.schemaVersion)
                        .arg((*stageDb)->schemaVersion()));
    }
    qint64 total = 0;
    for (const DatabaseSnapshot::Table &t : std::as_const(info->snapshot.tables))
        total += t.rows;

    Status s = (*db)->transaction([&]() -> Status {
        // Nobody writes while the rows go in; reading stays possible.
        QStringList names {kMetaTable};
        for (const TableSpec &t : std::as_const(*specs))
            names << t.name;
        if (auto q
            = (*db)->run(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(quotedList(names)));
            !q)
            return q.error();
        auto full = nonEmptyTables(**db);
        if (!full)
            return full.error();
        if (!full->isEmpty())
            return notEmpty(target, *full);
        if (Status m = copyMeta(**stageDb, **db); !m)
            return m;
        if (Status c = copyRows(**stageDb, **db, *specs, total, part(rest, 50, 95)); !c)
            return c;
        if (Status r = resetSequences(**stageDb, **db); !r)
            return r;
        if (options.recordAudit) {
            return AuditLog(**db).append(QStringLiteral("restore"), QStringLiteral("database"), 0,
                {}, restoreAuditRecord(*info));
        }
        return {};
    });
    if (!s)
        return renamed(s.error(), stagePath, file);
    tell(rest, 100, Backup::tr("Restored into %1.").arg(target));
    return report;
}

} // namespace

// --- Public -----------------------------------------------------------------------------------

qint64 DatabaseSnapshot::rows(const QString &table) const
{
    for (const Table &t : tables) {
        if (t.name == table)
            return t.rows;
    }
    return 0;
}

qint64 DatabaseSnapshot::totalRows() const
{
    qint64 n = 0;
    for (const Table &t : tables)
        n += t.rows;
    return n;
}

bool DrillReport::auditMatches() const
{
    return live.audit.intact && restored.audit.intact
        && live.audit.entries == restored.audit.entries && live.auditHead == restored.auditHead;
}

bool DrillReport::passed() const
{
    if (!failure.isEmpty() || !auditMatches())
        return false;
    return std::all_of(tables.cbegin(), tables.cend(), [](const Row &r) { return r.match(); });
}

QString Backup::keptPathFor(const QString &target, const QDateTime &when)
{
    return QStringLiteral("%1.before-restore-%2")
        .arg(target, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

Result<DatabaseSnapshot> Backup::snapshot(Database &db)
{
    return inReadTransaction(db, [&] { return takeSnapshot(db); });
}

Result<BackupReport> Backup::create(
    Database &source, const QString &file, bool overwrite, const BackupProgress &progress)
{
    const QString target = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir())
        return fail(tr("%1 is a folder; name a file for the backup.").arg(nativePath(target)));
    if (targetInfo.exists() && !overwrite) {
        return rejected(tr("%1 already exists; nothing was written. Choose another file name, or "
                           "allow replacing it.")
                            .arg(nativePath(target)));
    }
    if (source.dialect().isSqlite() && source.location() == target) {
        return usage(tr("%1 is the database itself; choose another file for the backup.")
                         .arg(nativePath(target)));
    }
    if (!QFileInfo(targetInfo.absolutePath()).isDir()) {
        return fail(tr("The folder %1 does not exist; nothing was written.")
                        .arg(nativePath(targetInfo.absolutePath())));
    }
    // Written under a temporary name beside the file and renamed at the end: a failed or
    // interrupted backup never leaves a half file under the name asked for.
    QTemporaryFile temp(target + QStringLiteral(".XXXXXX.partial"));
    if (!temp.open()) {
        return fail(tr("Cannot write in the folder %1: %2")
                        .arg(nativePath(targetInfo.absolutePath()), temp.errorString()));
    }
    temp.close();
    const QString tempPath = temp.fileName();
    BackupReport report;
    const int version = source.schemaVersion();
    if (version < 1)
        return fail(tr("%1 holds no Patch Planner data to back up.").arg(source.location()));

    if (!tell(progress, 0, tr("Copying the database\u2026")))
        return cancelled();
    if (source.dialect().isSqlite()) {
        // VACUUM INTO reads one committed state, whatever other connections are writing. The
        // counts are read separately; data_version tells whether anybody committed in between.
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto before = dataVersion(source);
            if (!before)
                return before.error();
            auto snap = Backup::snapshot(source);
            if (!snap)
                return snap.error();
            report.source = *snap;
            if (attempt > 0 && !QFile::resize(tempPath, 0))
                return fail(tr("Cannot write %1.").arg(nativePath(tempPath)));
            if (auto q = source.run(QStringLiteral("VACUUM INTO ?"), {tempPath}); !q) {
                return fail(tr("Could not copy %1 to %2: %3")
                                .arg(source.location(), nativePath(target), q.error().message));
            }
            const auto after = dataVersion(source);
            if (!after)
                return after.error();
            report.sourceConsistent = *after == *before;
            if (report.sourceConsistent)
                break;
        }
        if (!tell(progress, 50, tr("Copying the database\u2026")))
            return cancelled();
    } else {
        Database::Options options;
        options.targetVersion = version;
        auto dest = Database::open(tempPath, options);
        if (!dest)
            return dest.error();
        auto specs = sqliteTables(**dest);
        if (!specs)
            return specs.error();
        Status s = inReadTransaction(source, [&]() -> Status {
            auto snap = takeSnapshot(source);
            if (!snap)
                return snap.error();
            report.source = *snap;
            return (*dest)->transaction([&]() -> Status {
                if (Status m = copyMeta(source, **dest); !m)
                    return m;
                if (Status c
                    = copyRows(source, **dest, *specs, snap->totalRows(), part(progress, 0, 50));
                    !c)
                    return c;
                return copySequencesToSqlite(source, **dest);
            });
        });
        if (!s)
            return s.error();
    }

    // Stamp the file, and make it one self-contained file (no write-ahead log).
    {
        Database::Options options;
        options.create = false;
        options.targetVersion = 0;
        auto dest = Database::open(tempPath, options);
        if (!dest)
            return dest.error();
        for (const auto &[key, value] :
            {std::pair {kTakenAt, Database::nowUtc()}, std::pair {kSource, source.location()}}) {
            if (Status s = (*dest)->setMetaValue(key, value); !s)
                return s.error();
        }
        if (auto q = (*dest)->run(QStringLiteral("PRAGMA journal_mode = DELETE")); !q)
            return q.error();
    }

    // A backup that cannot be restored is worse than none: check it as a restore would. A
    // chain that was already broken in the source is reported, not refused: the backup keeps
    // the evidence as it is.
    auto info = checkCopy(
        tempPath, target, QDateTime::currentDateTimeUtc(), false, part(progress, 55, 95));
    if (!info)
        return Error {ErrorKind::Failed, info.error().message};
    report.backup = *info;
    if (!syncPath(tempPath, false))
        return fail(tr("Cannot write %1 to disk.").arg(nativePath(target)));
    if (Status s = renameOver(tempPath, target); !s)
        return s.error();
    temp.setAutoRemove(false);
    tell(progress, 100, tr("Backed up to %1.").arg(targetInfo.fileName()));
    return report;
}

Result<BackupInfo> Backup::inspect(const QString &file, const BackupProgress &progress)
{
    if (Status s = checkSource(file); !s)
        return s.error();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString copy = scratch.filePath(QStringLiteral("inspect.ppdb"));
    {
        QFile f(copy);
        if (!f.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(nativePath(copy), f.errorString()));
        if (Status s = copyInto(file, f, part(progress, 0, 30)); !s)
            return s.error();
    }
    return checkCopy(copy, file, QFileInfo(file).lastModified(), true, part(progress, 30, 100));
}

Result<RestoreReport> Backup::restore(const QString &file, const QString &target,
    const RestoreOptions &options, const BackupProgress &progress)
{
    if (Status s = checkSource(file); !s)
        return s.error();
    if (isPostgresUrl(target))
        return restoreIntoPostgres(file, target, options, progress);
    return restoreIntoSqlite(file, target, options, progress);
}

Result<DrillReport> Backup::drill(
    Database &live, const QString &file, const BackupProgress &progress)
{
    DrillReport report;
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    report.tookBackup = file.isEmpty();
    report.backupFile = file;
    if (report.tookBackup) {
        report.backupFile = scratch.filePath(QStringLiteral("drill-backup.ppdb"));
        auto taken = create(live, report.backupFile, false, part(progress, 0, 45));
        if (!taken) {
            if (isCancellation(taken.error()))
                return taken.error();
            report.failure = taken.error().message;
        } else {
            report.live = taken->source;
        }
    }
    if (!report.tookBackup || !report.failure.isEmpty()) {
        auto snap = snapshot(live);
        if (!snap)
            return snap.error();
        report.live = *snap;
    }
    if (report.failure.isEmpty()) {
        RestoreOptions options;
        // The scratch copy is thrown away: no restore entry, so that its chain is compared
        // exactly as the backup holds it.
        options.recordAudit = false;
        const QString scratchDb = scratch.filePath(QStringLiteral("drill-restored.ppdb"));
        auto restored = restore(report.backupFile, scratchDb, options, part(progress, 45, 90));
        if (!restored) {
            if (isCancellation(restored.error()))
                return restored.error();
            report.failure = restored.error().message;
        } else {
            if (!tell(progress, 92, tr("Comparing\u2026")))
                return cancelled();
            Database::Options look;
            look.create = false;
            look.readOnly = true;
            auto db = Database::open(scratchDb, look);
            if (!db)
                return db.error();
            auto snap = snapshot(**db);
            if (!snap)
                return snap.error();
            report.restored = *snap;
        }
    }
    // The restored copy's tables are this build's schema; the live database may be older.
    QStringList names;
    for (const DatabaseSnapshot::Table &t : std::as_const(report.restored.tables))
        names << t.name;
    if (names.isEmpty()) {
        for (const DatabaseSnapshot::Table &t : std::as_const(report.live.tables))
            names << t.name;
    }
    for (const QString &name : std::as_const(names))
        report.tables.append({name, report.live.rows(name), report.restored.rows(name)});
    if (report.tookBackup)
        report.backupFile.clear(); // it went with the scratch folder
    tell(progress, 100, tr("Drill finished."));
    return report;
}

} // namespace pp
