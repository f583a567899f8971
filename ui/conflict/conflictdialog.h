// The decision a stale save asks for: the user's values and the stored ones side by side, and
// Reload (discard mine), Overwrite (save mine over theirs, deliberately) or Cancel (keep editing).
#pragma once

#include "models/editconflict.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pp {

enum class ConflictChoice {
    Reload,    ///< discard my values, show the stored ones
    Overwrite, ///< save my values over the stored ones (an undoable, audited edit)
    Cancel,    ///< decide later: keep my values in the editor, nothing saved
};

/// How a page asks the user about a conflict: the dialog by default; tests inject a decision.
using ConflictResolver =
    std::function<ConflictChoice(QWidget *parent, const EditConflict &conflict)>;

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);

    /// What the user chose; Cancel when the dialog was closed otherwise.
    ConflictChoice choice() const { return m_choice; }

    /// Shows the dialog modally and returns the choice: the default ConflictResolver.
    static ConflictChoice ask(QWidget *parent, const EditConflict &conflict);

    /// "CRM was changed by bob at 14:03 while you were editing it." and the like.
    static QString headline(const EditConflict &conflict);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void choose(ConflictChoice choice);
    void fillTable(const EditConflict &conflict);

    QTableWidget *m_table;
    ConflictChoice m_choice = ConflictChoice::Cancel;
};

} // namespace pp
