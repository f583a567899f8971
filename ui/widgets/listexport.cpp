#include "ui/widgets/listexport.h"

#include "models/io/tableexport.h"
#include "ui/page.h"
#include "ui/uisettings.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/savepath.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace pp {
namespace {

// The folder is shared with File > Export inventory CSV (MainWindow).
const QString kListFormat = QStringLiteral("export/listFormat");

const QHeaderView *headerOf(const QAbstractItemView &view)
{
    if (const auto *table = qobject_cast<const QTableView *>(&view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(&view))
        return tree->header();
    return nullptr;
}

/// Loads every row of a model that hands them out in pages (QAbstractItemModel::fetchMore()).
void fetchAll(QAbstractItemModel *model)
{
    // Bounded: a model that always claims more must not hang the window.
    for (int i = 0; i < 100000 && model->canFetchMore({}); ++i)
        model->fetchMore({});
}

} // namespace

QList<int> ListExport::visibleColumns(const QAbstractItemView &view)
{
    QList<int> columns;
    const QAbstractItemModel *model = view.model();
    if (!model)
        return columns;
    const int count = model->columnCount();
    const QHeaderView *header = headerOf(view);
    if (!header || header->count() != count) {
        for (int c = 0; c < count; ++c)
            columns << c;
        return columns;
    }
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

ReportTable ListExport::table(QAbstractItemView &view)
{
    QAbstractItemModel *model = view.model();
    if (!model)
        return {};
    fetchAll(model);
    return TableExport::fromModel(*model, visibleColumns(view));
}

Status ListExport::write(QAbstractItemView &view, const QString &path)
{
    return TableExport::write(table(view), path, TableExport::formatForPath(path));
}

QString ListExport::actionText()
{
    return tr("E&xport list…");
}

QString ListExport::run(QWidget *parent, QAbstractItemView &view, const QString &name,
                        MessageBar *messages)
{
    Internal::UiSettings settings;
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    const bool json = settings.value(kListFormat).toString() == QLatin1String("json");
    QString selected = json ? jsonFilter : csvFilter;
    QString path = askSavePath(parent, tr("Export list"),
                               name + (json ? QStringLiteral(".json") : QStringLiteral(".csv")),
                               csvFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (path.isEmpty())
        return {};
    // The extension typed wins; without one the chosen filter says which format.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        path += selected == jsonFilter ? QStringLiteral(".json") : QStringLiteral(".csv");
    settings.setValue(kListFormat, TableExport::formatForPath(path) == TableFormat::Json
                                       ? QStringLiteral("json")
                                       : QStringLiteral("csv"));

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportTable t = table(view);
    const Status st = TableExport::write(t, path, TableExport::formatForPath(path));
    QApplication::restoreOverrideCursor();
    if (!st) {
        if (messages)
            messages->showMessage(tr("The list was not exported. %1").arg(st.error().message),
                                  MessageBar::Type::Error);
        return {};
    }
    if (messages)
        messages->showMessage(tr("Exported %n row(s) to %1.", nullptr, int(t.rows.size()))
                                  .arg(QDir::toNativeSeparators(path)),
                              MessageBar::Type::Positive, 10000);
    return path;
}

QString ListExport::run(Page *page, MessageBar *messages)
{
    QAbstractItemView *view = page ? page->exportView() : nullptr;
    if (!view)
        return {};
    return run(page, *view, page->exportName(), messages);
}

QAction *ListExport::addToMenu(QMenu &menu, Page *page, MessageBar *messages)
{
    menu.addSeparator();
    QAction *action = menu.addAction(actionText());
    action->setObjectName(QStringLiteral("exportListAction"));
    action->setEnabled(page && page->exportView());
    QObject::connect(action, &QAction::triggered, page, [page, messages]() {
        run(page, messages);
    });
    return action;
}

void ListExport::installContextMenu(QAbstractItemView *view, Page *page, MessageBar *messages,
                                    const QString &name)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, page,
                     [view, page, messages, name](const QPoint &pos) {
                         QMenu menu(view);
                         QAction *action = menu.addAction(actionText());
                         action->setObjectName(QStringLiteral("exportListAction"));
                         QObject::connect(action, &QAction::triggered, page,
                                          [view, page, messages, name]() {
                                              run(page, *view,
                                                  name.isEmpty() ? page->exportName() : name,
                                                  messages);
                                          });
                         menu.exec(view->viewport()->mapToGlobal(pos));
                     });
}

} // namespace pp
