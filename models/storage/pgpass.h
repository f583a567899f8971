// Where libpq would find a PostgreSQL password without asking: PGPASSWORD or the password file
// (~/.pgpass, or the file PGPASSFILE names). The connect dialog asks for a password only when
// neither has one.
#pragma once

#include <QString>

#include <optional>

namespace pp::PgPass {

/// The password file's entry for the connection, by libpq's rules: the first line whose host,
/// port, database and user fields each match (or are *) wins; \: and \\ escape; # starts a
/// comment. @p text is the file's content.
std::optional<QString> lookup(const QString &text, const QString &host, int port,
                              const QString &database, const QString &user);

/// The password file libpq reads: PGPASSFILE, else ~/.pgpass.
QString passwordFilePath();

/// True when libpq will find a password for the connection by itself: PGPASSWORD is set, or the
/// password file has a matching entry and is private to its owner (libpq ignores it otherwise).
bool hasStoredPassword(const QString &host, int port, const QString &database,
                       const QString &user);

} // namespace pp::PgPass
