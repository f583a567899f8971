// EndOfLifeImport: the files and folders of a call, the catalog of a preview, and apply().
#include "models/io/endoflifeimport.h"

#include "models/io/endoflifeimport_p.h"
#include "models/storage/database.h"
#include "models/storage/lifecyclerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace pp {

using Internal::addFile;

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

bool EndOfLifePreview::hasErrors() const
{
    return pp::hasErrors(issues);
}

int EndOfLifePreview::releaseCount() const
{
    int n = 0;
    for (const EndOfLifeFile &f : files)
        n += int(f.releases.size());
    return n;
}

EndOfLifePreview EndOfLifeImport::parse(const QStringList &paths)
{
    return parse(paths, Limits());
}

EndOfLifePreview EndOfLifeImport::parse(const QStringList &paths, const Limits &limits)
{
    EndOfLifePreview preview;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names = QDir(path).entryList({QStringLiteral("*.json")},
                                                           QDir::Files | QDir::Readable,
                                                           QDir::Name);
            if (names.isEmpty()) {
                preview.issues << ImportIssue{path, 0, {}, tr("the folder has no *.json files."),
                                              ImportIssue::Severity::Error};
            }
            for (const QString &n : names)
                files << QDir(path).filePath(n);
        } else if (!info.exists()) {
            preview.issues << ImportIssue{path, 0, {}, tr("no such file or folder."),
                                          ImportIssue::Severity::Error};
        } else {
            files << path;
        }
    }
    if (files.size() > limits.maxFiles) {
        preview.issues << ImportIssue{paths.value(0), 0, {},
                                      tr("%1 files; at most %2 are accepted in one import.")
                                          .arg(files.size())
                                          .arg(limits.maxFiles),
                                      ImportIssue::Severity::Error};
        return preview;
    }
    for (const QString &path : std::as_const(files)) {
        const QFileInfo info(path);
        // Refused before reading: a 100 MB file is not an endoflife.date product.
        if (info.size() > limits.maxFileSize) {
            preview.issues << ImportIssue{path, 0, {},
                                          tr("the file has %1 MB; files above %2 MB are refused "
                                             "(endoflife.date files have a few KB).")
                                              .arg(megabytes(info.size()),
                                                   megabytes(limits.maxFileSize)),
                                          ImportIssue::Severity::Error};
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            preview.issues << ImportIssue{path, 0, {}, tr("cannot be read: %1").arg(f.errorString()),
                                          ImportIssue::Severity::Error};
            continue;
        }
        const QByteArray data = f.read(limits.maxFileSize + 1);
        if (data.size() > limits.maxFileSize) {
            preview.issues << ImportIssue{path, 0, {},
                                          tr("the file grew above %1 MB while it was read.")
                                              .arg(megabytes(limits.maxFileSize)),
                                          ImportIssue::Severity::Error};
            continue;
        }
        addFile(preview, data, path, limits);
    }
    return preview;
}

EndOfLifePreview EndOfLifeImport::parseData(const QByteArray &data, const QString &fileName)
{
    return parseData(data, fileName, Limits());
}

EndOfLifePreview EndOfLifeImport::parseData(const QByteArray &data, const QString &fileName,
                                            const Limits &limits)
{
    EndOfLifePreview preview;
    if (data.size() > limits.maxFileSize) {
        preview.issues << ImportIssue{fileName, 0, {},
                                      tr("the file has %1 MB; files above %2 MB are refused.")
                                          .arg(megabytes(data.size()), megabytes(limits.maxFileSize)),
                                      ImportIssue::Severity::Error};
        return preview;
    }
    addFile(preview, data, fileName, limits);
    return preview;
}

QList<EolCatalogEntry> EndOfLifeImport::catalog(const EndOfLifePreview &preview)
{
    QList<EolCatalogEntry> out;
    QHash<QString, int> index;
    for (const EndOfLifeFile &f : preview.files) {
        auto it = index.constFind(f.product.id);
        if (it == index.cend()) {
            it = index.insert(f.product.id, int(out.size()));
            out << EolCatalogEntry{f.product.id, {}, {}, {}, {}};
        }
        EolCatalogEntry &e = out[*it];
        if (!f.product.label.isEmpty())
            e.label = f.product.label;
        if (!f.product.aliases.isEmpty())
            e.aliases = f.product.aliases;
        if (const QStringList cpes = f.product.identifiersOf(QStringLiteral("cpe")); !cpes.isEmpty())
            e.cpes = cpes;
        for (const ReleaseLifecycle &r : f.releases) {
            const auto same = std::find_if(e.cycles.begin(), e.cycles.end(),
                                           [&](const EolCycleName &c) { return c.cycle == r.cycle; });
            if (same == e.cycles.end())
                e.cycles << EolCycleName{r.cycle, r.label};
            else if (!r.label.isEmpty())
                same->label = r.label;
        }
    }
    return out;
}

Result<EndOfLifeImportReport> EndOfLifeImport::apply(Database &db, const EndOfLifePreview &preview,
                                                     const QDateTime &importedAt)
{
    if (preview.hasErrors())
        return rejected(tr("The endoflife.date files have errors; nothing was changed."));
    if (preview.files.isEmpty())
        return rejected(tr("No endoflife.date file to import."));
    EndOfLifeImportReport report;
    LifecycleRepository repo(db);
    Status st = db.transaction([&]() -> Status {
        for (const EndOfLifeFile &file : preview.files) {
            EolProduct product = file.product;
            product.sourceFile = file.name;
            product.importedAt = importedAt;
            auto p = repo.upsertProduct(product);
            if (!p)
                return Error{p.error().kind, QStringLiteral("%1: %2").arg(file.path, p.error().message)};
            report.productsCreated += p->created;
            report.productsUpdated += p->updated;
            QList<ReleaseLifecycle> releases = file.releases;
            for (ReleaseLifecycle &r : releases)
                r.importedAt = importedAt;
            auto counts = repo.upsertReleases(releases);
            if (!counts)
                return Error{counts.error().kind,
                             QStringLiteral("%1: %2").arg(file.path, counts.error().message)};
            report.releasesCreated += counts->created;
            report.releasesUpdated += counts->updated;
            report.releasesUnchanged += counts->unchanged;
            ++report.files;
        }
        auto ties = repo.refreshTies();
        if (!ties)
            return ties.error();
        report.componentsNewlyMatched = ties->newlyTied;
        report.componentsTied = ties->tied;
        report.components = ties->components;
        return {};
    });
    if (!st)
        return st.error();
    return report;
}

} // namespace pp
