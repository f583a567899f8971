// Adding or editing a compensating control (issue 6, item 1): its kind, title, owner, cadence,
// validity and what it is attached to (a system as a whole, one of its components, or one
// finding of that component). The rules are pp::validateControl's; the dialog shows its
// messages and keeps Save disabled while there are any.
#pragma once

#include "models/domain/control.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pp {

class Workspace;

class ControlDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p control: the control to edit (id 0 for a new one; its system, component and finding
    /// preselect what it is attached to).
    ControlDialog(Workspace *workspace, const Control &control, QWidget *parent = nullptr);

    /// The control as entered, with the row version it was read with.
    Control control() const;
    /// What pp::validateControl finds wrong; empty when it can be saved.
    QStringList problems() const;

    // For tests and for filling programmatically.
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *periodicCheck() const { return m_periodic; }
    QSpinBox *cadenceSpin() const { return m_cadence; }
    QCheckBox *validFromCheck() const { return m_hasFrom; }
    QDateEdit *validFromEdit() const { return m_from; }
    QCheckBox *validUntilCheck() const { return m_hasUntil; }
    QDateEdit *validUntilEdit() const { return m_until; }
    QComboBox *systemCombo() const { return m_system; }
    QComboBox *componentCombo() const { return m_component; }
    QComboBox *findingCombo() const { return m_finding; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void loadSystems(qint64 systemId);
    void loadComponents(qint64 componentId);
    void loadFindings(qint64 findingId);
    void kindChanged();
    void updateState();

    Workspace *m_workspace;
    Control m_original;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_owner;
    QCheckBox *m_periodic;
    QSpinBox *m_cadence;
    QCheckBox *m_hasFrom;
    QDateEdit *m_from;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QComboBox *m_system;
    QComboBox *m_component;
    QComboBox *m_finding;
    QLabel *m_findingHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
