#include "ui/lifecycle/lifecyclepanel.h"

#include "models/itemmodels/eosltablemodel.h"
#include "models/planning/lifecyclestatus.h"
#include "models/workspace.h"
#include "ui/widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pp {
namespace {

const QDate kNoDate(1900, 1, 1); // the date edits' "none" value (special value text)

QDate editDate(const QDateEdit *e)
{
    return e->date() == kNoDate ? QDate() : e->date();
}

} // namespace

LifecyclePanel::LifecyclePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_tie(new QLabel(this))
    , m_status(new QLabel(this))
    , m_contract(new QCheckBox(tr("An extended-support &contract covers this component"), this))
    , m_decision(new QComboBox(this))
    , m_targetVersion(new QLineEdit(this))
    , m_targetDate(new QDateEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_decidedBy(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("lifecyclePanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tie->setWordWrap(true);
    m_tie->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto *dates = new QGroupBox(tr("Support dates"), this);
    auto *grid = new QGridLayout(dates);
    const QList<LifecycleField> fields{LifecycleField::ReleaseDate, LifecycleField::ActiveSupport,
                                       LifecycleField::SecuritySupport,
                                       LifecycleField::ExtendedSupport};
    for (int i = 0; i < fields.size(); ++i) {
        FieldEditors &e = m_fields[i];
        e.state = new QComboBox(dates);
        e.state->setObjectName(QStringLiteral("state_%1").arg(toKey(fields.at(i))));
        e.state->addItem(tr("As imported"), int(Choice::UseImported));
        e.state->addItem(tr("Date"), int(Choice::Date));
        if (fields.at(i) != LifecycleField::ReleaseDate) {
            e.state->addItem(tr("Ended (date unknown)"), int(Choice::Ended));
            e.state->addItem(tr("Not announced"), int(Choice::NotAnnounced));
            e.state->addItem(tr("Unknown"), int(Choice::Unknown));
        }
        e.date = new QDateEdit(dates);
        e.date->setObjectName(QStringLiteral("date_%1").arg(toKey(fields.at(i))));
        e.date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e.date->setCalendarPopup(true);
        e.date->setMinimumDate(kNoDate);
        e.date->setSpecialValueText(tr("\u2014"));
        e.source = new QLabel(dates);
        e.source->setForegroundRole(QPalette::PlaceholderText);
        e.source->setWordWrap(true);
        e.date->setMinimumWidth(e.date->fontMetrics().horizontalAdvance(
                                    QStringLiteral("0000-00-00")) + 48);
        auto *label = new QLabel(displayName(fields.at(i)), dates);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setBuddy(e.state);
        // Label above, state and date side by side, the source below: nothing is clipped in
        // the narrow editor column.
        grid->addWidget(label, i * 3, 0, 1, 2);
        grid->addWidget(e.state, i * 3 + 1, 0);
        grid->addWidget(e.date, i * 3 + 1, 1);
        grid->addWidget(e.source, i * 3 + 2, 0, 1, 2);
        connect(e.state, &QComboBox::currentIndexChanged, this, [this]() {
            updateEnabled();
            markModified();
        });
        connect(e.date, &QDateEdit::dateChanged, this, &LifecyclePanel::markModified);
    }
    grid->addWidget(m_contract, int(fields.size()) * 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    connect(m_contract, &QCheckBox::toggled, this, &LifecyclePanel::markModified);

    auto *decision = new QGroupBox(tr("Upgrade decision"), this);
    auto *form = new QFormLayout(decision);
    m_decision->setObjectName(QStringLiteral("decisionCombo"));
    for (UpgradeDecisionKind k : {UpgradeDecisionKind::None, UpgradeDecisionKind::Routine,
                                  UpgradeDecisionKind::VendorProject, UpgradeDecisionKind::Frozen})
        m_decision->addItem(displayName(k), int(k));
    m_targetVersion->setObjectName(QStringLiteral("targetVersion"));
    m_targetDate->setObjectName(QStringLiteral("targetDate"));
    m_targetDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setMinimumDate(kNoDate);
    m_targetDate->setSpecialValueText(tr("\u2014"));
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setMaximumHeight(70);
    m_decidedBy->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tr("Dec&ision:"), m_decision);
    form->addRow(tr("Tar&get version:"), m_targetVersion);
    form->addRow(tr("Target &date:"), m_targetDate);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_decidedBy);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &LifecyclePanel::markModified);
    connect(m_targetVersion, &QLineEdit::textChanged, this, &LifecyclePanel::markModified);
    connect(m_targetDate, &QDateEdit::dateChanged, this, &LifecyclePanel::markModified);
    connect(m_note, &QPlainTextEdit::textChanged, this, &LifecyclePanel::markModified);

    m_apply->setObjectName(QStringLiteral("lifecycleApply"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    connect(m_apply, &QPushButton::clicked, this, &LifecyclePanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &LifecyclePanel::revert);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_title);
    layout->addWidget(m_tie);
    layout->addWidget(m_status);
    layout->addWidget(dates);
    layout->addWidget(decision);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_workspace, &Workspace::lifecycleChanged, this, [this]() {
        if (!m_modified)
            load();
    });
    load();
}

void LifecyclePanel::setComponentId(qint64 id)
{
    m_id = id;
    load();
}

QString LifecyclePanel::sourceText(const LifecycleSource &s) const
{
    const QString day = s.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    switch (s.kind) {
    case LifecycleSource::Kind::Manual: return tr("Set by %1 on %2").arg(s.by, day);
    case LifecycleSource::Kind::Imported:
        return tr("Imported from %1 on %2").arg(s.file, day.left(10));
    case LifecycleSource::Kind::None: return tr("No data");
    }
    return {};
}

void LifecyclePanel::load()
{
    m_loading = true;
    m_messages->dismiss();
    const bool has = m_id != 0 && m_workspace->isOpen();
    std::optional<LifecycleRow> row;
    if (has) {
        auto fresh = m_workspace->lifecycleRow(m_id);
        auto manual = m_workspace->manualLifecycle(m_id);
        if (!fresh || !manual) {
            m_messages->showMessage(fresh ? manual.error().message : fresh.error().message,
                                    MessageBar::Type::Error);
        } else {
            row = *fresh;
            m_manual = *manual;
        }
    }
    setEnabled(row.has_value());
    if (!row) {
        m_title->setText(tr("Select a component to see its lifecycle."));
        m_tie->clear();
        m_status->clear();
        m_loading = false;
        m_modified = false;
        return;
    }
    m_row = *row;
    m_stored = m_row.decision;
    const ComponentLifecycle &l = m_row.lifecycle;
    m_title->setText(tr("%1 on %2").arg(m_row.component.label(), m_row.systemCode));
    m_tie->setText(l.tie.isComplete()
                       ? tr("endoflife.date: %1 cycle %2 (%3)")
                             .arg(l.tie.eolProduct, l.tie.cycle, displayName(l.tie.kind))
                       : tr("Not tied to an endoflife.date release cycle: enter the dates by "
                            "hand, or map the product (Tools \u2192 Product mapping)."));
    LifecycleHorizons horizons;
    if (auto h = m_workspace->lifecycleHorizons())
        horizons = *h;
    const EoslAssessment a = assessEosl(l.securitySupport.value, QDate::currentDate(), horizons);
    QString status = tr("<b style='color:%1'>%2</b>")
                         .arg(EoslTableModel::statusColor(a.status).name(),
                              displayName(a.status, horizons));
    if (a.daysLeft && *a.daysLeft >= 0)
        status += tr(" \u2014 %n day(s) left", nullptr, *a.daysLeft);
    if (needsDecision(a.status, m_row.decision.decision))
        status += tr(" \u2014 <b style='color:%1'>an upgrade decision is needed</b>")
                      .arg(EoslTableModel::statusColor(EoslStatus::Past).name());
    m_status->setText(status);

    const std::array<SupportEnd, 4> effective{SupportEnd::on(l.releaseDate.value),
                                              l.activeSupport.value, l.securitySupport.value,
                                              l.extendedSupport.value};
    const std::array<LifecycleSource, 4> sources{l.releaseDate.source, l.activeSupport.source,
                                                 l.securitySupport.source,
                                                 l.extendedSupport.source};
    for (int i = 0; i < 4; ++i) {
        FieldEditors &e = m_fields[i];
        const auto manual = m_manual.value(LifecycleField(i));
        const SupportEnd shown = manual ? *manual : effective.at(i);
        Choice c = Choice::UseImported;
        if (manual) {
            switch (manual->state) {
            case SupportState::Date: c = Choice::Date; break;
            case SupportState::Ended: c = Choice::Ended; break;
            case SupportState::NotAnnounced: c = Choice::NotAnnounced; break;
            case SupportState::Unknown: c = Choice::Unknown; break;
            }
        }
        e.state->setCurrentIndex(qMax(0, e.state->findData(int(c))));
        e.date->setDate(shown.state == SupportState::Date && shown.date.isValid() ? shown.date
                                                                                  : kNoDate);
        QString text = sourceText(sources.at(i));
        if (!manual)
            text = tr("%1: %2").arg(EoslTableModel::supportEndText(shown), text);
        e.source->setText(text);
    }
    m_contract->setChecked(l.extendedContract);
    m_decision->setCurrentIndex(qMax(0, m_decision->findData(int(m_stored.decision))));
    m_targetVersion->setText(m_stored.targetVersion);
    m_targetDate->setDate(m_stored.targetDate.isValid() ? m_stored.targetDate : kNoDate);
    m_note->setPlainText(m_stored.note);
    m_decidedBy->setText(m_stored.rowVersion > 0
                             ? tr("Decided by %1 on %2")
                                   .arg(m_stored.decidedBy,
                                        m_stored.updatedAt.toLocalTime().toString(
                                            QStringLiteral("yyyy-MM-dd HH:mm")))
                             : QString());
    m_loading = false;
    m_modified = false;
    updateEnabled();
}

void LifecyclePanel::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    updateEnabled();
}

void LifecyclePanel::updateEnabled()
{
    for (FieldEditors &e : m_fields)
        e.date->setEnabled(Choice(e.state->currentData().toInt()) == Choice::Date);
    const bool editable = m_workspace->canEdit();
    m_apply->setEnabled(editable && m_modified);
    m_revert->setEnabled(m_modified);
}

void LifecyclePanel::revert()
{
    load();
}

void LifecyclePanel::apply()
{
    if (m_id == 0)
        return;
    ManualLifecycle after = m_manual;
    after.componentId = m_id;
    for (int i = 0; i < 4; ++i) {
        const FieldEditors &e = m_fields.at(i);
        std::optional<SupportEnd> v;
        switch (Choice(e.state->currentData().toInt())) {
        case Choice::UseImported: break;
        case Choice::Date:
            if (!editDate(e.date).isValid()) {
                m_messages->showMessage(tr("Enter a date for “%1”, or choose another "
                                           "state.").arg(displayName(LifecycleField(i))),
                                        MessageBar::Type::Warning);
                return;
            }
            v = SupportEnd::on(editDate(e.date));
            break;
        case Choice::Ended: v = SupportEnd::ended(); break;
        case Choice::NotAnnounced: v = SupportEnd::notAnnounced(); break;
        case Choice::Unknown: v = SupportEnd::unknown(); break;
        }
        after.setValue(LifecycleField(i), v);
    }
    after.extendedContract = m_contract->isChecked();

    UpgradeDecision d = m_stored;
    d.componentId = m_id;
    d.decision = UpgradeDecisionKind(m_decision->currentData().toInt());
    d.targetVersion = m_targetVersion->text().trimmed();
    d.targetDate = editDate(m_targetDate);
    d.note = m_note->toPlainText().trimmed();

    m_modified = false; // the change signals reload the panel
    bool ok = m_workspace->editManualLifecycle(after);
    ok = ok && m_workspace->editUpgradeDecision(d);
    if (!ok)
        m_messages->showMessage(tr("Not every change was saved; see the message above."),
                                MessageBar::Type::Warning);
    load();
}

} // namespace pp
