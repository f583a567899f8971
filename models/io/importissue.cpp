#include "models/io/importissue.h"

#include <algorithm>

namespace pp {

QString ImportIssue::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    out += QLatin1String(": ");
    if (!field.isEmpty())
        out += field + QLatin1String(": ");
    return out + message;
}

bool hasErrors(const QList<ImportIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ImportIssue &i) { return i.isError(); });
}

} // namespace pp
