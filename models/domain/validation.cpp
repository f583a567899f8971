#include "models/domain/validation.h"

#include "models/tr.h"

namespace pp {
namespace {

void checkLength(QStringList &problems, const QString &field, const QString &value, int max)
{
    if (value.size() > max) {
        problems << Tr::tr("%1 is %2 characters long; at most %3 are allowed.")
                        .arg(field)
                        .arg(value.size())
                        .arg(max);
    }
}

bool hasControlCharacters(const QString &value)
{
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n')
            && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            return true;
    }
    return false;
}

} // namespace

QStringList validate(const System &s)
{
    QStringList p;
    if (s.code.trimmed().isEmpty())
        p << Tr::tr("The system code is required.");
    if (s.name.trimmed().isEmpty())
        p << Tr::tr("The system name is required.");
    if (s.criticality < kMinCriticality || s.criticality > kMaxCriticality) {
        p << Tr::tr("Criticality must be a tier from %1 to %2, not %3.")
                 .arg(kMinCriticality)
                 .arg(kMaxCriticality)
                 .arg(s.criticality);
    }
    checkLength(p, Tr::tr("The system code"), s.code, kMaxShortFieldLength);
    checkLength(p, Tr::tr("The system name"), s.name, kMaxShortFieldLength);
    checkLength(p, Tr::tr("The owner team"), s.ownerTeam, kMaxShortFieldLength);
    checkLength(p, Tr::tr("The ops contact"), s.opsContact, kMaxShortFieldLength);
    for (const QString &text : {s.description, s.windowSchedule, s.profile.initialResponse,
                                s.profile.escalationContacts, s.profile.recoveryPolicy,
                                s.profile.traceCheckProcedure, s.profile.logShortTerm,
                                s.profile.logLongTerm}) {
        checkLength(p, Tr::tr("A text field"), text, kMaxFieldLength);
    }
    if (hasControlCharacters(s.code) || hasControlCharacters(s.name))
        p << Tr::tr("The system code and name may not contain control characters.");
    return p;
}

QStringList validate(const Component &c)
{
    QStringList p;
    if (c.systemId <= 0)
        p << Tr::tr("A component must belong to a system.");
    if (c.product.trimmed().isEmpty())
        p << Tr::tr("The product is required.");
    if (c.instances < 0 || c.instances > kMaxInstances) {
        p << Tr::tr("Instances must be a whole number from 0 to %1, not %2.")
                 .arg(kMaxInstances)
                 .arg(c.instances);
    }
    checkLength(p, Tr::tr("The vendor"), c.vendor, kMaxShortFieldLength);
    checkLength(p, Tr::tr("The product"), c.product, kMaxShortFieldLength);
    checkLength(p, Tr::tr("The version"), c.version, kMaxShortFieldLength);
    checkLength(p, Tr::tr("The CPE name"), c.cpe, kMaxShortFieldLength * 2);
    checkLength(p, Tr::tr("The package URL"), c.purl, kMaxShortFieldLength * 2);
    checkLength(p, Tr::tr("The endoflife.date product"), c.eolProduct, kMaxShortFieldLength);
    checkLength(p, Tr::tr("The release cycle"), c.eolCycle, kMaxShortFieldLength);
    checkLength(p, Tr::tr("The notes"), c.notes, kMaxFieldLength);
    if (!c.cpe.isEmpty() && !c.cpe.startsWith(QLatin1String("cpe:2.3:"))
        && !c.cpe.startsWith(QLatin1String("cpe:/"))) {
        p << Tr::tr("The CPE name must start with \"cpe:2.3:\" (or \"cpe:/\" for CPE 2.2).");
    }
    if (hasControlCharacters(c.product) || hasControlCharacters(c.version)
        || hasControlCharacters(c.vendor))
        p << Tr::tr("Vendor, product and version may not contain control characters.");
    return p;
}

} // namespace pp

namespace pp {

QStringList validateField(const System &s, SystemField field)
{
    // A record that validate() accepts; only the asked field differs from it.
    System probe;
    probe.code = QStringLiteral("X");
    probe.name = QStringLiteral("X");
    switch (field) {
    case SystemField::Code: probe.code = s.code; break;
    case SystemField::Name: probe.name = s.name; break;
    case SystemField::OwnerTeam: probe.ownerTeam = s.ownerTeam; break;
    case SystemField::OpsContact: probe.opsContact = s.opsContact; break;
    case SystemField::Criticality: probe.criticality = s.criticality; break;
    }
    return validate(probe);
}

QStringList validateField(const Component &c, ComponentField field)
{
    Component probe;
    probe.systemId = 1;
    probe.product = QStringLiteral("X");
    switch (field) {
    case ComponentField::Vendor: probe.vendor = c.vendor; break;
    case ComponentField::Product: probe.product = c.product; break;
    case ComponentField::Version: probe.version = c.version; break;
    case ComponentField::Instances: probe.instances = c.instances; break;
    case ComponentField::Cpe: probe.cpe = c.cpe; break;
    case ComponentField::Purl: probe.purl = c.purl; break;
    case ComponentField::EolProduct: probe.eolProduct = c.eolProduct; break;
    case ComponentField::EolCycle: probe.eolCycle = c.eolCycle; break;
    case ComponentField::Notes: probe.notes = c.notes; break;
    }
    return validate(probe);
}

} // namespace pp
