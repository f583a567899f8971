// Helpers shared by the tests: a fresh database in a temporary folder, and checks that turn a
// failed Result/Status into a test failure with its message.
#pragma once

#include "models/result.h"
#include "models/storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

#define PP_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &pp_r_ = (expr);                                                                \
        if (!pp_r_.ok())                                                                           \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2")                                       \
                                 .arg(QString::fromLatin1(#expr), pp_r_.error().message)));        \
    } while (false)

namespace pp::test {

/// Opens (and migrates) a new SQLite database inside @p dir; fails the test when it cannot.
inline std::unique_ptr<Database> openTemp(const QTemporaryDir &dir,
                                          const QString &name = QStringLiteral("test.db"))
{
    auto db = Database::open(dir.filePath(name));
    if (!db) {
        qWarning("open failed: %s", qPrintable(db.error().message));
        return nullptr;
    }
    (*db)->setActor(QStringLiteral("tester"));
    return std::move(*db);
}

} // namespace pp::test
