// Field rules of the inventory, in one place: the editors, the importers and the repositories
// all ask here.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"

#include <QStringList>

namespace pp {

/// Longest text accepted in any single field (characters). Longer values are rejected, never cut.
constexpr int kMaxFieldLength = 4000;
/// Longest code, name, vendor, product or version.
constexpr int kMaxShortFieldLength = 200;
/// Most instances a component may have.
constexpr int kMaxInstances = 1000000;

/// Problems with @p s, each a sentence for the user naming the field; empty when valid.
QStringList validate(const System &s);
QStringList validate(const Component &c);

/// The fields validate() checks one at a time, so that an importer can pin a problem to the
/// column it came from.
enum class SystemField { Code, Name, OwnerTeam, OpsContact, Criticality };
enum class ComponentField { Vendor, Product, Version, Instances, Cpe, Purl, EolProduct, EolCycle,
                            Notes };

/// The problems validate() reports for @p field of @p s (or @p c) alone: the field is copied into
/// an otherwise valid record and that is validated, so the rules stay in validate() only.
QStringList validateField(const System &s, SystemField field);
QStringList validateField(const Component &c, ComponentField field);

} // namespace pp
