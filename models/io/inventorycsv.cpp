#include "models/io/inventorycsv.h"

#include "models/io/inventorycsv_p.h"
#include "models/domain/validation.h"
#include "models/io/csvreader.h"
#include "models/io/csvwriter.h"
#include "models/storage/database.h"
#include "models/storage/inventoryrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <array>

namespace pp {
namespace {

using namespace pp::Internal;

/// Reads the data rows of one file into a preview: per-field checks, then the checks across
/// rows (rows of one system agree; a component repeated is the same component).
class RowParser
{
public:
    RowParser(InventoryImportPreview &preview, const std::array<int, kColumnCount> &index)
        : m_preview(preview)
        , m_index(index)
    {
    }

    void parse(const CsvRecord &record);

private:
    // Earlier rows are referred to by their index in m_preview.rows, not copied: a file may
    // have half a million of them.

    /// For each system column, the row that first gave it (-1: none yet).
    using SeenSystem = std::array<qsizetype, kSystemColumns.size()>;

    void error(int line, std::optional<Col> c, const QString &message)
    {
        m_preview.issues << ImportIssue {m_preview.file, line, c ? nameOf(*c) : QString(), message,
            ImportIssue::Severity::Error};
        if (c)
            m_badColumns[std::size_t(*c)] = true;
    }
    void warning(int line, const QString &message)
    {
        m_preview.issues << ImportIssue {
            m_preview.file, line, QString(), message, ImportIssue::Severity::Warning};
    }
    bool isBad(Col c) const { return m_badColumns[std::size_t(c)]; }

    /// The cell of @p c with the formula guard undone and, except for notes, surrounding white
    /// space removed; nullopt when the file has no such column.
    std::optional<QString> cell(const CsvRecord &record, Col c) const
    {
        const int i = m_index[std::size_t(c)];
        if (i < 0)
            return std::nullopt;
        if (c == Col::Notes)
            return CsvWriter::restore(record.fields.at(i));
        return CsvWriter::restore(record.fields.at(i).trimmed()).trimmed();
    }

    std::optional<int> number(int line, Col c, const QString &text, int min, int max)
    {
        const auto n = wholeNumber(text);
        if (!n) {
            error(line, c,
                InventoryCsv::tr("\"%1\" is not a whole number from %2 to %3.")
                    .arg(elided(text))
                    .arg(min)
                    .arg(max));
        }
        return n;
    }

    template <typename E> std::optional<E> choice(int line, Col c, const QString &text)
    {
        const auto v = fromKey<E>(text);
        if (!v) {
            error(line, c,
                InventoryCsv::tr("\"%1\" is not one of the allowed values: %2.")
                    .arg(elided(text), keyList<E>()));
        }
        return v;
    }

    void readSystem(const CsvRecord &record, InventoryCsvRow &row);
    void readComponent(const CsvRecord &record, InventoryCsvRow &row);
    void checkSystemAgrees(const InventoryCsvRow &row, qsizetype rowIndex);
    void checkComponentRepeat(const InventoryCsvRow &row, qsizetype rowIndex);

    InventoryImportPreview &m_preview;
    const std::array<int, kColumnCount> &m_index;
    std::array<bool, kColumnCount> m_badColumns {};
    QHash<QString, SeenSystem> m_systems;
    QHash<QString, qsizetype> m_components; ///< by componentKey(): the row that first had it
};

void RowParser::parse(const CsvRecord &record)
{
    m_badColumns.fill(false);
    InventoryCsvRow row;
    row.line = record.line;
    readSystem(record, row);
    readComponent(record, row);
    if (!isBad(Col::SystemCode) && !row.system.code.isEmpty()) {
        checkSystemAgrees(row, m_preview.rows.size());
        checkComponentRepeat(row, m_preview.rows.size());
    }
    m_preview.rows << row;
}

void RowParser::readSystem(const CsvRecord &record, InventoryCsvRow &row)
{
    const int line = record.line;
    System &s = row.system;
    for (Col c : kSystemColumns) {
        const auto text = cell(record, c);
        if (!text || (text->isEmpty() && blankMeansNotGiven(c)))
            continue;
        bool ok = true;
        switch (c) {
        case Col::SystemCode:
            s.code = *text;
            break;
        case Col::SystemName:
            s.name = *text;
            break;
        case Col::Owner:
            s.ownerTeam = *text;
            break;
        case Col::Criticality:
            if (const auto n = number(line, c, *text, kMinCriticality, kMaxCriticality))
                s.criticality = *n;
            else
                ok = false;
            break;
        case Col::Environment:
            if (const auto v = choice<Environment>(line, c, *text))
                s.environment = *v;
            else
                ok = false;
            break;
        case Col::Exposure:
            if (const auto v = choice<Exposure>(line, c, *text))
                s.exposure = *v;
            else
                ok = false;
            break;
        case Col::LifecycleState:
            if (const auto v = choice<LifecycleState>(line, c, *text))
                s.lifecycleState = *v;
            else
                ok = false;
            break;
        default:
            break;
        }
        if (ok)
            row.givenColumns |= bit(c);
    }

    // The domain's rules, pinned to their columns. validate() runs first because nearly every
    // row passes it, and the per-field probe is only needed to place a problem.
    const QStringList problems = validate(s);
    if (problems.isEmpty())
        return;
    QStringList placed;
    const std::pair<SystemField, Col> fields[]
        = {{SystemField::Code, Col::SystemCode}, {SystemField::Name, Col::SystemName},
            {SystemField::OwnerTeam, Col::Owner}, {SystemField::Criticality, Col::Criticality}};
    for (const auto &[field, c] : fields) {
        // A column already reported (say criticality "high") gets no second message.
        const QStringList messages = validateField(s, field);
        placed << messages;
        if (isBad(c))
            continue;
        for (const QString &message : messages)
            error(line, c, message);
    }
    for (const QString &message : problems) {
        if (!placed.contains(message))
            error(line, std::nullopt, message);
    }
}

void RowParser::readComponent(const CsvRecord &record, InventoryCsvRow &row)
{
    const int line = record.line;
    bool any = false;
    for (Col c : kComponentColumns) {
        if (const auto text = cell(record, c); text && !text->isEmpty())
            any = true;
    }
    if (!any)
        return; // a system without components

    Component comp;
    const QString product = cell(record, Col::Product).value_or(QString());
    const QString kind = cell(record, Col::ComponentKind).value_or(QString());
    if (product.isEmpty()) {
        error(line, Col::Product,
            InventoryCsv::tr("The product is required when other component columns are "
                             "filled in."));
    }
    if (kind.isEmpty()) {
        if (!product.isEmpty()) {
            error(line, Col::ComponentKind,
                InventoryCsv::tr("The component kind is required when a product is given; use "
                                 "one of: %1.")
                    .arg(keyList<ComponentKind>()));
        }
    } else if (const auto k = choice<ComponentKind>(line, Col::ComponentKind, kind)) {
        comp.kind = *k;
    }
    comp.product = product;
    row.givenColumns |= bit(Col::ComponentKind) | bit(Col::Product);

    for (Col c : {Col::Vendor, Col::Version, Col::Cpe, Col::EolProduct, Col::EolCycle,
             Col::Instances, Col::Purl, Col::Notes}) {
        const auto text = cell(record, c);
        if (!text || (text->isEmpty() && blankMeansNotGiven(c)))
            continue;
        switch (c) {
        case Col::Vendor:
            comp.vendor = *text;
            break;
        case Col::Version:
            comp.version = *text;
            break;
        case Col::Cpe:
            comp.cpe = *text;
            break;
        case Col::EolProduct:
            comp.eolProduct = *text;
            break;
        case Col::EolCycle:
            comp.eolCycle = *text;
            break;
        case Col::Instances:
            if (const auto n = number(line, c, *text, 0, kMaxInstances))
                comp.instances = *n;
            else
                continue;
            break;
        case Col::Purl:
            comp.purl = *text;
            break;
        case Col::Notes:
            comp.notes = *text;
            break;
        default:
            break;
        }
        row.givenColumns |= bit(c);
    }

    // validate() wants the owning system; the row's system has no id until apply().
    Component probe = comp;
    probe.systemId = 1;
    const QStringList problems = validate(probe);
    row.component = comp;
    if (problems.isEmpty())
        return;
    QStringList placed;
    const std::pair<ComponentField, Col> fields[] = {{ComponentField::Vendor, Col::Vendor},
        {ComponentField::Product, Col::Product}, {ComponentField::Version, Col::Version},
        {ComponentField::Instances, Col::Instances}, {ComponentField::Cpe, Col::Cpe},
        {ComponentField::Purl, Col::Purl}, {ComponentField::EolProduct, Col::EolProduct},
        {ComponentField::EolCycle, Col::EolCycle}, {ComponentField::Notes, Col::Notes}};
    for (const auto &[field, c] : fields) {
        // A column already reported (an empty product, instances "1e9") gets no second message.
        const QStringList messages = validateField(probe, field);
        placed << messages;
        if (isBad(c))
            continue;
        for (const QString &message : messages)
            error(line, c, message);
    }
    for (const QString &message : problems) {
        if (!placed.contains(message))
            error(line, std::nullopt, message);
    }
}

void RowParser::checkSystemAgrees(const InventoryCsvRow &row, qsizetype rowIndex)
{
    const System &s = row.system;
    auto it = m_systems.find(s.code);
    if (it == m_systems.end()) {
        it = m_systems.insert(s.code, SeenSystem {});
        it->fill(-1);
    }
    SeenSystem &seen = *it;
    for (std::size_t i = 0; i < kSystemColumns.size(); ++i) {
        const Col c = kSystemColumns[i];
        if (!has(row.givenColumns, c) || isBad(c))
            continue;
        if (seen[i] < 0) {
            // First given here (absent or blank before): later rows must agree with this one.
            seen[i] = rowIndex;
            continue;
        }
        const InventoryCsvRow &first = m_preview.rows.at(seen[i]);
        const QString mine = systemValue(s, c);
        const QString theirs = systemValue(first.system, c);
        if (mine != theirs) {
            error(row.line, c,
                InventoryCsv::tr("This row says \"%1\" but line %2 says \"%3\" for system %4; "
                                 "all rows of a system must agree.")
                    .arg(elided(mine))
                    .arg(first.line)
                    .arg(elided(theirs), elided(s.code)));
        }
    }
}

void RowParser::checkComponentRepeat(const InventoryCsvRow &row, qsizetype rowIndex)
{
    if (!row.component || row.component->product.isEmpty() || isBad(Col::ComponentKind))
        return;
    const Component &comp = *row.component;
    const QString key = componentKey(row.system.code, comp.kind, comp.product, comp.version);
    const auto it = m_components.constFind(key);
    if (it == m_components.cend()) {
        m_components.insert(key, rowIndex);
        return;
    }
    const InventoryCsvRow &first = m_preview.rows.at(*it);
    bool disagrees = false;
    for (Col c : kComponentDataColumns) {
        if (!has(row.givenColumns, c) || !has(first.givenColumns, c) || isBad(c))
            continue;
        const QString mine = componentValue(comp, c);
        const QString theirs = componentValue(*first.component, c);
        if (mine != theirs) {
            disagrees = true;
            error(row.line, c,
                InventoryCsv::tr("This component is listed on line %1 too, with \"%2\" here and "
                                 "\"%3\" there; the rows must agree.")
                    .arg(first.line)
                    .arg(elided(mine), elided(theirs)));
        }
    }
    if (!disagrees) {
        warning(row.line,
            InventoryCsv::tr("This component is listed on line %1 already; the "
                             "repeat changes nothing.")
                .arg(first.line));
    }
}

} // namespace


bool InventoryCsvRow::isGiven(const QString &column) const
{
    static const QStringList names = InventoryCsv::columnNames();
    const qsizetype i = names.indexOf(column);
    return i >= 0 && (givenColumns & (quint32(1) << i)) != 0;
}

bool InventoryImportPreview::hasErrors() const
{
    return pp::hasErrors(issues);
}

QList<ImportIssue> InventoryImportPreview::issuesAt(int line) const
{
    QList<ImportIssue> out;
    for (const ImportIssue &issue : issues) {
        if (issue.line == line)
            out << issue;
    }
    return out;
}

QStringList InventoryCsv::columnNames()
{
    QStringList names;
    for (const char *name : kColumnNames)
        names << QString::fromLatin1(name);
    return names;
}

InventoryImportPreview InventoryCsv::parseFile(const QString &path)
{
    return parseFile(path, Limits {});
}

InventoryImportPreview InventoryCsv::parse(const QByteArray &data, const QString &fileName)
{
    return parse(data, fileName, Limits {});
}

InventoryImportPreview InventoryCsv::parseFile(const QString &path, const Limits &limits)
{
    InventoryImportPreview preview;
    preview.file = path;
    auto reject = [&](const QString &message) {
        preview.issues << ImportIssue {path, 0, QString(), message, ImportIssue::Severity::Error};
        return preview;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return reject(tr("The file does not exist."));
    if (info.isDir())
        return reject(tr("This is a folder, not a file."));
    // Checked before reading, so that a huge file is never loaded.
    if (info.size() > limits.maxFileSize) {
        return reject(tr("The file is %1; at most %2 can be imported. Split it into smaller "
                         "files.")
                          .arg(QLocale().formattedDataSize(info.size()),
                              QLocale().formattedDataSize(limits.maxFileSize)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reject(tr("The file cannot be read: %1").arg(file.errorString()));
    // One byte more than allowed, for files whose size the file system does not tell (pipes).
    const QByteArray data = file.read(limits.maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return reject(tr("The file cannot be read: %1").arg(file.errorString()));
    return parse(data, path, limits);
}

InventoryImportPreview InventoryCsv::parse(
    const QByteArray &data, const QString &fileName, const Limits &limits)
{
    InventoryImportPreview preview;
    preview.file = fileName;
    auto issue = [&](ImportIssue::Severity severity, int line, const QString &field,
                     const QString &message) {
        preview.issues << ImportIssue {fileName, line, field, message, severity};
    };
    constexpr auto kError = ImportIssue::Severity::Error;
    constexpr auto kWarning = ImportIssue::Severity::Warning;

    if (data.size() > limits.maxFileSize) {
        issue(kError, 0, {},
            tr("The file is larger than %1; split it into smaller files.")
                .arg(QLocale().formattedDataSize(limits.maxFileSize)));
        return preview;
    }
    const DecodedText decoded = CsvReader::decode(data);
    if (!decoded.ok()) {
        issue(kError, decoded.errorLine, {}, decoded.error);
        return preview;
    }
    preview.encoding = decoded.encoding;

    CsvReader reader(decoded.text, kMaxFieldLength);
    CsvRecord header;
    if (!reader.readNext(header)) {
        issue(kError, 0, {}, tr("The file is empty."));
        return preview;
    }
    if (header.problem != CsvRecord::Problem::None) {
        issue(kError, header.line, {}, CsvReader::describe(header, kMaxFieldLength));
        return preview;
    }

    // The header: names in any order and case, with white space around them ignored.
    std::array<int, kColumnCount> index;
    index.fill(-1);
    QHash<QString, int> seen;
    const QStringList known = columnNames();
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name = header.fields.at(i).trimmed().toLower();
        if (name.startsWith(QChar(0xfeff))) // a second BOM, left by some converters
            name = name.mid(1).trimmed();
        preview.columns << name;
        if (name.isEmpty()) {
            issue(
                kWarning, header.line, {}, tr("Column %1 has no name; it is ignored.").arg(i + 1));
            continue;
        }
        if (const auto first = seen.constFind(name); first != seen.cend()) {
            issue(kError, header.line, name,
                tr("This column appears twice, as columns %1 and %2.").arg(*first + 1).arg(i + 1));
            continue;
        }
        seen.insert(name, i);
        const int col = int(known.indexOf(name));
        if (col < 0) {
            issue(kWarning, header.line, name,
                tr("Unknown column; it is ignored. The known columns are: %1.")
                    .arg(known.join(QLatin1String(", "))));
            continue;
        }
        index[std::size_t(col)] = i;
    }
    for (Col c : {Col::SystemCode, Col::SystemName}) {
        if (index[std::size_t(c)] < 0) {
            issue(kError, header.line, nameOf(c),
                tr("This required column is missing, so the file cannot be imported."));
        }
    }
    const bool anyComponentColumn = std::any_of(kComponentColumns.cbegin(),
        kComponentColumns.cend(), [&](Col c) { return index[std::size_t(c)] >= 0; });
    if (anyComponentColumn) {
        for (Col c : {Col::ComponentKind, Col::Product}) {
            if (index[std::size_t(c)] < 0) {
                issue(kError, header.line, nameOf(c),
                    tr("The file has component columns but not this one, which every component "
                       "needs."));
            }
        }
    }
    if (preview.hasErrors())
        return preview; // a header error rejects the whole file

    RowParser rows(preview, index);
    int rowCount = 0;
    CsvRecord record;
    while (reader.readNext(record)) {
        if (record.problem == CsvRecord::Problem::None && record.isBlank())
            continue; // spreadsheets leave rows of empty cells behind
        if (++rowCount > limits.maxRows) {
            issue(kError, record.line, {},
                tr("The file has more than %n data rows; split it into smaller files.", nullptr,
                    limits.maxRows));
            break;
        }
        if (record.problem != CsvRecord::Problem::None) {
            const int i = record.problemField;
            issue(kError, record.line,
                i >= 0 && i < preview.columns.size() ? preview.columns.at(i) : QString(),
                CsvReader::describe(record, kMaxFieldLength));
        } else if (record.fields.size() != header.fields.size()) {
            issue(kError, record.line, {},
                tr("This row has %1 fields but the header has %2. Check for a missing or extra "
                   "comma, or a comma in a value that is not quoted.")
                    .arg(record.fields.size())
                    .arg(header.fields.size()));
        } else {
            rows.parse(record);
        }
        if (preview.issues.size() >= limits.maxIssues) {
            issue(kError, record.line, {},
                tr("Reading stopped here after %n problems; correct them and import again.",
                    nullptr, int(preview.issues.size())));
            break;
        }
    }
    if (rowCount == 0) {
        issue(kWarning, header.line, {},
            tr("The file has a header but no data rows; there is nothing to import."));
    }
    return preview;
}

QByteArray InventoryCsv::toCsv(const QList<InventoryRow> &rows)
{
    QString text = CsvWriter::line(columnNames());
    QStringList cells;
    for (const InventoryRow &row : rows) {
        cells.clear();
        for (int i = 0; i < kColumnCount; ++i) {
            const Col c = Col(i);
            if (i <= int(Col::LifecycleState))
                cells << systemValue(row.system, c);
            else
                cells << (row.component ? componentValue(*row.component, c) : QString());
        }
        text += CsvWriter::line(cells);
    }
    // With a BOM: Excel reads UTF-8 without one as the ANSI code page and garbles Japanese.
    return CsvWriter::utf8Bom() + text.toUtf8();
}

Status InventoryCsv::exportFile(Database &db, const QString &path)
{
    auto rows = InventoryRepository(db).rows();
    if (!rows)
        return rows.error();
    const QByteArray bytes = toCsv(*rows);
    // QSaveFile writes beside the target and renames at commit: a failed export never leaves a
    // half-written file in place of a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pp
