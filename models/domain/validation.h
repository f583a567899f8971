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

} // namespace pp
