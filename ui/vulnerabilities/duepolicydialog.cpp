#include "ui/vulnerabilities/duepolicydialog.h"

#include "models/workspace.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp {

DuePolicyDialog::DuePolicyDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("duePolicyDialog"));
    setWindowTitle(tr("Due-date policy"));
    auto *intro = new QLabel(tr("A finding is due on the earliest date any of these rules "
                                "gives, counted from the day it was first detected. Saving "
                                "recomputes the due date and track of every open finding."),
                             this);
    intro->setWordWrap(true);

    auto *kevBox = new QGroupBox(tr("Known exploited (CISA KEV)"), this);
    auto *kevForm = new QFormLayout(kevBox);
    m_kev = addDays(kevForm, QStringLiteral("kevDays"), tr("&KEV without a due date:"),
                    tr("The catalog's own due date applies when it has one; otherwise this many "
                       "days after the date CISA added it."));
    auto *internetBox = new QGroupBox(tr("Internet-facing systems"), this);
    auto *internetForm = new QFormLayout(internetBox);
    m_internetCritical = addDays(internetForm, QStringLiteral("internetCriticalDays"),
                                 tr("Cr&itical:"), tr("CVSS 9.0 to 10 on an internet-facing "
                                                      "system."));
    m_internetHigh = addDays(internetForm, QStringLiteral("internetHighDays"), tr("&High:"),
                             tr("CVSS 7.0 to 8.9 on an internet-facing system."));
    auto *otherBox = new QGroupBox(tr("Every system"), this);
    auto *otherForm = new QFormLayout(otherBox);
    m_critical = addDays(otherForm, QStringLiteral("criticalDays"), tr("Cri&tical:"),
                         tr("CVSS 9.0 to 10."));
    m_high = addDays(otherForm, QStringLiteral("highDays"), tr("Hi&gh:"), tr("CVSS 7.0 to 8.9."));
    m_medium = addDays(otherForm, QStringLiteral("mediumDays"), tr("&Medium:"),
                       tr("CVSS 4.0 to 6.9, and vulnerabilities without a score, so that none "
                          "is forgotten."));
    m_low = addDays(otherForm, QStringLiteral("lowDays"), tr("&Low:"), tr("CVSS 0.1 to 3.9."));

    auto *trackBox = new QGroupBox(tr("Emergency track"), this);
    auto *trackForm = new QFormLayout(trackBox);
    m_cvss = new QDoubleSpinBox(this);
    m_cvss->setObjectName(QStringLiteral("emergencyCvss"));
    m_cvss->setRange(0.0, 10.0);
    m_cvss->setDecimals(1);
    m_cvss->setSingleStep(0.1);
    m_fields.insert(QStringLiteral("emergencyCvss"), m_cvss);
    addRow(trackForm, m_cvss, tr("CVSS &at least:"),
           tr("On an internet-facing system, a vulnerability scored at least this high goes on "
              "the emergency track."));
    m_tier = new QSpinBox(this);
    m_tier->setObjectName(QStringLiteral("exposedInternalMaxTier"));
    m_tier->setRange(1, 4);
    m_tier->setPrefix(tr("tier 1 to "));
    m_fields.insert(QStringLiteral("exposedInternalMaxTier"), m_tier);
    addRow(trackForm, m_tier, tr("Exposed internal ti&ers:"),
           tr("A known exploited vulnerability goes on the emergency track on internet-facing "
              "systems, and on internal systems of these tiers (1 = most critical)."));

    m_problem->setObjectName(QStringLiteral("duePolicyProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(kevBox);
    layout->addWidget(internetBox);
    layout->addWidget(otherBox);
    layout->addWidget(trackBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DuePolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this]() { setPolicy(DuePolicy{}); });
    connect(m_cvss, &QDoubleSpinBox::valueChanged, this, &DuePolicyDialog::check);
    connect(m_tier, &QSpinBox::valueChanged, this, &DuePolicyDialog::check);

    if (m_workspace && m_workspace->isOpen()) {
        auto stored = m_workspace->duePolicy();
        if (stored) {
            m_seen = *stored;
        } else {
            m_problem->setText(tr("The stored policy could not be read; the defaults are "
                                  "shown. %1").arg(stored.error().message));
            m_problem->show();
        }
    }
    setPolicy(m_seen);
    const bool editable = m_workspace && m_workspace->canEdit();
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(editable);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(editable);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setVisible(editable);
    // Wrapped hints need the final width before the height is known.
    setMinimumWidth(720);
    adjustSize();
}

QSpinBox *DuePolicyDialog::addDays(QFormLayout *form, const QString &name, const QString &label,
                                   const QString &rule)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(1, 3650);
    box->setSuffix(tr(" days"));
    connect(box, &QSpinBox::valueChanged, this, &DuePolicyDialog::check);
    m_fields.insert(name, box);
    addRow(form, box, label, rule);
    return box;
}

void DuePolicyDialog::addRow(QFormLayout *form, QAbstractSpinBox *box, const QString &label,
                             const QString &rule)
{
    // The same width for every number, its rule beside it in words.
    box->setFixedWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("tier 1 to 4")) + 48);
    box->setToolTip(rule);
    auto *hint = new QLabel(rule, this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMinimumWidth(360);
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(box, 0, Qt::AlignTop);
    rowLayout->addWidget(hint, 1);
    auto *labelWidget = new QLabel(label, this);
    // The mnemonic of the row's label reaches the spin box, not the row.
    labelWidget->setBuddy(box);
    form->addRow(labelWidget, row);
}

DuePolicy DuePolicyDialog::policy() const
{
    DuePolicy p;
    p.kevDays = m_kev->value();
    p.internetCriticalDays = m_internetCritical->value();
    p.internetHighDays = m_internetHigh->value();
    p.criticalDays = m_critical->value();
    p.highDays = m_high->value();
    p.mediumDays = m_medium->value();
    p.lowDays = m_low->value();
    p.emergencyCvss = m_cvss->value();
    p.exposedInternalMaxTier = m_tier->value();
    return p;
}

void DuePolicyDialog::setPolicy(const DuePolicy &p)
{
    m_kev->setValue(p.kevDays);
    m_internetCritical->setValue(p.internetCriticalDays);
    m_internetHigh->setValue(p.internetHighDays);
    m_critical->setValue(p.criticalDays);
    m_high->setValue(p.highDays);
    m_medium->setValue(p.mediumDays);
    m_low->setValue(p.lowDays);
    m_cvss->setValue(p.emergencyCvss);
    m_tier->setValue(p.exposedInternalMaxTier);
    check();
}

void DuePolicyDialog::check()
{
    const bool valid = policy().isValid();
    const QString invalid = tr("Days must be 1 to 3650, the CVSS threshold 0 to 10 and the tier "
                               "1 to 4.");
    if (!valid) {
        m_problem->setText(invalid);
        m_problem->show();
    } else if (m_problem->text() == invalid) {
        m_problem->hide();
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void DuePolicyDialog::accept()
{
    if (!m_workspace || !m_workspace->canEdit())
        return;
    const DuePolicy mine = policy();
    if (mine == m_seen) {
        QDialog::accept();
        return;
    }
    const Status st = m_workspace->setDuePolicy(mine, m_seen);
    if (st) {
        QDialog::accept();
        return;
    }
    if (st.error().kind == ErrorKind::Conflict) {
        // Show what is stored now; the user decides again from there.
        if (auto stored = m_workspace->duePolicy())
            m_seen = *stored;
        setPolicy(m_seen);
        m_problem->setText(tr("Someone else changed the due-date policy while this dialog was "
                              "open. Their values are shown now: change them again and save, "
                              "or cancel."));
    } else {
        m_problem->setText(tr("The policy was not saved. %1").arg(st.error().message));
    }
    m_problem->show();
}

} // namespace pp
