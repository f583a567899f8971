#include "ui/windows/blackoutdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pp {

BlackoutDialog::BlackoutDialog(const Blackout &blackout, const QList<System> &systems,
                               QWidget *parent)
    : QDialog(parent)
    , m_original(blackout)
    , m_name(new QLineEdit(blackout.name, this))
    , m_system(new QComboBox(this))
    , m_first(new QDateEdit(this))
    , m_last(new QDateEdit(this))
    , m_reason(new QPlainTextEdit(blackout.reason, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("blackoutDialog"));
    setWindowTitle(blackout.id == 0 ? tr("New blackout") : tr("Edit blackout"));
    m_name->setObjectName(QStringLiteral("blackoutNameEdit"));
    m_name->setPlaceholderText(tr("Required, e.g. Year-end close"));
    m_system->setObjectName(QStringLiteral("blackoutSystemChooser"));
    m_system->addItem(tr("All systems"), qint64(0));
    for (const System &s : systems)
        m_system->addItem(tr("%1 — %2").arg(s.code, s.name), s.id);
    const int index = m_system->findData(blackout.systemId);
    m_system->setCurrentIndex(index < 0 ? 0 : index);
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd (ddd)"));
    }
    m_first->setObjectName(QStringLiteral("blackoutFirstEdit"));
    m_last->setObjectName(QStringLiteral("blackoutLastEdit"));
    const QDate today = QDate::currentDate();
    m_first->setDate(blackout.startsOn.isValid() ? blackout.startsOn : today);
    m_last->setDate(blackout.endsOn.isValid() ? blackout.endsOn : m_first->date());
    m_reason->setObjectName(QStringLiteral("blackoutReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4);
    m_reason->setPlaceholderText(tr("Why nothing may change, and who may allow an exception"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&System:"), m_system);
    form->addRow(tr("&First day:"), m_first);
    form->addRow(tr("&Last day:"), m_last);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(480, 300);

    connect(m_name, &QLineEdit::textChanged, this, &BlackoutDialog::updateState);
    connect(m_first, &QDateEdit::dateChanged, this, [this](const QDate &first) {
        // Moving the first day past the last drags the last day along (a one-day freeze).
        if (m_last->date() < first)
            m_last->setDate(first);
        updateState();
    });
    connect(m_last, &QDateEdit::dateChanged, this, &BlackoutDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BlackoutDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QString BlackoutDialog::validationError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Name: enter what the freeze is for (required).");
    if (m_last->date() < m_first->date())
        return tr("Last day: the freeze cannot end (%1) before it starts (%2).")
            .arg(m_last->date().toString(Qt::ISODate), m_first->date().toString(Qt::ISODate));
    return {};
}

void BlackoutDialog::updateState()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

void BlackoutDialog::accept()
{
    if (!validationError().isEmpty()) {
        updateState();
        return;
    }
    QDialog::accept();
}

Blackout BlackoutDialog::blackout() const
{
    Blackout b = m_original;
    b.name = m_name->text().trimmed();
    b.systemId = m_system->currentData().toLongLong();
    b.startsOn = m_first->date();
    b.endsOn = m_last->date();
    b.reason = m_reason->toPlainText().trimmed();
    return b;
}

} // namespace pp
