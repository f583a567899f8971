// Import inventory CSV: the file is read and checked in a worker thread, then previewed (rows and
// issues) before anything is written; Import writes it all in one transaction.
#pragma once

#include "models/io/inventorycsv.h"
#include "models/result.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pp {

class ImportIssuesModel;
class ImportRowsModel;
class MessageBar;
class Workspace;

class InventoryImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InventoryImportDialog(Workspace *workspace, QWidget *parent = nullptr);

    /// Starts reading @p path in the background; the preview follows when it is read.
    void start(const QString &path);
    bool isReading() const { return m_reading; }
    /// Import was pressed and the rows are being written (on a worker, with a connection of its
    /// own, so that the window stays responsive for the 15 s that 100,000 rows take).
    bool isWriting() const { return m_writing; }
    const InventoryImportPreview &preview() const { return m_preview; }
    /// Closing is refused while the rows are being written: the transaction cannot be
    /// abandoned half way, and its outcome must be shown.
    void reject() override;

signals:
    /// The file was read and checked; the preview is shown.
    void previewReady();
    /// The inventory was written.
    void imported(const InventoryImportReport &report);

private:
    void showPreview(const InventoryImportPreview &preview);
    void importNow();
    void showImported(const Result<InventoryImportReport> &report);
    void selectRowOfIssue();

    Workspace *m_workspace;
    InventoryImportPreview m_preview;
    bool m_reading = false;
    bool m_writing = false;
    bool m_done = false;

    QStackedWidget *m_pages;
    QLabel *m_readingLabel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    MessageBar *m_messages;
    ImportRowsModel *m_rowsModel;
    ImportIssuesModel *m_issuesModel;
    QTableView *m_rows;
    QTableView *m_issues;
    QLabel *m_issuesTitle;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace pp
