// The desktop keychain (Secret Service, KWallet) through Qt Keychain, for the passwords of shared
// databases the user chose to remember. Optional: without Qt Keychain at build time
// (qtkeychain-qt6-dev), isAvailable() is false and nothing is ever stored.
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace pp::Keychain {

/// True when this build has Qt Keychain.
bool isAvailable();

/// The key a database's password is kept under: its URL without password and query,
/// e.g. "postgresql://alice@db.example.jp:5432/patchplanner".
QString keyFor(const QString &location);

/// Reads the password for @p location; @p done runs (in @p context's thread) with it, or with an
/// empty string when there is none or no keychain.
void readPassword(const QString &location, QObject *context,
                  std::function<void(const QString &password)> done);
/// Stores @p password for @p location; @p done gets an error message, empty on success.
void writePassword(const QString &location, const QString &password, QObject *context,
                   std::function<void(const QString &error)> done = {});
/// Forgets the password of @p location.
void deletePassword(const QString &location);

} // namespace pp::Keychain
