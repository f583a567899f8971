// What the parts of the command line share (cli_p.h).
#include "app/cli_p.h"

#include "models/storage/controlrepository.h"
#include "models/storage/roleadmin.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace pp::Internal {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int exitFor(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Failed: return ExitFailed;
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::InputRejected: return ExitRejected;
    case ErrorKind::Conflict: return ExitConflict;
    }
    return ExitFailed;
}

int report(const Error &e)
{
    err() << e.message << Qt::endl;
    return exitFor(e);
}

int usageError(const QString &message)
{
    err() << message << Qt::endl
          << Cli::tr("Run 'patchplanner --help' for the commands and options.") << Qt::endl;
    return ExitUsage;
}


Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser, const Options &o,
                                               bool create)
{
    const QString location = parser.isSet(o.db) ? parser.value(o.db) : defaultDatabasePath();
    Database::Options options;
    options.create = create;
    return Database::open(location, options);
}

Status writeOutput(const QCommandLineParser &parser, const Options &o, const QByteArray &bytes)
{
    if (!parser.isSet(o.output)) {
        out().flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return {};
    }
    QSaveFile f(parser.value(o.output));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        return fail(Cli::tr("Cannot write %1: %2").arg(parser.value(o.output), f.errorString()));
    }
    return {};
}

Status writeStreamed(const QCommandLineParser &parser, const Options &o,
                     ReportWriter::Format format,
                     const std::function<Status(ReportSink &)> &produce)
{
    if (!parser.isSet(o.output)) {
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return fail(Cli::tr("Cannot write to standard output: %1").arg(stdOut.errorString()));
        ReportWriter writer(&stdOut, format);
        Status produced = produce(writer);
        Status written = writer.finish();
        // What the stream still buffers is written now: a full disk shows here at the latest.
        if (written && !stdOut.flush())
            written = fail(stdOut.errorString());
        if (!written)
            return fail(Cli::tr("Cannot write to standard output: %1").arg(written.error().message));
        return produced;
    }
    const QString path = parser.value(o.output);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Cli::tr("Cannot write %1: %2").arg(path, f.errorString()));
    ReportWriter writer(&f, format);
    if (Status s = produce(writer); !s)
        return s; // the file is left as it was
    if (Status s = writer.finish(); !s)
        return fail(Cli::tr("Cannot write %1: %2").arg(path, s.error().message));
    if (!f.commit())
        return fail(Cli::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

/// Prints each problem of an import as FILE:LINE: field: message (warnings marked).
void printIssues(const QList<ImportIssue> &issues)
{
    for (const ImportIssue &issue : issues)
        err() << (issue.isError() ? QString() : Cli::tr("warning: ")) << issue.toString() << Qt::endl;
}

Status applyCalendar(Database &db, const QDate &today)
{
    auto capabilities = RoleAdmin(db).capabilities();
    if (!capabilities || !capabilities->canEdit || db.isReadOnly())
        return {}; // a viewer sees the stored state; the planners' next run lapses them
    auto update = ControlRepository(db).applyCalendar(today);
    if (!update)
        return update.error();
    if (const int n = int(update->lapsed.acceptanceIds.size()); n > 0) {
        err() << Cli::tr("%n risk acceptance(s) past their expiry lapsed; their findings are "
                         "open again.", nullptr, n)
              << Qt::endl;
    }
    return {};
}

} // namespace pp::Internal
