// The main window's lifecycle actions: File > Import endoflife.date files…, Tools > Product
// mapping… and Tools > EOSL horizons…; keeps them enabled as the open database allows.
#pragma once

#include "ui/widgets/messagebar.h"

#include <QObject>

class QAction;
class QWidget;

namespace pp {

class Workspace;

class LifecycleController : public QObject
{
    Q_OBJECT

public:
    LifecycleController(Workspace *workspace, QWidget *window);

    QAction *importAction() const { return m_importAction; }
    QAction *mappingAction() const { return m_mappingAction; }
    QAction *horizonsAction() const { return m_horizonsAction; }

    /// Opens the import dialog on @p paths (files or folders), without asking for them.
    void importFiles(const QStringList &paths);
    void showMapping();
    void showHorizons();

signals:
    void messageReady(const QString &text, MessageBar::Type type, int timeoutMs);

private:
    void chooseFiles();
    void updateActions();

    Workspace *m_workspace;
    QWidget *m_window;
    QAction *m_importAction;
    QAction *m_mappingAction;
    QAction *m_horizonsAction;
};

} // namespace pp
