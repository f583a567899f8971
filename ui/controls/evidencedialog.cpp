#include "ui/controls/evidencedialog.h"

#include "models/planning/controlrules.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pp {

EvidenceDialog::EvidenceDialog(Kind kind, const QString &what, const QDate &today,
                               const QString &doneBy, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_today(today.isValid() ? today : QDate::currentDate())
    , m_date(new QDateEdit(this))
    , m_doneBy(new QLineEdit(doneBy, this))
    , m_note(new QPlainTextEdit(this))
    , m_reference(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(kind == Kind::Control ? tr("Record evidence: %1").arg(what)
                                         : tr("Mark done: %1").arg(what));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(kind == Kind::Control
                       ? tr("Record that “%1” was checked: when, by whom and what was found.")
                             .arg(what)
                       : tr("Record that “%1” was done. Its next due date moves on from the "
                            "day it was done.").arg(what));

    m_date->setObjectName(QStringLiteral("doneOnEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The maximum keeps the spin box and the popup from going past today; the validation
    // below still checks, as a date set programmatically is clamped silently.
    m_date->setMaximumDate(m_today);
    m_date->setDate(m_today);
    m_date->setToolTip(tr("The day it was done; not after today (%1)").arg(dateKey(m_today)));
    m_doneBy->setObjectName(QStringLiteral("doneByEdit"));
    m_doneBy->setPlaceholderText(tr("Required: who did the check"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(kind == Kind::Control
                                   ? tr("e.g. no exploitation attempts in the firewall logs")
                                   : tr("e.g. scan report reviewed, 2 new findings raised"));
    m_note->setFixedHeight(m_note->fontMetrics().height() * 5);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Optional: a file path or ticket, e.g. OPS-1234"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Done &on:"), m_date);
    if (kind == Kind::Control)
        form->addRow(tr("Done &by:"), m_doneBy);
    form->addRow(tr("&What was found:"), m_note);
    if (kind == Kind::Control)
        form->addRow(tr("&Reference:"), m_reference);
    if (kind != Kind::Control) {
        m_doneBy->hide();
        m_reference->hide();
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());

    connect(m_date, &QDateEdit::dateChanged, this, &EvidenceDialog::updateState);
    connect(m_doneBy, &QLineEdit::textChanged, this, &EvidenceDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QDate EvidenceDialog::doneOn() const
{
    return m_date->date();
}

QString EvidenceDialog::doneBy() const
{
    return m_kind == Kind::Control ? m_doneBy->text().trimmed() : QString();
}

QString EvidenceDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString EvidenceDialog::reference() const
{
    return m_kind == Kind::Control ? m_reference->text().trimmed() : QString();
}

QString EvidenceDialog::validationError() const
{
    ControlEvidence e;
    e.doneOn = doneOn();
    // A cadence records no doer: only the date rule applies to it.
    e.doneBy = m_kind == Kind::Control ? doneBy() : QStringLiteral("-");
    return validateEvidence(e, m_today).join(QLatin1Char('\n'));
}

void EvidenceDialog::updateState()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void EvidenceDialog::accept()
{
    updateState();
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

} // namespace pp
