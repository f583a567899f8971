#include "models/storage/statements.h"

#include "models/storage/database.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace pp {

QString sqlPlaceholders(qsizetype n)
{
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

QVariant sqlBindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return v;
}

PreparedStatement::PreparedStatement(const Database &db, QString sql)
    : m_db(db), m_query(db.connection()), m_sql(std::move(sql))
{
}

Status PreparedStatement::exec(const QVariantList &binds)
{
    if (!m_prepared) {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(m_sql))
            return m_db.sqlError(m_query.lastError());
        m_prepared = true;
    }
    for (int i = 0; i < binds.size(); ++i)
        m_query.bindValue(i, sqlBindable(binds.at(i)));
    if (!m_query.exec())
        return m_db.sqlError(m_query.lastError());
    return {};
}

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns,
                       QString suffix)
    : m_db(db),
      m_head(QStringLiteral("INSERT INTO %1 (%2)").arg(table, columns.join(QStringLiteral(", ")))),
      m_columns(columns.size()), m_suffix(std::move(suffix)),
      m_rowsPerInsert(db.dialect().rowsPerInsert()), m_full(db, statement(m_rowsPerInsert))
{
}

Status BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    m_pending << row;
    if (m_pending.size() / m_columns < m_rowsPerInsert)
        return {};
    Status st = m_full.exec(m_pending);
    m_pending.clear();
    return st;
}

Status BulkInsert::flush()
{
    if (m_pending.isEmpty())
        return {};
    PreparedStatement tail(m_db, statement(m_pending.size() / m_columns));
    Status st = tail.exec(m_pending);
    m_pending.clear();
    return st;
}

QString BulkInsert::statement(qsizetype rows) const
{
    const QString one = QLatin1Char('(') + sqlPlaceholders(m_columns) + QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        all << one;
    return m_head + QStringLiteral(" VALUES ") + all.join(QStringLiteral(", ")) + m_suffix;
}

DeferredIndexes::DeferredIndexes(Database &db, QStringList names)
    : m_db(db)
    , m_names(std::move(names))
{
}

Status DeferredIndexes::drop()
{
    if (!m_db.dialect().isSqlite() || m_names.isEmpty())
        return {};
    auto q = m_db.run(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                     "AND sql IS NOT NULL AND name IN (%1) ORDER BY name")
                          .arg(sqlPlaceholders(m_names.size())),
                      QVariantList(m_names.cbegin(), m_names.cend()));
    if (!q)
        return q.error();
    QStringList dropped;
    QStringList definitions;
    while (q->next()) {
        dropped << q->value(0).toString();
        definitions << q->value(1).toString();
    }
    q->finish();
    for (qsizetype i = 0; i < dropped.size(); ++i) {
        // The names come from the schema (and were just read back from it), never from input.
        if (auto d = m_db.run(QStringLiteral("DROP INDEX \"%1\"").arg(dropped[i])); !d) {
            // Only quicker without it: a statement still reading on this connection (SQLite
            // refuses to drop then) leaves the index kept up to date row by row, as before.
            qCWarning(lcStorage) << "index" << dropped[i] << "kept for the bulk write:"
                                 << d.error().message;
            break;
        }
        m_definitions << definitions[i];
    }
    return {};
}

Status DeferredIndexes::rebuild()
{
    while (!m_definitions.isEmpty()) {
        if (auto q = m_db.run(m_definitions.constFirst()); !q)
            return q.error();
        m_definitions.removeFirst();
    }
    return {};
}

} // namespace pp
