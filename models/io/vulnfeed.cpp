// VulnFeedReader: the CISA KEV catalog (JSON or CSV) and NVD CVE API 2.0 JSON (streamed), read
// into VulnRecords with located issues. JVN is in vulnfeed_jvn.cpp.
#include "models/io/vulnfeed_p.h"

#include "models/domain/cpe.h"
#include "models/io/csvreader.h"
#include "models/io/jsonstream.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace pp {

QString toKey(VulnFeedKind k)
{
    switch (k) {
    case VulnFeedKind::Kev:
        return QStringLiteral("kev");
    case VulnFeedKind::Nvd:
        return QStringLiteral("nvd");
    case VulnFeedKind::Jvn:
        return QStringLiteral("jvn");
    }
    return {};
}

namespace feed {

qsizetype invalidUtf8Offset(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint cp = 0;
        uint min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

int lineAt(const QByteArray &bytes, qsizetype offset, int firstLine)
{
    const qsizetype end = qBound<qsizetype>(0, offset, bytes.size());
    int line = firstLine;
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n')
            ++line;
    }
    return line;
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() || !text.contains(QLatin1Char('T')))
        return {};
    // NVD writes its timestamps in UTC without saying so; Qt reads a zone-less one as local time.
    if (dt.timeSpec() == Qt::LocalTime)
        return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

bool isCveId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^CVE-\\d{4}-\\d{4,19}$"));
    return text.size() <= 30 && re.match(text).hasMatch();
}

bool stripBom(QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        return true;
    }
    return false;
}

} // namespace feed

namespace {

using feed::IssueSink;

/// Files bigger than this are not a KEV catalog (the real one is 1.3 MB).
constexpr qint64 kMaxKevBytes = 256LL * 1024 * 1024;

const QStringList &kevCsvHeader()
{
    static const QStringList header = {
        QStringLiteral("cveID"), QStringLiteral("vendorProject"), QStringLiteral("product"),
        QStringLiteral("vulnerabilityName"), QStringLiteral("dateAdded"),
        QStringLiteral("shortDescription"), QStringLiteral("requiredAction"),
        QStringLiteral("dueDate"), QStringLiteral("knownRansomwareCampaignUse"),
        QStringLiteral("notes"), QStringLiteral("cwes")};
    return header;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return VulnFeedReader::tr("null");
    case QJsonValue::Bool:
        return VulnFeedReader::tr("a boolean");
    case QJsonValue::Double:
        return VulnFeedReader::tr("a number");
    case QJsonValue::String:
        return VulnFeedReader::tr("a string");
    case QJsonValue::Array:
        return VulnFeedReader::tr("an array");
    case QJsonValue::Object:
        return VulnFeedReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return VulnFeedReader::tr("nothing");
}

QString joinPath(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
}

QString indexPath(const QString &base, qsizetype i)
{
    return base + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

Severity severityWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("critical"))
        return Severity::Critical;
    if (w == QLatin1String("high"))
        return Severity::High;
    if (w == QLatin1String("medium"))
        return Severity::Medium;
    if (w == QLatin1String("low"))
        return Severity::Low;
    if (w == QLatin1String("none"))
        return Severity::None;
    return Severity::Unknown;
}

/// CVSS v3/v4 bands, used when a metric gives a score but no severity word.
Severity severityBand(double score)
{
    if (score <= 0)
        return Severity::None;
    if (score < 4.0)
        return Severity::Low;
    if (score < 7.0)
        return Severity::Medium;
    if (score < 9.0)
        return Severity::High;
    return Severity::Critical;
}

/// Typed access to one JSON record's fields, reporting wrong types with the record's line and
/// the field's path. Every getter returns nothing (and notes an error) on a wrong type.
class Fields
{
public:
    Fields(IssueSink &issues, int line) : m_issues(issues), m_line(line) {}

    bool failed() const { return m_failed; }
    int line() const { return m_line; }

    void error(const QString &path, const QString &message)
    {
        m_issues.error(m_line, path, message);
        m_failed = true;
    }
    void warning(const QString &path, const QString &message)
    {
        m_issues.warning(m_line, path, message);
    }

    bool wrongType(const QJsonValue &v, const QString &path, const QString &expected)
    {
        error(path, VulnFeedReader::tr("Expected %1, found %2.").arg(expected, typeName(v)));
        return false;
    }

    /// A string field; absent or null gives an empty string (or an error when @p required).
    QString string(const QJsonObject &o, const QString &key, const QString &path,
                   bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(path, VulnFeedReader::tr("Missing; expected a string."));
            return {};
        }
        if (!v.isString()) {
            wrongType(v, path, VulnFeedReader::tr("a string"));
            return {};
        }
        return v.toString();
    }

    /// A free text: cut to maxText characters with a warning.
    QString text(const QJsonObject &o, const QString &key, const QString &path)
    {
        return cut(string(o, key, path), path);
    }

    QString cut(QString s, const QString &path)
    {
        const int max = m_issues.options().maxText;
        if (s.size() > max) {
            warning(path, VulnFeedReader::tr("The text is %1 characters long; only the first %2 "
                                             "are kept.").arg(s.size()).arg(max));
            s.truncate(max);
        }
        return s;
    }

    /// An identifier, version or CPE: longer than maxText is an error, not cut.
    QString ident(const QJsonObject &o, const QString &key, const QString &path,
                  bool required = false)
    {
        QString s = string(o, key, path, required);
        if (s.size() > m_issues.options().maxText) {
            error(path, VulnFeedReader::tr("The value is %1 characters long; expected at most %2.")
                            .arg(s.size()).arg(m_issues.options().maxText));
            return {};
        }
        return s;
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            wrongType(v, path, VulnFeedReader::tr("true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    /// An array field; absent or null gives an empty array.
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            wrongType(v, path, VulnFeedReader::tr("an array"));
            return {};
        }
        return v.toArray();
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            wrongType(v, path, VulnFeedReader::tr("an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    /// A "YYYY-MM-DD" date field; absent or empty gives a null date.
    QDate date(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QString s = string(o, key, path, required).trimmed();
        if (s.isEmpty()) {
            if (required && o.contains(key))
                error(path, VulnFeedReader::tr("Empty; expected a date YYYY-MM-DD."));
            return {};
        }
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            error(path, VulnFeedReader::tr("\"%1\" is not a date; expected YYYY-MM-DD.")
                            .arg(s.left(40)));
        return d;
    }

private:
    IssueSink &m_issues;
    int m_line;
    bool m_failed = false;
};

/// Checks a record's bytes for UTF-8 and JSON and gives its object, or notes an error.
std::optional<QJsonObject> parseRecord(const QByteArray &bytes, int line, IssueSink &issues,
                                       const QString &path)
{
    const qsizetype bad = feed::invalidUtf8Offset(bytes);
    if (bad >= 0) {
        issues.error(feed::lineAt(bytes, bad, line), path,
                     VulnFeedReader::tr("The bytes here are not valid UTF-8; the feeds are "
                                        "UTF-8 text."));
        return std::nullopt;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        issues.error(feed::lineAt(bytes, err.offset, line), path,
                     VulnFeedReader::tr("Not valid JSON: %1.").arg(err.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        issues.error(line, path, VulnFeedReader::tr("Expected an object, found %1.")
                                     .arg(doc.isArray() ? VulnFeedReader::tr("an array")
                                                        : VulnFeedReader::tr("a value")));
        return std::nullopt;
    }
    return doc.object();
}

/// Calls the progress callback at most every 1 MB.
class Progress
{
public:
    Progress(const FeedReadOptions &o, const QIODevice &in)
        : m_fn(o.progress), m_total(in.isSequential() ? 0 : in.size())
    {
    }
    void report(qint64 done, bool force = false)
    {
        if (m_fn && (force || done - m_last >= 1024 * 1024)) {
            m_last = done;
            m_fn(done, m_total);
        }
    }

private:
    std::function<void(qint64, qint64)> m_fn;
    qint64 m_total;
    qint64 m_last = 0;
};

// ---- KEV ---------------------------------------------------------------------------------

/// The KEV fields of one entry, as strings, whether from JSON or CSV.
struct KevFields
{
    QString cveId, vendorProject, product, name, dateAdded, description, requiredAction, dueDate,
        ransomware, notes;
};

/// Checks one KEV entry and hands it on; false when the sink said stop.
bool emitKev(const KevFields &f, int line, IssueSink &issues, QHash<QString, int> &seen,
             const VulnSink &sink, const QString &base)
{
    Fields fields(issues, line);
    const auto path = [&](const char *key) { return joinPath(base, QLatin1String(key)); };
    const QString id = f.cveId.trimmed();
    if (id.isEmpty()) {
        fields.error(path("cveID"), VulnFeedReader::tr("Missing; expected a CVE id such as "
                                                       "CVE-2024-3400."));
    } else if (!feed::isCveId(id)) {
        fields.error(path("cveID"), VulnFeedReader::tr("\"%1\" is not a CVE id; expected "
                                                       "CVE-YYYY-NNNN.").arg(id.left(60)));
    } else if (const auto it = seen.constFind(id); it != seen.cend()) {
        fields.error(path("cveID"), VulnFeedReader::tr("%1 is listed twice (first on line %2); "
                                                       "expected each CVE once.")
                                        .arg(id).arg(it.value()));
    } else {
        seen.insert(id, line);
    }
    VulnRecord r;
    r.source = VulnSource::Kev;
    r.identifier = id;
    r.sourceFile = issues.file();
    r.line = line;
    KevEntry kev;
    const auto date = [&](const QString &s, const char *key, bool required) {
        const QString t = s.trimmed();
        if (t.isEmpty()) {
            if (required)
                fields.error(path(key), VulnFeedReader::tr("Missing; expected a date "
                                                           "YYYY-MM-DD."));
            return QDate();
        }
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid() || t.size() != 10)
            fields.error(path(key), VulnFeedReader::tr("\"%1\" is not a date; expected "
                                                       "YYYY-MM-DD.").arg(t.left(40)));
        return d;
    };
    kev.dateAdded = date(f.dateAdded, "dateAdded", true);
    kev.dueDate = date(f.dueDate, "dueDate", false);
    const QString ransom = f.ransomware.trimmed();
    if (ransom == QLatin1String("Known")) {
        kev.ransomware = true;
    } else if (ransom != QLatin1String("Unknown")) {
        fields.error(path("knownRansomwareCampaignUse"),
                     VulnFeedReader::tr("\"%1\" is not a ransomware use; expected Known or "
                                        "Unknown.").arg(ransom.left(40)));
    }
    kev.vendorProject = fields.cut(f.vendorProject, path("vendorProject"));
    kev.product = fields.cut(f.product, path("product"));
    kev.name = fields.cut(f.name, path("vulnerabilityName"));
    kev.requiredAction = fields.cut(f.requiredAction, path("requiredAction"));
    kev.notes = fields.cut(f.notes, path("notes"));
    r.title = kev.name;
    r.description = fields.cut(f.description, path("shortDescription"));
    r.kev = std::move(kev);
    if (fields.failed())
        return true;
    ++issues.result().records;
    return sink(std::move(r));
}

void readKevJson(QIODevice &in, IssueSink &issues, const VulnSink &sink, Progress &progress)
{
    FeedReadResult &result = issues.result();
    JsonStream stream(in, QByteArrayLiteral("vulnerabilities"));
    QHash<QString, int> seen;
    QByteArray bytes;
    int line = 0;
    for (int index = 0;; ++index) {
        if (issues.cancelRequested()) {
            issues.error(0, {}, VulnFeedReader::tr("Cancelled."));
            result.stopped = true;
            return;
        }
        const JsonStream::Status status = stream.next(bytes, line);
        progress.report(stream.bytesRead());
        if (status == JsonStream::Status::End)
            break;
        if (status == JsonStream::Status::Error) {
            issues.error(stream.errorLine(), {}, stream.errorMessage());
            return;
        }
        if (status == JsonStream::Status::Bare) {
            issues.error(line, {}, VulnFeedReader::tr("This is not a KEV catalog: it has no "
                                                      "\"vulnerabilities\" array; expected the "
                                                      "CISA catalog JSON or CSV."));
            return;
        }
        const QString base = indexPath(QStringLiteral("vulnerabilities"), index);
        const auto obj = parseRecord(bytes, line, issues, base);
        if (!obj) {
            if (issues.full())
                return;
            continue;
        }
        if (obj->contains(QLatin1String("cve")) && !obj->contains(QLatin1String("cveID"))) {
            issues.error(line, base, VulnFeedReader::tr("This is an NVD CVE feed, not a KEV "
                                                        "catalog; import it as nvd."));
            return;
        }
        Fields fields(issues, line);
        const auto str = [&](const char *key) {
            return fields.string(*obj, QLatin1String(key), joinPath(base, QLatin1String(key)));
        };
        KevFields f;
        f.cveId = str("cveID");
        f.vendorProject = str("vendorProject");
        f.product = str("product");
        f.name = str("vulnerabilityName");
        f.dateAdded = str("dateAdded");
        f.description = str("shortDescription");
        f.requiredAction = str("requiredAction");
        f.dueDate = str("dueDate");
        f.ransomware = str("knownRansomwareCampaignUse");
        f.notes = str("notes");
        if (fields.failed()) {
            if (issues.full())
                return;
            continue;
        }
        if (!emitKev(f, line, issues, seen, sink, base)) {
            result.stopped = true;
            return;
        }
        if (issues.full())
            return;
    }
    progress.report(stream.bytesRead(), true);
}

void readKevCsv(const QString &text, IssueSink &issues, const VulnSink &sink)
{
    FeedReadResult &result = issues.result();
    // The text is in memory already; a long field is cut with a warning after reading, not lost.
    const qsizetype maxField = qsizetype(kMaxKevBytes);
    CsvReader reader(text, maxField);
    CsvRecord rec;
    if (!reader.readNext(rec) || rec.fields != kevCsvHeader()) {
        issues.error(rec.line > 0 ? rec.line : 1, {},
                     VulnFeedReader::tr("This is not a KEV catalog: expected a JSON object or a "
                                        "CSV file whose header is %1.")
                         .arg(kevCsvHeader().join(QLatin1Char(','))));
        return;
    }
    QHash<QString, int> seen;
    while (reader.readNext(rec)) {
        if (issues.cancelRequested()) {
            issues.error(0, {}, VulnFeedReader::tr("Cancelled."));
            result.stopped = true;
            return;
        }
        if (rec.isBlank())
            continue;
        const QString problem = CsvReader::describe(rec, maxField);
        if (!problem.isEmpty()) {
            issues.error(rec.line, {}, problem);
            if (issues.full() || rec.problem == CsvRecord::Problem::UnterminatedQuote)
                return;
            continue;
        }
        if (rec.fields.size() != kevCsvHeader().size()) {
            issues.error(rec.line, {}, VulnFeedReader::tr("The row has %1 fields; expected %2 "
                                                          "as in the header.")
                                           .arg(rec.fields.size()).arg(kevCsvHeader().size()));
            if (issues.full())
                return;
            continue;
        }
        const QStringList &v = rec.fields;
        const KevFields f{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]};
        if (!emitKev(f, rec.line, issues, seen, sink, {})) {
            result.stopped = true;
            return;
        }
        if (issues.full())
            return;
    }
}

// ---- NVD ---------------------------------------------------------------------------------

/// Maps one NVD cve object to a record (see SCHEMAS.md section 3).
class NvdMapper
{
public:
    NvdMapper(Fields &f, const QString &base) : m_f(f), m_base(base) {}

    QString path(const QString &key) const { return joinPath(m_base, key); }

    void metrics(const QJsonObject &cve, VulnRecord &r)
    {
        const QJsonValue mv = cve.value(QLatin1String("metrics"));
        if (mv.isUndefined() || mv.isNull())
            return;
        const QString mpath = path(QStringLiteral("metrics"));
        const auto m = m_f.object(mv, mpath);
        if (!m)
            return;
        static const char *const keys[] = {"cvssMetricV40", "cvssMetricV31", "cvssMetricV30",
                                           "cvssMetricV2"};
        static const char *const versions[] = {"4.0", "3.1", "3.0", "2.0"};
        for (int k = 0; k < 4; ++k) {
            const QString key = QLatin1String(keys[k]);
            const QString kpath = joinPath(mpath, key);
            const QJsonArray list = m_f.array(*m, key, kpath);
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString ipath = indexPath(kpath, i);
                const auto entry = m_f.object(list.at(i), ipath);
                if (!entry)
                    continue;
                const QString dpath = joinPath(ipath, QStringLiteral("cvssData"));
                const QJsonValue dv = entry->value(QLatin1String("cvssData"));
                if (dv.isUndefined()) {
                    m_f.error(dpath, VulnFeedReader::tr("Missing; expected the CVSS data "
                                                        "object."));
                    continue;
                }
                const auto data = m_f.object(dv, dpath);
                if (!data)
                    continue;
                CvssMetric metric;
                metric.version = m_f.ident(*data, QStringLiteral("version"),
                                           joinPath(dpath, QStringLiteral("version")));
                if (metric.version.isEmpty())
                    metric.version = QLatin1String(versions[k]);
                const QString spath = joinPath(dpath, QStringLiteral("baseScore"));
                const QJsonValue score = data->value(QLatin1String("baseScore"));
                if (!score.isDouble()) {
                    m_f.wrongType(score, spath, VulnFeedReader::tr("a number from 0 to 10"));
                    continue;
                }
                metric.score = score.toDouble();
                if (metric.score < 0 || metric.score > 10) {
                    m_f.error(spath, VulnFeedReader::tr("%1 is out of range; expected a number "
                                                        "from 0 to 10.").arg(metric.score));
                    continue;
                }
                metric.vector = m_f.ident(*data, QStringLiteral("vectorString"),
                                          joinPath(dpath, QStringLiteral("vectorString")));
                // v2 keeps baseSeverity next to cvssData, v3 and v4 inside it.
                QString word = m_f.string(*data, QStringLiteral("baseSeverity"),
                                          joinPath(dpath, QStringLiteral("baseSeverity")));
                if (word.isEmpty())
                    word = m_f.string(*entry, QStringLiteral("baseSeverity"),
                                      joinPath(ipath, QStringLiteral("baseSeverity")));
                metric.severity = severityWord(word);
                if (metric.severity == Severity::Unknown && k < 3)
                    metric.severity = severityBand(metric.score);
                metric.source = m_f.ident(*entry, QStringLiteral("source"),
                                          joinPath(ipath, QStringLiteral("source")));
                metric.primary = m_f.string(*entry, QStringLiteral("type"),
                                            joinPath(ipath, QStringLiteral("type")))
                                 == QLatin1String("Primary");
                r.metrics.append(std::move(metric));
            }
        }
    }

    /// "AND" or "OR"; absent gives @p absent.
    bool andOperator(const QJsonObject &o, const QString &opath, bool absent)
    {
        const QString op = m_f.string(o, QStringLiteral("operator"), opath);
        if (op.isEmpty())
            return absent;
        if (op == QLatin1String("AND"))
            return true;
        if (op != QLatin1String("OR"))
            m_f.error(opath, VulnFeedReader::tr("\"%1\" is not an operator; expected AND or OR.")
                                 .arg(op.left(40)));
        return false;
    }

    void configurations(const QJsonObject &cve, VulnRecord &r)
    {
        const QString cpath = path(QStringLiteral("configurations"));
        const QJsonArray configs = m_f.array(cve, QStringLiteral("configurations"), cpath);
        for (qsizetype i = 0; i < configs.size(); ++i) {
            const QString ipath = indexPath(cpath, i);
            const auto co = m_f.object(configs.at(i), ipath);
            if (!co)
                continue;
            CpeConfiguration config;
            config.andOperator = andOperator(*co, joinPath(ipath, QStringLiteral("operator")),
                                             false);
            config.negate = m_f.boolean(*co, QStringLiteral("negate"),
                                        joinPath(ipath, QStringLiteral("negate")))
                                .value_or(false);
            const QString npath = joinPath(ipath, QStringLiteral("nodes"));
            const QJsonArray nodes = m_f.array(*co, QStringLiteral("nodes"), npath);
            for (qsizetype n = 0; n < nodes.size(); ++n) {
                const QString nodePath = indexPath(npath, n);
                const auto no = m_f.object(nodes.at(n), nodePath);
                if (!no)
                    continue;
                CpeNode node;
                node.andOperator = andOperator(
                    *no, joinPath(nodePath, QStringLiteral("operator")), false);
                node.negate = m_f.boolean(*no, QStringLiteral("negate"),
                                          joinPath(nodePath, QStringLiteral("negate")))
                                  .value_or(false);
                const QString mpath = joinPath(nodePath, QStringLiteral("cpeMatch"));
                const QJsonArray matches = m_f.array(*no, QStringLiteral("cpeMatch"), mpath);
                for (qsizetype c = 0; c < matches.size(); ++c) {
                    const QString cp = indexPath(mpath, c);
                    const auto mo = m_f.object(matches.at(c), cp);
                    if (!mo)
                        continue;
                    node.matches.append(criterion(*mo, cp));
                }
                config.nodes.append(std::move(node));
            }
            r.configurations.append(std::move(config));
        }
    }

    CpeCriterion criterion(const QJsonObject &o, const QString &cp)
    {
        CpeCriterion c;
        const QString critPath = joinPath(cp, QStringLiteral("criteria"));
        c.criteria = m_f.ident(o, QStringLiteral("criteria"), critPath, true).trimmed();
        if (c.criteria.isEmpty()) {
            if (const QJsonValue v = o.value(QLatin1String("criteria")); v.isString() && v.toString().trimmed().isEmpty())
                m_f.error(critPath, VulnFeedReader::tr("Empty; expected a CPE 2.3 name such as "
                                                       "cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*."));
        } else {
            if (c.criteria.size() > Cpe::kMaxLength) {
                m_f.error(critPath, VulnFeedReader::tr("The CPE is %1 characters long; expected "
                                                       "at most %2.")
                                        .arg(c.criteria.size()).arg(Cpe::kMaxLength));
            } else if (!c.criteria.startsWith(QLatin1String("cpe:2.3:"))) {
                m_f.error(critPath, VulnFeedReader::tr("\"%1\" is not a CPE 2.3 name; expected "
                                                       "cpe:2.3:part:vendor:product:...")
                                        .arg(c.criteria.left(80)));
            } else if (const Result<Cpe> parsed = Cpe::parse(c.criteria); !parsed.ok()) {
                m_f.error(critPath, VulnFeedReader::tr("\"%1\" is not a CPE 2.3 name: %2")
                                        .arg(c.criteria.left(80), parsed.error().message));
            }
        }
        c.vulnerable = m_f.boolean(o, QStringLiteral("vulnerable"),
                                   joinPath(cp, QStringLiteral("vulnerable")))
                           .value_or(true);
        const auto bound = [&](const char *key) {
            return m_f.ident(o, QLatin1String(key), joinPath(cp, QLatin1String(key))).trimmed();
        };
        c.versionStartIncluding = bound("versionStartIncluding");
        c.versionStartExcluding = bound("versionStartExcluding");
        c.versionEndIncluding = bound("versionEndIncluding");
        c.versionEndExcluding = bound("versionEndExcluding");
        c.matchCriteriaId = bound("matchCriteriaId");
        return c;
    }

    void references(const QJsonObject &cve, VulnRecord &r)
    {
        const QString rpath = path(QStringLiteral("references"));
        const QJsonArray refs = m_f.array(cve, QStringLiteral("references"), rpath);
        for (qsizetype i = 0; i < refs.size(); ++i) {
            const QString ipath = indexPath(rpath, i);
            const auto ro = m_f.object(refs.at(i), ipath);
            if (!ro)
                continue;
            VulnReference ref;
            ref.url = m_f.text(*ro, QStringLiteral("url"), joinPath(ipath, QStringLiteral("url")));
            ref.source = m_f.text(*ro, QStringLiteral("source"),
                                  joinPath(ipath, QStringLiteral("source")));
            const QString tpath = joinPath(ipath, QStringLiteral("tags"));
            const QJsonArray tags = m_f.array(*ro, QStringLiteral("tags"), tpath);
            for (qsizetype t = 0; t < tags.size(); ++t) {
                if (!tags.at(t).isString()) {
                    m_f.wrongType(tags.at(t), indexPath(tpath, t), VulnFeedReader::tr("a string"));
                    continue;
                }
                ref.tags.append(m_f.cut(tags.at(t).toString(), indexPath(tpath, t)));
            }
            r.references.append(std::move(ref));
        }
    }

    void descriptions(const QJsonObject &cve, VulnRecord &r)
    {
        const QString dpath = path(QStringLiteral("descriptions"));
        const QJsonArray list = m_f.array(cve, QStringLiteral("descriptions"), dpath);
        QString first;
        QString english;
        bool haveFirst = false;
        bool haveEnglish = false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString ipath = indexPath(dpath, i);
            const auto d = m_f.object(list.at(i), ipath);
            if (!d)
                continue;
            const QString lang = m_f.string(*d, QStringLiteral("lang"),
                                            joinPath(ipath, QStringLiteral("lang")));
            const QString value = m_f.string(*d, QStringLiteral("value"),
                                             joinPath(ipath, QStringLiteral("value")));
            if (!haveFirst) {
                first = value;
                haveFirst = true;
            }
            if (!haveEnglish && lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive)) {
                english = value;
                haveEnglish = true;
            }
        }
        r.description = m_f.cut(haveEnglish ? english : first,
                                joinPath(dpath, QStringLiteral("value")));
    }

    QDateTime timestamp(const QJsonObject &cve, const QString &key)
    {
        const QString p = path(key);
        const QString s = m_f.string(cve, key, p).trimmed();
        if (s.isEmpty())
            return {};
        const QDateTime dt = feed::parseTimestamp(s);
        if (!dt.isValid())
            m_f.error(p, VulnFeedReader::tr("\"%1\" is not a timestamp; expected "
                                            "YYYY-MM-DDTHH:MM:SS.mmm.").arg(s.left(40)));
        return dt;
    }

    void kev(const QJsonObject &cve, VulnRecord &r)
    {
        const QDate added = m_f.date(cve, QStringLiteral("cisaExploitAdd"),
                                     path(QStringLiteral("cisaExploitAdd")), false);
        const QDate due = m_f.date(cve, QStringLiteral("cisaActionDue"),
                                   path(QStringLiteral("cisaActionDue")), false);
        const QString action = m_f.text(cve, QStringLiteral("cisaRequiredAction"),
                                        path(QStringLiteral("cisaRequiredAction")));
        const QString name = m_f.text(cve, QStringLiteral("cisaVulnerabilityName"),
                                      path(QStringLiteral("cisaVulnerabilityName")));
        r.title = name;
        if (added.isNull() && due.isNull() && action.isEmpty() && name.isEmpty())
            return;
        KevEntry k;
        k.dateAdded = added;
        k.dueDate = due;
        k.requiredAction = action;
        k.name = name;
        r.kev = std::move(k);
    }

private:
    Fields &m_f;
    QString m_base;
};

enum class NvdOutcome { Continue, Stop };

NvdOutcome mapNvd(const QByteArray &bytes, int line, bool bare, int index, IssueSink &issues,
                  QHash<QString, int> &seen, const VulnSink &sink)
{
    FeedReadResult &result = issues.result();
    const QString elementPath = bare ? QString()
                                     : indexPath(QStringLiteral("vulnerabilities"), index);
    const auto obj = parseRecord(bytes, line, issues, elementPath);
    if (!obj)
        return NvdOutcome::Continue;
    Fields f(issues, line);
    QJsonObject cve;
    QString base;
    if (bare) {
        if (!obj->contains(QLatin1String("id"))) {
            issues.error(line, {}, VulnFeedReader::tr("This is not an NVD CVE feed: it has "
                                                      "neither a \"vulnerabilities\" array nor a "
                                                      "CVE \"id\"; expected NVD CVE API 2.0 "
                                                      "JSON."));
            return NvdOutcome::Stop;
        }
        cve = *obj;
    } else {
        if (obj->contains(QLatin1String("cveID")) && !obj->contains(QLatin1String("cve"))) {
            issues.error(line, elementPath, VulnFeedReader::tr("This is a KEV catalog, not an "
                                                               "NVD CVE feed; import it as "
                                                               "kev."));
            return NvdOutcome::Stop;
        }
        base = joinPath(elementPath, QStringLiteral("cve"));
        const QJsonValue v = obj->value(QLatin1String("cve"));
        if (v.isUndefined()) {
            f.error(base, VulnFeedReader::tr("Missing; expected the record's \"cve\" object."));
            return NvdOutcome::Continue;
        }
        const auto o = f.object(v, base);
        if (!o)
            return NvdOutcome::Continue;
        cve = *o;
    }
    NvdMapper m(f, base);
    VulnRecord r;
    r.source = VulnSource::Nvd;
    r.sourceFile = issues.file();
    r.line = line;
    const QString idPath = m.path(QStringLiteral("id"));
    r.identifier = f.ident(cve, QStringLiteral("id"), idPath, true).trimmed();
    if (f.failed())
        return NvdOutcome::Continue;
    if (!feed::isCveId(r.identifier)) {
        f.error(idPath, VulnFeedReader::tr("\"%1\" is not a CVE id; expected CVE-YYYY-NNNN.")
                            .arg(r.identifier.left(60)));
        return NvdOutcome::Continue;
    }
    if (const auto it = seen.constFind(r.identifier); it != seen.cend()) {
        f.error(idPath, VulnFeedReader::tr("%1 appears twice (first on line %2); expected each "
                                           "CVE once.").arg(r.identifier).arg(it.value()));
        return NvdOutcome::Continue;
    }
    seen.insert(r.identifier, line);
    r.status = f.ident(cve, QStringLiteral("vulnStatus"), m.path(QStringLiteral("vulnStatus")));
    if (r.status == QLatin1String("Rejected")) {
        f.warning(idPath, VulnFeedReader::tr("%1 is rejected by NVD; skipped.").arg(r.identifier));
        ++result.skipped;
        return NvdOutcome::Continue;
    }
    r.published = m.timestamp(cve, QStringLiteral("published"));
    r.lastModified = m.timestamp(cve, QStringLiteral("lastModified"));
    m.descriptions(cve, r);
    m.metrics(cve, r);
    m.configurations(cve, r);
    m.references(cve, r);
    m.kev(cve, r);
    if (f.failed())
        return NvdOutcome::Continue;
    ++result.records;
    if (!sink(std::move(r))) {
        result.stopped = true;
        return NvdOutcome::Stop;
    }
    return NvdOutcome::Continue;
}

} // namespace

FeedReadResult VulnFeedReader::readKev(QIODevice &in, const QString &fileName,
                                       const VulnSink &sink, const FeedReadOptions &options)
{
    FeedReadResult result;
    IssueSink issues(result, options, fileName);
    if (!in.isOpen() || !in.isReadable()) {
        issues.error(0, {}, tr("The file cannot be read: %1.").arg(in.errorString()));
        return result;
    }
    if (!in.isSequential() && in.size() > kMaxKevBytes) {
        issues.error(0, {}, tr("The file is %1 MB; a KEV catalog is far smaller (at most %2 MB "
                               "accepted).")
                                .arg(in.size() / (1024 * 1024)).arg(kMaxKevBytes / (1024 * 1024)));
        return result;
    }
    // Told apart by the first byte that is not white space (after a byte order mark).
    QByteArray head = in.peek(4096);
    feed::stripBom(head);
    int first = -1;
    for (const char ch : std::as_const(head)) {
        if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') {
            first = uchar(ch);
            break;
        }
    }
    Progress progress(options, in);
    if (first == '{') {
        readKevJson(in, issues, sink, progress);
        return result;
    }
    // Read in pieces: QIODevice::read(max) may allocate max bytes up front, 256 MB for what is
    // normally a 1 MB file.
    QByteArray bytes;
    char piece[64 * 1024];
    for (qint64 n; (n = in.read(piece, sizeof piece)) > 0;) {
        bytes.append(piece, qsizetype(n));
        if (bytes.size() > kMaxKevBytes)
            break;
    }
    if (bytes.size() > kMaxKevBytes) {
        issues.error(0, {}, tr("The file is larger than %1 MB; a KEV catalog is far smaller.")
                                .arg(kMaxKevBytes / (1024 * 1024)));
        return result;
    }
    progress.report(bytes.size(), true);
    feed::stripBom(bytes);
    if (bytes.trimmed().isEmpty()) {
        issues.error(0, {}, tr("The file is empty; expected a KEV catalog (JSON or CSV)."));
        return result;
    }
    const qsizetype bad = feed::invalidUtf8Offset(bytes);
    if (bad >= 0) {
        issues.error(feed::lineAt(bytes, bad), {},
                     tr("The bytes here are not valid UTF-8; the KEV catalog is UTF-8 text."));
        return result;
    }
    readKevCsv(QString::fromUtf8(bytes), issues, sink);
    return result;
}

FeedReadResult VulnFeedReader::readNvd(QIODevice &in, const QString &fileName,
                                       const VulnSink &sink, const FeedReadOptions &options)
{
    FeedReadResult result;
    IssueSink issues(result, options, fileName);
    if (!in.isOpen() || !in.isReadable()) {
        issues.error(0, {}, tr("The file cannot be read: %1.").arg(in.errorString()));
        return result;
    }
    Progress progress(options, in);
    JsonStream stream(in, QByteArrayLiteral("vulnerabilities"));
    QHash<QString, int> seen;
    QByteArray bytes;
    int line = 0;
    for (int index = 0;; ++index) {
        if (issues.cancelRequested()) {
            issues.error(0, {}, tr("Cancelled."));
            result.stopped = true;
            return result;
        }
        const JsonStream::Status status = stream.next(bytes, line);
        progress.report(stream.bytesRead());
        if (status == JsonStream::Status::End)
            break;
        if (status == JsonStream::Status::Error) {
            issues.error(stream.errorLine(), {}, stream.errorMessage());
            return result;
        }
        const bool bare = status == JsonStream::Status::Bare;
        if (mapNvd(bytes, line, bare, index, issues, seen, sink) == NvdOutcome::Stop)
            return result;
        if (issues.full())
            return result;
    }
    progress.report(stream.bytesRead(), true);
    return result;
}

FeedReadResult VulnFeedReader::read(VulnFeedKind kind, QIODevice &in, const QString &fileName,
                                    const VulnSink &sink, const FeedReadOptions &options)
{
    switch (kind) {
    case VulnFeedKind::Kev:
        return readKev(in, fileName, sink, options);
    case VulnFeedKind::Nvd:
        return readNvd(in, fileName, sink, options);
    case VulnFeedKind::Jvn:
        return readJvn(in, fileName, sink, options);
    }
    return {};
}

} // namespace pp
