#include "ui/windows/plansettingsdialog.h"

#include "models/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp {

PlanSettingsDialog::PlanSettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_holidays(new QCheckBox(tr("Treat &Japanese public holidays as blackouts"), this))
    , m_restore(new QPushButton(tr("Restore &defaults"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("planSettingsDialog"));
    setWindowTitle(tr("Plan settings"));
    m_holidays->setObjectName(QStringLiteral("holidaysAsBlackoutsCheck"));
    m_holidays->setToolTip(tr("When ticked, a plan on a public holiday (国民の祝日, 振替休日, "
                              "国民の休日) is a conflict like one in a blackout"));
    m_restore->setObjectName(QStringLiteral("restoreDefaultsButton"));
    m_buttons->addButton(m_restore, QDialogButtonBox::ResetRole);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *intro = new QLabel(tr("When each milestone of a plan falls, counted from the start of "
                                "its window (the review: from its end). New plans use these; "
                                "existing plans keep their dates."),
                             this);
    intro->setWordWrap(true);
    auto *profiles = new QHBoxLayout;
    profiles->addWidget(makeProfileEditor(PlanType::Regular));
    profiles->addWidget(makeProfileEditor(PlanType::Emergency));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(profiles);
    layout->addWidget(m_holidays);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(1000, 320);

    for (const PlanType type : {PlanType::Regular, PlanType::Emergency}) {
        auto stored = m_workspace ? m_workspace->leadTimes(type) : Result<LeadTimeProfile>(
                                        Error{ErrorKind::Usage, tr("No database is open.")});
        setProfile(type, stored ? *stored : defaultLeadTimes(type));
        if (!stored)
            m_error->setText(stored.error().message);
    }
    auto holidays = m_workspace ? m_workspace->holidaysAreBlackouts() : Result<bool>(true);
    m_holidays->setChecked(holidays ? *holidays : true);

    connect(m_restore, &QPushButton::clicked, this, &PlanSettingsDialog::restoreDefaults);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QString PlanSettingsDialog::editorKey(PlanType type, const QString &key)
{
    return toKey(type) + QLatin1Char('/') + key;
}

QWidget *PlanSettingsDialog::makeProfileEditor(PlanType type)
{
    auto *box = new QGroupBox(type == PlanType::Regular ? tr("Regular plans")
                                                        : tr("Emergency plans"),
                              this);
    box->setObjectName(QStringLiteral("profile_%1").arg(toKey(type)));
    auto *grid = new QGridLayout(box);
    int row = 0;
    for (const QString &key : milestoneKeys()) {
        Editor e;
        e.days = new QSpinBox(box);
        e.days->setObjectName(QStringLiteral("%1_%2_days").arg(toKey(type), key));
        e.days->setRange(0, 365);
        e.days->setSuffix(tr(" d"));
        e.hours = new QSpinBox(box);
        e.hours->setObjectName(QStringLiteral("%1_%2_hours").arg(toKey(type), key));
        e.hours->setRange(0, 23);
        e.hours->setSuffix(tr(" h"));
        auto *title = new QLabel(milestoneTitle(key), box);
        title->setWordWrap(true);
        title->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
        title->setBuddy(e.days);
        auto *when = new QLabel(isAfterWindowMilestone(key) ? tr("after the window")
                                                            : tr("before the window"),
                                box);
        e.days->setAccessibleName(milestoneTitle(key));
        e.hours->setAccessibleName(milestoneTitle(key));
        grid->addWidget(title, row, 0);
        grid->addWidget(e.days, row, 1);
        grid->addWidget(e.hours, row, 2);
        grid->addWidget(when, row, 3);
        grid->setColumnStretch(0, 1);
        connect(e.days, &QSpinBox::valueChanged, this, &PlanSettingsDialog::updateState);
        connect(e.hours, &QSpinBox::valueChanged, this, &PlanSettingsDialog::updateState);
        m_editors.insert(editorKey(type, key), e);
        ++row;
    }
    return box;
}

QSpinBox *PlanSettingsDialog::daysSpin(PlanType type, const QString &key) const
{
    return m_editors.value(editorKey(type, key)).days;
}

QSpinBox *PlanSettingsDialog::hoursSpin(PlanType type, const QString &key) const
{
    return m_editors.value(editorKey(type, key)).hours;
}

void PlanSettingsDialog::setProfile(PlanType type, const LeadTimeProfile &profile)
{
    for (const MilestoneSpec &m : profile.milestones) {
        const Editor e = m_editors.value(editorKey(type, m.key));
        if (!e.days)
            continue;
        // Whole hours: minutes are rounded to the nearest hour.
        const int hours = (qAbs(m.offsetMinutes) + 30) / 60;
        e.days->setValue(hours / 24);
        e.hours->setValue(hours % 24);
    }
    updateState();
}

LeadTimeProfile PlanSettingsDialog::profile(PlanType type) const
{
    LeadTimeProfile p;
    for (const QString &key : milestoneKeys()) {
        const Editor e = m_editors.value(editorKey(type, key));
        const int minutes = (e.days->value() * 24 + e.hours->value()) * 60;
        p.milestones << MilestoneSpec{key, isAfterWindowMilestone(key) ? minutes : -minutes};
    }
    return p;
}

QStringList PlanSettingsDialog::problems() const
{
    QStringList out;
    for (const PlanType type : {PlanType::Regular, PlanType::Emergency}) {
        for (const QString &p : validateProfile(profile(type)))
            out << tr("%1: %2").arg(displayName(type), p);
    }
    return out;
}

void PlanSettingsDialog::updateState()
{
    if (m_editors.size() < 2 * milestoneKeys().size())
        return; // still building
    const QStringList problems = this->problems();
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty() && m_workspace
                                                          && m_workspace->canEdit());
}

void PlanSettingsDialog::restoreDefaults()
{
    setProfile(PlanType::Regular, defaultLeadTimes(PlanType::Regular));
    setProfile(PlanType::Emergency, defaultLeadTimes(PlanType::Emergency));
    m_holidays->setChecked(true);
}

void PlanSettingsDialog::accept()
{
    if (!problems().isEmpty() || !m_workspace) {
        updateState();
        return;
    }
    for (const PlanType type : {PlanType::Regular, PlanType::Emergency}) {
        const LeadTimeProfile p = profile(type);
        auto stored = m_workspace->leadTimes(type);
        if (stored && *stored == p)
            continue; // not changed: no audit entry
        if (Status s = m_workspace->setLeadTimes(type, p); !s) {
            m_error->setText(s.error().message);
            m_error->setVisible(true);
            return;
        }
    }
    auto holidays = m_workspace->holidaysAreBlackouts();
    if (!holidays || *holidays != m_holidays->isChecked()) {
        if (Status s = m_workspace->setHolidaysAreBlackouts(m_holidays->isChecked()); !s) {
            m_error->setText(s.error().message);
            m_error->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace pp
