#include "ui/lifecycle/lifecyclecontroller.h"

#include "models/workspace.h"
#include "ui/lifecycle/endoflifeimportdialog.h"
#include "ui/lifecycle/horizonsdialog.h"
#include "ui/lifecycle/productmappingdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QLayout>
#include <QPushButton>
#include <QWidget>

namespace pp {

LifecycleController::LifecycleController(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_importAction(new QAction(tr("Import &endoflife.date files\u2026"), this))
    , m_mappingAction(new QAction(tr("&Product mapping\u2026"), this))
    , m_horizonsAction(new QAction(tr("EOSL &horizons\u2026"), this))
{
    m_horizonsAction->setObjectName(QStringLiteral("horizonsAction"));
    connect(m_horizonsAction, &QAction::triggered, this, &LifecycleController::showHorizons);
    m_importAction->setObjectName(QStringLiteral("importEndOfLifeAction"));
    m_importAction->setToolTip(tr("Read release cycles and support dates from endoflife.date "
                                  "API files"));
    m_mappingAction->setObjectName(QStringLiteral("productMappingAction"));
    connect(m_importAction, &QAction::triggered, this, &LifecycleController::chooseFiles);
    connect(m_mappingAction, &QAction::triggered, this, &LifecycleController::showMapping);
    connect(m_workspace, &Workspace::databaseChanged, this, &LifecycleController::updateActions);
    updateActions();
}

void LifecycleController::updateActions()
{
    m_importAction->setEnabled(m_workspace->canEdit());
    m_mappingAction->setEnabled(m_workspace->isOpen());
    m_horizonsAction->setEnabled(m_workspace->canEdit());
}

void LifecycleController::chooseFiles()
{
    // Files, or a whole folder of them (the dialog's "Folder…" button).
    QFileDialog dialog(m_window, tr("Import endoflife.date files"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setNameFilters({tr("endoflife.date JSON (*.json)"), tr("All files (*)")});
    auto *folder = new QPushButton(tr("Choose a &folder instead\u2026"), &dialog);
    QStringList chosen;
    connect(folder, &QPushButton::clicked, &dialog, [this, &dialog, &chosen]() {
        const QString dir = QFileDialog::getExistingDirectory(&dialog, tr("Folder of files"));
        if (!dir.isEmpty()) {
            chosen = {dir};
            dialog.reject();
        }
    });
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (auto *layout = dialog.layout())
        layout->addWidget(folder);
    if (dialog.exec() == QDialog::Accepted)
        chosen = dialog.selectedFiles();
    if (!chosen.isEmpty())
        importFiles(chosen);
}

void LifecycleController::importFiles(const QStringList &paths)
{
    EndOfLifeImportDialog dialog(m_workspace, paths, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit messageReady(dialog.summary(), MessageBar::Type::Information, 15000);
}

void LifecycleController::showMapping()
{
    ProductMappingDialog dialog(m_workspace, m_window);
    dialog.exec();
}

void LifecycleController::showHorizons()
{
    auto seen = m_workspace->lifecycleHorizons();
    if (!seen) {
        emit messageReady(seen.error().message, MessageBar::Type::Error, 0);
        return;
    }
    HorizonsDialog dialog(*seen, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.horizons() == *seen)
        return;
    if (Status st = m_workspace->setLifecycleHorizons(dialog.horizons(), *seen); !st) {
        emit messageReady(tr("The horizons were not saved: %1").arg(st.error().message),
                          MessageBar::Type::Error, 0);
        return;
    }
    emit messageReady(tr("The EOSL horizons are now %1, %2, %3 and %4 days.")
                          .arg(dialog.horizons().d30)
                          .arg(dialog.horizons().d90)
                          .arg(dialog.horizons().d180)
                          .arg(dialog.horizons().d365),
                      MessageBar::Type::Information, 10000);
}

} // namespace pp
