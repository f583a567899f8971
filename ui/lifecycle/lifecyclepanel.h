// The "Lifecycle" tab of the Components page: a component's release and support dates, each
// with its source (typed by whom and when, or imported from which file on which day), editable
// as a date, "ended", "not announced" or "unknown"; the extended-support contract; and the
// upgrade decision. Apply goes through the undoable lifecycle commands.
#pragma once

#include "models/domain/lifecycle.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pp {

class MessageBar;
class Workspace;

class LifecyclePanel : public QWidget
{
    Q_OBJECT

public:
    /// What the state combo of a date offers; UseImported clears the manual value.
    enum class Choice { UseImported, Date, Ended, NotAnnounced, Unknown };

    explicit LifecyclePanel(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows component @p id (0: nothing).
    void setComponentId(qint64 id);
    qint64 componentId() const { return m_id; }
    bool isModified() const { return m_modified; }

    // For tests and the window: the editors.
    QComboBox *decisionCombo() const { return m_decision; }
    QLineEdit *targetVersionEdit() const { return m_targetVersion; }
    QComboBox *stateCombo(LifecycleField f) const { return m_fields.at(int(f)).state; }
    QDateEdit *dateEdit(LifecycleField f) const { return m_fields.at(int(f)).date; }
    QCheckBox *contractCheck() const { return m_contract; }

    /// Saves the edits (up to two undoable steps: the dates, the decision).
    void apply();
    void revert();

private:
    struct FieldEditors
    {
        QComboBox *state = nullptr;
        QDateEdit *date = nullptr;
        QLabel *source = nullptr;
    };
    void load();
    void markModified();
    void updateEnabled();
    QString sourceText(const LifecycleSource &s) const;

    Workspace *m_workspace;
    qint64 m_id = 0;
    LifecycleRow m_row;
    ManualLifecycle m_manual;
    UpgradeDecision m_stored;
    MessageBar *m_messages;
    QLabel *m_title;
    QLabel *m_tie;
    QLabel *m_status;
    std::array<FieldEditors, 4> m_fields;
    QCheckBox *m_contract;
    QComboBox *m_decision;
    QLineEdit *m_targetVersion;
    QDateEdit *m_targetDate;
    QPlainTextEdit *m_note;
    QLabel *m_decidedBy;
    QPushButton *m_apply;
    QPushButton *m_revert;
    bool m_loading = false;
    bool m_modified = false;
};

} // namespace pp
