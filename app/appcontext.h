// Wiring shared by the window and the command line: application identity, where the default
// database lives, and which translation is loaded.
#pragma once

#include <QString>

class QCoreApplication;

namespace pp {

/// Sets organisation and application names (for QSettings and QStandardPaths) and the version.
void setApplicationIdentity();

/// The embedded SQLite database in the per-user data directory.
QString defaultDatabasePath();

/// Loads the Japanese or English translation: @p lang "ja" or "en" wins; empty follows the
/// system locale. Returns false when @p lang is not one of them.
bool installTranslators(QCoreApplication &app, const QString &lang);

} // namespace pp
