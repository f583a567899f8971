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
    /// Imports the previewed components; false (and the reason shown) when it failed.
    bool importNow();

    // For tests.
    const SbomPreview &preview() const { return m_preview; }
    QTreeWidget *componentList() const { return m_components; }
    QTreeWidget *issueList() const { return m_issues; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_importButton; }

signals:
    void imported(const pp::SbomImportReport &report, int findingsCreated);

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
};

} // namespace pp
