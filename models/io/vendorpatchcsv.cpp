// The vendor patch list import (vendorpatchcsv.h).
#include "models/io/vendorpatchcsv.h"

#include "models/domain/version.h"
#include "models/io/csvreader.h"
#include "models/planning/vulnmatch.h"
#include "models/storage/database.h"
#include "models/storage/findingrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace pp {
namespace {

constexpr qsizetype kMaxField = 4000;

enum Column { Title, Product, Vendor, Advisory, Kb, Target, Released, Reboot, Minutes, Rollback,
              Notes, ColumnCount };

const char *const kNames[ColumnCount] = {"title", "product", "vendor", "advisory_id", "kb",
                                         "target_version", "release_date", "reboot",
                                         "expected_minutes", "can_rollback", "notes"};

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")
        || t == QLatin1String("y"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")
        || t == QLatin1String("n"))
        return false;
    return std::nullopt;
}

/// The identity of a vendor patch in the list and in the database.
QString identity(const Patch &p)
{
    return ComponentIndex::normalise(p.vendor) + QLatin1Char('\x1f')
        + ComponentIndex::normalise(p.product) + QLatin1Char('\x1f') + p.advisoryId.toLower()
        + QLatin1Char('\x1f') + p.kb.toLower();
}

bool sameFields(const Patch &a, const Patch &b)
{
    return a.title == b.title && a.vendor == b.vendor && a.product == b.product
        && a.advisoryId == b.advisoryId && a.kb == b.kb && a.targetVersion == b.targetVersion
        && a.releaseDate == b.releaseDate && a.needsReboot == b.needsReboot
        && a.expectedMinutes == b.expectedMinutes && a.canRollback == b.canRollback
        && a.notes == b.notes;
}

} // namespace

QStringList VendorPatchCsv::columnNames()
{
    QStringList out;
    for (const char *n : kNames)
        out << QString::fromLatin1(n);
    return out;
}

VendorPatchPreview VendorPatchCsv::parseFile(const QString &path)
{
    VendorPatchPreview p;
    p.file = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        p.issues << ImportIssue{p.file, 0, {}, tr("Cannot read the file: %1").arg(f.errorString())};
        return p;
    }
    if (f.size() > kMaxFileSize) {
        p.issues << ImportIssue{p.file, 0, {},
                                tr("The file is %1 MB; at most %2 MB is accepted.")
                                    .arg(f.size() / (1024 * 1024))
                                    .arg(kMaxFileSize / (1024 * 1024))};
        return p;
    }
    return parse(f.readAll(), p.file);
}

VendorPatchPreview VendorPatchCsv::parse(const QByteArray &data, const QString &fileName)
{
    VendorPatchPreview p;
    p.file = fileName;
    auto error = [&](int line, const QString &field, const QString &message) {
        p.issues << ImportIssue{fileName, line, field, message};
    };
    const DecodedText decoded = CsvReader::decode(data);
    if (!decoded.ok()) {
        error(decoded.errorLine, {}, decoded.error);
        return p;
    }
    CsvReader reader(decoded.text, kMaxField);
    CsvRecord record;
    if (!reader.readNext(record)) {
        error(0, {}, tr("The file is empty; expected a header line with the columns %1.")
                         .arg(columnNames().join(QStringLiteral(", "))));
        return p;
    }
    int index[ColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
        const int c = int(columnNames().indexOf(name));
        if (c < 0) {
            p.issues << ImportIssue{fileName, record.line, record.fields.at(i),
                                    tr("Unknown column; it is ignored. Known columns: %1.")
                                        .arg(columnNames().join(QStringLiteral(", "))),
                                    ImportIssue::Severity::Warning};
        } else if (index[c] >= 0) {
            error(record.line, name, tr("The column appears twice."));
        } else {
            index[c] = i;
        }
    }
    for (Column required : {Title, Product}) {
        if (index[required] < 0)
            error(record.line, QString::fromLatin1(kNames[required]),
                  tr("The required column is missing; a vendor patch list needs at least "
                     "title and product."));
    }
    if (p.hasErrors())
        return p;

    QHash<QString, int> seen;
    while (reader.readNext(record)) {
        if (record.isBlank())
            continue;
        const int line = record.line;
        if (record.problem != CsvRecord::Problem::None) {
            error(line, {}, record.problem == CsvRecord::Problem::FieldTooLong
                                ? tr("A field is longer than %1 characters.").arg(kMaxField)
                                : tr("The quoting of this row is broken (text after a closing "
                                     "quote, or a quote that is never closed)."));
            if (record.problem == CsvRecord::Problem::UnterminatedQuote)
                break;
            continue;
        }
        if (p.patches.size() >= kMaxRows) {
            error(line, {}, tr("More than %1 patches; split the list.").arg(kMaxRows));
            break;
        }
        auto field = [&](Column c) {
            return index[c] >= 0 ? record.fields.value(index[c]).trimmed() : QString();
        };
        const int before = int(p.issues.size());
        Patch patch;
        patch.kind = PatchKind::Vendor;
        patch.title = field(Title);
        patch.product = field(Product);
        patch.vendor = field(Vendor);
        patch.advisoryId = field(Advisory);
        patch.kb = field(Kb);
        patch.targetVersion = field(Target);
        patch.notes = field(Notes);
        if (patch.title.isEmpty())
            error(line, QStringLiteral("title"), tr("A patch needs a title."));
        if (patch.product.isEmpty())
            error(line, QStringLiteral("product"),
                  tr("A patch needs the product it applies to."));
        if (!patch.targetVersion.isEmpty() && !version::isValid(patch.targetVersion))
            error(line, QStringLiteral("target_version"),
                  tr("\"%1\" is not a version (letters or digits, at most 256 characters).")
                      .arg(patch.targetVersion.left(80)));
        if (const QString d = field(Released); !d.isEmpty()) {
            patch.releaseDate = QDate::fromString(d, Qt::ISODate);
            if (!patch.releaseDate.isValid() || d.size() != 10)
                error(line, QStringLiteral("release_date"),
                      tr("\"%1\" is not a date; expected YYYY-MM-DD.").arg(d.left(40)));
        }
        for (auto [c, target] : {std::pair{Reboot, &patch.needsReboot},
                                 std::pair{Rollback, &patch.canRollback}}) {
            const QString v = field(c);
            if (v.isEmpty())
                continue;
            if (auto b = yesNo(v))
                *target = *b;
            else
                error(line, QString::fromLatin1(kNames[c]),
                      tr("\"%1\" is not yes or no.").arg(v.left(40)));
        }
        if (const QString m = field(Minutes); !m.isEmpty()) {
            bool ok = false;
            patch.expectedMinutes = m.toInt(&ok);
            if (!ok || patch.expectedMinutes < 1 || patch.expectedMinutes > 1440)
                error(line, QStringLiteral("expected_minutes"),
                      tr("\"%1\" is not a duration in minutes from 1 to 1440.").arg(m.left(40)));
        }
        if (p.issues.size() > before)
            continue;
        const QString key = identity(patch);
        if (auto it = seen.constFind(key); it != seen.constEnd()) {
            error(line, {}, tr("The same patch (vendor, product, advisory and KB) is already on "
                               "line %1.")
                                .arg(*it));
            continue;
        }
        seen.insert(key, line);
        p.patches << patch;
        p.lines << line;
    }
    if (p.patches.isEmpty() && !p.hasErrors())
        error(0, {}, tr("The file has a header but no patches."));
    return p;
}

bool VendorPatchCsv::resolves(const Patch &p, const QString &vendor, const QString &product,
                              const QString &fixedVersion)
{
    const QString wanted = ComponentIndex::normalise(p.product);
    const QString have = ComponentIndex::normalise(product);
    if (wanted.isEmpty() || (have != wanted && !have.contains(wanted)))
        return false;
    if (!p.vendor.isEmpty() && !vendor.isEmpty()) {
        const QString pv = ComponentIndex::normalise(p.vendor);
        const QString cv = ComponentIndex::normalise(vendor);
        if (pv != cv && !cv.startsWith(pv) && !pv.startsWith(cv))
            return false;
    }
    if (p.targetVersion.isEmpty() || fixedVersion.isEmpty())
        return true;
    return version::compare(fixedVersion, p.targetVersion) <= 0;
}

Result<VendorPatchImportReport> VendorPatchCsv::apply(Database &db,
                                                      const VendorPatchPreview &preview)
{
    if (preview.hasErrors())
        return rejected(tr("%1 has errors; nothing was imported.").arg(preview.file));
    VendorPatchImportReport report;
    Status st = db.transaction([&]() -> Status {
        FindingRepository repo(db);
        auto stored = repo.patchRows(0);
        if (!stored)
            return stored.error();
        QHash<QString, Patch> existing;
        for (const PatchRow &r : std::as_const(*stored)) {
            if (r.patch.kind == PatchKind::Vendor)
                existing.insert(identity(r.patch), r.patch);
        }
        auto findings = repo.rows(FindingFilter{});
        if (!findings)
            return findings.error();
        for (const Patch &incoming : preview.patches) {
            Patch p = incoming;
            QSet<qint64> links;
            for (const FindingRow &f : std::as_const(*findings)) {
                if (isOpen(f.finding.state)
                    && resolves(p, f.vendor, f.product, f.finding.fixedVersion))
                    links.insert(f.finding.id);
            }
            const auto it = existing.constFind(identity(p));
            if (it == existing.constEnd()) {
                p.findingIds = QList<qint64>(links.begin(), links.end());
                std::sort(p.findingIds.begin(), p.findingIds.end());
                auto r = repo.insertPatch(p);
                if (!r)
                    return r.error();
                ++report.created;
                report.findingsLinked += int(p.findingIds.size());
                continue;
            }
            const Patch &old = *it;
            for (qint64 id : old.findingIds) // links made by hand stay
                links.insert(id);
            p.findingIds = QList<qint64>(links.begin(), links.end());
            std::sort(p.findingIds.begin(), p.findingIds.end());
            QList<qint64> oldLinks = old.findingIds;
            std::sort(oldLinks.begin(), oldLinks.end());
            if (sameFields(p, old) && p.findingIds == oldLinks) {
                ++report.unchanged;
                continue;
            }
            p.id = old.id;
            p.componentId = old.componentId;
            p.rowVersion = old.rowVersion;
            auto r = repo.updatePatch(p);
            if (!r)
                return r.error();
            ++report.updated;
            report.findingsLinked += int(p.findingIds.size() - oldLinks.size());
        }
        return {};
    });
    if (!st)
        return st.error();
    return report;
}

} // namespace pp
