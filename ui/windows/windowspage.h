// The Windows page: the maintenance windows and blackouts (added, edited and deleted here,
// undoably) next to a month calendar of window occurrences, blackouts, Japanese public
// holidays and planned work.
#pragma once

#include "models/domain/plan.h"
#include "models/domain/system.h"
#include "ui/page.h"

#include <functional>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;

namespace pp {

class BlackoutDialog;
class BlackoutTableModel;
class IdFilterProxyModel;
class MessageBar;
class MonthView;
class WindowDialog;
class WindowTableModel;
class Workspace;

class WindowsPage : public Page
{
    Q_OBJECT

public:
    explicit WindowsPage(Workspace *workspace, QWidget *parent = nullptr);

    bool canCreate() const override;
    /// Adds a maintenance window (Ctrl+N).
    void createItem() override;
    bool canDelete() const override;
    /// Deletes the selected window or blackout (of the table used last), after asking.
    void deleteSelected() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    QString exportName() const override;

    void editWindow();
    void deleteWindow();
    void addBlackout();
    void editBlackout();
    void deleteBlackout();
    /// Shows the calendar for the windows and blackouts of system @p systemId (0: all).
    void showSystem(qint64 systemId);

    /// Runs a dialog; returns true when the user saved (tests fill it in and answer directly).
    using WindowDialogRunner = std::function<bool(WindowDialog &)>;
    void setWindowDialogRunner(WindowDialogRunner runner) { m_runWindow = std::move(runner); }
    using BlackoutDialogRunner = std::function<bool(BlackoutDialog &)>;
    void setBlackoutDialogRunner(BlackoutDialogRunner r) { m_runBlackout = std::move(r); }
    /// Asks before deleting; returns true to delete (tests answer directly).
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(Confirmer confirm) { m_confirm = std::move(confirm); }

    // For tests.
    QTableView *windowTable() const { return m_windowTable; }
    QTableView *blackoutTable() const { return m_blackoutTable; }
    WindowTableModel *windowModel() const { return m_windowModel; }
    BlackoutTableModel *blackoutModel() const { return m_blackoutModel; }
    MonthView *monthView() const { return m_month; }
    QListWidget *dayList() const { return m_dayList; }
    QComboBox *systemChooser() const { return m_system; }
    MessageBar *messageBar() const { return m_messages; }
    qint64 selectedWindowId() const;
    qint64 selectedBlackoutId() const;
    void selectWindow(qint64 id);
    void selectBlackout(qint64 id);
    /// Reads everything again now (the page otherwise reloads when shown, coalesced).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleReload();
    void applyFilter();
    void refreshCalendar();
    void showDay(const QDate &day);
    void updateActions();
    void sizeColumns();
    bool confirm(const QString &title, const QString &question);
    QStringList groupNames() const;

    Workspace *m_workspace;
    WindowTableModel *m_windowModel;
    BlackoutTableModel *m_blackoutModel;
    IdFilterProxyModel *m_windowProxy;
    IdFilterProxyModel *m_blackoutProxy;
    MessageBar *m_messages;
    QSplitter *m_splitter;
    QSplitter *m_tables;
    QTableView *m_windowTable;
    QTableView *m_blackoutTable;
    QPushButton *m_addWindow;
    QPushButton *m_editWindow;
    QPushButton *m_deleteWindow;
    QPushButton *m_addBlackout;
    QPushButton *m_editBlackout;
    QPushButton *m_deleteBlackout;
    QComboBox *m_system;
    MonthView *m_month;
    QLabel *m_dayTitle;
    QListWidget *m_dayList;
    WindowDialogRunner m_runWindow;
    BlackoutDialogRunner m_runBlackout;
    Confirmer m_confirm;
    QList<System> m_systems;
    QList<MaintenanceWindow> m_windows;
    QList<Blackout> m_blackouts;
    bool m_holidaysAreBlackouts = true;
    bool m_reloadPending = false;
    bool m_dirty = true;
    bool m_columnsSized = false;
    QTableView *m_lastTable = nullptr;
};

} // namespace pp
