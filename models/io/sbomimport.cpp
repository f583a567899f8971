// SbomImport: a CycloneDX JSON SBOM checked into a preview (parse) and written into one
// system's components (apply).
#include "models/io/lineindex.h"
#include "models/io/sbomimport.h"

#include "models/domain/cpe.h"
#include "models/domain/validation.h"
#include "models/storage/componentrepository.h"
#include "models/storage/database.h"
#include "models/storage/systemrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>

namespace pp {
namespace {


/// The byte offsets of the component objects, in the order a depth-first walk of
/// root.components[] (and each component's own "components") visits them. QJsonDocument keeps
/// no positions, so this string-aware scan of the (already validated) text finds them.
/// Only keys are compared, and only as raw bytes: an escaped "components" key is not seen,
/// which costs a line number, never a wrong component.
QList<qsizetype> componentOffsets(const QByteArray &data)
{
    struct Frame
    {
        char type;               // '{' or '['
        bool componentList;      // '[': a "components" array of the root or of a component
        bool componentOrRoot;    // '{': the root object or a component object
    };
    QList<Frame> stack;
    QList<qsizetype> out;
    QByteArray lastString; // the last string read: the key when a ':' follows
    QByteArray pendingKey; // the key of the value about to start
    bool afterColon = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char ch = data.at(i);
        switch (ch) {
        case '"': {
            qsizetype j = i + 1;
            while (j < data.size() && data.at(j) != '"')
                j += data.at(j) == '\\' ? 2 : 1;
            lastString = data.mid(i + 1, j - i - 1);
            i = j;
            break;
        }
        case ':':
            pendingKey = lastString;
            afterColon = true;
            break;
        case '{':
        case '[': {
            const Frame *parent = stack.isEmpty() ? nullptr : &stack.constLast();
            Frame f{ch, false, false};
            if (ch == '{') {
                f.componentOrRoot = !parent
                    || (parent->type == '[' && parent->componentList && !afterColon);
                if (parent && parent->type == '[' && parent->componentList)
                    out << i;
            } else {
                f.componentList = parent && parent->type == '{' && parent->componentOrRoot
                    && afterColon && pendingKey == "components";
            }
            stack << f;
            afterColon = false;
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            afterColon = false;
            break;
        case ',':
            afterColon = false;
            break;
        default:
            break;
        }
    }
    return out;
}

std::optional<ComponentKind> kindOf(const QString &type)
{
    if (type == QLatin1String("operating-system"))
        return ComponentKind::Os;
    if (type == QLatin1String("firmware") || type == QLatin1String("device"))
        return ComponentKind::Firmware;
    if (type == QLatin1String("container") || type == QLatin1String("platform"))
        return ComponentKind::Runtime;
    if (type == QLatin1String("framework") || type == QLatin1String("library")
        || type == QLatin1String("application"))
        return ComponentKind::Application;
    return std::nullopt;
}

QString stringOf(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString().trimmed();
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(pp::SbomImport)

public:
    Parser(const QByteArray &data, SbomPreview &preview)
        : m_data(data), m_preview(preview), m_lines(data)
    {
    }
    void run();

private:
    void error(int line, const QString &field, const QString &message)
    {
        m_preview.issues
            << ImportIssue{m_preview.file, line, field, message, ImportIssue::Severity::Error};
    }
    void warning(int line, const QString &field, const QString &message)
    {
        m_preview.issues
            << ImportIssue{m_preview.file, line, field, message, ImportIssue::Severity::Warning};
    }
    /// Reads the components of @p list (and theirs) in file order; false to stop.
    bool walk(const QJsonArray &list, const QString &where);
    void readComponent(const QJsonObject &o, int line, const QString &where);

    const QByteArray &m_data;
    SbomPreview &m_preview;
    LineIndex m_lines;
    QList<qsizetype> m_offsets;
    qsizetype m_next = 0; ///< index into m_offsets of the next component object
    int m_seen = 0;
    QHash<QString, int> m_bomRefs; ///< bom-ref -> line of its first use
};

void Parser::run()
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        error(m_lines.lineAt(pe.offset), {},
              tr("This is not valid JSON: %1 (a CycloneDX SBOM in JSON form is expected).")
                  .arg(pe.errorString()));
        return;
    }
    if (!doc.isObject()) {
        error(1, {}, tr("The file is not a JSON object; a CycloneDX SBOM is one object with "
                        "\"bomFormat\": \"CycloneDX\"."));
        return;
    }
    const QJsonObject root = doc.object();
    const QString format = root.value(QStringLiteral("bomFormat")).toString();
    if (format != QLatin1String("CycloneDX")) {
        error(1, QStringLiteral("bomFormat"),
              tr("bomFormat is \"%1\"; expected \"CycloneDX\" (only CycloneDX JSON SBOMs are "
                 "read).")
                  .arg(format.left(100)));
        return;
    }
    m_preview.specVersion = root.value(QStringLiteral("specVersion")).toString();
    static const QStringList known{QStringLiteral("1.2"), QStringLiteral("1.3"),
                                   QStringLiteral("1.4"), QStringLiteral("1.5"),
                                   QStringLiteral("1.6")};
    if (!known.contains(m_preview.specVersion)) {
        error(1, QStringLiteral("specVersion"),
              tr("specVersion is \"%1\"; expected 1.2 to 1.6.").arg(m_preview.specVersion.left(50)));
        return;
    }
    const QJsonValue components = root.value(QStringLiteral("components"));
    if (components.isUndefined() || components.isNull())
        return; // a valid SBOM that lists nothing
    if (!components.isArray()) {
        error(1, QStringLiteral("components"), tr("\"components\" must be a list."));
        return;
    }
    m_offsets = componentOffsets(m_data);
    walk(components.toArray(), QStringLiteral("components"));
}

bool Parser::walk(const QJsonArray &list, const QString &where)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const int line = m_next < m_offsets.size() ? m_lines.lineAt(m_offsets.at(m_next)) : 0;
        ++m_next;
        if (++m_seen > SbomImport::kMaxComponents) {
            error(line, {},
                  tr("The SBOM lists more than %1 components; split it.")
                      .arg(SbomImport::kMaxComponents));
            return false;
        }
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonValue v = list.at(i);
        if (!v.isObject()) {
            error(line, here, tr("A component must be a JSON object."));
            continue;
        }
        const QJsonObject o = v.toObject();
        readComponent(o, line, here);
        const QJsonValue nested = o.value(QStringLiteral("components"));
        if (nested.isArray()) {
            if (!walk(nested.toArray(), here + QStringLiteral(".components")))
                return false;
        } else if (!nested.isUndefined() && !nested.isNull()) {
            error(line, here + QStringLiteral(".components"),
                  tr("\"components\" must be a list."));
        }
    }
    return true;
}

void Parser::readComponent(const QJsonObject &o, int line, const QString &where)
{
    const QString name = stringOf(o, QStringLiteral("name"));
    const QString version = stringOf(o, QStringLiteral("version"));
    const QString label = name.isEmpty() ? where : (version.isEmpty() ? name : name + u'@' + version);
    const QString bomRef = o.value(QStringLiteral("bom-ref")).toString();
    if (!bomRef.isEmpty()) {
        const auto seen = m_bomRefs.constFind(bomRef);
        if (seen != m_bomRefs.cend()) {
            error(line, QStringLiteral("bom-ref"),
                  tr("Component %1: bom-ref \"%2\" is already used by the component on line %3; "
                     "each bom-ref must be unique.")
                      .arg(label, bomRef.left(200))
                      .arg(*seen));
        } else {
            m_bomRefs.insert(bomRef, line);
        }
    }
    const QString type = stringOf(o, QStringLiteral("type"));
    if (type == QLatin1String("file") || type == QLatin1String("data")) {
        warning(line, QStringLiteral("type"),
                tr("Component %1 is of type \"%2\", not software that runs: skipped.")
                    .arg(label, type));
        return;
    }
    if (name.isEmpty()) {
        error(line, QStringLiteral("name"), tr("The component %1 has no name; CycloneDX requires "
                                               "one.").arg(where));
        return;
    }
    const auto kind = kindOf(type);
    if (!kind) {
        if (type.isEmpty()) {
            error(line, QStringLiteral("type"),
                  tr("Component %1 has no type; expected e.g. library, application, "
                     "operating-system.").arg(label));
        } else {
            warning(line, QStringLiteral("type"),
                    tr("Component %1 is of type \"%2\", which is not tracked as inventory: "
                       "skipped.").arg(label, type.left(50)));
        }
        return;
    }
    SbomComponent sc;
    sc.bomRef = bomRef;
    sc.line = line;
    Component &c = sc.component;
    c.kind = *kind;
    c.product = name;
    c.version = version;
    // The group is the publisher's namespace (Maven groupId, npm scope); the supplier,
    // publisher or author name stands in for it when there is none.
    c.vendor = stringOf(o, QStringLiteral("group"));
    if (c.vendor.isEmpty())
        c.vendor = stringOf(o.value(QStringLiteral("supplier")).toObject(), QStringLiteral("name"));
    if (c.vendor.isEmpty())
        c.vendor = stringOf(o, QStringLiteral("publisher"));
    if (c.vendor.isEmpty())
        c.vendor = stringOf(o, QStringLiteral("author"));
    c.purl = stringOf(o, QStringLiteral("purl"));
    const QString cpeText = stringOf(o, QStringLiteral("cpe"));
    bool ok = true;
    if (!cpeText.isEmpty()) {
        const auto cpe = Cpe::parse(cpeText);
        if (!cpe) {
            error(line, QStringLiteral("cpe"),
                  tr("Component %1: the CPE name \"%2\" is malformed: %3 Expected a CPE 2.3 "
                     "name (cpe:2.3:a:vendor:product:version:...) or a 2.2 URI (cpe:/a:...).")
                      .arg(label, cpeText.left(200), cpe.error().message));
            ok = false;
        } else {
            c.cpe = cpe->toFormattedString();
        }
    }
    // The inventory's own field rules (lengths, control characters), checked on a probe that
    // belongs to a system so that only this component's fields are judged.
    Component probe = c;
    probe.systemId = 1;
    for (const QString &problem : validate(probe)) {
        error(line, {}, tr("Component %1: %2").arg(label, problem));
        ok = false;
    }
    if (ok)
        m_preview.components << sc;
}

} // namespace

SbomPreview SbomImport::parse(const QString &path)
{
    SbomPreview preview;
    preview.file = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (info.size() > kMaxFileSize) {
        preview.issues << ImportIssue{preview.file, 0, {},
                                      tr("The file is %1 MB; at most %2 MB is read.")
                                          .arg(info.size() / (1024 * 1024))
                                          .arg(kMaxFileSize / (1024 * 1024))};
        return preview;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        preview.issues << ImportIssue{preview.file, 0, {},
                                      tr("Cannot read the file: %1.").arg(f.errorString())};
        return preview;
    }
    // Read one byte past the limit: a file that grew after the size check is still refused.
    const QByteArray data = f.read(kMaxFileSize + 1);
    return parseData(data, preview.file);
}

SbomPreview SbomImport::parseData(const QByteArray &data, const QString &fileName)
{
    SbomPreview preview;
    preview.file = fileName;
    if (data.size() > kMaxFileSize) {
        preview.issues << ImportIssue{fileName, 0, {},
                                      tr("The file is larger than %1 MB, the most that is read.")
                                          .arg(kMaxFileSize / (1024 * 1024))};
        return preview;
    }
    Parser(data, preview).run();
    return preview;
}

Result<SbomImportReport> SbomImport::apply(Database &db, const SbomPreview &preview,
                                           const QString &systemCode)
{
    if (preview.hasErrors()) {
        return rejected(tr("%1 has errors, so nothing was imported. Correct them and import the "
                           "file again.")
                            .arg(preview.file));
    }
    SbomImportReport report;
    // parse() warns once per skipped component and for nothing else.
    report.skipped = int(std::count_if(preview.issues.cbegin(), preview.issues.cend(),
                                       [](const ImportIssue &i) { return !i.isError(); }));
    const Status st = db.transaction([&]() -> Status {
        SystemRepository systems(db);
        auto system = systems.findByCode(systemCode.trimmed());
        if (!system)
            return system.error();
        if (!*system)
            return rejected(tr("There is no system with code %1; create it first or check the "
                               "code given with --system.")
                                .arg(systemCode));
        const qint64 systemId = (*system)->id;
        ComponentRepository components(db);
        // The system's components are read once: one query, not one per SBOM entry.
        auto stored = components.findBySystem(systemId);
        if (!stored)
            return stored.error();
        const QChar sep(0x1f);
        auto keyOf = [&](const Component &c) {
            return toKey(c.kind) + sep + c.product.trimmed() + sep + c.version.trimmed();
        };
        QHash<QString, Component> byKey;
        for (const Component &c : std::as_const(*stored))
            byKey.insert(keyOf(c), c);
        for (const SbomComponent &sc : preview.components) {
            const QString key = keyOf(sc.component);
            const auto it = byKey.constFind(key);
            auto located = [&](const Error &e) {
                const ImportIssue where{preview.file, sc.line, {}, e.message};
                return Error{e.kind, where.toString()};
            };
            if (it == byKey.cend()) {
                Component created = sc.component;
                created.id = 0;
                created.systemId = systemId;
                auto r = components.insert(created);
                if (!r)
                    return located(r.error());
                byKey.insert(key, *r);
                ++report.created;
                continue;
            }
            Component target = *it;
            // What the SBOM leaves out is kept: a CPE entered by hand is not cleared by an SBOM
            // that names none.
            if (!sc.component.cpe.isEmpty())
                target.cpe = sc.component.cpe;
            if (!sc.component.purl.isEmpty())
                target.purl = sc.component.purl;
            if (!sc.component.vendor.isEmpty())
                target.vendor = sc.component.vendor;
            if (target.sameContent(*it)) {
                ++report.unchanged;
                continue;
            }
            auto r = components.update(target);
            if (!r)
                return located(r.error());
            byKey.insert(key, *r);
            ++report.updated;
        }
        return {};
    });
    if (!st)
        return st.error();
    return report;
}

} // namespace pp
