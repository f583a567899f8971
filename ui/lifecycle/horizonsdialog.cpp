#include "ui/lifecycle/horizonsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp {

HorizonsDialog::HorizonsDialog(const LifecycleHorizons &current, QWidget *parent)
    : QDialog(parent)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("EOSL horizons"));
    setMinimumWidth(440);
    auto *intro = new QLabel(tr("A component is listed as ending soon when its end of security "
                                "support (EOSL) is within one of these horizons. Each horizon "
                                "must be longer than the one before it."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const QStringList labels{tr("&First horizon:"), tr("&Second horizon:"),
                             tr("&Third horizon:"), tr("F&arthest horizon:")};
    const std::array<int, 4> values{current.d30, current.d90, current.d180, current.d365};
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        auto *box = new QSpinBox(this);
        box->setRange(1, 3650);
        box->setSuffix(tr(" days"));
        box->setValue(values[i]);
        box->setObjectName(QStringLiteral("horizon%1").arg(i + 1));
        connect(box, &QSpinBox::valueChanged, this, &HorizonsDialog::check);
        form->addRow(labels.at(int(i)), box);
        m_days[i] = box;
    }
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this]() {
                const LifecycleHorizons d;
                const std::array<int, 4> defaults{d.d30, d.d90, d.d180, d.d365};
                for (std::size_t i = 0; i < m_days.size(); ++i)
                    m_days[i]->setValue(defaults[i]);
            });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    check();
}

LifecycleHorizons HorizonsDialog::horizons() const
{
    return {m_days[0]->value(), m_days[1]->value(), m_days[2]->value(), m_days[3]->value()};
}

void HorizonsDialog::check()
{
    const bool valid = horizons().isValid();
    m_problem->setText(valid ? QString()
                             : tr("Each horizon must be longer than the one before it."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace pp
