#include "ui/recentfiles.h"

#include "ui/uisettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace pp {
namespace {

const QString kKey = QStringLiteral("recentDatabases");

bool isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgres"));
}

bool stillThere(const QString &location)
{
    return isServer(location) || QFileInfo::exists(location);
}

} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    m_locations = Internal::UiSettings().value(kKey).toStringList();
    rebuildMenu();
    // Files removed since the menu was built disappear when it is opened.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
}

void RecentFiles::add(const QString &location)
{
    m_locations.removeAll(location);
    m_locations.prepend(location);
    while (m_locations.size() > kMaxEntries)
        m_locations.removeLast();
    save();
    // Later: this may run from one of the menu's own actions, which rebuilding deletes.
    QMetaObject::invokeMethod(this, &RecentFiles::rebuildMenu, Qt::QueuedConnection);
}

QStringList RecentFiles::locations() const
{
    QStringList out;
    for (const QString &l : m_locations) {
        if (stillThere(l))
            out << l;
    }
    return out;
}

void RecentFiles::rebuildMenu()
{
    const QStringList present = locations();
    if (present != m_locations) {
        m_locations = present;
        save();
    }
    m_menu->clear();
    for (int i = 0; i < m_locations.size(); ++i) {
        const QString &location = m_locations.at(i);
        const QString shown = isServer(location) ? location : QDir::toNativeSeparators(location);
        // &1 .. &8 as keyboard accelerators.
        QAction *action = m_menu->addAction(tr("&%1 %2").arg(i + 1).arg(shown));
        connect(action, &QAction::triggered, this,
                [this, location]() { emit openRequested(location); });
    }
    if (m_locations.isEmpty()) {
        m_menu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear list")), &QAction::triggered, this, [this]() {
        m_locations.clear();
        save();
        QMetaObject::invokeMethod(this, &RecentFiles::rebuildMenu, Qt::QueuedConnection);
    });
}

void RecentFiles::save() const
{
    Internal::UiSettings().setValue(kKey, m_locations);
}

} // namespace pp
