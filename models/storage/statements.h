// Statements prepared once and executed many times, and multi-row INSERTs: what bulk writes
// (imports, matching) use instead of Database::run(), which prepares its statement on every call.
#pragma once

#include "models/result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pp {

class Database;

/// "?, ?, ?" for @p n values.
QString sqlPlaceholders(qsizetype n);

/// The value as it is bound: a null QString is an empty text (the NOT NULL text columns refuse
/// SQL NULL); NULL is meant only by an invalid QVariant (no date, no score).
QVariant sqlBindable(const QVariant &v);

/// One statement, prepared on its first execution and reused.
class PreparedStatement
{
public:
    PreparedStatement(const Database &db, QString sql);

    /// Binds @p binds by position and executes.
    Status exec(const QVariantList &binds);
    /// The query after exec(): its rows, numRowsAffected(), lastInsertId().
    QSqlQuery &query() { return m_query; }

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

/// Rows inserted many at a time ("VALUES (...), (...), ..."): one statement per
/// SqlDialect::rowsPerInsert() rows instead of one per row, which is what a remote PostgreSQL
/// server costs. The full-size statement is prepared once; the remainder gets one of its own.
class BulkInsert
{
public:
    /// INSERT INTO @p table (@p columns) VALUES ... @p suffix (e.g. " ON CONFLICT DO NOTHING").
    BulkInsert(const Database &db, const QString &table, const QStringList &columns,
               QString suffix = {});

    /// Adds one row, its values in the order of the columns; writes when a statement is full.
    Status add(const QVariantList &row);
    /// Writes the rows still pending.
    Status flush();

private:
    QString statement(qsizetype rows) const;

    const Database &m_db;
    QString m_head;
    qsizetype m_columns;
    QString m_suffix;
    int m_rowsPerInsert;
    PreparedStatement m_full;
    QVariantList m_pending;
};

/// Secondary indexes a bulk write does not read, dropped before it and built again after it,
/// in the same transaction: SQLite builds an index over 2.5 million findings in about a second,
/// while keeping it up to date row by row costs ten times that (issue 9). They are built again
/// from the definitions the schema stored, and a rolled-back transaction restores them. SQLite
/// only: on PostgreSQL, DROP INDEX would lock the table against every reader of a shared
/// database until the commit, so there both calls do nothing.
class DeferredIndexes
{
public:
    DeferredIndexes(Database &db, QStringList names);

    /// Inside a transaction: drops the indexes that exist (remembering their definitions).
    /// One that cannot be dropped now (a statement still reads on this connection) is kept,
    /// with a warning in the log: the bulk write is then only slower.
    Status drop();
    /// Builds again the indexes drop() dropped.
    Status rebuild();

private:
    Database &m_db;
    QStringList m_names;
    QStringList m_definitions; ///< of the indexes dropped
};

} // namespace pp
