// The differences between SQLite and PostgreSQL, in one place. Everything else in storage/
// writes portable SQL and asks this class for the few words that differ.
#pragma once

#include <QString>

namespace pp {

class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) { }

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    /// Rows per multi-row INSERT ("VALUES (...), (...)"). PostgreSQL: many, each statement is a
    /// round trip. SQLite: few, because Qt's driver looks up every parameter's name when it
    /// binds, which costs the square of the parameters per statement (measured: 100 rows of
    /// criteria spent a quarter of an NVD import in that lookup).
    int rowsPerInsert() const { return isSqlite() ? 16 : 100; }
    /// Qt SQL driver name: QSQLITE or QPSQL.
    QString driverName() const;

    /// Replaces the schema placeholders %PK%, %BIGINT%, %REAL%, %BLOB% and %NOW% with this
    /// dialect's words, so that migrations are written once.
    QString expand(QString sql) const;

    /// Case-insensitive LIKE: LIKE on SQLite (ASCII case folding), ILIKE on PostgreSQL.
    QString likeOperator() const;

    /// Appended to a text in ORDER BY: compare by code point, as QString and SQLite do, not by
    /// PostgreSQL's locale collation; so that a list streamed in SQL order is the same on both
    /// databases and the same as one sorted in C++. Empty on SQLite.
    QString codePointOrder() const;

    /// Statement that serialises writers of the audit chain until the transaction ends, so two
    /// sessions never chain an entry to the same head. SQLite needs none: BEGIN IMMEDIATE
    /// already takes the database's single write lock.
    QString auditChainLock() const;

    /// The LISTEN/NOTIFY channel on which every committed change is announced (PostgreSQL).
    static QString changeChannel();
    /// Statement, with the audit head id as its one bind value, that announces a committed change
    /// to the other sessions on changeChannel(). PostgreSQL delivers it at COMMIT and drops it on
    /// ROLLBACK. Empty on SQLite, where the other processes poll dataVersionQuery() instead.
    QString changeNotification() const;
    /// Statement whose single value changes whenever ANOTHER connection commits to the file
    /// (SQLite's PRAGMA data_version); empty on PostgreSQL.
    QString dataVersionQuery() const;

private:
    Kind m_kind;
};

} // namespace pp
