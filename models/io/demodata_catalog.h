// The tables behind the demo estate (demodata.cpp turns them into records). Plain data: every
// text is UTF-8, and nothing here depends on the seed.
#pragma once

#include "models/domain/enums.h"

#include <span>

namespace pp::Internal {

/// A product a component can be, with the patch levels it may run.
struct DemoProduct
{
    const char *key; ///< how systems refer to it, e.g. "rhel8"
    ComponentKind kind;
    const char *vendor;
    const char *product;
    /// Patch levels to pick from, "|"-separated; each is "shown version" or "shown=token" when
    /// the CPE or purl spells it differently ("2019=10.0.17763.6189"). A repeated choice is
    /// simply more likely.
    const char *versions;
    const char *cpe; ///< CPE 2.3 name, %1 = the token; "" when the product has none
    const char *purl; ///< package URL, %1 = the token; "" when none
    const char *eolProduct; ///< endoflife.date product id ("" = not tracked there)
    const char *eolCycle; ///< its release cycle, as spelt in the endoflife.date data
};

/// An operations team: the owner of systems and the pool their ops contacts come from.
struct DemoTeam
{
    const char *name;
    const char *lead; ///< second escalation step
    const char *contacts; ///< "|"-separated "Name <mail>" choices
};

/// An incident-response archetype (handbook: decided in advance, per kind of service).
/// Placeholders: escalation %1 ops contact, %2 team lead, %3 maintenance vendor;
/// logShortTerm %1 days; logLongTerm %1 years (both from the system's tier).
struct DemoProfile
{
    const char *initialResponse;
    const char *escalation;
    const char *recovery;
    const char *traceCheck;
    const char *logShortTerm;
    const char *logLongTerm;
};

enum DemoTeamId { Infra, Apps, Network, Security, Factory, Digital, Data, Operations };
enum DemoProfileId {
    NoProfile = -1,
    Business,
    WebJa,
    WebEn,
    Perimeter,
    Directory,
    Plant,
    Frozen,
    Saas,
    Infrastructure,
    Mail,
    PlatformEn,
    DataEn,
};

struct DemoSystem
{
    const char *code;
    const char *name;
    const char *description;
    DemoTeamId team;
    int tier;
    Environment environment;
    Exposure exposure;
    LifecycleState state;
    const char *window; ///< the name of its DemoWindow; "" for vendor-run SaaS
    DemoProfileId profile;
    const char *vendorSupport; ///< the maintenance vendor, last escalation step
    const char *firstStep; ///< opens the initial response: what is special here ("" = none)
    /// Space-separated product keys, each "key", "key:n" or "key:min-max" (instances);
    /// a leading "?" makes the component optional (present for about half the seeds).
    const char *components;
    bool perSite; ///< repeated per site in estates larger than the hand-written list
};

/// A settings note on one system's component (what an advisory would be judged against).
struct DemoNote
{
    const char *system;
    const char *product; ///< DemoProduct::key
    const char *text;
};

/// A recurring maintenance window shared by the systems that name it.
struct DemoWindow
{
    const char *name;
    const char *rrule;
    const char *dtstart; ///< local wall-clock time in Asia/Tokyo, "yyyy-MM-ddTHH:mm:ss"
    int minutes;
};

std::span<const DemoProduct> demoProducts();
std::span<const DemoWindow> demoWindows();
std::span<const DemoTeam> demoTeams();
std::span<const DemoProfile> demoProfiles();
std::span<const DemoSystem> demoSystems();
std::span<const DemoNote> demoNotes();
/// Sites (factories, warehouses, branches) for the site copies of perSite systems.
std::span<const char *const> demoSites();

} // namespace pp::Internal
