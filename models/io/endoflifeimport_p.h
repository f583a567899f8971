// Internal to EndOfLifeImport: parsing one file's bytes into a preview.
#pragma once

#include "models/io/endoflifeimport.h"

namespace pp::Internal {

/// Parses @p data (a UTF-8 byte order mark is skipped) as the file @p path and adds it, or its
/// located issues, to @p preview; a product already in the preview gets a warning.
void addFile(EndOfLifePreview &preview, const QByteArray &data, const QString &path,
             const EndOfLifeImport::Limits &limits);

} // namespace pp::Internal
