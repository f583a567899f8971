#include "ui/lifecycle/endoflifeimportdialog.h"

#include "models/itemmodels/importpreviewmodels.h"
#include "models/workerpool.h"
#include "models/workspace.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pp {

EndOfLifeImportDialog::EndOfLifeImportDialog(Workspace *workspace, const QStringList &paths,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_status(new QLabel(tr("Reading %n file(s) or folder(s)\u2026", nullptr,
                             int(paths.size())), this))
    , m_files(new QTreeWidget(this))
    , m_issues(new QTableView(this))
    , m_issuesModel(new ImportIssuesModel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("endOfLifeImportDialog"));
    setWindowTitle(tr("Import endoflife.date files"));
    resize(860, 560);
    m_status->setWordWrap(true);
    m_files->setObjectName(QStringLiteral("eolFiles"));
    m_files->setHeaderLabels({tr("File"), tr("Form"), tr("Product"), tr("Cycles"),
                              tr("Cycles (newest first)")});
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issues->setObjectName(QStringLiteral("eolIssues"));
    m_issues->setModel(m_issuesModel);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(false);
    connect(import, &QPushButton::clicked, this, &EndOfLifeImportDialog::importNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_issues);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    auto *watcher = new QFutureWatcher<EndOfLifePreview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        showPreview(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [paths]() { return EndOfLifeImport::parse(paths); }));
}

void EndOfLifeImportDialog::showPreview(const EndOfLifePreview &preview)
{
    m_preview = preview;
    m_files->clear();
    for (const EndOfLifeFile &f : std::as_const(preview.files)) {
        QStringList cycles;
        for (const ReleaseLifecycle &r : f.releases.mid(0, 8))
            cycles << r.cycle;
        if (f.releases.size() > 8)
            cycles << QStringLiteral("\u2026");
        new QTreeWidgetItem(m_files, {f.name, f.form == EndOfLifeForm::V1Object
                                                  ? tr("v1 object") : tr("v0 list"),
                                      f.product.label.isEmpty() ? f.product.id
                                          : tr("%1 (%2)").arg(f.product.label, f.product.id),
                                      QString::number(f.releases.size()),
                                      cycles.join(QStringLiteral(", "))});
    }
    m_issuesModel->setIssues(preview.issues);
    m_issues->setVisible(!preview.issues.isEmpty());
    const bool errors = preview.hasErrors();
    int errorCount = 0;
    for (const ImportIssue &i : preview.issues)
        errorCount += i.isError() ? 1 : 0;
    m_status->setText(errors
        ? tr("%n error(s) found. Nothing can be imported until every file reads cleanly: "
             "correct or leave out the files listed below.", nullptr, errorCount)
        : tr("%n release cycle(s) in %1. Import stores them and ties the components to them; "
             "dates that changed are recorded in the audit log.", nullptr,
             preview.releaseCount())
              .arg(tr("%n file(s)", nullptr, int(preview.files.size()))));
    if (auto *import = findChild<QPushButton *>(QStringLiteral("importButton")))
        import->setEnabled(!errors && !preview.files.isEmpty() && m_workspace->canEdit());
    m_ready = true;
    emit previewReady();
}

void EndOfLifeImportDialog::importNow()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    auto report = EndOfLifeImport::apply(*db, m_preview);
    if (!report) {
        m_status->setText(tr("Nothing was imported: %1").arg(report.error().message));
        return;
    }
    m_summary = tr("Imported %n file(s): %1 release cycles new, %2 updated, %3 unchanged; "
                   "%4 of %5 components have lifecycle data.", nullptr, report->files)
                    .arg(report->releasesCreated)
                    .arg(report->releasesUpdated)
                    .arg(report->releasesUnchanged)
                    .arg(report->componentsTied)
                    .arg(report->components);
    m_workspace->reload();
    accept();
}

} // namespace pp
