// Recording a decision on a plan in review: approve, approve provisionally (emergency plans
// only: confirmed within 24 hours) or reject, with the security checklist of DESIGN.md
// section 3. The rules (approvalProblems()) are shown as the user answers; OK waits for them.
#pragma once

#include "models/domain/plan.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace pp {

class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    /// The five questions, in the order of DESIGN.md.
    enum Question { NetworkReachability, Monitoring, RunbookPolicy, BackupRestore, Rollback,
                    QuestionCount };

    /// Decides on @p plan (with its @p steps) as @p approver.
    ApprovalDialog(const Plan &plan, const QList<PlanStep> &steps, const QString &approver,
                   QWidget *parent = nullptr);

    ApprovalDecision decision() const;
    SecurityChecklist checklist() const;
    QString comment() const;
    /// What stops the decision (approvalProblems()); empty when it can be recorded.
    QStringList problems() const;

    void accept() override;

    // For tests.
    QComboBox *decisionCombo() const { return m_decision; }
    /// The Yes (true) or No (false) answer of @p question.
    QRadioButton *answerButton(Question question, bool yes) const;
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QLabel *problemsLabel() const { return m_problems; }
    QPushButton *okButton() const;

private:
    void updateState();

    Plan m_plan;
    QList<PlanStep> m_steps;
    QString m_approver;
    QComboBox *m_decision;
    QButtonGroup *m_groups[QuestionCount];
    QRadioButton *m_yes[QuestionCount];
    QRadioButton *m_no[QuestionCount];
    QPlainTextEdit *m_note;
    QPlainTextEdit *m_comment;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
