#include "ui/vulnerabilities/triagedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pp {

namespace {
constexpr int kReviewDays = 90; ///< default: look again at a "not affected" in a quarter
}

TriageDialog::TriageDialog(int count, const Decision &initial, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_today(today.isValid() ? today : QDate::currentDate())
    , m_count(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_justification(new QComboBox(this))
    , m_detail(new QPlainTextEdit(this))
    , m_review(new QDateEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Triage findings"));
    m_count->setObjectName(QStringLiteral("triageCount"));
    m_count->setText(tr("%n finding(s) selected: each gets the decision below (one undo step).",
                        nullptr, count));
    m_count->setWordWrap(true);

    m_state->setObjectName(QStringLiteral("triageState"));
    for (AnalysisState s : allValues<AnalysisState>())
        m_state->addItem(displayName(s), int(s));
    m_justification->setObjectName(QStringLiteral("triageJustification"));
    for (Justification j : allValues<Justification>())
        m_justification->addItem(j == Justification::None ? tr("(none)") : displayName(j),
                                 int(j));
    m_detail->setObjectName(QStringLiteral("triageDetail"));
    m_detail->setPlaceholderText(tr("Why: what was checked, which control protects, ticket\u2026"));
    m_detail->setTabChangesFocus(true);
    m_review->setObjectName(QStringLiteral("triageReview"));
    m_review->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_review->setCalendarPopup(true);
    m_review->setMinimumDate(m_today);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("triageHint"));

    auto *form = new QFormLayout;
    const auto row = [form, this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&State:"), m_state);
    row(tr("&Justification:"), m_justification);
    row(tr("&Detail:"), m_detail);
    row(tr("&Review on:"), m_review);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_state, &QComboBox::currentIndexChanged, this, &TriageDialog::updateEnabled);
    setDecision(initial);
    resize(460, sizeHint().height());
}

bool TriageDialog::needsReview(AnalysisState s)
{
    return s == AnalysisState::NotAffected || s == AnalysisState::FalsePositive;
}

TriageDialog::Decision TriageDialog::decision() const
{
    Decision d;
    d.state = AnalysisState(m_state->currentData().toInt());
    d.detail = m_detail->toPlainText().trimmed();
    if (needsReview(d.state)) {
        d.justification = Justification(m_justification->currentData().toInt());
        d.reviewDate = m_review->date();
    }
    return d;
}

void TriageDialog::setDecision(const Decision &d)
{
    m_state->setCurrentIndex(qMax(0, m_state->findData(int(d.state))));
    m_justification->setCurrentIndex(qMax(0, m_justification->findData(int(d.justification))));
    m_detail->setPlainText(d.detail);
    m_review->setDate(d.reviewDate.isValid() ? d.reviewDate : m_today.addDays(kReviewDays));
    updateEnabled();
}

void TriageDialog::updateEnabled()
{
    const bool review = needsReview(AnalysisState(m_state->currentData().toInt()));
    m_justification->setEnabled(review);
    m_review->setEnabled(review);
    m_hint->setText(review
        ? tr("Hidden from the default view until the review date; then it shows again.")
        : tr("A justification and a review date apply only to “not affected” and "
             "“false positive”."));
}

} // namespace pp
