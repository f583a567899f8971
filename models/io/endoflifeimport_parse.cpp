// EndOfLifeImport: reading one endoflife.date file (either form) into the preview, with the
// line numbers of its messages.
#include "models/io/lineindex.h"
#include "models/io/endoflifeimport_p.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace pp {
namespace {


/// Where one release object starts in the text, and where each of its keys is.
struct ElementPos
{
    qsizetype start = 0;
    QHash<QString, qsizetype> keys;
};

/// Finds the objects of the array at @p path (object keys from the root; empty = the root
/// array) in well-formed JSON, with the offsets of their own keys. QJsonDocument keeps no
/// positions; this small string-aware scan gives the line numbers of messages.
QList<ElementPos> scanElements(const QByteArray &data, const QStringList &path)
{
    struct Frame
    {
        char type;      // '{' or '['
        QString key;    // the key this container sits under in its parent object
        bool expectKey; // object: the next string is a key
        bool isTarget;  // array: the one we look for
        bool isElement; // object: one of its elements
    };
    QList<Frame> stack;
    QList<ElementPos> out;
    QString pendingKey;
    bool elementNext = false; // the next value starts an element of the target array
    auto isTargetPath = [&]() {
        // Called before pushing a '[': is it reached from the root through the keys of path?
        if (stack.size() != path.size())
            return false;
        for (qsizetype i = 0; i < path.size(); ++i) {
            const QString key = i + 1 < stack.size() ? stack.at(i + 1).key : pendingKey;
            if (stack.at(i).type != '{' || key != path.at(i))
                return false;
        }
        return true;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char ch = data.at(i);
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
            continue;
        bool element = false;
        if (elementNext && ch != ']' && ch != ',') {
            out.append(ElementPos{i, {}});
            elementNext = false;
            element = true;
        }
        if (ch == '"') {
            const qsizetype start = i;
            QByteArray raw;
            for (++i; i < data.size() && data.at(i) != '"'; ++i) {
                if (data.at(i) == '\\')
                    ++i;
                else
                    raw += data.at(i);
            }
            if (!stack.isEmpty() && stack.constLast().type == '{' && stack.constLast().expectKey) {
                pendingKey = QString::fromUtf8(raw);
                stack.last().expectKey = false;
                if (stack.constLast().isElement)
                    out.last().keys.insert(pendingKey, start);
            }
        } else if (ch == '{' || ch == '[') {
            const bool target = ch == '[' && isTargetPath();
            const QString key = (!stack.isEmpty() && stack.constLast().type == '{') ? pendingKey
                                                                                    : QString();
            stack.append(Frame{ch, key, ch == '{', target, element && ch == '{'});
            elementNext = target;
        } else if (ch == '}' || ch == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            elementNext = false;
        } else if (ch == ',') {
            if (!stack.isEmpty() && stack.constLast().type == '{')
                stack.last().expectKey = true;
            elementNext = !stack.isEmpty() && stack.constLast().isTarget;
        }
    }
    return out;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return EndOfLifeImport::tr("true/false");
    case QJsonValue::Double: return EndOfLifeImport::tr("a number");
    case QJsonValue::String: return EndOfLifeImport::tr("text");
    case QJsonValue::Array: return EndOfLifeImport::tr("a list");
    case QJsonValue::Object: return EndOfLifeImport::tr("an object");
    case QJsonValue::Undefined: return EndOfLifeImport::tr("nothing");
    }
    return {};
}

/// Reads one file's JSON into an EndOfLifeFile, collecting located issues.
class FileParser
{
public:
    FileParser(const QByteArray &data, const QString &path, const EndOfLifeImport::Limits &limits,
               QList<ImportIssue> &issues)
        : m_data(data), m_path(path), m_limits(limits), m_issues(issues), m_lines(data)
    {
    }

    std::optional<EndOfLifeFile> run();

private:
    void error(int line, const QString &field, const QString &message)
    {
        if (m_issues.size() < EndOfLifeImport::kMaxIssues)
            m_issues << ImportIssue{m_path, line, field, message, ImportIssue::Severity::Error};
        m_failed = true;
    }
    void warning(int line, const QString &message)
    {
        if (m_issues.size() < EndOfLifeImport::kMaxIssues)
            m_issues << ImportIssue{m_path, line, {}, message, ImportIssue::Severity::Warning};
    }
    int lineOf(int element, const QString &key = {}) const
    {
        if (element < 0 || element >= m_positions.size())
            return 0;
        const ElementPos &p = m_positions.at(element);
        return m_lines.lineAt(p.keys.value(key, p.start));
    }

    /// Text of at most kMaxText characters without NUL; nullopt (after an error) otherwise.
    std::optional<QString> text(const QJsonValue &v, int element, const QString &key,
                                bool required);
    /// A "YYYY-MM-DD" date; an invalid QDate for absent or null.
    std::optional<QDate> date(const QJsonValue &v, int element, const QString &key);
    /// A date-or-boolean field of v0 (@p inverted for support/extendedSupport).
    std::optional<SupportEnd> v0Support(const QJsonObject &o, int element, const QString &key,
                                        bool inverted);
    /// A v1 pair isX / xFrom.
    std::optional<SupportEnd> v1Support(const QJsonObject &o, int element, const QString &flag,
                                        const QString &from, bool nullMeansNone);
    void parseV0(const QJsonArray &releases, EndOfLifeFile &file);
    void parseV1(const QJsonObject &result, EndOfLifeFile &file);
    void addRelease(EndOfLifeFile &file, ReleaseLifecycle r, int element);

    const QByteArray &m_data;
    QString m_path;
    EndOfLifeImport::Limits m_limits;
    QList<ImportIssue> &m_issues;
    LineIndex m_lines;
    QList<ElementPos> m_positions;
    QSet<QString> m_cycles;
    bool m_failed = false;
};

std::optional<QString> FileParser::text(const QJsonValue &v, int element, const QString &key,
                                        bool required)
{
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(lineOf(element, key), key, EndOfLifeImport::tr("is missing."));
        return required ? std::nullopt : std::optional<QString>(QString());
    }
    if (!v.isString()) {
        error(lineOf(element, key), key, EndOfLifeImport::tr("must be text, not %1.").arg(typeName(v)));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s.size() > EndOfLifeImport::kMaxText) {
        error(lineOf(element, key), key,
              EndOfLifeImport::tr("is longer than %1 characters.").arg(EndOfLifeImport::kMaxText));
        return std::nullopt;
    }
    if (s.contains(QChar(0))) {
        error(lineOf(element, key), key, EndOfLifeImport::tr("contains a NUL character, which cannot be stored."));
        return std::nullopt;
    }
    if (required && s.trimmed().isEmpty()) {
        error(lineOf(element, key), key, EndOfLifeImport::tr("is empty."));
        return std::nullopt;
    }
    return s;
}

std::optional<QDate> FileParser::date(const QJsonValue &v, int element, const QString &key)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (v.isUndefined() || v.isNull())
        return QDate();
    if (!v.isString()) {
        error(lineOf(element, key), key,
              EndOfLifeImport::tr("must be a date (YYYY-MM-DD), not %1.").arg(typeName(v)));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (!shape.match(s).hasMatch()) {
        error(lineOf(element, key), key,
              EndOfLifeImport::tr("\"%1\" is not a date in the form YYYY-MM-DD.").arg(s.left(40)));
        return std::nullopt;
    }
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid()) {
        error(lineOf(element, key), key, EndOfLifeImport::tr("%1 is not a real date.").arg(s));
        return std::nullopt;
    }
    return d;
}

std::optional<SupportEnd> FileParser::v0Support(const QJsonObject &o, int element,
                                                const QString &key, bool inverted)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return SupportEnd::unknown();
    if (v.isBool()) {
        // eol: true = ended. support/extendedSupport say "still supported": true = no end yet.
        const bool ended = inverted ? !v.toBool() : v.toBool();
        return ended ? SupportEnd::ended() : SupportEnd::notAnnounced();
    }
    if (!v.isString()) {
        error(lineOf(element, key), key, EndOfLifeImport::tr("must be a date (YYYY-MM-DD) or true/false, not %1.")
                                             .arg(typeName(v)));
        return std::nullopt;
    }
    const auto d = date(v, element, key);
    if (!d)
        return std::nullopt;
    return SupportEnd::on(*d);
}

std::optional<SupportEnd> FileParser::v1Support(const QJsonObject &o, int element,
                                                const QString &flag, const QString &from,
                                                bool nullMeansNone)
{
    if (!o.contains(flag) && !o.contains(from))
        return SupportEnd::unknown(); // the product has no such column
    const QJsonValue f = o.value(flag);
    if (!f.isUndefined() && !f.isNull() && !f.isBool()) {
        error(lineOf(element, flag), flag, EndOfLifeImport::tr("must be true, false or null, not %1.")
                                               .arg(typeName(f)));
        return std::nullopt;
    }
    const auto d = date(o.value(from), element, from);
    if (!d)
        return std::nullopt;
    if (d->isValid())
        return SupportEnd::on(*d); // a date wins over the flag, which is relative to a day
    if (f.isBool())
        return f.toBool() ? SupportEnd::ended() : SupportEnd::notAnnounced();
    // Both null: for extended support "not eligible", i.e. none to fall back on.
    return nullMeansNone ? SupportEnd::ended() : SupportEnd::unknown();
}

void FileParser::addRelease(EndOfLifeFile &file, ReleaseLifecycle r, int element)
{
    if (m_cycles.contains(r.cycle)) {
        error(lineOf(element), file.form == EndOfLifeForm::V0List ? QStringLiteral("cycle")
                                                                  : QStringLiteral("name"),
              EndOfLifeImport::tr("the cycle \"%1\" appears twice in the file.").arg(r.cycle));
        return;
    }
    m_cycles.insert(r.cycle);
    r.eolProduct = file.product.id;
    r.sourceFile = file.name;
    file.releases << r;
    file.releaseLines << lineOf(element);
}

void FileParser::parseV0(const QJsonArray &releases, EndOfLifeFile &file)
{
    for (int i = 0; i < releases.size(); ++i) {
        if (!releases.at(i).isObject()) {
            error(lineOf(i), {}, EndOfLifeImport::tr("release %1 is %2, not an object with a \"cycle\".")
                                     .arg(i + 1)
                                     .arg(typeName(releases.at(i))));
            continue;
        }
        const QJsonObject o = releases.at(i).toObject();
        ReleaseLifecycle r;
        const auto cycle = text(o.value(QLatin1String("cycle")), i, QStringLiteral("cycle"), true);
        const auto released = date(o.value(QLatin1String("releaseDate")), i,
                                   QStringLiteral("releaseDate"));
        const auto eol = v0Support(o, i, QStringLiteral("eol"), false);
        const auto support = v0Support(o, i, QStringLiteral("support"), true);
        const auto extended = v0Support(o, i, QStringLiteral("extendedSupport"), true);
        const auto latest = text(o.value(QLatin1String("latest")), i, QStringLiteral("latest"), false);
        auto label = text(o.value(QLatin1String("releaseLabel")), i, QStringLiteral("releaseLabel"),
                          false);
        const auto codename = text(o.value(QLatin1String("codename")), i,
                                   QStringLiteral("codename"), false);
        const QJsonValue lts = o.value(QLatin1String("lts"));
        bool ltsOk = true;
        if (!lts.isUndefined() && !lts.isNull() && !lts.isBool())
            ltsOk = date(lts, i, QStringLiteral("lts")).has_value(); // "LTS from" a date
        if (!cycle || !released || !eol || !support || !extended || !latest || !label
            || !codename || !ltsOk)
            continue;
        r.cycle = *cycle;
        r.releaseDate = *released;
        r.securitySupport = *eol;
        r.activeSupport = *support;
        r.extendedSupport = *extended;
        r.latest = *latest;
        // A date is the day the cycle becomes LTS (what v1's isLts says on the day it is made).
        r.lts = lts.isBool() ? lts.toBool()
                             : lts.isString()
                && QDate::fromString(lts.toString(), Qt::ISODate) <= QDate::currentDate();
        label->replace(QLatin1String("__CODENAME__"), *codename);
        r.label = label->simplified();
        addRelease(file, r, i);
    }
}

void FileParser::parseV1(const QJsonObject &result, EndOfLifeFile &file)
{
    const QJsonArray releases = result.value(QLatin1String("releases")).toArray();
    for (int i = 0; i < releases.size(); ++i) {
        if (!releases.at(i).isObject()) {
            error(lineOf(i), {}, EndOfLifeImport::tr("release %1 is %2, not an object with a \"name\".")
                                     .arg(i + 1)
                                     .arg(typeName(releases.at(i))));
            continue;
        }
        const QJsonObject o = releases.at(i).toObject();
        const auto name = text(o.value(QLatin1String("name")), i, QStringLiteral("name"), true);
        const auto label = text(o.value(QLatin1String("label")), i, QStringLiteral("label"), false);
        const auto released = date(o.value(QLatin1String("releaseDate")), i,
                                   QStringLiteral("releaseDate"));
        const auto eoas = v1Support(o, i, QStringLiteral("isEoas"), QStringLiteral("eoasFrom"), false);
        const auto eol = v1Support(o, i, QStringLiteral("isEol"), QStringLiteral("eolFrom"), false);
        const auto eoes = v1Support(o, i, QStringLiteral("isEoes"), QStringLiteral("eoesFrom"), true);
        const QJsonValue lts = o.value(QLatin1String("isLts"));
        bool ok = name && label && released && eoas && eol && eoes;
        if (!lts.isUndefined() && !lts.isNull() && !lts.isBool()) {
            error(lineOf(i, QStringLiteral("isLts")), QStringLiteral("isLts"),
                  EndOfLifeImport::tr("must be true or false, not %1.").arg(typeName(lts)));
            ok = false;
        }
        QString latest;
        const QJsonValue lv = o.value(QLatin1String("latest"));
        if (lv.isObject()) {
            const auto n = text(lv.toObject().value(QLatin1String("name")), i,
                                QStringLiteral("latest"), false);
            ok = ok && n.has_value();
            latest = n.value_or(QString());
        } else if (!lv.isUndefined() && !lv.isNull()) {
            error(lineOf(i, QStringLiteral("latest")), QStringLiteral("latest"),
                  EndOfLifeImport::tr("must be an object with a \"name\" or null, not %1.").arg(typeName(lv)));
            ok = false;
        }
        if (!ok)
            continue;
        ReleaseLifecycle r;
        r.cycle = *name;
        r.label = label->simplified();
        // v1 labels end in " (LTS)" where the cycle is LTS; that is the LTS flag, not the name
        // (and the v0 label of the same cycle has no such suffix).
        for (const QLatin1String suffix : {QLatin1String(" (LTS)"), QLatin1String(" (LTSC)")}) {
            if (r.label.endsWith(suffix))
                r.label.chop(suffix.size());
        }
        r.releaseDate = *released;
        r.activeSupport = *eoas;
        r.securitySupport = *eol;
        r.extendedSupport = *eoes;
        r.lts = lts.toBool();
        r.latest = latest;
        addRelease(file, r, i);
    }
}

std::optional<EndOfLifeFile> FileParser::run()
{
    static const QRegularExpression productId(QStringLiteral("^[a-z0-9][a-z0-9._+-]{0,99}$"));
    EndOfLifeFile file;
    file.path = m_path;
    file.name = QFileInfo(m_path).fileName();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (m_data.trimmed().isEmpty())
            error(0, {}, EndOfLifeImport::tr("the file is empty."));
        else
            error(m_lines.lineAt(pe.offset), {}, EndOfLifeImport::tr("not valid JSON (%1); the file may be "
                                                        "cut short or not an endoflife.date file.")
                                                     .arg(pe.errorString()));
        return std::nullopt;
    }
    QJsonArray releases;
    if (doc.isArray()) {
        file.form = EndOfLifeForm::V0List;
        // GET /api/<id>.json: the product id is the file name.
        QString id = file.name;
        if (id.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            id.chop(5);
        if (!productId.match(id).hasMatch()) {
            error(0, {}, EndOfLifeImport::tr("a list-form (v0) file must be named after its endoflife.date "
                                "product, like rhel.json; \"%1\" is not a product id.")
                             .arg(id));
            return std::nullopt;
        }
        file.product.id = id;
        releases = doc.array();
        m_positions = scanElements(m_data, {});
    } else {
        const QJsonObject root = doc.object();
        const QJsonValue result = root.value(QLatin1String("result"));
        if (!result.isObject() || !result.toObject().value(QLatin1String("releases")).isArray()) {
            error(1, {}, EndOfLifeImport::tr("unknown shape: expected a list of release cycles (API v0) or an "
                                "object with result.releases (API v1)."));
            return std::nullopt;
        }
        file.form = EndOfLifeForm::V1Object;
        const QJsonObject r = result.toObject();
        const auto name = text(r.value(QLatin1String("name")), -1, QStringLiteral("result.name"), true);
        const auto label = text(r.value(QLatin1String("label")), -1, QStringLiteral("result.label"), false);
        const auto category = text(r.value(QLatin1String("category")), -1,
                                   QStringLiteral("result.category"), false);
        if (!name || !label || !category)
            return std::nullopt;
        if (!productId.match(*name).hasMatch()) {
            error(0, QStringLiteral("result.name"),
                  EndOfLifeImport::tr("\"%1\" is not an endoflife.date product id.").arg(name->left(100)));
            return std::nullopt;
        }
        file.product.id = *name;
        file.product.label = *label;
        file.product.category = *category;
        const QJsonValue aliases = r.value(QLatin1String("aliases"));
        for (const QJsonValue &a : aliases.toArray()) {
            if (const auto t = text(a, -1, QStringLiteral("result.aliases"), false); t && !t->isEmpty())
                file.product.aliases << *t;
        }
        for (const QJsonValue &v : r.value(QLatin1String("identifiers")).toArray()) {
            const QJsonObject o = v.toObject();
            const auto type = text(o.value(QLatin1String("type")), -1,
                                   QStringLiteral("result.identifiers"), false);
            const auto id = text(o.value(QLatin1String("id")), -1,
                                 QStringLiteral("result.identifiers"), false);
            if (type && id && !type->isEmpty() && !id->isEmpty())
                file.product.identifiers << EolIdentifier{*type, *id};
        }
        releases = r.value(QLatin1String("releases")).toArray();
        m_positions = scanElements(m_data, {QStringLiteral("result"), QStringLiteral("releases")});
    }
    if (releases.size() > m_limits.maxReleases) {
        error(0, {}, EndOfLifeImport::tr("%1 release cycles; at most %2 are accepted in one file.")
                         .arg(releases.size())
                         .arg(m_limits.maxReleases));
        return std::nullopt;
    }
    if (releases.isEmpty())
        warning(0, EndOfLifeImport::tr("the file lists no release cycles."));
    if (file.form == EndOfLifeForm::V0List)
        parseV0(releases, file);
    else
        parseV1(doc.object().value(QLatin1String("result")).toObject(), file);
    if (m_failed)
        return std::nullopt;
    return file;
}

} // namespace

namespace Internal {

void addFile(EndOfLifePreview &preview, const QByteArray &data, const QString &path,
             const EndOfLifeImport::Limits &limits)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a byte order mark, as Windows editors write
    FileParser parser(bytes, path, limits, preview.issues);
    auto file = parser.run();
    if (!file)
        return;
    for (const EndOfLifeFile &other : std::as_const(preview.files)) {
        if (other.product.id == file->product.id) {
            preview.issues << ImportIssue{path, 0, {},
                                          EndOfLifeImport::tr("%1 is also in %2; this file's dates apply.")
                                              .arg(file->product.id, other.path),
                                          ImportIssue::Severity::Warning};
        }
    }
    preview.files << *file;
}

} // namespace Internal
} // namespace pp
