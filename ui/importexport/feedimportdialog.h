// File > Import > KEV / NVD / JVN: the files (and the feed each looks like), a dry-run preview,
// the import itself in a background thread on its own database connection with progress and
// Cancel, and the report with every issue located by file and line.
#pragma once

#include "models/io/vulnfeed.h"
#include "models/io/vulnimport.h"

#include <QDialog>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pp {

class Workspace;

class FeedImportDialog : public QDialog
{
    Q_OBJECT

public:
    FeedImportDialog(Workspace *workspace, VulnFeedKind kind, QWidget *parent = nullptr);
    ~FeedImportDialog() override;

    /// The feed a file looks like from its first bytes (nullopt when it is none of them).
    static std::optional<VulnFeedKind> sniffKind(const QString &path);
    static QString kindName(VulnFeedKind kind);

    /// The file dialog; the chosen files replace the list.
    void chooseFiles();
    void setFiles(const QStringList &files);
    QStringList files() const { return m_files; }
    VulnFeedKind kind() const;
    void setKind(VulnFeedKind kind);

    /// Starts the dry run (preview = true) or the import in the background.
    void start(bool preview);
    void cancel();
    bool isRunning() const { return m_running; }
    /// The last run's outcome (for tests and the window's message).
    bool lastRunSucceeded() const { return m_lastOk; }
    bool lastRunWasPreview() const { return m_lastPreview; }
    const VulnImportReport &lastReport() const { return m_report; }

    // For tests.
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *issueList() const { return m_issues; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

signals:
    /// The import (not a preview) changed the database.
    void imported(const pp::VulnImportReport &report);
    /// A run finished, successfully or not.
    void finished();

protected:
    void reject() override;

private:
    void updateFiles();
    void updateButtons();
    void showProgress(int permille, const QString &text);
    void showOutcome(bool preview, const Result<VulnImportReport> &result,
                     const VulnImportReport &report);

    Workspace *m_workspace;
    QStringList m_files;
    QComboBox *m_kind;
    QListWidget *m_fileList;
    QLabel *m_kindHint;
    QPushButton *m_chooseButton;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QLabel *m_summary;
    QTreeWidget *m_issues;
    QPushButton *m_previewButton;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_lastOk = false;
    bool m_lastPreview = false;
    bool m_mixedKinds = false;
    VulnImportReport m_report;
};

} // namespace pp
