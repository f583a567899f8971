// Entering or editing a blackout (change freeze): its days, the system it covers (or all) and
// why.
#pragma once

#include "models/domain/plan.h"
#include "models/domain/system.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pp {

class BlackoutDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p blackout: the one to edit (id 0 for a new one); @p systems fill the system chooser.
    BlackoutDialog(const Blackout &blackout, const QList<System> &systems,
                   QWidget *parent = nullptr);

    Blackout blackout() const;
    /// Empty when the input is acceptable, else what is wrong (also shown in the dialog).
    QString validationError() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *systemChooser() const { return m_system; }
    QDateEdit *firstEdit() const { return m_first; }
    QDateEdit *lastEdit() const { return m_last; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateState();

    Blackout m_original;
    QLineEdit *m_name;
    QComboBox *m_system;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
