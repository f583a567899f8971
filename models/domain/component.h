// A product instance a system runs on or with (構成要素).
#pragma once

#include "models/domain/enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pp {

struct Component
{
    qint64 id = 0;       ///< 0 until stored
    qint64 systemId = 0; ///< the system it belongs to
    ComponentKind kind = ComponentKind::Os;
    QString vendor;
    QString product;
    QString version;
    int instances = 1;
    QString cpe;        ///< CPE 2.3 formatted string for vulnerability matching (may be empty)
    QString purl;       ///< package URL (may be empty)
    QString eolProduct; ///< endoflife.date product id, e.g. "rhel"
    QString eolCycle;   ///< endoflife.date release cycle, e.g. "8"
    QString notes;      ///< architecture and settings notes, to judge advisories against
    int rowVersion = 0;
    QDateTime updatedAt; ///< UTC

    /// Everything a user edits, for the audit trail's before and after.
    QJsonObject toJson() const;
    bool sameContent(const Component &other) const;
    /// "Vendor Product Version" for messages and titles.
    QString label() const;
};

} // namespace pp
