// The save loop both inventory editors share: save, and while someone else's change stands in
// the way, let the user choose (keep editing, reload theirs, overwrite deliberately), as often
// as it happens again while they decide.
#pragma once

#include "models/editconflict.h"
#include "models/result.h"
#include "ui/conflict/conflictdialog.h"

#include <functional>

namespace pp {

class MessageBar;

/// What differs between saving a system and saving a component.
struct ConflictSaveSteps
{
    std::function<Status()> save;                                      ///< the plain save
    std::function<Result<EditConflict>()> describe;                    ///< what is in the way
    std::function<Result<qint64>(const EditConflict &)> overwrite;     ///< mine over theirs
    std::function<void(qint64)> showStored;                            ///< show the stored record
};

/// Saves the record @p id through @p steps. Problems that are not conflicts were reported by
/// the workspace; conflicts go to @p resolve; messages to @p pageBar and @p editorBar.
void saveResolvingConflicts(qint64 id, const ConflictSaveSteps &steps,
                            const ConflictResolver &resolve, QWidget *parent,
                            MessageBar *pageBar, MessageBar *editorBar);

} // namespace pp
