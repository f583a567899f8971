// Printing and PDF export of documents from the window (models/io/printdocument.h): a print
// preview in which the user picks paper and orientation, and a PDF export that builds and writes
// the document on a worker thread behind a progress dialog with Cancel.
#pragma once

#include "models/io/printdocument.h"

#include <QString>

#include <functional>

class QWidget;

namespace pp {
class MessageBar;
}

namespace pp {

/// Builds the document. Runs on a worker thread for exportPdf(): it may use only what it
/// captured by value (no workspace, no database).
using DocumentBuilder = std::function<PrintDocument()>;

/// What happened, for the caller's message bar.
struct PrintOutcome
{
    enum class Kind { Done, Cancelled, Failed };
    Kind kind = Kind::Done;
    QString message; ///< translated: "Wrote …" or the error
    QString path;
    int pages = 0;
};

/// Shows @p outcome in @p bar: positive when written, information when cancelled, else an error.
void showOutcome(MessageBar *bar, const PrintOutcome &outcome);

/// Asks for a PDF file (the folder is remembered; @p suggestedName in it), then builds and writes
/// the document in the background with progress and Cancel; calls @p done on the GUI thread.
/// Nothing is written when the user cancels the dialog (then @p done is not called).
void exportPdf(QWidget *parent, const QString &title, const QString &suggestedName,
               const PageSetup &setup, DocumentBuilder build,
               std::function<void(const PrintOutcome &)> done);
/// The same without the file dialog (tests, and callers that know the path).
void exportPdfTo(QWidget *parent, const QString &path, const PageSetup &setup,
                 DocumentBuilder build, std::function<void(const PrintOutcome &)> done);
/// A print preview of the document (built on the GUI thread when the preview asks for pages),
/// starting on @p setup's paper; printing goes to the printer the user picks.
void printPreview(QWidget *parent, const QString &title, const PageSetup &setup,
                  DocumentBuilder build);

} // namespace pp
