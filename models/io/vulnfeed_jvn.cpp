// VulnFeedReader::readJvn(): JVN iPedia JVNRSS (rdf:RDF + rss:item + sec:) and MyJVN VULDEF
// (VULDEF-Document/Vulinfo), API ver 3.2 "HND" XML. The file is read in chunks and fed to a
// QXmlStreamReader, so memory stays bounded by the largest record, not the file.
#include "models/io/vulnfeed.h"

#include "models/domain/cpe.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace pp {
namespace {

// Namespaces by URI (SCHEMAS.md section 4): documents may bind them to any prefix.
const QString kNsRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kNsRss = QStringLiteral("http://purl.org/rss/1.0/");
const QString kNsDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kNsDcterms = QStringLiteral("http://purl.org/dc/terms/");
const QString kNsSec = QStringLiteral("http://jvn.jp/rss/mod_sec/3.0/");
const QString kNsVuldef = QStringLiteral("http://jvn.jp/vuldef/");

constexpr qint64 kChunkSize = 64 * 1024;
/// Deeper nesting than any JVN document has is refused rather than followed.
constexpr int kMaxDepth = 64;

/// The short key of a namespace URI, used to build element paths that do not depend on the
/// prefixes a document chose. Unknown namespaces get "?" so that they never match a path.
QString nsKey(QStringView uri)
{
    if (uri == kNsRdf)
        return QStringLiteral("rdf");
    if (uri == kNsRss)
        return QStringLiteral("rss");
    if (uri == kNsDc)
        return QStringLiteral("dc");
    if (uri == kNsDcterms)
        return QStringLiteral("dcterms");
    if (uri == kNsSec)
        return QStringLiteral("sec");
    if (uri == kNsVuldef)
        return QStringLiteral("v");
    return QStringLiteral("?");
}

/// The official MyJVN example dataFeed_jvndb_rss_hnd.xml writes `retCd= 0` (an unquoted
/// attribute value) in its status:Status start tag, which no XML parser accepts. Only inside
/// start tags whose local name is "Status" are unquoted values quoted; every other flaw stays
/// an error. Done on the bytes (ASCII markup; the text's encoding is left alone), and quotes
/// add no line breaks, so line numbers stay right.
QByteArray repairStatusTags(const QByteArray &chunk)
{
    if (!chunk.contains("Status"))
        return chunk;
    auto isNameChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '-' || c == '.' || c == ':';
    };
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype lt = chunk.indexOf('<'); lt >= 0; lt = chunk.indexOf('<', lt + 1)) {
        // The qualified name after '<': its local name must be "Status".
        qsizetype nameEnd = lt + 1;
        while (nameEnd < chunk.size() && isNameChar(chunk.at(nameEnd)))
            ++nameEnd;
        const QByteArray name = chunk.mid(lt + 1, nameEnd - lt - 1);
        if (name != "Status" && !name.endsWith(":Status"))
            continue;
        char quote = 0;
        qsizetype i = nameEnd;
        for (; i < chunk.size(); ++i) {
            const char c = chunk.at(i);
            if (quote) {
                if (c == quote)
                    quote = 0;
                continue;
            }
            if (c == '>')
                break; // the end of the start tag
            if (c == '"' || c == '\'') {
                quote = c;
                continue;
            }
            if (c != '=')
                continue;
            qsizetype v = i + 1;
            while (v < chunk.size() && isSpace(chunk.at(v)))
                ++v;
            if (v >= chunk.size() || chunk.at(v) == '"' || chunk.at(v) == '\'')
                continue;
            qsizetype vEnd = v;
            while (vEnd < chunk.size() && !isSpace(chunk.at(vEnd)) && chunk.at(vEnd) != '/'
                   && chunk.at(vEnd) != '>' && chunk.at(vEnd) != '"' && chunk.at(vEnd) != '\''
                   && chunk.at(vEnd) != '=' && chunk.at(vEnd) != '<')
                ++vEnd;
            if (vEnd == v)
                continue; // no value at all: not the known flaw, left for the parser to report
            out += chunk.mid(copied, v - copied);
            out += '"';
            out += chunk.mid(v, vEnd - v);
            out += '"';
            copied = vEnd;
            i = vEnd - 1;
        }
        // A tag cut by the chunk border (a '>' inside a quoted value) is left as it is.
        if (i >= chunk.size())
            break;
        lt = i;
    }
    if (copied == 0)
        return chunk;
    out += chunk.mid(copied);
    return out;
}

/// "2025-04-11T23:52+09:00" (JVN writes no seconds at times) or with seconds; to UTC.
std::optional<QDateTime> parseJvnDate(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

bool isJvndbId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^JVNDB-\\d{4}-\\d{6}$"));
    return re.match(id).hasMatch();
}

bool isCveId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^CVE-\\d{4}-\\d{4,19}$"));
    return re.match(id).hasMatch();
}

/// One open element: where it is (path of namespace keys and local names from the root), its
/// attributes and its text so far.
struct Frame
{
    QString path;
    QXmlStreamAttributes attrs;
    QString text;
    int line = 0;
    bool cut = false; ///< text longer than maxText
};

/// One VULDEF AffectedItem or RelatedItem while it is read.
struct Affected
{
    QString name, product;
    QStringList versions;
};
struct Related
{
    QString type, name, id, url;
};

class JvnReader
{
    Q_DECLARE_TR_FUNCTIONS(pp::VulnFeedReader)

public:
    JvnReader(QIODevice &in, const QString &fileName, const VulnSink &sink,
              const FeedReadOptions &options)
        : m_in(in), m_file(fileName), m_sink(sink), m_options(options)
    {
    }

    FeedReadResult run();

private:
    enum class Format { Unknown, Rss, Vuldef };

    bool feed();
    void error(int line, const QString &field, const QString &message)
    {
        m_result.issues << ImportIssue{m_file, line, field, message, ImportIssue::Severity::Error};
        ++m_errors;
    }
    void warning(int line, const QString &field, const QString &message)
    {
        m_result.issues
            << ImportIssue{m_file, line, field, message, ImportIssue::Severity::Warning};
    }
    bool tooManyErrors() const { return m_errors >= m_options.maxIssues; }

    bool startElement();
    bool endElement();
    void startRecord(int line);
    bool finishRecord();
    void addCpe(const Frame &f, const QString &field);
    void addCvss(const QString &version, const QString &score, const QString &severity,
                 const QString &vector, int line);
    void setDate(QDateTime &target, const Frame &f, const QString &field);
    QString textOf(const Frame &f, const QString &field, bool identifier);

    QIODevice &m_in;
    QString m_file;
    const VulnSink &m_sink;
    const FeedReadOptions &m_options;
    FeedReadResult m_result;
    int m_errors = 0;

    QXmlStreamReader m_xml;
    QByteArray m_pending; ///< bytes read but held back until their tag is complete
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_eof = false;

    Format m_format = Format::Unknown;
    QList<Frame> m_stack;
    std::optional<VulnRecord> m_record;
    QStringList m_cpes;
    int m_errorsAtRecordStart = 0;
    QString m_bestCvssVersion;
    QDateTime m_dcDate; ///< dc:date: the published date when dcterms:issued is missing
    Affected m_affected;
    QList<Affected> m_affectedItems;
    Related m_related;
    QString m_cvssVersion, m_cvssSeverity, m_cvssBase, m_cvssVector;
    int m_cvssLine = 0;
    QString m_overview;
};

/// Reads the next chunk into the XML reader; false at the end of the input. The bytes after
/// the last '>' are held back so that a start tag is never split between two repairs.
bool JvnReader::feed()
{
    if (m_eof)
        return false;
    QByteArray chunk = m_in.read(kChunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        if (!m_pending.isEmpty())
            m_xml.addData(repairStatusTags(m_pending));
        m_pending.clear();
        return true; // the held back bytes (if any) were added; the reader decides the rest
    }
    m_done += chunk.size();
    if (m_options.progress)
        m_options.progress(m_done, m_total);
    m_pending += chunk;
    const qsizetype lastClose = m_pending.lastIndexOf('>');
    // Without any '>' there is no tag to repair; a long text run is passed on as it is.
    if (lastClose < 0 && m_pending.size() < 4 * kChunkSize)
        return true;
    if (lastClose < 0) {
        m_xml.addData(m_pending);
        m_pending.clear();
        return true;
    }
    m_xml.addData(repairStatusTags(m_pending.left(lastClose + 1)));
    m_pending.remove(0, lastClose + 1);
    return true;
}

QString JvnReader::textOf(const Frame &f, const QString &field, bool identifier)
{
    if (f.cut) {
        if (identifier) {
            error(f.line, field,
                  tr("The %1 is longer than %2 characters; a JVN value is far shorter.")
                      .arg(field)
                      .arg(m_options.maxText));
            return {};
        }
        warning(f.line, field,
                tr("The %1 is longer than %2 characters and was cut there.")
                    .arg(field)
                    .arg(m_options.maxText));
    }
    return f.text;
}

void JvnReader::startRecord(int line)
{
    m_record = VulnRecord{};
    m_record->source = VulnSource::Jvn;
    m_record->sourceFile = m_file;
    m_record->line = line;
    m_cpes.clear();
    m_bestCvssVersion.clear();
    m_dcDate = {};
    m_affectedItems.clear();
    m_overview.clear();
    m_errorsAtRecordStart = m_errors;
}

void JvnReader::addCpe(const Frame &f, const QString &field)
{
    const QString text = textOf(f, field, true).trimmed();
    if (text.isEmpty())
        return;
    const auto cpe = Cpe::parse(text);
    if (!cpe) {
        error(f.line, field,
              tr("The CPE name \"%1\" is malformed: %2 Expected a CPE 2.2 URI such as "
                 "cpe:/a:vendor:product.")
                  .arg(text.left(200), cpe.error().message));
        return;
    }
    const QString formatted = cpe->toFormattedString();
    if (!m_cpes.contains(formatted))
        m_cpes << formatted;
}

void JvnReader::addCvss(const QString &version, const QString &score, const QString &severity,
                        const QString &vector, int line)
{
    bool ok = false;
    const double value = score.trimmed().toDouble(&ok);
    if (!ok || value < 0 || value > 10) {
        error(line, QStringLiteral("cvss"),
              tr("The CVSS score \"%1\" is not a number from 0 to 10.").arg(score.left(50)));
        return;
    }
    CvssMetric m;
    m.version = version.trimmed();
    m.score = value;
    m.vector = vector.trimmed();
    m.severity = severityFromWord(severity.trimmed());
    if (m.severity == Severity::Unknown)
        m.severity = severityFromScore(value);
    m.source = QStringLiteral("jvn");
    m_record->metrics << m;
    // JVN's own word of its newest CVSS version is what its pages show.
    if (m_bestCvssVersion.isEmpty() || m.version.toDouble() > m_bestCvssVersion.toDouble()) {
        m_bestCvssVersion = m.version;
        m_record->jvnSeverity = severity.trimmed();
    }
}

void JvnReader::setDate(QDateTime &target, const Frame &f, const QString &field)
{
    const QString text = f.text.trimmed();
    if (text.isEmpty())
        return;
    const auto dt = parseJvnDate(text);
    if (!dt) {
        error(f.line, field,
              tr("\"%1\" is not a date and time; expected e.g. 2025-04-11T23:52+09:00.")
                  .arg(text.left(100)));
        return;
    }
    target = *dt;
}

bool JvnReader::finishRecord()
{
    VulnRecord &r = *m_record;
    if (r.identifier.isEmpty()) {
        error(r.line, QStringLiteral("identifier"),
              tr("The entry has no JVNDB identifier (expected e.g. JVNDB-2024-000123)."));
    } else if (!isJvndbId(r.identifier)) {
        error(r.line, QStringLiteral("identifier"),
              tr("\"%1\" is not a JVNDB identifier; expected JVNDB-YYYY-NNNNNN.")
                  .arg(r.identifier.left(100)));
    }
    if (!r.published.isValid())
        r.published = m_dcDate;
    if (!m_affectedItems.isEmpty()) {
        // VULDEF version texts ("v6 R4 およびそれ以前") are prose, not ranges: kept readable.
        QStringList lines;
        for (const Affected &a : std::as_const(m_affectedItems)) {
            QString line = QStringLiteral("- ") + QStringList{a.name, a.product}.join(u' ').trimmed();
            if (!a.versions.isEmpty())
                line += QStringLiteral(": ") + a.versions.join(QStringLiteral("; "));
            lines << line;
        }
        r.description = m_overview;
        if (!r.description.isEmpty())
            r.description += QStringLiteral("\n\n");
        r.description += tr("Affected products:") + u'\n' + lines.join(u'\n');
    } else if (m_format == Format::Vuldef) {
        r.description = m_overview;
    }
    if (!m_cpes.isEmpty()) {
        CpeNode node;
        for (const QString &c : std::as_const(m_cpes)) {
            CpeCriterion crit;
            crit.criteria = c;
            node.matches << crit;
        }
        CpeConfiguration config;
        config.nodes << node;
        r.configurations << config;
    }
    const bool bad = m_errors > m_errorsAtRecordStart;
    VulnRecord record = std::move(r);
    m_record.reset();
    if (bad)
        return true; // the errors fail the import; keep reading to report the others
    if (m_options.cancel && m_options.cancel->load()) {
        error(0, {}, tr("cancelled"));
        m_result.stopped = true;
        return false;
    }
    ++m_result.records;
    if (!m_sink(std::move(record))) {
        m_result.stopped = true;
        return false;
    }
    return true;
}

bool JvnReader::startElement()
{
    if (m_stack.size() >= kMaxDepth) {
        error(int(m_xml.lineNumber()), {},
              tr("The XML nests deeper than %1 elements; a JVN file does not.").arg(kMaxDepth));
        return false;
    }
    Frame f;
    f.line = int(m_xml.lineNumber());
    f.attrs = m_xml.attributes();
    const QString step = nsKey(m_xml.namespaceUri()) + u':' + m_xml.name().toString();
    f.path = m_stack.isEmpty() ? step : m_stack.constLast().path + u'/' + step;
    if (m_stack.isEmpty()) {
        if (f.path == QLatin1String("rdf:RDF")) {
            m_format = Format::Rss;
        } else if (f.path == QLatin1String("v:VULDEF-Document")) {
            m_format = Format::Vuldef;
        } else {
            error(f.line, {},
                  tr("Not a JVN file: the root element is <%1> (namespace \"%2\"); expected "
                     "rdf:RDF (JVNRSS) or VULDEF-Document (VULDEF).")
                      .arg(m_xml.qualifiedName().toString().left(100),
                           m_xml.namespaceUri().toString().left(200)));
            return false;
        }
    }
    if (f.path == QLatin1String("rdf:RDF/rss:item")
        || f.path == QLatin1String("v:VULDEF-Document/v:Vulinfo")) {
        startRecord(f.line);
    } else if (m_record) {
        if (f.path.endsWith(QLatin1String("v:Affected/v:AffectedItem")))
            m_affected = {};
        else if (f.path.endsWith(QLatin1String("v:Related/v:RelatedItem")))
            m_related = {f.attrs.value(QStringLiteral("type")).toString(), {}, {}, {}};
        else if (f.path.endsWith(QLatin1String("v:Impact/v:Cvss"))) {
            m_cvssVersion = f.attrs.value(QStringLiteral("version")).toString();
            m_cvssSeverity.clear();
            m_cvssBase.clear();
            m_cvssVector.clear();
            m_cvssLine = f.line;
        }
    }
    m_stack << std::move(f);
    return true;
}

bool JvnReader::endElement()
{
    const Frame f = m_stack.takeLast();
    if (!m_record)
        return true;
    VulnRecord &r = *m_record;
    if (m_format == Format::Rss) {
        static const QString item = QStringLiteral("rdf:RDF/rss:item/");
        if (f.path.size() == item.size() - 1)
            return finishRecord();
        if (!f.path.startsWith(item))
            return true;
        const QStringView leaf = QStringView(f.path).mid(item.size());
        if (leaf == u"rss:title") {
            r.title = textOf(f, QStringLiteral("title"), false).trimmed();
        } else if (leaf == u"rss:description") {
            r.description = textOf(f, QStringLiteral("description"), false).trimmed();
        } else if (leaf == u"rss:link") {
            const QString url = textOf(f, QStringLiteral("link"), false).trimmed();
            if (!url.isEmpty())
                r.references << VulnReference{url, QStringLiteral("JVN iPedia"), {}};
        } else if (leaf == u"sec:identifier") {
            r.identifier = textOf(f, QStringLiteral("identifier"), true).trimmed();
        } else if (leaf == u"sec:references") {
            const QString source = f.attrs.value(QStringLiteral("source")).toString().trimmed();
            const QString id = f.attrs.value(QStringLiteral("id")).toString().trimmed();
            const QString url = textOf(f, QStringLiteral("references"), false).trimmed();
            if (source == QLatin1String("CVE") && isCveId(id) && !r.aliases.contains(id))
                r.aliases << id;
            if (!url.isEmpty()) {
                VulnReference ref{url, source.isEmpty() ? id : source, {}};
                if (!id.isEmpty() && !source.isEmpty())
                    ref.tags << id;
                r.references << ref;
            }
        } else if (leaf == u"sec:cpe") {
            addCpe(f, QStringLiteral("cpe"));
        } else if (leaf == u"sec:cvss") {
            const QString type = f.attrs.value(QStringLiteral("type")).toString();
            // Temporal and environmental scores are JVN's adjustments, not the base to decide by.
            if (type.isEmpty() || type == QLatin1String("Base")) {
                addCvss(f.attrs.value(QStringLiteral("version")).toString(),
                        f.attrs.value(QStringLiteral("score")).toString(),
                        f.attrs.value(QStringLiteral("severity")).toString(),
                        f.attrs.value(QStringLiteral("vector")).toString(), f.line);
            }
        } else if (leaf == u"dc:date") {
            setDate(m_dcDate, f, QStringLiteral("dc:date"));
        } else if (leaf == u"dcterms:issued") {
            setDate(r.published, f, QStringLiteral("dcterms:issued"));
        } else if (leaf == u"dcterms:modified") {
            setDate(r.lastModified, f, QStringLiteral("dcterms:modified"));
        }
        return true;
    }

    static const QString info = QStringLiteral("v:VULDEF-Document/v:Vulinfo");
    if (f.path == info)
        return finishRecord();
    if (!f.path.startsWith(info + u'/'))
        return true;
    const QStringView leaf = QStringView(f.path).mid(info.size() + 1);
    static const QString data = QStringLiteral("v:VulinfoData/");
    if (leaf == u"v:VulinfoID") {
        r.identifier = textOf(f, QStringLiteral("VulinfoID"), true).trimmed();
    } else if (leaf == QString(data + QStringLiteral("v:Title"))) {
        r.title = textOf(f, QStringLiteral("Title"), false).trimmed();
    } else if (leaf == QString(data + QStringLiteral("v:VulinfoDescription/v:Overview"))) {
        m_overview = textOf(f, QStringLiteral("Overview"), false).trimmed();
    } else if (leaf.startsWith(QString(data + QStringLiteral("v:Affected/v:AffectedItem")))) {
        const QStringView sub = leaf.mid(data.size() + QLatin1String("v:Affected/v:AffectedItem").size());
        if (sub.isEmpty())
            m_affectedItems << m_affected;
        else if (sub == u"/v:Name")
            m_affected.name = f.text.trimmed();
        else if (sub == u"/v:ProductName")
            m_affected.product = f.text.trimmed();
        else if (sub == u"/v:VersionNumber" && !f.text.trimmed().isEmpty())
            m_affected.versions << f.text.trimmed();
        else if (sub == u"/v:Cpe")
            addCpe(f, QStringLiteral("Cpe"));
    } else if (leaf.startsWith(QString(data + QStringLiteral("v:Impact/v:Cvss")))) {
        const QStringView sub = leaf.mid(data.size() + QLatin1String("v:Impact/v:Cvss").size());
        if (sub.isEmpty()) {
            if (!m_cvssBase.trimmed().isEmpty())
                addCvss(m_cvssVersion, m_cvssBase, m_cvssSeverity, m_cvssVector, m_cvssLine);
        } else if (sub == u"/v:Severity") {
            const QString type = f.attrs.value(QStringLiteral("type")).toString();
            if (type.isEmpty() || type == QLatin1String("Base"))
                m_cvssSeverity = f.text.trimmed();
        } else if (sub == u"/v:Base") {
            m_cvssBase = f.text.trimmed();
        } else if (sub == u"/v:Vector") {
            m_cvssVector = f.text.trimmed();
        }
    } else if (leaf.startsWith(QString(data + QStringLiteral("v:Related/v:RelatedItem")))) {
        const QStringView sub = leaf.mid(data.size() + QLatin1String("v:Related/v:RelatedItem").size());
        if (sub.isEmpty()) {
            if (m_related.type == QLatin1String("advisory") && isCveId(m_related.id)
                && !r.aliases.contains(m_related.id))
                r.aliases << m_related.id;
            if (!m_related.url.isEmpty()) {
                VulnReference ref{m_related.url, m_related.name, {}};
                if (!m_related.id.isEmpty())
                    ref.tags << m_related.id;
                r.references << ref;
            }
        } else if (sub == u"/v:Name") {
            m_related.name = f.text.trimmed();
        } else if (sub == u"/v:VulinfoID") {
            m_related.id = f.text.trimmed();
        } else if (sub == u"/v:URL") {
            m_related.url = textOf(f, QStringLiteral("URL"), false).trimmed();
        }
    } else if (leaf == QString(data + QStringLiteral("v:DateFirstPublished"))) {
        setDate(r.published, f, QStringLiteral("DateFirstPublished"));
    } else if (leaf == QString(data + QStringLiteral("v:DateLastUpdated"))) {
        setDate(r.lastModified, f, QStringLiteral("DateLastUpdated"));
    }
    return true;
}

FeedReadResult JvnReader::run()
{
    m_total = m_in.isSequential() ? 0 : m_in.size();
    // A JSON file (MyJVN API ver 4.0 "OKA", or another feed) is told apart before the XML
    // reader gives a less helpful "not well-formed" message.
    const QByteArray head = m_in.peek(256).trimmed();
    const QByteArray start = head.startsWith("\xEF\xBB\xBF") ? head.mid(3).trimmed() : head;
    if (start.startsWith('{') || start.startsWith('[')) {
        error(1, {},
              tr("Not a JVN file: this is JSON. Expected the XML form of the MyJVN API (ver 3.2 "
                 "\"HND\": JVNRSS or VULDEF); the ver 4.0 \"OKA\" JSON is not read."));
        return m_result;
    }
    if (!start.isEmpty() && !start.startsWith('<')) {
        error(1, {},
              tr("Not a JVN file: it does not start with XML markup (a CSV or text file?). "
                 "Expected a JVNRSS or VULDEF XML document (MyJVN API ver 3.2 \"HND\")."));
        return m_result;
    }
    if (start.isEmpty() && m_in.atEnd()) {
        error(0, {}, tr("The file is empty; expected a JVNRSS or VULDEF XML document."));
        return m_result;
    }
    m_xml.setNamespaceProcessing(true);
    while (!tooManyErrors()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (m_xml.hasError()) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
                continue;
            const bool truncated = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
            QString reason = m_xml.errorString();
            while (reason.endsWith(u'.'))
                reason.chop(1);
            error(int(m_xml.lineNumber()), {},
                  truncated ? tr("The XML ends too early (the file is truncated?): %1.")
                                  .arg(reason)
                            : tr("The XML is not well-formed: %1.").arg(reason));
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (!startElement())
                break;
        } else if (token == QXmlStreamReader::EndElement) {
            if (!endElement())
                break;
        } else if (token == QXmlStreamReader::Characters && !m_stack.isEmpty()) {
            Frame &top = m_stack.last();
            if (top.cut)
                continue;
            const QStringView text = m_xml.text();
            const qsizetype room = m_options.maxText - top.text.size();
            if (text.size() > room) {
                top.text += text.left(std::max<qsizetype>(room, 0));
                top.cut = true;
            } else {
                top.text += text;
            }
        } else if (token == QXmlStreamReader::EndDocument) {
            break;
        }
    }
    if (m_format == Format::Unknown && !m_result.hasErrors())
        error(0, {}, tr("Not a JVN file: no XML element found."));
    if (m_options.progress)
        m_options.progress(m_done, m_total);
    return m_result;
}

} // namespace

FeedReadResult VulnFeedReader::readJvn(QIODevice &in, const QString &fileName,
                                       const VulnSink &sink, const FeedReadOptions &options)
{
    return JvnReader(in, fileName, sink, options).run();
}

} // namespace pp
