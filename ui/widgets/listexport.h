// "Export list…": the list a page shows, written as CSV or JSON exactly as shown (the view's
// filter and sort, the columns it shows, in their order) under the stable keys of the models
// (ColumnKeyRole). One place for the File menu's action and the tables' context menus.
#pragma once

#include "models/io/reporttable.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QList>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace pp {

class MessageBar;
class Page;

class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    /// The logical columns @p view shows, in the order shown (a table's or tree's header: hidden
    /// sections left out, moved sections where the user put them); every column otherwise.
    static QList<int> visibleColumns(const QAbstractItemView &view);
    /// The list as @p view shows it. A model that loads in pages (the audit log) is read to the
    /// end first: the export holds every row the filter lets through, not only those scrolled to.
    static ReportTable table(QAbstractItemView &view);
    /// Writes the list of @p view to @p path, atomically: JSON when @p path ends in ".json",
    /// else CSV. Without a dialog: for the window's action after its dialog, and for tests.
    static Status write(QAbstractItemView &view, const QString &path);
    /// Asks where to write (a save dialog with CSV and JSON filters, in the folder used last,
    /// proposing @p name), writes and says how it went in @p messages. Returns the path
    /// written, empty when cancelled or failed.
    static QString run(QWidget *parent, QAbstractItemView &view, const QString &name,
                       MessageBar *messages);
    /// Runs the export of @p page (Page::exportView(), Page::exportName()); nothing without a view.
    static QString run(Page *page, MessageBar *messages);
    /// "E&xport list…", the text of the action in menus.
    static QString actionText();
    /// Adds "Export list…" for @p page to a context menu, after a separator.
    static QAction *addToMenu(QMenu &menu, Page *page, MessageBar *messages);
    /// Gives @p view, which has no context menu of its own, one with "Export list…" that exports
    /// @p view (proposing @p name, or the page's exportName() when empty).
    static void installContextMenu(QAbstractItemView *view, Page *page, MessageBar *messages,
                                   const QString &name = QString());
};

} // namespace pp
