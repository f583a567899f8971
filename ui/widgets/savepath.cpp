#include "ui/widgets/savepath.h"

#include "ui/uisettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace pp {

namespace {

const QString kExportFolder = QStringLiteral("export/lastFolder");

} // namespace

QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                    const QString &filters, QString *selectedFilter)
{
    Internal::UiSettings settings;
    const QString folder
        = settings
              .value(kExportFolder,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getSaveFileName(parent, title,
                                                      QDir(folder).filePath(suggestedName),
                                                      filters, selectedFilter);
    if (!path.isEmpty())
        settings.setValue(kExportFolder, QFileInfo(path).absolutePath());
    return path;
}

} // namespace pp
