// Parts every list page of the main window builds the same way: its heading, the empty-state
// text laid over its view, and the "All systems" chooser.
#pragma once

#include "models/domain/system.h"

#include <QList>
#include <QString>

class QComboBox;
class QLabel;
class QWidget;

namespace pp::PageParts {

/// Makes @p label a page heading: larger and bold.
void styleHeading(QLabel *label);
/// A new page heading with @p text.
QLabel *heading(const QString &text, QWidget *parent);
/// A widget showing @p view with @p empty laid over it (the page shows or hides @p empty).
QWidget *withEmptyState(QWidget *view, QLabel *empty, QWidget *parent);
/// Fills @p chooser with "All systems" (data 0) and one entry per system ("CODE — name", data
/// the id), keeping the chosen system when it is still there (else All systems), without
/// emitting change signals. Returns the chosen id.
qint64 fillSystemChooser(QComboBox *chooser, const QList<System> &systems);

} // namespace pp::PageParts
