#include "ui/calendar/cadencedialog.h"

#include "models/planning/controlrules.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp {

CadenceDialog::CadenceDialog(const Cadence &cadence, const QString &what, const QDate &today,
                             QWidget *parent)
    : QDialog(parent)
    , m_original(cadence)
    , m_today(today)
    , m_interval(new QSpinBox(this))
    , m_note(new QPlainTextEdit(cadence.note, this))
    , m_nextDue(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("cadenceDialog"));
    setWindowTitle(tr("Edit interval: %1").arg(what));
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 3650);
    m_interval->setSuffix(tr(" days"));
    m_interval->setValue(qBound(1, cadence.intervalDays, 3650));
    m_interval->setToolTip(tr("Days from one run to the next (1 to 3650); e.g. 91 for "
                              "quarterly, 182 for every 6 months, 365 for yearly"));
    m_note->setObjectName(QStringLiteral("cadenceNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. why this system needs a shorter interval"));
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);
    m_nextDue->setObjectName(QStringLiteral("nextDueLabel"));
    m_nextDue->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Every:"), m_interval);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_nextDue);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());

    connect(m_interval, &QSpinBox::valueChanged, this, &CadenceDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CadenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

Cadence CadenceDialog::cadence() const
{
    Cadence c = m_original;
    c.intervalDays = m_interval->value();
    c.note = m_note->toPlainText().trimmed();
    return c;
}

QString CadenceDialog::validationError() const
{
    return validateCadence(cadence(), m_today).join(QLatin1Char('\n'));
}

void CadenceDialog::updateState()
{
    const Cadence c = cadence();
    // The same rule as the repository: a done cadence's next due moves with the interval.
    if (c.lastDone.isValid()) {
        m_nextDue->setText(tr("Last done %1; next due %2.")
                               .arg(dateKey(c.lastDone),
                                    dateKey(nextDueDate(c.lastDone, c.intervalDays, c.nextDue))));
    } else {
        m_nextDue->setText(tr("Never done: due %1; the interval counts from the first time it "
                              "is done.").arg(dateKey(c.nextDue)));
    }
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

void CadenceDialog::accept()
{
    updateState();
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

MajorChangeDialog::MajorChangeDialog(const QString &system, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("majorChangeDialog"));
    setWindowTitle(tr("Record major change: %1").arg(system));
    auto *intro = new QLabel(tr("A major change (a new release, a platform move, a redesign) "
                                "makes the vulnerability scan of %1 due at once.").arg(system),
                             this);
    intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("changedOnEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_date->setToolTip(tr("The day of the change; not after today (%1)").arg(dateKey(today)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Changed on:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(420, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate MajorChangeDialog::changedOn() const
{
    return m_date->date();
}

} // namespace pp
