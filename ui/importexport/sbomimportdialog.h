// File > Import > CycloneDX SBOM: a file and the system its components belong to, the parsed
// components with every issue as a preview, then the import and the re-match of that system's
// components in one transaction.
#pragma once

#include "models/io/sbomimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace pp {

class Workspace;

class SbomImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SbomImportDialog(Workspace *workspace, QWidget *parent = nullptr);

    /// Parses @p path and shows the preview.
    void setFile(const QString &path);
    /// Chooses the system the components go to.
    void setSystem(qint64 systemId);
    /// Starts importing the previewed components in the background (on a connection of its
    /// own, so the window stays responsive); false when there is nothing to import. finished()
    /// tells the outcome; the summary shows it.
    bool importNow();
    bool isRunning() const { return m_running; }

    // For tests.
    const SbomPreview &preview() const { return m_preview; }
    QTreeWidget *componentList() const { return m_components; }
    QTreeWidget *issueList() const { return m_issues; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_importButton; }

signals:
    void imported(const pp::SbomImportReport &report, int findingsCreated);
    /// The background import ended: @p ok when the components were stored.
    void finished(bool ok);

private:
    void chooseFile();
    void updateButtons();

    Workspace *m_workspace;
    SbomPreview m_preview;
    QLineEdit *m_file;
    QComboBox *m_system;
    QTreeWidget *m_components;
    QTreeWidget *m_issues;
    QLabel *m_summary;
    QPushButton *m_importButton;
    bool m_done = false;
    bool m_running = false;
};

} // namespace pp
