#include "ui/plans/approvaldialog.h"

#include "models/itemmodels/plantablemodel.h"
#include "models/planning/planrules.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pp {

ApprovalDialog::ApprovalDialog(const Plan &plan, const QList<PlanStep> &steps,
                               const QString &approver, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_steps(steps)
    , m_approver(approver)
    , m_decision(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Decide on plan"));

    auto *intro = new QLabel(tr("<b>%1</b><br>%2, window %3<br>Deciding as %4; the author is %5.")
                                 .arg(plan.title.toHtmlEscaped(), displayName(plan.type),
                                      PlanTableModel::windowText(plan).toHtmlEscaped(),
                                      approver.toHtmlEscaped(), plan.author.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_decision->addItem(tr("Approve"), int(ApprovalDecision::Approved));
    // Only an emergency plan may run on a provisional approval confirmed afterwards.
    if (plan.type == PlanType::Emergency)
        m_decision->addItem(tr("Approve provisionally (confirm within 24 hours)"),
                            int(ApprovalDecision::Provisional));
    m_decision->addItem(tr("Reject (send back to draft)"), int(ApprovalDecision::Rejected));
    auto *decisionLabel = new QLabel(tr("&Decision:"), this);
    decisionLabel->setBuddy(m_decision);

    // The security checklist of DESIGN.md section 3, each question answered yes or no.
    const QString questions[QuestionCount] = {
        tr("&1. Is network reachability changed?"),
        tr("&2. Are monitoring or alerts changed?"),
        tr("&3. Does the runbook agree with the security policy (e.g. no data sent by mail or "
           "to unapproved storage)?"),
        tr("&4. Are backup and restore confirmed?"),
        tr("&5. Is the rollback confirmed?"),
    };
    auto *checklistBox = new QGroupBox(tr("Security checklist"), this);
    auto *grid = new QGridLayout(checklistBox);
    grid->setColumnStretch(0, 1);
    for (int q = 0; q < QuestionCount; ++q) {
        auto *label = new QLabel(questions[q], checklistBox);
        label->setWordWrap(true);
        m_yes[q] = new QRadioButton(tr("Yes"), checklistBox);
        m_no[q] = new QRadioButton(tr("No"), checklistBox);
        m_yes[q]->setObjectName(QStringLiteral("yes%1").arg(q + 1));
        m_no[q]->setObjectName(QStringLiteral("no%1").arg(q + 1));
        label->setBuddy(m_yes[q]);
        m_groups[q] = new QButtonGroup(this);
        m_groups[q]->addButton(m_yes[q]);
        m_groups[q]->addButton(m_no[q]);
        grid->addWidget(label, q, 0);
        grid->addWidget(m_yes[q], q, 1);
        grid->addWidget(m_no[q], q, 2);
        connect(m_groups[q], &QButtonGroup::buttonToggled, this, &ApprovalDialog::updateState);
    }
    m_note->setObjectName(QStringLiteral("approvalNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Needed when reachability or monitoring changes: what "
                                  "changes, and how it is restored."));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    auto *noteLabel = new QLabel(tr("N&ote:"), checklistBox);
    noteLabel->setBuddy(m_note);
    grid->addWidget(noteLabel, QuestionCount, 0, 1, 3);
    grid->addWidget(m_note, QuestionCount + 1, 0, 1, 3);

    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Needed for a rejection: why, and what to change."));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    auto *commentLabel = new QLabel(tr("Co&mment:"), this);
    commentLabel->setBuddy(m_comment);

    m_problems->setObjectName(QStringLiteral("approvalProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problems->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(decisionLabel, m_decision);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(checklistBox);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApprovalDialog::reject);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &ApprovalDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ApprovalDialog::updateState);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ApprovalDialog::updateState);
    updateState();
    resize(600, sizeHint().height());
}

QRadioButton *ApprovalDialog::answerButton(Question question, bool yes) const
{
    return yes ? m_yes[question] : m_no[question];
}

QPushButton *ApprovalDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

ApprovalDecision ApprovalDialog::decision() const
{
    return ApprovalDecision(m_decision->currentData().toInt());
}

SecurityChecklist ApprovalDialog::checklist() const
{
    const auto answer = [this](int q) -> std::optional<bool> {
        if (m_yes[q]->isChecked())
            return true;
        if (m_no[q]->isChecked())
            return false;
        return std::nullopt;
    };
    SecurityChecklist c;
    c.networkReachabilityChanged = answer(NetworkReachability);
    c.monitoringChanged = answer(Monitoring);
    c.runbookAgreesWithPolicy = answer(RunbookPolicy);
    c.backupRestoreConfirmed = answer(BackupRestore);
    c.rollbackConfirmed = answer(Rollback);
    c.note = m_note->toPlainText().trimmed();
    return c;
}

QString ApprovalDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QStringList ApprovalDialog::problems() const
{
    return approvalProblems(m_plan, m_approver, decision(), checklist(), comment(), m_steps);
}

void ApprovalDialog::updateState()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    okButton()->setEnabled(found.isEmpty());
    okButton()->setText(decision() == ApprovalDecision::Rejected ? tr("Reject")
                        : decision() == ApprovalDecision::Provisional
                            ? tr("Approve provisionally")
                            : tr("Approve"));
}

void ApprovalDialog::accept()
{
    if (!problems().isEmpty())
        return;
    QDialog::accept();
}

} // namespace pp
