#include "ui/plans/stepdialog.h"

#include "models/planning/planrules.h"
#include "models/planning/steptemplates.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp {

StepDialog::StepDialog(const PlanStep &step, const QList<PlanStep> &steps, QWidget *parent)
    : QDialog(parent)
    , m_step(step)
    , m_phase(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_detail(new QPlainTextEdit(this))
    , m_owner(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_effect(new QComboBox(this))
    , m_pair(new QComboBox(this))
    , m_depends(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("stepDialog"));
    setWindowTitle(step.id == 0 && step.title.isEmpty() ? tr("Add step") : tr("Edit step"));

    // Milestones come from the lead-time profile: their phase stays; other steps choose.
    if (step.phase == StepPhase::Milestone) {
        m_phase->addItem(displayName(StepPhase::Milestone), int(StepPhase::Milestone));
        m_phase->setEnabled(false);
    } else {
        for (StepPhase p : allValues<StepPhase>()) {
            if (p != StepPhase::Milestone)
                m_phase->addItem(displayName(p), int(p));
        }
        m_phase->setCurrentIndex(qMax(0, m_phase->findData(int(step.phase))));
    }
    m_title->setText(step.title);
    m_title->setMaxLength(200);
    m_detail->setPlainText(step.detail);
    m_detail->setTabChangesFocus(true);
    m_detail->setFixedHeight(m_detail->fontMetrics().lineSpacing() * 4 + 12);
    m_owner->setEditable(true);
    m_owner->addItems(defaultOwnerRoles());
    m_owner->setCurrentText(step.ownerRole);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(step.durationMinutes);
    for (StepEffect e : allValues<StepEffect>())
        m_effect->addItem(e == StepEffect::None ? tr("None") : displayName(e), int(e));
    m_effect->setCurrentIndex(qMax(0, m_effect->findData(int(step.effect))));

    // The other steps, named as the table names them.
    const qint64 own = stepRef(step);
    m_pair->addItem(tr("None"), qint64(0));
    for (const PlanStep &other : steps) {
        const qint64 ref = stepRef(other);
        if (ref == own && (step.id != 0 || other.id == 0))
            continue;
        const QString name = tr("#%1 %2").arg(other.position).arg(other.title);
        m_pair->addItem(name, ref);
        auto *item = new QListWidgetItem(name, m_depends);
        item->setData(Qt::UserRole, ref);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(step.dependsOn.contains(ref) ? Qt::Checked : Qt::Unchecked);
    }
    m_pair->setCurrentIndex(qMax(0, m_pair->findData(step.pairsWithStepId)));
    m_depends->setMinimumHeight(m_depends->fontMetrics().lineSpacing() * 6);
    m_problem->setObjectName(QStringLiteral("stepProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *form = new QFormLayout;
    const auto row = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Phase:"), m_phase);
    row(tr("T&itle:"), m_title);
    row(tr("&Detail:"), m_detail);
    row(tr("O&wner role:"), m_owner);
    row(tr("D&uration:"), m_minutes);
    row(tr("&Effect:"), m_effect);
    row(tr("P&aired with:"), m_pair);
    row(tr("Depends o&n:"), m_depends);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &StepDialog::updateState);
    connect(m_effect, &QComboBox::currentIndexChanged, this, &StepDialog::updateState);
    connect(m_pair, &QComboBox::currentIndexChanged, this, &StepDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

PlanStep StepDialog::step() const
{
    PlanStep s = m_step;
    s.phase = StepPhase(m_phase->currentData().toInt());
    s.title = m_title->text().trimmed();
    s.detail = m_detail->toPlainText().trimmed();
    s.ownerRole = m_owner->currentText().trimmed();
    s.durationMinutes = m_minutes->value();
    s.effect = StepEffect(m_effect->currentData().toInt());
    s.pairsWithStepId = m_pair->currentData().toLongLong();
    s.dependsOn.clear();
    for (int i = 0; i < m_depends->count(); ++i) {
        if (m_depends->item(i)->checkState() == Qt::Checked)
            s.dependsOn << m_depends->item(i)->data(Qt::UserRole).toLongLong();
    }
    return s;
}

QString StepDialog::validationError() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Title: say what is done in this step.");
    const auto effect = StepEffect(m_effect->currentData().toInt());
    if (m_pair->currentData().toLongLong() != 0 && effect != StepEffect::SuppressMonitoring
        && effect != StepEffect::OpenAccess) {
        return tr("Paired with: only a step that suppresses monitoring or opens access names "
                  "the step that restores it.");
    }
    return {};
}

void StepDialog::updateState()
{
    const QString problem = validationError();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void StepDialog::accept()
{
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

StepDoneDialog::StepDoneDialog(const PlanStep &step, const QDateTime &now, const QTimeZone &zone,
                               QWidget *parent)
    : QDialog(parent)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_doneAt(new QDateTimeEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("stepDoneDialog"));
    setWindowTitle(tr("Check off step"));
    // The edit shows the plan zone's wall-clock time; it is kept as a plain UTC value so the
    // computer's own zone never shifts it (QDateTimeEdit of Qt 6.4 knows no other zones).
    const auto wallClock = [this](const QDateTime &moment) {
        const QDateTime local = moment.toTimeZone(m_zone);
        return QDateTime(local.date(), local.time(), Qt::UTC);
    };
    m_doneAt->setTimeSpec(Qt::UTC);
    m_doneAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_doneAt->setCalendarPopup(true);
    m_doneAt->setMaximumDateTime(wallClock(now));
    m_doneAt->setDateTime(wallClock(now));
    m_notes->setPlainText(step.notes);
    m_notes->setTabChangesFocus(true);

    auto *what = new QLabel(tr("#%1 %2").arg(step.position).arg(step.title), this);
    what->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *atLabel = new QLabel(tr("Done &at (%1):").arg(m_zone.abbreviation(now)), this);
    atLabel->setBuddy(m_doneAt);
    form->addRow(atLabel, m_doneAt);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Check off"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDateTime StepDoneDialog::doneAt() const
{
    const QDateTime shown = m_doneAt->dateTime();
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}

QString StepDoneDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

} // namespace pp
