#include "ui/importexport/sbomimportdialog.h"

#include "models/io/vulnimport.h"
#include "models/itemmodels/backgroundloader.h"
#include "models/storage/database.h"
#include "models/workerpool.h"
#include "models/workspace.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QFutureWatcher>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

namespace pp {
namespace {

const QString kSbomFolder = QStringLiteral("import/sbomFolder");

} // namespace

SbomImportDialog::SbomImportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_file(new QLineEdit(this))
    , m_system(new QComboBox(this))
    , m_components(new QTreeWidget(this))
    , m_issues(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("sbomImportDialog"));
    setWindowTitle(tr("Import CycloneDX SBOM"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a CycloneDX JSON file"));
    auto *choose = new QPushButton(tr("C&hoose\u2026"), this);
    m_system->setObjectName(QStringLiteral("sbomSystem"));
    if (m_workspace->isOpen()) {
        if (auto systems = m_workspace->systems()) {
            for (const System &s : *systems)
                m_system->addItem(tr("%1 \u2014 %2").arg(s.code, s.name), s.id);
        }
    }
    m_components->setObjectName(QStringLiteral("sbomComponents"));
    m_components->setRootIsDecorated(false);
    m_components->setHeaderLabels({tr("Line"), tr("Kind"), tr("Vendor"), tr("Product"),
                                   tr("Version"), tr("CPE / purl")});
    m_issues->setObjectName(QStringLiteral("sbomIssues"));
    m_issues->setRootIsDecorated(false);
    m_issues->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_issues->setColumnWidth(1, 200);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose a CycloneDX SBOM (JSON) and the system it describes."));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(fileRow)))
        label->setBuddy(m_file);
    form->addRow(tr("&System:"), m_system);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Components:"), this));
    layout->addWidget(m_components, 3);
    layout->addWidget(new QLabel(tr("Issues:"), this));
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 600);

    connect(choose, &QPushButton::clicked, this, &SbomImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &SbomImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_system, &QComboBox::currentIndexChanged, this, &SbomImportDialog::updateButtons);
    updateButtons();
}

void SbomImportDialog::chooseFile()
{
    Internal::UiSettings settings;
    const QString folder = settings.value(kSbomFolder,
                                          QStandardPaths::writableLocation(
                                              QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CycloneDX SBOM"), folder,
        tr("CycloneDX JSON (*.json *.cdx.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kSbomFolder, QFileInfo(path).absolutePath());
    setFile(path);
}

void SbomImportDialog::setFile(const QString &path)
{
    m_done = false;
    m_file->setText(QDir::toNativeSeparators(path));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_preview = SbomImport::parse(path);
    QApplication::restoreOverrideCursor();
    m_components->clear();
    for (const SbomComponent &c : std::as_const(m_preview.components)) {
        const Component &k = c.component;
        new QTreeWidgetItem(m_components,
                            {QString::number(c.line), displayName(k.kind), k.vendor, k.product,
                             k.version, k.cpe.isEmpty() ? k.purl : k.cpe});
    }
    m_issues->clear();
    for (const ImportIssue &issue : std::as_const(m_preview.issues)) {
        QString where = issue.file;
        if (issue.line > 0)
            where += QStringLiteral(":%1").arg(issue.line);
        if (!issue.field.isEmpty())
            where += QStringLiteral(" (%1)").arg(issue.field);
        new QTreeWidgetItem(m_issues, {issue.isError() ? tr("Error") : tr("Warning"), where,
                                       issue.message});
    }
    m_summary->setText(m_preview.hasErrors()
                           ? tr("The file has errors (listed above): nothing can be imported "
                                "until they are corrected.")
                           : tr("%n component(s) read (CycloneDX %1). Import adds or updates "
                                "them in the chosen system and matches them against the stored "
                                "vulnerabilities.",
                                nullptr, int(m_preview.components.size()))
                                 .arg(m_preview.specVersion));
    updateButtons();
}

void SbomImportDialog::setSystem(qint64 systemId)
{
    m_system->setCurrentIndex(m_system->findData(systemId));
}

void SbomImportDialog::updateButtons()
{
    m_importButton->setEnabled(!m_done && !m_running && m_workspace->canEdit()
                               && !m_preview.file.isEmpty()
                               && !m_preview.hasErrors() && !m_preview.components.isEmpty()
                               && m_system->currentIndex() >= 0);
}

bool SbomImportDialog::importNow()
{
    if (!m_importButton->isEnabled() || m_running)
        return false;
    const qint64 systemId = m_system->currentData().toLongLong();
    auto system = m_workspace->system(systemId);
    if (!system || !system->has_value()) {
        m_summary->setText(tr("The system was not found; it may have been deleted."));
        return false;
    }
    const QString code = (*system)->code;
    // Connections are per thread: the worker opens its own, with the password the window's
    // connection was opened with (a typed PostgreSQL password lives nowhere else).
    const BackgroundLoader::Address address = BackgroundLoader::addressOf(m_workspace);
    const SbomPreview preview = m_preview;
    m_running = true;
    m_summary->setText(tr("Importing into %1\u2026").arg(code));
    updateButtons();
    using Outcome = Result<SbomMatchOutcome>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, code]() {
        watcher->deleteLater();
        m_running = false;
        const auto outcome = watcher->future().resultCount() > 0 ? watcher->future().result()
                                                                 : nullptr;
        if (!outcome || !*outcome) {
            m_summary->setText(tr("Nothing was imported. %1")
                                   .arg(outcome ? (*outcome).error().message : QString()));
            updateButtons();
            emit finished(false);
            return;
        }
        const SbomImportReport &report = (*outcome)->components;
        const int findings = (*outcome)->matching.findingsCreated;
        m_done = true;
        m_summary->setText(tr("Imported into %1: %2 component(s) created, %3 updated, %4 "
                              "unchanged, %5 skipped; %6 new finding(s).")
                               .arg(code)
                               .arg(report.created)
                               .arg(report.updated)
                               .arg(report.unchanged)
                               .arg(report.skipped)
                               .arg(findings));
        updateButtons();
        m_workspace->externalChangeApplied();
        emit imported(report, findings);
        emit finished(true);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [address, preview, code]() {
        auto opened = BackgroundLoader::connect(address, true);
        if (!opened)
            return std::make_shared<Outcome>(opened.error());
        return std::make_shared<Outcome>(SbomImport::applyAndMatch(**opened, preview, code));
    }));
    return true;
}

} // namespace pp
