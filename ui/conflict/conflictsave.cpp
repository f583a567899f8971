#include "ui/conflict/conflictsave.h"

#include "ui/widgets/messagebar.h"

namespace pp {

void saveResolvingConflicts(qint64 id, const ConflictSaveSteps &steps,
                            const ConflictResolver &resolve, QWidget *parent,
                            MessageBar *pageBar, MessageBar *editorBar)
{
    Status st = steps.save();
    while (!st && st.error().kind == ErrorKind::Conflict) {
        auto conflict = steps.describe();
        if (!conflict) {
            pageBar->showMessage(conflict.error().message, MessageBar::Type::Error);
            return;
        }
        if (!conflict->deleted && conflict->differences.isEmpty()) {
            steps.showStored(id); // they saved exactly what I meant to
            editorBar->showMessage(
                ConflictDialog::tr("%1 had already saved the same values.").arg(conflict->actor),
                MessageBar::Type::Information, 10000);
            return;
        }
        switch (resolve(parent, *conflict)) {
        case ConflictChoice::Cancel:
            editorBar->showMessage(
                ConflictDialog::tr("Not saved: %1 Your changes are still here; Apply shows both "
                                   "versions again.")
                    .arg(ConflictDialog::headline(*conflict)),
                MessageBar::Type::Warning);
            return;
        case ConflictChoice::Reload:
            steps.showStored(id);
            return;
        case ConflictChoice::Overwrite: {
            auto stored = steps.overwrite(*conflict);
            if (stored) {
                steps.showStored(*stored);
                return;
            }
            st = stored.error(); // a Conflict again: ask again; anything else was reported
            break;
        }
        }
    }
    if (st)
        steps.showStored(id);
}

} // namespace pp
