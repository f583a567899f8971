// Editing an operational cadence (how many days between two runs, and its note), and asking the
// day of a major change of a system (after which its vulnerability scan is due at once).
#pragma once

#include "models/domain/control.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace pp {

class CadenceDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p cadence: as read (with its row version); @p what: "Vulnerability scan of ERP-01".
    CadenceDialog(const Cadence &cadence, const QString &what, const QDate &today,
                  QWidget *parent = nullptr);

    /// The cadence as edited: interval and note changed, the rest as read.
    Cadence cadence() const;
    /// Empty when the input is acceptable, else what is wrong (also shown in the dialog).
    QString validationError() const;

    // For tests and for filling programmatically.
    QSpinBox *intervalSpin() const { return m_interval; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLabel *nextDueLabel() const { return m_nextDue; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateState();

    Cadence m_original;
    QDate m_today;
    QSpinBox *m_interval;
    QPlainTextEdit *m_note;
    QLabel *m_nextDue;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

/// Asks the day a major change of a system was made (not after today).
class MajorChangeDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p system: the system's code and name, shown in the question.
    MajorChangeDialog(const QString &system, const QDate &today, QWidget *parent = nullptr);

    QDate changedOn() const;
    QDateEdit *dateEdit() const { return m_date; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QDateEdit *m_date;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
