// File > Import endoflife.date files…: the files are parsed in a worker thread, the preview
// shows every file with its product and cycles and every issue; Import stays disabled while any
// file has an error (one call is one transaction: all files or none).
#pragma once

#include "models/io/endoflifeimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;
class QTreeWidget;

namespace pp {

class ImportIssuesModel;
class Workspace;

class EndOfLifeImportDialog : public QDialog
{
    Q_OBJECT

public:
    EndOfLifeImportDialog(Workspace *workspace, const QStringList &paths,
                          QWidget *parent = nullptr);

    /// What was imported, for the window's message bar (after accept()).
    QString summary() const { return m_summary; }
    /// True once the worker's preview is shown.
    bool isPreviewReady() const { return m_ready; }

signals:
    void previewReady();

private:
    void showPreview(const EndOfLifePreview &preview);
    void importNow();

    Workspace *m_workspace;
    EndOfLifePreview m_preview;
    QLabel *m_status;
    QTreeWidget *m_files;
    QTableView *m_issues;
    ImportIssuesModel *m_issuesModel;
    QDialogButtonBox *m_buttons;
    QString m_summary;
    bool m_ready = false;
};

} // namespace pp
