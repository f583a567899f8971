#include "ui/widgets/printing.h"

#include "models/workerpool.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/savepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace pp {

namespace {

struct PrintingTr
{
    Q_DECLARE_TR_FUNCTIONS(Printing)
};

struct WriteResult
{
    Status status;
    int pages = 0;
};

} // namespace

void showOutcome(MessageBar *bar, const PrintOutcome &outcome)
{
    bar->showMessage(outcome.message,
                     outcome.kind == PrintOutcome::Kind::Failed      ? MessageBar::Type::Error
                     : outcome.kind == PrintOutcome::Kind::Cancelled ? MessageBar::Type::Information
                                                                     : MessageBar::Type::Positive,
                     outcome.kind == PrintOutcome::Kind::Failed ? 0 : 10000);
}

void exportPdf(QWidget *parent, const QString &title, const QString &suggestedName,
               const PageSetup &setup, DocumentBuilder build,
               std::function<void(const PrintOutcome &)> done)
{
    const QString path = askSavePath(parent, title, suggestedName,
                                     PrintingTr::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    exportPdfTo(parent, path, setup, std::move(build), std::move(done));
}

void exportPdfTo(QWidget *parent, const QString &path, const PageSetup &setup,
                 DocumentBuilder build, std::function<void(const PrintOutcome &)> done)
{
    auto *progress = new QProgressDialog(PrintingTr::tr("Writing %1\u2026")
                                             .arg(QFileInfo(path).fileName()),
                                         PrintingTr::tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("pdfProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);

    // The builder and the writer run on a worker thread with their own copies of the data.
    QFuture<WriteResult> future = QtConcurrent::run(workerPool(), 
        [build = std::move(build), path, setup](QPromise<WriteResult> &promise) {
            promise.setProgressRange(0, 0);
            PrintDocument doc = build();
            doc.setSetup(setup);
            WriteResult result;
            result.status = doc.writePdf(path, [&promise](int pagesDone, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(pagesDone);
                return !promise.isCanceled();
            });
            result.pages = doc.pageCount();
            promise.addResult(result);
        });
    auto *watcher = new QFutureWatcher<WriteResult>(progress);
    QObject::connect(watcher, &QFutureWatcherBase::progressRangeChanged, progress,
                     &QProgressDialog::setRange);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
                     &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, watcher,
                     [watcher]() { watcher->cancel(); });
    QObject::connect(watcher, &QFutureWatcherBase::finished, progress,
                     [watcher, progress, path, done]() {
                         PrintOutcome outcome;
                         outcome.path = path;
                         const QFuture<WriteResult> f = watcher->future();
                         if (f.resultCount() == 0 || progress->wasCanceled()) {
                             outcome.kind = PrintOutcome::Kind::Cancelled;
                             outcome.message = PrintingTr::tr("The PDF export was cancelled; "
                                                           "nothing was written.");
                         } else if (const WriteResult r = f.result(); !r.status) {
                             outcome.kind = PrintOutcome::Kind::Failed;
                             outcome.message = r.status.error().message;
                         } else {
                             outcome.pages = r.pages;
                             outcome.message
                                 = PrintingTr::tr("Wrote %1 (%n pages).", nullptr, r.pages)
                                       .arg(QDir::toNativeSeparators(path));
                         }
                         progress->hide();
                         progress->deleteLater();
                         if (done)
                             done(outcome);
                     });
    watcher->setFuture(future);
}

void printPreview(QWidget *parent, const QString &title, const PageSetup &setup,
                  DocumentBuilder build)
{
    QPrinter printer(QPrinter::HighResolution);
    // A point per device pixel, as PrintDocument expects (see models/io/printdocument.h).
    printer.setResolution(72);
    printer.setPageLayout(setup.pageLayout());
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&build](QPrinter *p) {
                         p->setResolution(72);
                         PrintDocument doc = build();
                         (void)doc.print(*p);
                     });
    dialog.resize(1000, 800);
    dialog.exec();
}

} // namespace pp
