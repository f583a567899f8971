// The pages of the main window, as the window's actions see them.
#pragma once

#include <QWidget>

class QAbstractItemView;
class QSettings;

namespace pp {

/// A page of the main window. The window's actions (Ctrl+F, Ctrl+N, Delete) call these;
/// actionsChanged() tells the window to re-read canCreate() and canDelete().
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual bool hasFilter() const { return false; }
    virtual void focusFilter() { }
    virtual bool canCreate() const { return false; }
    virtual void createItem() { }
    virtual bool canDelete() const { return false; }
    /// Deletes the selected item after asking the user.
    virtual void deleteSelected() { }
    /// Splitter positions and the like.
    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings) }
    virtual void restoreState(const QSettings &settings) { Q_UNUSED(settings) }
    /// The list "Export list…" writes as shown (its filter, sort and visible columns); null
    /// when the page has none (ui/widgets/listexport.h).
    virtual QAbstractItemView *exportView() const { return nullptr; }
    /// The file name, without extension, an export of exportView() proposes.
    virtual QString exportName() const { return tr("list", "file name of an exported list"); }
    /// True while the page's data is being read in the background (the page says so and stays
    /// usable); a page that reads synchronously is never loading.
    virtual bool isLoading() const { return false; }
    /// The main window says whether this page is the one shown: a page that is not may put off
    /// reading until it is (a page used on its own is current). Called again on every switch.
    virtual void setCurrent(bool current) { Q_UNUSED(current) }

signals:
    void actionsChanged();
    /// isLoading() changed.
    void loadingChanged(bool loading);
};

} // namespace pp
