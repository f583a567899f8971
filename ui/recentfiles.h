// File > Open Recent: the last databases opened, remembered in the settings.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace pp {

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 8;

    /// Fills @p menu (kept up to date) from the settings.
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    /// Puts @p location first and saves the list.
    void add(const QString &location);
    /// The locations, most recent first; files that no longer exist are left out.
    QStringList locations() const;

signals:
    void openRequested(const QString &location);

private:
    void rebuildMenu();
    void save() const;

    QMenu *m_menu;
    QStringList m_locations;
};

} // namespace pp
