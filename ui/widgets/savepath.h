// Where exports go: one save dialog for every export of the window (inventory, lists, PDFs,
// the calendar), opening in the folder of the last export.
#pragma once

#include <QString>

class QWidget;

namespace pp {

/// Asks where to save, starting at @p suggestedName in the folder of the last export (the
/// documents folder the first time), and remembers the folder chosen. @p filters are the
/// dialog's filters (";;"-separated); @p selectedFilter, when given, is the one to start with
/// and receives the one chosen. Returns the path, or an empty string when the user cancelled.
QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                    const QString &filters, QString *selectedFilter = nullptr);

} // namespace pp
