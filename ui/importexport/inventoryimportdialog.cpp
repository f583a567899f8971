#include "ui/importexport/inventoryimportdialog.h"

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/importpreviewmodels.h"
#include "models/workerpool.h"
#include "models/workspace.h"
#include "ui/inventory/tableviews.h"
#include "ui/widgets/messagebar.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

namespace pp {

InventoryImportDialog::InventoryImportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pages(new QStackedWidget(this))
    , m_readingLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_messages(new MessageBar(this))
    , m_rowsModel(new ImportRowsModel(this))
    , m_issuesModel(new ImportIssuesModel(this))
    , m_rows(new QTableView(this))
    , m_issues(new QTableView(this))
    , m_issuesTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("inventoryImportDialog"));
    setWindowTitle(tr("Import inventory CSV"));
    resize(900, 640);

    // Reading page: the parser reports no progress, so the bar is a busy indicator.
    auto *readingPage = new QWidget(this);
    auto *readingLayout = new QVBoxLayout(readingPage);
    readingLayout->addStretch(1);
    readingLayout->addWidget(m_readingLabel, 0, Qt::AlignHCenter);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(420);
    readingLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    readingLayout->addStretch(2);

    // Preview page.
    m_summary->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("importRowsTable"));
    Internal::setUpTable(m_rows);
    m_rows->setSortingEnabled(false);
    m_rows->setModel(m_rowsModel);
    m_issues->setObjectName(QStringLiteral("importIssuesTable"));
    Internal::setUpTable(m_issues);
    m_issues->setSortingEnabled(false);
    m_issues->setModel(m_issuesModel);
    m_issues->horizontalHeader()->setStretchLastSection(false);
    m_issues->horizontalHeader()->setSectionResizeMode(ImportIssuesModel::MessageColumn,
                                                       QHeaderView::Stretch);
    m_issues->horizontalHeader()->resizeSection(ImportIssuesModel::LineColumn, 60);
    m_issues->horizontalHeader()->resizeSection(ImportIssuesModel::FieldColumn, 130);
    m_rows->horizontalHeader()->resizeSection(ImportRowsModel::LineColumn, 60);
    m_rows->horizontalHeader()->resizeSection(ImportRowsModel::SystemNameColumn, 220);
    m_rows->horizontalHeader()->resizeSection(ImportRowsModel::ProductColumn, 200);
    QFont bold = m_issuesTitle->font();
    bold.setBold(true);
    m_issuesTitle->setFont(bold);

    auto *issuesBox = new QWidget(this);
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 4, 0, 0);
    issuesLayout->addWidget(m_issuesTitle);
    issuesLayout->addWidget(m_issues, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_rows);
    splitter->addWidget(issuesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *previewPage = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(splitter, 1);

    m_pages->addWidget(readingPage);
    m_pages->addWidget(previewPage);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_import, &QPushButton::clicked, this, &InventoryImportDialog::importNow);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_issues->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryImportDialog::selectRowOfIssue);
}

void InventoryImportDialog::start(const QString &path)
{
    m_reading = true;
    m_done = false;
    m_import->setEnabled(false);
    m_messages->dismiss();
    m_readingLabel->setText(tr("Reading and checking %1\u2026").arg(QFileInfo(path).fileName()));
    m_pages->setCurrentIndex(0);

    // The worker gets a copy of the path and nothing else; parseFile needs no database.
    auto *watcher = new QFutureWatcher<InventoryImportPreview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_reading = false;
        showPreview(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [path]() { return InventoryCsv::parseFile(path); }));
}

void InventoryImportDialog::showPreview(const InventoryImportPreview &preview)
{
    m_preview = preview;
    m_rowsModel->setPreview(preview);
    m_issuesModel->setIssues(preview.issues);
    m_pages->setCurrentIndex(1);

    int errors = 0;
    for (const ImportIssue &i : preview.issues)
        errors += i.isError() ? 1 : 0;
    const int warnings = int(preview.issues.size()) - errors;
    const QLocale locale;
    QString summary = tr("%1: %n row(s) read", nullptr, int(preview.rows.size()))
                          .arg(preview.file);
    if (!preview.encoding.isEmpty())
        summary = tr("%1 (encoding %2).").arg(summary, preview.encoding);
    m_summary->setText(summary);
    m_issuesTitle->setText(preview.issues.isEmpty()
                               ? tr("No problems found.")
                               : tr("Problems: %1 error(s), %2 warning(s). Select one to see its "
                                    "row.")
                                     .arg(locale.toString(errors), locale.toString(warnings)));

    const bool hasErrors = errors > 0;
    if (hasErrors) {
        m_messages->showMessage(tr("The file has %n error(s). Correct the file and import it "
                                   "again; nothing was changed.",
                                   nullptr, errors),
                                MessageBar::Type::Error);
    } else if (m_workspace->isReadOnly()) {
        m_messages->showMessage(tr("The database is read-only: the file can be checked but not "
                                   "imported."),
                                MessageBar::Type::Warning);
    } else if (preview.rows.isEmpty()) {
        m_messages->showMessage(tr("The file has no data rows."), MessageBar::Type::Warning);
    } else {
        m_messages->showMessage(tr("Ready to import. Nothing is written until you press "
                                   "Import."),
                                MessageBar::Type::Information);
    }
    m_import->setEnabled(!hasErrors && !preview.rows.isEmpty() && m_workspace->isOpen()
                         && !m_workspace->isReadOnly());
    if (!preview.issues.isEmpty())
        m_issues->selectRow(0);
    emit previewReady();
}

void InventoryImportDialog::selectRowOfIssue()
{
    const QModelIndex current = m_issues->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_rowsModel->rowOfLine(m_issuesModel->issueAt(current.row()).line);
    if (row < 0) {
        m_rows->clearSelection();
        return;
    }
    m_rows->selectRow(row);
    m_rows->scrollTo(m_rowsModel->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void InventoryImportDialog::importNow()
{
    if (m_done) {
        accept();
        return;
    }
    if (m_writing || !m_workspace->isOpen() || hasErrors(m_preview.issues))
        return;
    const QDate today = m_workspace->today();
    const BackgroundLoader::Address address = BackgroundLoader::addressOf(m_workspace);
    if (address.location.isEmpty()) {
        // A database no second connection reaches (SQLite in memory): written here.
        showImported(InventoryCsv::apply(*m_workspace->database(), m_preview, today));
        return;
    }
    m_writing = true;
    m_import->setEnabled(false);
    m_close->setEnabled(false);
    m_readingLabel->setText(tr("Importing %n row(s) from %1\u2026 Nothing is kept unless all of "
                               "them are written.",
                               nullptr, int(m_preview.rows.size()))
                                .arg(m_preview.file));
    m_pages->setCurrentIndex(0);
    m_messages->dismiss();

    // The worker gets copies (the preview is shared, not copied) and its own connection.
    using Shared = std::shared_ptr<Result<InventoryImportReport>>;
    auto *watcher = new QFutureWatcher<Shared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_writing = false;
        m_close->setEnabled(true);
        m_pages->setCurrentIndex(1);
        const Shared result = watcher->future().resultCount() > 0 ? watcher->future().result()
                                                                  : Shared();
        showImported(result ? *result
                            : Result<InventoryImportReport>(
                                  fail(tr("The import stopped without a result."))));
    });
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [address, preview = m_preview, today]() -> Shared {
            auto db = BackgroundLoader::connect(address, true);
            if (!db)
                return std::make_shared<Result<InventoryImportReport>>(db.error());
            return std::make_shared<Result<InventoryImportReport>>(
                InventoryCsv::apply(**db, preview, today));
        }));
}

void InventoryImportDialog::showImported(const Result<InventoryImportReport> &report)
{
    if (!report) {
        m_messages->showMessage(report.error().message, MessageBar::Type::Error);
        m_import->setEnabled(true);
        return;
    }
    // The import is one transaction outside the undo history: the commands in the history were
    // written against the data as it was, so the history is cleared (not kept half-valid).
    m_workspace->externalChangeApplied();
    const QLocale l;
    m_messages->showMessage(
        tr("Imported: %1 system(s) created, %2 updated; %3 component(s) created, %4 updated; "
           "%5 row(s) unchanged. The undo history was cleared.")
            .arg(l.toString(report->systemsCreated), l.toString(report->systemsUpdated),
                 l.toString(report->componentsCreated), l.toString(report->componentsUpdated),
                 l.toString(report->unchanged)),
        MessageBar::Type::Positive);
    m_done = true;
    m_import->setText(tr("Close"));
    m_import->setEnabled(true);
    m_close->hide();
    emit imported(*report);
}

void InventoryImportDialog::reject()
{
    if (m_writing)
        return;
    QDialog::reject();
}

} // namespace pp
