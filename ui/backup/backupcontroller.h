// File > Back up database…, Restore database… and Run restore drill…: the three actions, their
// dialogs and decisions, and the workers that do the work. Each worker opens a Database of its own
// on the open database's location (a Qt SQL connection belongs to the thread that opened it), so
// the window never waits; the main window only puts the actions in its menus.
#pragma once

#include "models/result.h"
#include "models/storage/backup.h"
#include "ui/widgets/messagebar.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace pp {

class Workspace;

class BackupController : public QObject
{
    Q_OBJECT

public:
    /// @p window parents the dialogs.
    BackupController(Workspace *workspace, QWidget *window);

    QAction *backupAction() const { return m_backupAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    QAction *drillAction() const { return m_drillAction; }
    bool isBusy() const { return m_busy; }

    /// Asks for a file, then backs up in the background.
    void backUp();
    /// Backs up to @p file without asking (the file dialog has asked about replacing it).
    void backUpTo(const QString &file, bool overwrite);
    /// Asks for a backup file, checks it, asks whether to replace the database, restores.
    void restore();
    /// The same for @p file, without the file dialog.
    void restoreFrom(const QString &file);
    /// Runs the restore drill in the background and shows its result.
    void runDrill();

signals:
    /// A result or an error for the window's message bar.
    void messageReady(const QString &text, MessageBar::Type type, int timeoutMs);
    /// The restore closed the database to replace it: open @p location again (with @p password,
    /// the one it was opened with, never stored).
    void reopenRequested(const QString &location, const QString &password);
    /// A worker started or finished.
    void busyChanged(bool busy);
    /// The drill finished and its dialog is shown (for tests and screenshots).
    void drillShown(QWidget *dialog);

private:
    template <typename T>
    void runTask(const QString &title, bool cancellable,
        std::function<Result<T>(const BackupProgress &)> work,
        std::function<void(const Result<T> &)> done);
    void askAndRestore(const BackupInfo &info);
    void setBusy(bool busy);
    void updateActions();
    QString password() const;

    Workspace *m_workspace;
    QWidget *m_window;
    QAction *m_backupAction;
    QAction *m_restoreAction;
    QAction *m_drillAction;
    bool m_busy = false;
};

} // namespace pp
