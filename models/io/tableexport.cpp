#include "models/io/tableexport.h"

#include "models/itemmodels/roles.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QSaveFile>
#include <QSet>

namespace pp {
namespace {

/// A value the JSON and CSV writers know how to write; anything else is shown as text.
bool isPlainValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::QString:
    case QMetaType::QDate:
    case QMetaType::QDateTime:
    case QMetaType::QStringList:
        return true;
    default:
        return false;
    }
}

QVariant cellValue(const QModelIndex &index)
{
    QVariant v = index.data(RawValueRole);
    if (!v.isValid() || !isPlainValue(v))
        v = index.data(Qt::DisplayRole);
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().isValid() ? QVariant(v.toDateTime().toUTC()) : QVariant();
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? v : QVariant();
    if (!isPlainValue(v))
        v = v.toString();
    if (v.typeId() == QMetaType::QString && v.toString().isEmpty())
        return {};
    return v;
}

void appendRows(const QAbstractItemModel &model, const QModelIndex &parent,
                const QList<int> &columns, QList<QVariantList> &rows)
{
    const int count = model.rowCount(parent);
    for (int r = 0; r < count; ++r) {
        const QModelIndex first = model.index(r, 0, parent);
        if (model.hasChildren(first)) {
            appendRows(model, first, columns, rows);
            continue;
        }
        QVariantList row;
        row.reserve(columns.size());
        for (int c : columns)
            row << cellValue(model.index(r, c, parent));
        rows << row;
    }
}

} // namespace

ReportTable TableExport::fromModel(const QAbstractItemModel &model, const QList<int> &columns)
{
    ReportTable t;
    QSet<QString> used;
    for (int c : columns) {
        QString key = model.headerData(c, Qt::Horizontal, ColumnKeyRole).toString();
        if (key.isEmpty())
            key = QStringLiteral("column_%1").arg(c);
        const QString base = key;
        for (int n = 2; used.contains(key); ++n)
            key = QStringLiteral("%1_%2").arg(base).arg(n);
        used.insert(key);
        t.keys << key;
    }
    appendRows(model, QModelIndex(), columns, t.rows);
    return t;
}

ReportTable TableExport::fromModel(const QAbstractItemModel &model)
{
    QList<int> columns;
    for (int c = 0; c < model.columnCount(); ++c)
        columns << c;
    return fromModel(model, columns);
}

TableFormat TableExport::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? TableFormat::Json
                                                                       : TableFormat::Csv;
}

QByteArray TableExport::encode(const ReportTable &table, TableFormat format)
{
    return format == TableFormat::Json ? table.toJson() : table.toCsv();
}

Status TableExport::write(const ReportTable &table, const QString &path, TableFormat format)
{
    const QByteArray bytes = encode(table, format);
    // QSaveFile writes beside the target and renames at commit: a failed export never leaves a
    // half-written file behind, nor destroys the one it was to replace.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pp
