// Where the window keeps what it remembers: QSettings under PatchPlanner/patchplanner.
#pragma once

#include <QSettings>

namespace pp::Internal {

inline constexpr char kOrganization[] = "PatchPlanner";
inline constexpr char kApplication[] = "patchplanner";

/// The settings of the window, whatever the application's names were set to.
class UiSettings : public QSettings
{
public:
    UiSettings()
        : QSettings(QString::fromLatin1(kOrganization), QString::fromLatin1(kApplication))
    {
    }
};

} // namespace pp::Internal
