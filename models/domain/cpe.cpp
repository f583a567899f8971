// CPE names (see cpe.h). Both bindings are read into one normal form, the value as NIST IR 7695
// writes it in a well-formed name (WFN): lowercase, letters, digits and '_' as they are, every
// other character escaped with '\', and unescaped '*' / '?' only as wildcards at the ends. So
// "node.js" (formatted string), "node\.js" (NVD's spelling) and "node.js" (2.2 URI) are the same
// attribute, and two Cpe compare equal whenever they name the same thing.
#include "models/domain/cpe.h"

#include <QVarLengthArray>

namespace pp {
namespace {

// Field numbers in messages count the formatted string's fields from "cpe" = 0, so the version
// is "field 5" as the header says, whichever binding the name came in.
constexpr int kFirstAttrField = 2;

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

/// Printable ASCII other than letters, digits and '_': what a WFN value holds escaped.
bool isPunct(QChar c)
{
    const char16_t u = c.unicode();
    return u > 0x20 && u < 0x7f && !isAsciiAlnum(c) && u != '_';
}

QChar lower(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') ? QChar(char16_t(u + 32)) : c;
}

/// Describes a character for a message: printable ones quoted, others as U+XXXX.
QString describe(QChar c)
{
    if (c.unicode() > 0x20 && c.unicode() < 0x7f)
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}

/// One character of a value being read: a literal or a wildcard.
struct Item
{
    enum Kind { Literal, Star, Question } kind;
    QChar c;
};
// Real values are short: keep them on the stack (parsing runs once per criterion, millions).
using Items = QVarLengthArray<Item, 64>;

/// "field 5 (version)": built only for a message, since tr() is not free.
QString fieldName(Cpe::Attr attr)
{
    return Cpe::tr("field %1 (%2)").arg(int(attr) + kFirstAttrField).arg(Cpe::attrName(attr));
}

/// Builds the WFN form from the characters of one value and checks the wildcard rules: a single
/// '*' or a run of '?' at the start and at the end, nothing else in between, and at least one
/// literal unless the value is only '?'s. Returns an empty string and sets @p error when the
/// rules are broken. Part only takes a, o and h.
QString buildValue(const Items &items, Cpe::Attr attr, QString *error)
{
    const auto where = [attr] { return fieldName(attr); };
    qsizetype first = 0;
    qsizetype last = items.size();
    if (first < last && items[first].kind == Item::Star) {
        ++first;
    } else {
        while (first < last && items[first].kind == Item::Question)
            ++first;
    }
    if (first == last && first > 0 && items[0].kind == Item::Question) {
        // "?", "??": any one (two) character(s).
    } else {
        if (last > first && items[last - 1].kind == Item::Star) {
            --last;
        } else {
            while (last > first && items[last - 1].kind == Item::Question)
                --last;
        }
        if (first == last) {
            *error = Cpe::tr("%1: a wildcard needs some text next to it; expected a value, "
                             "* (any) or - (not applicable)").arg(where());
            return {};
        }
        for (qsizetype i = first; i < last; ++i) {
            if (items[i].kind != Item::Literal) {
                *error = Cpe::tr("%1: the wildcard %2 is in the middle of the value; '*' and "
                                 "'?' may only start or end a value (escape them as \\* or \\? "
                                 "to mean the character)")
                             .arg(where(), items[i].kind == Item::Star ? QStringLiteral("'*'")
                                                                     : QStringLiteral("'?'"));
                return {};
            }
        }
    }
    QString out;
    out.reserve(items.size() * 2);
    for (const Item &it : items) {
        switch (it.kind) {
        case Item::Star: out += QLatin1Char('*'); break;
        case Item::Question: out += QLatin1Char('?'); break;
        case Item::Literal:
            if (isPunct(it.c))
                out += QLatin1Char('\\');
            out += lower(it.c);
            break;
        }
    }
    if (attr == Cpe::Part && out != QLatin1String("a") && out != QLatin1String("o")
        && out != QLatin1String("h")) {
        *error = Cpe::tr("%1: the part \"%2\" is not one of a (application), o (operating "
                         "system), h (hardware) or * (any)").arg(where(), out);
        return {};
    }
    return out;
}

/// Reads one attribute of a 2.3 formatted string (already split on unescaped ':').
Result<CpeAttribute> readFormattedAttr(QStringView field, Cpe::Attr attr)
{
    const auto where = [attr] { return fieldName(attr); };
    if (field == QLatin1String("*"))
        return CpeAttribute::any();
    if (field == QLatin1String("-")) {
        if (attr == Cpe::Part)
            return rejected(Cpe::tr("%1: the part may not be - (not applicable); expected a, o, "
                                    "h or *").arg(where()));
        return CpeAttribute::na();
    }
    if (field.isEmpty())
        return rejected(Cpe::tr("%1 is empty; expected a value, * (any) or - (not applicable)")
                            .arg(where()));
    Items items;
    items.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field[i];
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= field.size())
                return rejected(Cpe::tr("%1 ends with a backslash; a backslash must be followed "
                                        "by the punctuation character it quotes").arg(where()));
            const QChar next = field[++i];
            if (!isPunct(next) && next != QLatin1Char('_'))
                return rejected(Cpe::tr("%1: the backslash before %2 quotes nothing; only "
                                        "punctuation may be quoted").arg(where(), describe(next)));
            items.append({Item::Literal, next});
        } else if (c == QLatin1Char('*')) {
            items.append({Item::Star, c});
        } else if (c == QLatin1Char('?')) {
            items.append({Item::Question, c});
        } else if (isAsciiAlnum(c) || c == QLatin1Char('_') || c == QLatin1Char('.')
                   || c == QLatin1Char('-') || c == QLatin1Char('~')) {
            // IR 7695 binds '.', '-' and '_' unquoted; '~' is read unquoted too.
            items.append({Item::Literal, c});
        } else if (isPunct(c)) {
            return rejected(Cpe::tr("%1: the character %2 must be quoted as \\%3")
                                .arg(where(), describe(c), c));
        } else {
            return rejected(Cpe::tr("%1: the character %2 is not allowed; a CPE value holds "
                                    "letters, digits and quoted punctuation only")
                                .arg(where(), describe(c)));
        }
    }
    QString error;
    QString value = buildValue(items, attr, &error);
    if (!error.isEmpty())
        return rejected(error);
    return CpeAttribute{CpeAttribute::Kind::Value, std::move(value)};
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

/// Reads one component of a 2.2 URI (or one part of a packed edition).
Result<CpeAttribute> readUriAttr(QStringView comp, Cpe::Attr attr)
{
    const auto where = [attr] { return fieldName(attr); };
    if (comp.isEmpty())
        return CpeAttribute::any();
    if (comp == QLatin1String("-")) {
        if (attr == Cpe::Part)
            return rejected(Cpe::tr("%1: the part may not be - (not applicable); expected a, o, "
                                    "h or empty").arg(where()));
        return CpeAttribute::na();
    }
    Items items;
    items.reserve(comp.size());
    for (qsizetype i = 0; i < comp.size(); ++i) {
        const QChar c = comp[i];
        if (c == QLatin1Char('%')) {
            const int hi = i + 1 < comp.size() ? hexDigit(comp[i + 1]) : -1;
            const int lo = i + 2 < comp.size() ? hexDigit(comp[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                return rejected(Cpe::tr("%1: '%' must be followed by two hexadecimal digits")
                                    .arg(where()));
            const int code = hi * 16 + lo;
            i += 2;
            if (code == 0x01) {
                items.append({Item::Question, QLatin1Char('?')});
            } else if (code == 0x02) {
                items.append({Item::Star, QLatin1Char('*')});
            } else if (isPunct(QChar(char16_t(code))) || code == '_') {
                items.append({Item::Literal, QChar(char16_t(code))});
            } else {
                return rejected(Cpe::tr("%1: %%2 does not encode a punctuation character")
                                    .arg(where(), comp.mid(i - 1, 2).toString()));
            }
        } else if (isAsciiAlnum(c) || c == QLatin1Char('_') || c == QLatin1Char('.')
                   || c == QLatin1Char('-') || c == QLatin1Char('~')) {
            items.append({Item::Literal, c});
        } else {
            return rejected(Cpe::tr("%1: the character %2 is not allowed in a CPE 2.2 name; "
                                    "percent-encode punctuation (e.g. %28 for '(')")
                                .arg(where(), describe(c)));
        }
    }
    QString error;
    QString value = buildValue(items, attr, &error);
    if (!error.isEmpty())
        return rejected(error);
    return CpeAttribute{CpeAttribute::Kind::Value, std::move(value)};
}

/// Splits @p s on every ':' not quoted by a backslash (a backslash quotes the next character,
/// including another backslash).
QList<QStringView> splitUnescaped(QStringView s)
{
    QList<QStringView> out;
    out.reserve(13);
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\')) {
            ++i;
        } else if (s[i] == QLatin1Char(':')) {
            out.append(s.mid(start, i - start));
            start = i + 1;
        }
    }
    out.append(s.mid(start));
    return out;
}

Result<Cpe> parseFormatted(QStringView text)
{
    const QList<QStringView> fields = splitUnescaped(text);
    if (fields.size() != 13)
        return rejected(Cpe::tr("The CPE 2.3 name has %1 fields; expected 13 "
                                "(cpe:2.3:part:vendor:product:version:update:edition:language:"
                                "sw_edition:target_sw:target_hw:other)").arg(fields.size()));
    Cpe cpe;
    for (int a = 0; a < Cpe::AttrCount; ++a) {
        auto attr = readFormattedAttr(fields[a + kFirstAttrField], Cpe::Attr(a));
        if (!attr.ok())
            return attr.error();
        cpe.setAttr(Cpe::Attr(a), std::move(attr.value()));
    }
    return cpe;
}

Result<Cpe> parseUri(QStringView text)
{
    const QList<QStringView> comps = text.split(QLatin1Char(':'));
    if (comps.size() > 7)
        return rejected(Cpe::tr("The CPE 2.2 name has %1 components; expected at most 7 "
                                "(cpe:/part:vendor:product:version:update:edition:language)")
                            .arg(comps.size()));
    Cpe cpe;
    static constexpr Cpe::Attr kUriAttrs[] = {Cpe::Part, Cpe::Vendor, Cpe::Product,
                                              Cpe::Version, Cpe::Update, Cpe::Edition,
                                              Cpe::Language};
    for (qsizetype i = 0; i < comps.size(); ++i) {
        const Cpe::Attr attr = kUriAttrs[i];
        if (attr == Cpe::Edition && comps[i].startsWith(QLatin1Char('~'))) {
            // A packed edition carries the five extended attributes of CPE 2.3.
            const QList<QStringView> packed = comps[i].mid(1).split(QLatin1Char('~'));
            if (packed.size() != 5)
                return rejected(Cpe::tr("field %1 (edition): a packed edition has %2 parts; "
                                        "expected ~edition~sw_edition~target_sw~target_hw~other")
                                    .arg(int(Cpe::Edition) + kFirstAttrField)
                                    .arg(packed.size()));
            static constexpr Cpe::Attr kPacked[] = {Cpe::Edition, Cpe::SwEdition, Cpe::TargetSw,
                                                    Cpe::TargetHw, Cpe::Other};
            for (int k = 0; k < 5; ++k) {
                auto v = readUriAttr(packed[k], kPacked[k]);
                if (!v.ok())
                    return v.error();
                cpe.setAttr(kPacked[k], std::move(v.value()));
            }
            continue;
        }
        auto v = readUriAttr(comps[i], attr);
        if (!v.ok())
            return v.error();
        cpe.setAttr(attr, std::move(v.value()));
    }
    return cpe;
}

/// Matches a literal text (wildcard-free, unescaped) at @p pos of @p target.
bool literalAt(QStringView target, qsizetype pos, QStringView lit)
{
    if (pos < 0 || pos + lit.size() > target.size())
        return false;
    return target.mid(pos, lit.size()).compare(lit, Qt::CaseInsensitive) == 0;
}

/// Removes the escapes of a WFN value: "node\.js" -> "node.js". Wildcards are kept.
QString unescape(QStringView v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\') && i + 1 < v.size())
            ++i;
        out += v[i];
    }
    return out;
}

} // namespace

QString CpeAttribute::text() const
{
    switch (kind) {
    case Kind::Any: return QStringLiteral("*");
    case Kind::Na: return QStringLiteral("-");
    case Kind::Value: break;
    }
    return unescape(value);
}

Result<Cpe> Cpe::parse(QStringView text)
{
    if (text.size() > kMaxLength)
        return rejected(tr("The CPE name is %1 characters long; at most %2 are accepted")
                            .arg(text.size()).arg(kMaxLength));
    text = text.trimmed();
    if (text.isEmpty())
        return rejected(tr("The CPE name is empty; expected cpe:2.3:… or cpe:/…"));
    if (text.startsWith(QLatin1String("cpe:2.3:"), Qt::CaseInsensitive))
        return parseFormatted(text);
    if (text.startsWith(QLatin1String("cpe:/"), Qt::CaseInsensitive))
        return parseUri(text.mid(5));
    return rejected(tr("\"%1\" is not a CPE name; expected cpe:2.3:… (CPE 2.3) or cpe:/… "
                       "(CPE 2.2)").arg(text.left(40).toString()));
}

QString Cpe::toFormattedString() const
{
    QString out = QStringLiteral("cpe:2.3");
    out.reserve(64);
    for (const CpeAttribute &a : m_attrs) {
        out += QLatin1Char(':');
        switch (a.kind) {
        case CpeAttribute::Kind::Any: out += QLatin1Char('*'); break;
        case CpeAttribute::Kind::Na: out += QLatin1Char('-'); break;
        case CpeAttribute::Kind::Value:
            // IR 7695 binds '.', '-' and '_' unquoted; a value that is only "\-" stays quoted,
            // else it would read back as NA.
            if (a.value == QLatin1String("\\-")) {
                out += a.value;
                break;
            }
            for (qsizetype i = 0; i < a.value.size(); ++i) {
                const QChar c = a.value[i];
                if (c == QLatin1Char('\\') && i + 1 < a.value.size()) {
                    const QChar next = a.value[++i];
                    if (next != QLatin1Char('.') && next != QLatin1Char('-')
                        && next != QLatin1Char('_'))
                        out += c;
                    out += lower(next);
                } else {
                    out += lower(c);
                }
            }
            break;
        }
    }
    return out;
}

QString Cpe::attrName(Attr a)
{
    switch (a) {
    case Part: return tr("part");
    case Vendor: return tr("vendor");
    case Product: return tr("product");
    case Version: return tr("version");
    case Update: return tr("update");
    case Edition: return tr("edition");
    case Language: return tr("language");
    case SwEdition: return tr("sw_edition");
    case TargetSw: return tr("target_sw");
    case TargetHw: return tr("target_hw");
    case Other: return tr("other");
    case AttrCount: break;
    }
    return {};
}

bool cpeAttributeMatches(const CpeAttribute &source, const CpeAttribute &target)
{
    if (source.isAny())
        return true;
    if (source.isNa())
        return target.isNa() || target.isAny();
    if (target.isAny())
        return true;
    if (target.isNa())
        return false;

    // The source is [* | ?...] literal [* | ?...]; the target is taken literally.
    const QStringView s = source.value;
    qsizetype first = 0;
    qsizetype last = s.size();
    bool leadStar = false;
    bool trailStar = false;
    qsizetype leadQ = 0;
    qsizetype trailQ = 0;
    if (first < last && s[first] == QLatin1Char('*')) {
        leadStar = true;
        ++first;
    } else {
        while (first < last && s[first] == QLatin1Char('?')) {
            ++leadQ;
            ++first;
        }
    }
    // A trailing wildcard counts only when it is not quoted: an even number of backslashes
    // (none, in the normal form) precedes it.
    const auto quoted = [&](qsizetype pos) {
        qsizetype n = 0;
        while (pos - 1 - n >= first && s[pos - 1 - n] == QLatin1Char('\\'))
            ++n;
        return n % 2 == 1;
    };
    if (last > first && s[last - 1] == QLatin1Char('*') && !quoted(last - 1)) {
        trailStar = true;
        --last;
    } else {
        while (last > first && s[last - 1] == QLatin1Char('?') && !quoted(last - 1)) {
            ++trailQ;
            --last;
        }
    }
    const QString lit = unescape(s.mid(first, last - first));
    const QString tgt = unescape(target.value);
    const QStringView t = tgt;

    if (!leadStar) {
        const qsizetype pos = leadQ;
        if (!literalAt(t, pos, lit))
            return false;
        const qsizetype rest = t.size() - pos - lit.size();
        return trailStar ? rest >= 0 : rest == trailQ;
    }
    if (!trailStar) {
        const qsizetype pos = t.size() - trailQ - lit.size();
        return pos >= 0 && literalAt(t, pos, lit);
    }
    return t.contains(lit, Qt::CaseInsensitive);
}

bool cpeMatchesExceptVersion(const Cpe &criteria, const Cpe &target)
{
    for (int a = 0; a < Cpe::AttrCount; ++a) {
        if (a == Cpe::Version || a == Cpe::Update)
            continue;
        if (!cpeAttributeMatches(criteria.attr(Cpe::Attr(a)), target.attr(Cpe::Attr(a))))
            return false;
    }
    return true;
}

} // namespace pp
