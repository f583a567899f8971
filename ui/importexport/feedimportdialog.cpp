#include "ui/importexport/feedimportdialog.h"

#include "models/itemmodels/backgroundloader.h"
#include "models/storage/database.h"
#include "models/workerpool.h"
#include "models/workspace.h"
#include "ui/uisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace pp {
namespace {

const QString kFeedFolder = QStringLiteral("import/feedFolder");

struct Outcome
{
    Result<VulnImportReport> result = VulnImportReport{};
    VulnImportReport report;
};

} // namespace

FeedImportDialog::FeedImportDialog(Workspace *workspace, VulnFeedKind kind, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(new QComboBox(this))
    , m_fileList(new QListWidget(this))
    , m_kindHint(new QLabel(this))
    , m_chooseButton(new QPushButton(tr("C&hoose files\u2026"), this))
    , m_progress(new QProgressBar(this))
    , m_phase(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_issues(new QTreeWidget(this))
    , m_previewButton(new QPushButton(tr("&Preview (dry run)"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("feedImportDialog"));
    setWindowTitle(tr("Import vulnerabilities"));
    for (VulnFeedKind k : {VulnFeedKind::Kev, VulnFeedKind::Nvd, VulnFeedKind::Jvn})
        m_kind->addItem(kindName(k), int(k));
    m_kind->setObjectName(QStringLiteral("feedKind"));
    setKind(kind);
    m_fileList->setObjectName(QStringLiteral("feedFiles"));
    m_fileList->setMaximumHeight(m_fileList->fontMetrics().height() * 6);
    m_kindHint->setObjectName(QStringLiteral("feedKindHint"));
    m_kindHint->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("feedProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_phase->setObjectName(QStringLiteral("feedPhase"));
    m_summary->setObjectName(QStringLiteral("feedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setObjectName(QStringLiteral("feedIssues"));
    m_issues->setRootIsDecorated(false);
    m_issues->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_issues->header()->setStretchLastSection(true);
    m_issues->setColumnWidth(0, 80);
    m_issues->setColumnWidth(1, 200);
    m_issues->setWordWrap(true);
    m_previewButton->setObjectName(QStringLiteral("feedPreviewButton"));
    m_previewButton->setToolTip(tr("Read, store, match and count everything, then roll back: "
                                   "nothing is changed"));
    m_importButton->setObjectName(QStringLiteral("feedImportButton"));
    m_cancelButton->setObjectName(QStringLiteral("feedCancelButton"));

    auto *kindLabel = new QLabel(tr("&Feed:"), this);
    kindLabel->setBuddy(m_kind);
    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind, 1);
    top->addWidget(m_chooseButton);
    auto *filesLabel = new QLabel(tr("Fi&les:"), this);
    filesLabel->setBuddy(m_fileList);
    auto *issuesLabel = new QLabel(tr("Is&sues:"), this);
    issuesLabel->setBuddy(m_issues);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    m_importButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(filesLabel);
    layout->addWidget(m_fileList);
    layout->addWidget(m_kindHint);
    layout->addWidget(m_progress);
    layout->addWidget(m_phase);
    layout->addWidget(m_summary);
    layout->addWidget(issuesLabel);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);
    resize(720, 560);

    // The buttons are wired directly: a dialog button box would close the dialog on Import.
    connect(m_chooseButton, &QPushButton::clicked, this, &FeedImportDialog::chooseFiles);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FeedImportDialog::updateFiles);
    connect(m_previewButton, &QPushButton::clicked, this, [this]() { start(true); });
    connect(m_importButton, &QPushButton::clicked, this, [this]() { start(false); });
    connect(m_cancelButton, &QPushButton::clicked, this, &FeedImportDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &FeedImportDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    disconnect(buttons, &QDialogButtonBox::rejected, nullptr, nullptr);
    m_summary->setText(tr("Choose the files of one feed, then Preview to see what would change, "
                          "or Import."));
    updateFiles();
}

FeedImportDialog::~FeedImportDialog()
{
    // The worker owns its connection and its copy of everything; it only needs to stop.
    if (m_cancel)
        *m_cancel = true;
}

QString FeedImportDialog::kindName(VulnFeedKind kind)
{
    switch (kind) {
    case VulnFeedKind::Kev:
        return tr("Known exploited vulnerabilities (CISA KEV, JSON or CSV)");
    case VulnFeedKind::Nvd:
        return tr("NVD CVE feed (API 2.0 JSON)");
    case VulnFeedKind::Jvn:
        return tr("JVN iPedia (JVNRSS or VULDEF XML)");
    }
    return {};
}

std::optional<VulnFeedKind> FeedImportDialog::sniffKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The first bytes are enough: each feed names itself near the top.
    const QByteArray head = file.read(64 * 1024);
    if (head.contains("catalogVersion") || head.contains("knownRansomwareCampaignUse")
        || head.startsWith("cveID,") || head.contains("\"cveID\""))
        return VulnFeedKind::Kev;
    if (head.contains("VULDEF-Document") || head.contains("jvndb") || head.contains("<rdf:RDF")
        || head.contains("jvn.jp"))
        return VulnFeedKind::Jvn;
    if (head.contains("\"cve\"") || head.contains("\"vulnStatus\"")
        || head.contains("\"resultsPerPage\"") || head.contains("\"sourceIdentifier\""))
        return VulnFeedKind::Nvd;
    return std::nullopt;
}

VulnFeedKind FeedImportDialog::kind() const
{
    return VulnFeedKind(m_kind->currentData().toInt());
}

void FeedImportDialog::setKind(VulnFeedKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void FeedImportDialog::chooseFiles()
{
    Internal::UiSettings settings;
    const QString folder = settings.value(kFeedFolder,
                                          QStandardPaths::writableLocation(
                                              QStandardPaths::DownloadLocation))
                               .toString();
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Choose feed files"), folder,
        tr("Feed files (*.json *.csv *.xml *.rdf);;All files (*)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(kFeedFolder, QFileInfo(chosen.first()).absolutePath());
    setFiles(chosen);
}

void FeedImportDialog::setFiles(const QStringList &files)
{
    m_files = files;
    // The first file decides the feed when it is recognisable: choosing a KEV file from the
    // NVD entry is an easy slip.
    if (!files.isEmpty()) {
        if (const auto sniffed = sniffKind(files.first()))
            setKind(*sniffed);
    }
    updateFiles();
}

void FeedImportDialog::updateFiles()
{
    m_fileList->clear();
    m_mixedKinds = false;
    const QLocale locale;
    for (const QString &path : std::as_const(m_files)) {
        const QFileInfo info(path);
        const auto sniffed = sniffKind(path);
        QString looks;
        if (!info.exists())
            looks = tr("not found");
        else if (!sniffed)
            looks = tr("not recognised");
        else
            looks = toKey(*sniffed).toUpper();
        if (sniffed && *sniffed != kind())
            m_mixedKinds = true;
        auto *item = new QListWidgetItem(tr("%1 \u2014 %2, looks like %3")
                                             .arg(QDir::toNativeSeparators(path),
                                                  locale.formattedDataSize(info.size()), looks),
                                         m_fileList);
        item->setToolTip(path);
    }
    if (m_files.isEmpty())
        m_kindHint->setText(tr("No file chosen yet: use Choose files."));
    else if (m_mixedKinds)
        m_kindHint->setText(tr("Some files do not look like %1: import each feed on its own, "
                               "or choose the feed that matches them.").arg(kindName(kind())));
    else
        m_kindHint->setText(tr("Read as: %1").arg(kindName(kind())));
    updateButtons();
}

void FeedImportDialog::updateButtons()
{
    const bool ready = !m_running && !m_files.isEmpty() && !m_mixedKinds && m_workspace
        && m_workspace->isOpen();
    m_previewButton->setEnabled(ready);
    m_importButton->setEnabled(ready && m_workspace->canEdit());
    m_cancelButton->setEnabled(m_running);
    m_chooseButton->setEnabled(!m_running);
    m_kind->setEnabled(!m_running);
    m_closeButton->setEnabled(!m_running);
}

void FeedImportDialog::start(bool preview)
{
    if (m_running || m_files.isEmpty() || !m_workspace || !m_workspace->isOpen())
        return;
    if (!preview && !m_workspace->canEdit())
        return;
    m_running = true;
    m_lastPreview = preview;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_issues->clear();
    m_summary->setText(preview ? tr("Previewing\u2026 nothing will be changed.")
                               : tr("Importing\u2026"));
    showProgress(0, tr("Starting"));
    updateButtons();

    // Connections are per thread: the worker opens its own, with the password the window's
    // connection was opened with (a typed PostgreSQL password lives nowhere else).
    const BackgroundLoader::Address address = BackgroundLoader::addressOf(m_workspace);
    const QStringList files = m_files;
    const VulnFeedKind feed = kind();
    auto cancel = m_cancel;
    using Shared = std::shared_ptr<Outcome>;
    auto *watcher = new QFutureWatcher<Shared>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, watcher](int value) { showProgress(value, watcher->progressText()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, preview]() {
        watcher->deleteLater();
        const Shared outcome = watcher->future().resultCount() > 0 ? watcher->future().result()
                                                                   : Shared();
        m_running = false;
        if (!outcome)
            showOutcome(preview, fail(tr("The import stopped without a result.")), {});
        else
            showOutcome(preview, outcome->result, outcome->report);
        updateButtons();
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [address, files, feed, cancel,
                                          preview](QPromise<Shared> &promise) {
        auto outcome = std::make_shared<Outcome>();
        promise.setProgressRange(0, 1000);
        auto opened = BackgroundLoader::connect(address, true);
        if (!opened) {
            outcome->result = opened.error();
            promise.addResult(outcome);
            return;
        }
        VulnImportOptions io;
        io.dryRun = preview;
        io.cancel = cancel.get();
        const QLocale locale;
        io.progress = [&promise, &locale](qint64 done, qint64 total, const QString &phase) {
            const int permille
                = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
            promise.setProgressValueAndText(
                permille, FeedImportDialog::tr("%1: %2 of %3")
                              .arg(phase, locale.formattedDataSize(done),
                                   locale.formattedDataSize(total)));
        };
        outcome->result = VulnImport::run(**opened, feed, files, io, &outcome->report);
        promise.addResult(outcome);
    }));
}

void FeedImportDialog::cancel()
{
    if (!m_running || !m_cancel)
        return;
    *m_cancel = true;
    m_phase->setText(tr("Cancelling\u2026 nothing will be changed."));
    m_cancelButton->setEnabled(false);
}

void FeedImportDialog::reject()
{
    // Closing while it runs would leave a result nobody reads: cancel first.
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

void FeedImportDialog::showProgress(int permille, const QString &text)
{
    m_progress->setValue(permille);
    m_phase->setText(text);
}

void FeedImportDialog::showOutcome(bool preview, const Result<VulnImportReport> &result,
                                   const VulnImportReport &given)
{
    const VulnImportReport report = result ? *result : given;
    m_report = report;
    m_lastOk = bool(result);
    const QLocale l;
    const QString counts = tr("Vulnerabilities: %1 created, %2 updated, %3 unchanged, %4 skipped "
                              "(%5 records in %6 file(s)).<br>Findings: %7 created, %8 resolved, "
                              "%9 re-opened, %10 with a new due date or track.<br>Patches: %11 "
                              "created, %12 updated, %13 removed.")
                               .arg(l.toString(report.created), l.toString(report.updated),
                                    l.toString(report.unchanged), l.toString(report.skipped),
                                    l.toString(report.records), l.toString(report.files),
                                    l.toString(report.findingsCreated),
                                    l.toString(report.findingsResolved),
                                    l.toString(report.findingsReopened))
                               .arg(l.toString(report.findingsRecomputed),
                                    l.toString(report.patchesCreated),
                                    l.toString(report.patchesUpdated),
                                    l.toString(report.patchesRemoved));
    QString headline;
    if (!result) {
        if (report.cancelled || (m_cancel && m_cancel->load()))
            headline = tr("<b>Cancelled: nothing was changed.</b>");
        else if (result.error().kind == ErrorKind::InputRejected)
            headline = tr("<b>The files have errors: nothing was changed.</b> Correct the "
                          "errors listed below and import again.");
        else
            headline = tr("<b>The import failed: nothing was changed.</b> %1")
                           .arg(result.error().message.toHtmlEscaped());
        showProgress(0, tr("Stopped"));
    } else if (preview) {
        headline = tr("<b>Preview: this is what an import would do. Nothing was changed.</b>");
        showProgress(1000, tr("Preview done"));
    } else {
        headline = tr("<b>Imported.</b>");
        showProgress(1000, tr("Done"));
    }
    m_summary->setText(headline + QStringLiteral("<br>") + counts);

    m_issues->clear();
    for (const ImportIssue &issue : report.issues) {
        QString where = issue.file;
        if (issue.line > 0)
            where += QStringLiteral(":%1").arg(issue.line);
        if (!issue.field.isEmpty())
            where += QStringLiteral(" (%1)").arg(issue.field);
        auto *item = new QTreeWidgetItem(
            m_issues, {issue.isError() ? tr("Error") : tr("Warning"), where, issue.message});
        item->setToolTip(2, issue.toString());
    }
    if (!result && report.issues.isEmpty() && result.error().kind != ErrorKind::Usage) {
        new QTreeWidgetItem(m_issues, {tr("Error"), QString(), result.error().message});
    }
    if (result && !preview) {
        // Written outside the undo history: the views reload, the history is cleared.
        m_workspace->externalChangeApplied();
        emit imported(report);
    }
}

} // namespace pp
