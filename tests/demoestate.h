// The demo estate the tests build on: `patchplanner demo` on a given day, the endoflife.date
// sample, and optionally the real NVD and KEV samples imported at a given moment.
#pragma once

#include "models/io/demodata.h"
#include "models/io/endoflifeimport.h"
#include "models/io/vulnimport.h"
#include "models/storage/database.h"

#include <QDir>
#include <QString>

namespace pp::test {

/// Fills @p db; false (with a warning saying what failed) on failure.
inline bool fillDemoEstate(Database &db, const QDate &today, const QDateTime &feedsAt = {})
{
    DemoOptions demo;
    demo.today = today;
    if (Status s = createDemoEstate(db, demo); !s) {
        qWarning("demo estate: %s", qPrintable(s.error().message));
        return false;
    }
    const auto eol = EndOfLifeImport::parse({QStringLiteral(PP_TEST_DATA "/endoflife-v0")});
    if (eol.hasErrors() || !EndOfLifeImport::apply(db, eol)) {
        qWarning("endoflife.date sample did not import");
        return false;
    }
    if (!feedsAt.isValid())
        return true;
    QStringList nvd;
    const auto files = QDir(QStringLiteral(PP_TEST_DATA "/nvd"))
                           .entryInfoList({QStringLiteral("*.json")});
    for (const QFileInfo &f : files)
        nvd << f.filePath();
    VulnImportOptions options;
    options.now = feedsAt;
    const QString kev = QStringLiteral(PP_TEST_DATA "/kev/known_exploited_vulnerabilities.json");
    if (!VulnImport::run(db, VulnFeedKind::Nvd, nvd, options)
        || !VulnImport::run(db, VulnFeedKind::Kev, {kev}, options)) {
        qWarning("NVD or KEV sample did not import");
        return false;
    }
    return true;
}

} // namespace pp::test
