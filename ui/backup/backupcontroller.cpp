#include "ui/backup/backupcontroller.h"

#include "models/storage/database.h"
#include "models/workerpool.h"
#include "models/workspace.h"
#include "ui/backup/backupprogressdialog.h"
#include "ui/backup/drilldialog.h"
#include "ui/uisettings.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace pp {
namespace {

const QString kBackupFolder = QStringLiteral("backup/lastFolder");
/// Below this a worker's progress dialog does not show at all.
constexpr int kProgressDelayMs = 250;

QString backupFilter()
{
    return BackupController::tr("Patch Planner backups (*.ppdb *.db *.sqlite);;All files (*)");
}

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

bool isPostgres(const QString &location)
{
    return location.startsWith(QLatin1String("postgres"));
}

/// The database the worker opens: as it is, never migrated (a backup keeps its source's schema
/// version), with the password the window's connection was opened with.
Result<std::unique_ptr<Database>> openInWorker(const QString &location, const QString &password)
{
    Database::Options options;
    options.create = false;
    options.targetVersion = 0;
    options.password = password;
    return Database::open(location, options);
}

} // namespace

BackupController::BackupController(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_backupAction(new QAction(tr("&Back up database\u2026"), this))
    , m_restoreAction(new QAction(tr("&Restore database\u2026"), this))
    , m_drillAction(new QAction(tr("Run restore &drill\u2026"), this))
{
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setToolTip(tr("Write a consistent copy of the open database to a file"));
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setToolTip(tr("Replace the open database with a backup, after checking it"));
    m_drillAction->setObjectName(QStringLiteral("drillAction"));
    m_drillAction->setToolTip(tr("Back up, restore into a scratch database and compare, to "
                                 "prove that the backups work"));
    connect(m_backupAction, &QAction::triggered, this, &BackupController::backUp);
    connect(m_restoreAction, &QAction::triggered, this, &BackupController::restore);
    connect(m_drillAction, &QAction::triggered, this, &BackupController::runDrill);
    connect(m_workspace, &Workspace::databaseChanged, this, &BackupController::updateActions);
    updateActions();
}

void BackupController::updateActions()
{
    const bool open = m_workspace->isOpen();
    m_backupAction->setEnabled(open && !m_busy);
    m_restoreAction->setEnabled(open && !m_workspace->isReadOnly() && !m_busy);
    m_drillAction->setEnabled(open && !m_busy);
}

void BackupController::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
    emit busyChanged(busy);
}

QString BackupController::password() const
{
    // A password typed into the connect dialog lives only in the window's connection; the
    // worker's own connection needs it too.
    const Database *db = m_workspace->database();
    return db ? db->connection().password() : QString();
}

template <typename T>
void BackupController::runTask(const QString &title, bool cancellable,
    std::function<Result<T>(const BackupProgress &)> work,
    std::function<void(const Result<T> &)> done)
{
    setBusy(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *dialog = new BackupProgressDialog(title, m_window);
    dialog->setCancellable(cancellable);
    connect(dialog, &BackupProgressDialog::cancelRequested, this, [cancel]() { *cancel = true; });

    // The result always arrives (cancelling is the work's own decision, reported as an error),
    // so a restore that ran past its last point of return is never lost.
    using Outcome = std::shared_ptr<Result<T>>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, dialog,
        &BackupProgressDialog::setValue);
    connect(
        watcher, &QFutureWatcherBase::progressTextChanged, dialog, &BackupProgressDialog::setStep);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dialog, done]() {
        watcher->deleteLater();
        dialog->finish();
        dialog->deleteLater();
        const Outcome outcome
            = watcher->future().resultCount() > 0 ? watcher->future().result() : Outcome();
        setBusy(false);
        done(outcome ? *outcome : Result<T>(fail(tr("The work stopped without a result."))));
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [work, cancel](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 100);
        const BackupProgress progress = [&promise, cancel](int percent, const QString &step) {
            promise.setProgressValueAndText(percent, step);
            return !cancel->load();
        };
        promise.addResult(std::make_shared<Result<T>>(work(progress)));
    }));
    dialog->showAfter(kProgressDelayMs);
}

// --- Back up ----------------------------------------------------------------------------------

void BackupController::backUp()
{
    if (!m_workspace->isOpen() || m_busy)
        return;
    Internal::UiSettings settings;
    const QString folder
        = settings
              .value(kBackupFolder,
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString location = m_workspace->location();
    const QString base = isPostgres(location) ? QUrl(location).path().mid(1)
                                              : QFileInfo(location).completeBaseName();
    const QString suggested
        = tr("%1-backup-%2.ppdb")
              .arg(base.isEmpty() ? QStringLiteral("patchplanner") : base,
                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString file = QFileDialog::getSaveFileName(
        m_window, tr("Back up database"), QDir(folder).filePath(suggested), backupFilter());
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".ppdb");
    settings.setValue(kBackupFolder, QFileInfo(file).absolutePath());
    // The file dialog has asked whether to replace an existing file.
    backUpTo(file, true);
}

void BackupController::backUpTo(const QString &file, bool overwrite)
{
    const QString location = m_workspace->location();
    const QString password = this->password();
    runTask<BackupReport>(
        tr("Back up database"), true,
        [location, password, file, overwrite](
            const BackupProgress &progress) -> Result<BackupReport> {
            auto db = openInWorker(location, password);
            if (!db)
                return db.error();
            return Backup::create(**db, file, overwrite, progress);
        },
        [this, file](const Result<BackupReport> &r) {
            if (!r) {
                emit messageReady(tr("The database was not backed up. %1").arg(r.error().message),
                    MessageBar::Type::Error, 0);
                return;
            }
            const QLocale l;
            const DatabaseSnapshot &s = r->backup.snapshot;
            if (!s.audit.intact) {
                emit messageReady(tr("The database was backed up to %1, but its audit trail is "
                                     "broken at entry %2 (%3); a restore of this backup will be "
                                     "refused.")
                                      .arg(QDir::toNativeSeparators(file))
                                      .arg(s.audit.firstBrokenId)
                                      .arg(s.audit.reason),
                    MessageBar::Type::Warning, 0);
                return;
            }
            emit messageReady(tr("The database was backed up to %1: %2 systems, %3 components and "
                                 "an audit trail of %4 entries.")
                                  .arg(QDir::toNativeSeparators(file),
                                      l.toString(s.rows(QStringLiteral("systems"))),
                                      l.toString(s.rows(QStringLiteral("components"))),
                                      l.toString(s.audit.entries)),
                MessageBar::Type::Positive, 15000);
        });
}

// --- Restore ----------------------------------------------------------------------------------

void BackupController::restore()
{
    if (!m_workspace->isOpen() || m_busy)
        return;
    Internal::UiSettings settings;
    const QString folder
        = settings
              .value(kBackupFolder,
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString file
        = QFileDialog::getOpenFileName(m_window, tr("Restore database"), folder, backupFilter());
    if (file.isEmpty())
        return;
    settings.setValue(kBackupFolder, QFileInfo(file).absolutePath());
    restoreFrom(file);
}

void BackupController::restoreFrom(const QString &file)
{
    // First the checks alone, on a copy: the question is only asked about a sound backup.
    runTask<BackupInfo>(
        tr("Checking the backup"), true,
        [file](const BackupProgress &progress) { return Backup::inspect(file, progress); },
        [this](const Result<BackupInfo> &info) {
            if (!info) {
                emit messageReady(tr("The backup was not restored. %1").arg(info.error().message),
                    MessageBar::Type::Error, 0);
                return;
            }
            askAndRestore(*info);
        });
}

void BackupController::askAndRestore(const BackupInfo &info)
{
    if (!m_workspace->isOpen())
        return;
    const QString location = m_workspace->location();
    const QString password = this->password();
    const QLocale l;
    const QString keep = Backup::keptPathFor(location, QDateTime::currentDateTime());

    QMessageBox box(m_window);
    box.setObjectName(QStringLiteral("restoreQuestion"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Restore database"));
    box.setText(tr("Replace the open database with the backup of %1?").arg(when(info.takenAt)));
    QString details = tr("The backup %1 holds %2 systems, %3 components and an audit trail of %4 "
                         "entries; it passed every check.")
                          .arg(QDir::toNativeSeparators(info.file),
                              l.toString(info.snapshot.rows(QStringLiteral("systems"))),
                              l.toString(info.snapshot.rows(QStringLiteral("components"))),
                              l.toString(info.snapshot.audit.entries));
    if (info.schemaVersion < Database::latestSchemaVersion())
        details += QLatin1Char(' ')
            + tr("It was written by an older Patch Planner and is upgraded as it is restored.");
    details += QStringLiteral("\n\n");
    details += isPostgres(location)
        ? tr("Its rows are copied into the shared database %1, which must not hold any data yet; "
             "a database with data is left as it is.")
              .arg(location)
        : tr("The current file is kept as %1.").arg(QDir::toNativeSeparators(keep));
    box.setInformativeText(details);
    QPushButton *restoreButton = box.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != restoreButton)
        return;

    // The window's connection goes first: an SQLite file is only replaced when nobody has it
    // open. The database is opened again afterwards, whatever happened.
    m_workspace->close();
    RestoreOptions options;
    options.keepAs = keep;
    runTask<RestoreReport>(
        tr("Restore database"), true,
        [file = info.file, location, options](const BackupProgress &progress) {
            return Backup::restore(file, location, options, progress);
        },
        [this, location, password](const Result<RestoreReport> &r) {
            emit reopenRequested(location, password);
            if (!r) {
                emit messageReady(tr("The backup was not restored; the database was not changed. "
                                     "%1")
                                      .arg(r.error().message),
                    MessageBar::Type::Error, 0);
                return;
            }
            QString text
                = tr("The backup of %1 was restored from %2.")
                      .arg(when(r->backup.takenAt), QDir::toNativeSeparators(r->backup.file));
            if (r->migratedFrom > 0)
                text += QLatin1Char(' ')
                    + tr("It was upgraded from schema version %1 to %2.")
                          .arg(r->migratedFrom)
                          .arg(r->schemaVersion);
            if (!r->keptAs.isEmpty())
                text += QLatin1Char(' ')
                    + tr("The previous database is kept as %1.")
                          .arg(QDir::toNativeSeparators(r->keptAs));
            emit messageReady(text, MessageBar::Type::Positive, 0);
        });
}

// --- Drill ------------------------------------------------------------------------------------

void BackupController::runDrill()
{
    if (!m_workspace->isOpen() || m_busy)
        return;
    const QString location = m_workspace->location();
    const QString password = this->password();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    runTask<DrillReport>(
        tr("Restore drill"), true,
        [location, password](const BackupProgress &progress) -> Result<DrillReport> {
            auto db = openInWorker(location, password);
            if (!db)
                return db.error();
            return Backup::drill(**db, QString(), progress);
        },
        [this, location, timer](const Result<DrillReport> &r) {
            if (!r) {
                emit messageReady(tr("The restore drill did not run. %1").arg(r.error().message),
                    MessageBar::Type::Error, 0);
                return;
            }
            auto *dialog
                = new DrillDialog(*r, location, double(timer->elapsed()) / 1000.0, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            emit drillShown(dialog);
        });
}

} // namespace pp
