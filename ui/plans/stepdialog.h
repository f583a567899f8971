// Editing one step of a patch plan (phase, title, detail, owner role, duration, effect, the step
// it pairs with and the steps it depends on), and checking a step off as done.
#pragma once

#include "models/domain/plan.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace pp {

class StepDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits @p step of a plan whose steps are @p steps (the step itself may be among them: it
    /// is not offered as its own partner or dependency). Other steps are named by stepRef().
    StepDialog(const PlanStep &step, const QList<PlanStep> &steps, QWidget *parent = nullptr);

    /// The step as edited (id, position, times and the work log as given).
    PlanStep step() const;
    /// Why the step cannot be saved as it is; empty when it can.
    QString validationError() const;

    void accept() override;

    // For tests.
    QComboBox *phaseCombo() const { return m_phase; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *detailEdit() const { return m_detail; }
    QComboBox *ownerCombo() const { return m_owner; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QComboBox *effectCombo() const { return m_effect; }
    QComboBox *pairCombo() const { return m_pair; }
    QListWidget *dependsList() const { return m_depends; }

private:
    void updateState();

    PlanStep m_step;
    QComboBox *m_phase;
    QLineEdit *m_title;
    QPlainTextEdit *m_detail;
    QComboBox *m_owner;
    QSpinBox *m_minutes;
    QComboBox *m_effect;
    QComboBox *m_pair;
    QListWidget *m_depends;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

/// Checking a step off: when it was done (in the plan's zone, not after now) and a note.
class StepDoneDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p now is the workspace's clock (UTC); @p zone the plan's time zone.
    StepDoneDialog(const PlanStep &step, const QDateTime &now, const QTimeZone &zone,
                   QWidget *parent = nullptr);

    /// The moment entered, as UTC.
    QDateTime doneAt() const;
    QString notes() const;

    // For tests.
    QDateTimeEdit *doneAtEdit() const { return m_doneAt; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

private:
    QTimeZone m_zone;
    QDateTimeEdit *m_doneAt;
    QPlainTextEdit *m_notes;
};

} // namespace pp
