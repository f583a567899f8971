// A problem found in an imported file: where it is and what is wrong, in words a user can act on.
#pragma once

#include <QList>
#include <QString>

namespace pp {

struct ImportIssue
{
    enum class Severity { Error, Warning };

    QString file;        ///< file name as given by the user
    int line = 0;        ///< 1-based line; 0 when the problem is the whole file
    QString field;       ///< column or field name; empty when not about one field
    QString message;     ///< translated sentence
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    /// "FILE:LINE: field: message" (the form the command line prints).
    QString toString() const;
};

/// True when any issue is an error.
bool hasErrors(const QList<ImportIssue> &issues);

} // namespace pp
