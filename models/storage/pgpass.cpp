#include "models/storage/pgpass.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace pp::PgPass {
namespace {

/// Splits a password file line at unescaped colons, removing the escapes.
QStringList fields(const QString &line)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == QLatin1Char(':') && out.size() < 4) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

bool matches(const QString &field, const QString &value)
{
    return field == QLatin1String("*") || field == value;
}

} // namespace

std::optional<QString> lookup(const QString &text, const QString &host, int port,
                              const QString &database, const QString &user)
{
    const QString portText = QString::number(port);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = fields(line);
        if (f.size() != 5)
            continue;
        if (matches(f.at(0), host) && matches(f.at(1), portText) && matches(f.at(2), database)
            && matches(f.at(3), user))
            return f.at(4);
    }
    return std::nullopt;
}

QString passwordFilePath()
{
    const QString configured = qEnvironmentVariable("PGPASSFILE");
    if (!configured.isEmpty())
        return configured;
    return QDir::home().filePath(QStringLiteral(".pgpass"));
}

bool hasStoredPassword(const QString &host, int port, const QString &database,
                       const QString &user)
{
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return true;
    const QString path = passwordFilePath();
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    // libpq skips a password file that its group or others may read.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & others)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return false;
    return lookup(QString::fromUtf8(f.readAll()), host, port, database, user).has_value();
}

} // namespace pp::PgPass
