// Triage of one or more findings at once: the analysis state, a justification (for not
// affected / false positive), the user's words and a review date. The page applies the
// decision through Workspace::triageFindings() as one undo step.
#pragma once

#include "models/domain/vulnerability.h"

#include <QDate>
#include <QDialog>
#include <QString>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QDialogButtonBox;

namespace pp {

class TriageDialog : public QDialog
{
    Q_OBJECT

public:
    struct Decision
    {
        AnalysisState state = AnalysisState::InTriage;
        Justification justification = Justification::None;
        QString detail;
        QDate reviewDate; ///< null unless not affected / false positive
    };

    /// @p count findings are triaged; @p initial presets the fields (e.g. the state the
    /// selected findings share). @p today is the base of the default review date (+90 days).
    TriageDialog(int count, const Decision &initial, QDate today, QWidget *parent = nullptr);

    Decision decision() const;
    /// Sets the fields (the tests drive the dialog through this and the widgets).
    void setDecision(const Decision &d);

    QComboBox *stateCombo() const { return m_state; }
    QComboBox *justificationCombo() const { return m_justification; }
    QPlainTextEdit *detailEdit() const { return m_detail; }
    QDateEdit *reviewDateEdit() const { return m_review; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Not affected and false positive take a justification and a review date.
    static bool needsReview(AnalysisState s);

private:
    void updateEnabled();

    QDate m_today;
    QLabel *m_count;
    QComboBox *m_state;
    QComboBox *m_justification;
    QPlainTextEdit *m_detail;
    QDateEdit *m_review;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
