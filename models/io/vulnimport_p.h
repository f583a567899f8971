// VulnImport's seam for tests: the same import with the reader replaced, so that storing,
// matching and rollback can be tested with records built in the test.
#pragma once

#include "models/io/vulnimport.h"

#include <QList>

namespace pp::Internal {

/// Reads one file: hands its records to the sink, as VulnFeedReader::read() does.
using VulnFeedSource = std::function<FeedReadResult(const QString &file, const VulnSink &sink,
                                                    const FeedReadOptions &options)>;

/// VulnImport::run() with @p source instead of the file readers; @p sizes are the files' sizes
/// in bytes (for progress).
Result<VulnImportReport> runVulnImport(Database &db, VulnFeedKind kind, const QStringList &files,
                                       const QList<qint64> &sizes,
                                       const VulnImportOptions &options,
                                       VulnImportReport *reportOut, const VulnFeedSource &source);

} // namespace pp::Internal
