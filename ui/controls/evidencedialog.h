// Recording that a control was checked or an operational cadence was done: the day (never in
// the future), for a control who did it and the file or ticket that proves it, and what was
// found. Shared by the Calendar page and the frozen-systems register.
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pp {

class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    /// A control records done by + reference; a cadence only date + note.
    enum class Kind { Control, Cadence };

    /// @p what: the obligation's name shown in the title ("Record evidence: Log review of
    /// OT-01"); @p today: the latest day allowed and the default; @p doneBy: the default doer.
    EvidenceDialog(Kind kind, const QString &what, const QDate &today, const QString &doneBy,
                   QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QDate doneOn() const;
    QString doneBy() const;
    QString note() const;
    QString reference() const;
    /// Empty when the input is acceptable, else what is wrong (also shown in the dialog).
    QString validationError() const;

    // For tests and for filling programmatically.
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *doneByEdit() const { return m_doneBy; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateState();

    Kind m_kind;
    QDate m_today;
    QDateEdit *m_date;
    QLineEdit *m_doneBy;
    QPlainTextEdit *m_note;
    QLineEdit *m_reference;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
