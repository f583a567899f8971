#include "ui/controls/controldialog.h"

#include "models/planning/controlrules.h"
#include "models/workspace.h"
#include "ui/inventory/editorwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp {
namespace {

/// The finding @p findingId whatever its state (a control may outlive its finding's triage).
std::optional<FindingRow> findFinding(Workspace *workspace, qint64 findingId)
{
    if (!workspace || !workspace->isOpen() || findingId == 0)
        return std::nullopt;
    FindingFilter filter;
    filter.states = allValues<AnalysisState>();
    filter.today = workspace->today();
    auto rows = workspace->findingRows(filter);
    if (!rows)
        return std::nullopt;
    for (const FindingRow &r : *rows) {
        if (r.finding.id == findingId)
            return r;
    }
    return std::nullopt;
}

QDateEdit *dateEdit(const QDate &date, const QDate &fallback, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(date.isValid() ? date : fallback);
    return edit;
}

} // namespace

ControlDialog::ControlDialog(Workspace *workspace, const Control &control, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(control)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(control.title, this))
    , m_description(Internal::textArea(3, this))
    , m_owner(new QLineEdit(control.owner, this))
    , m_periodic(new QCheckBox(tr("&Periodic, every"), this))
    , m_cadence(new QSpinBox(this))
    , m_hasFrom(new QCheckBox(tr("Valid &from"), this))
    , m_from(nullptr)
    , m_hasUntil(new QCheckBox(tr("Valid &until"), this))
    , m_until(nullptr)
    , m_system(new QComboBox(this))
    , m_component(new QComboBox(this))
    , m_finding(new QComboBox(this))
    , m_findingHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("controlDialog"));
    setWindowTitle(control.id == 0 ? tr("New compensating control")
                                   : tr("Edit compensating control"));
    const QDate today = workspace && workspace->isOpen() ? workspace->today()
                                                         : QDate::currentDate();
    m_from = dateEdit(control.validFrom, today, this);
    m_until = dateEdit(control.validUntil, today.addYears(1), this);

    m_kind->setObjectName(QStringLiteral("controlKind"));
    for (ControlKind k : allValues<ControlKind>())
        m_kind->addItem(displayName(k), int(k));
    Internal::selectData(m_kind, int(control.kind));
    m_title->setObjectName(QStringLiteral("controlTitle"));
    m_title->setPlaceholderText(tr("Required, e.g. “ACL allows only the jump host”"));
    m_description->setObjectName(QStringLiteral("controlDescription"));
    m_description->setPlainText(control.description);
    m_owner->setObjectName(QStringLiteral("controlOwner"));
    m_owner->setPlaceholderText(tr("Who keeps it up, e.g. network team"));
    m_periodic->setObjectName(QStringLiteral("controlPeriodic"));
    m_periodic->setChecked(control.isPeriodic());
    m_cadence->setObjectName(QStringLiteral("controlCadence"));
    m_cadence->setRange(1, 3650);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setValue(qBound(1, control.cadenceDays.value_or(30), 3650));
    m_cadence->setToolTip(tr("Days between checks (1 to 3650); the next check is due that many "
                             "days after the last recorded evidence."));
    m_hasFrom->setObjectName(QStringLiteral("controlHasFrom"));
    m_hasFrom->setChecked(control.validFrom.isValid());
    m_from->setObjectName(QStringLiteral("controlFrom"));
    m_hasUntil->setObjectName(QStringLiteral("controlHasUntil"));
    m_hasUntil->setChecked(control.validUntil.isValid());
    m_hasUntil->setToolTip(tr("The last day the control applies, e.g. the end of a support "
                              "contract"));
    m_until->setObjectName(QStringLiteral("controlUntil"));
    m_system->setObjectName(QStringLiteral("controlSystem"));
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_system->setMinimumContentsLength(20);
    m_component->setObjectName(QStringLiteral("controlComponent"));
    m_component->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_component->setMinimumContentsLength(20);
    m_finding->setObjectName(QStringLiteral("controlFinding"));
    m_finding->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_finding->setMinimumContentsLength(20);
    m_findingHint->setWordWrap(true);
    m_findingHint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("controlError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);
    auto *cadence = new QHBoxLayout;
    cadence->addWidget(m_periodic);
    cadence->addWidget(m_cadence);
    cadence->addStretch();
    form->addRow(tr("Checks:"), cadence);
    auto *validity = new QHBoxLayout;
    validity->addWidget(m_hasFrom);
    validity->addWidget(m_from);
    validity->addSpacing(12);
    validity->addWidget(m_hasUntil);
    validity->addWidget(m_until);
    validity->addStretch();
    form->addRow(tr("Validity:"), validity);
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("Co&mponent:"), m_component);
    form->addRow(tr("Fi&nding:"), m_finding);
    form->addRow(QString(), m_findingHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(600, 520);

    // What it is attached to: a finding names its component, a component its system.
    qint64 systemId = control.systemId;
    qint64 componentId = control.componentId;
    if (control.findingId != 0 && componentId == 0) {
        if (const auto f = findFinding(workspace, control.findingId))
            componentId = f->finding.componentId;
    }
    if (componentId != 0 && workspace && workspace->isOpen()) {
        if (auto c = workspace->component(componentId); c && c->has_value())
            systemId = (*c)->systemId;
    }
    loadSystems(systemId);
    loadComponents(componentId);
    loadFindings(control.findingId);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ControlDialog::kindChanged);
    connect(m_title, &QLineEdit::textChanged, this, &ControlDialog::updateState);
    connect(m_periodic, &QCheckBox::toggled, this, &ControlDialog::updateState);
    connect(m_cadence, &QSpinBox::valueChanged, this, &ControlDialog::updateState);
    connect(m_hasFrom, &QCheckBox::toggled, this, &ControlDialog::updateState);
    connect(m_hasUntil, &QCheckBox::toggled, this, &ControlDialog::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, &ControlDialog::updateState);
    connect(m_until, &QDateEdit::dateChanged, this, &ControlDialog::updateState);
    connect(m_system, &QComboBox::currentIndexChanged, this, [this]() {
        loadComponents(0);
        loadFindings(0);
        updateState();
    });
    connect(m_component, &QComboBox::currentIndexChanged, this, [this]() {
        loadFindings(0);
        updateState();
    });
    connect(m_finding, &QComboBox::currentIndexChanged, this, &ControlDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ControlDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void ControlDialog::loadSystems(qint64 systemId)
{
    const QSignalBlocker block(m_system);
    m_system->clear();
    if (m_workspace && m_workspace->isOpen()) {
        if (auto systems = m_workspace->systems()) {
            for (const System &s : *systems)
                m_system->addItem(tr("%1 — %2").arg(s.code, s.name), s.id);
        }
    }
    Internal::selectData(m_system, systemId);
}

void ControlDialog::loadComponents(qint64 componentId)
{
    const QSignalBlocker block(m_component);
    m_component->clear();
    m_component->addItem(tr("The whole system"), qint64(0));
    const qint64 systemId = m_system->currentData().toLongLong();
    if (m_workspace && m_workspace->isOpen() && systemId != 0) {
        if (auto components = m_workspace->components(systemId)) {
            for (const Component &c : *components)
                m_component->addItem(tr("%1: %2 %3").arg(displayName(c.kind), c.product,
                                                          c.version),
                                     c.id);
        }
    }
    Internal::selectData(m_component, componentId);
}

void ControlDialog::loadFindings(qint64 findingId)
{
    const QSignalBlocker block(m_finding);
    m_finding->clear();
    m_finding->addItem(tr("No particular finding"), qint64(0));
    const qint64 systemId = m_system->currentData().toLongLong();
    const qint64 componentId = m_component->currentData().toLongLong();
    m_finding->setEnabled(componentId != 0);
    if (componentId == 0) {
        m_findingHint->setText(tr("Choose a component to attach the control to one of its "
                                  "findings."));
        return;
    }
    if (m_workspace && m_workspace->isOpen()) {
        FindingFilter filter;
        filter.systemId = systemId;
        filter.componentId = componentId;
        filter.states = allValues<AnalysisState>();
        filter.today = m_workspace->today();
        if (auto rows = m_workspace->findingRows(filter)) {
            for (const FindingRow &r : *rows) {
                // Open and accepted findings: a log review watches an accepted one.
                const bool wanted = isOpen(r.finding.state)
                    || r.finding.state == AnalysisState::RiskAccepted
                    || r.finding.id == findingId;
                if (r.finding.componentId != componentId || !wanted)
                    continue;
                m_finding->addItem(tr("%1 (%2)").arg(r.vulnIdentifier,
                                                     displayName(r.finding.state)),
                                   r.finding.id);
                m_finding->setItemData(m_finding->count() - 1, r.vulnTitle, Qt::ToolTipRole);
            }
        }
    }
    m_findingHint->setText(m_finding->count() == 1
                               ? tr("The component has no open or accepted findings.")
                               : tr("A log review usually watches one accepted finding."));
    Internal::selectData(m_finding, findingId);
}

void ControlDialog::kindChanged()
{
    // A log review is periodic by nature: the rules require a cadence.
    if (ControlKind(m_kind->currentData().toInt()) == ControlKind::LogReview)
        m_periodic->setChecked(true);
    updateState();
}

Control ControlDialog::control() const
{
    Control c = m_original;
    c.kind = ControlKind(m_kind->currentData().toInt());
    c.title = m_title->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.owner = m_owner->text().trimmed();
    c.cadenceDays = m_periodic->isChecked() ? std::optional<int>(m_cadence->value())
                                            : std::nullopt;
    c.validFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    c.validUntil = m_hasUntil->isChecked() ? m_until->date() : QDate();
    // Attached to the most specific choice: a finding (and its component), a component, or the
    // system as a whole.
    const qint64 systemId = m_system->currentData().toLongLong();
    const qint64 componentId = m_component->currentData().toLongLong();
    const qint64 findingId = componentId != 0 ? m_finding->currentData().toLongLong() : 0;
    c.systemId = componentId == 0 ? systemId : 0;
    c.componentId = componentId;
    c.findingId = findingId;
    return c;
}

QStringList ControlDialog::problems() const
{
    return validateControl(control());
}

void ControlDialog::updateState()
{
    m_cadence->setEnabled(m_periodic->isChecked());
    m_from->setEnabled(m_hasFrom->isChecked());
    m_until->setEnabled(m_hasUntil->isChecked());
    const QStringList messages = problems();
    m_error->setText(messages.join(QLatin1Char('\n')));
    m_error->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(messages.isEmpty());
}

void ControlDialog::accept()
{
    updateState();
    if (!problems().isEmpty())
        return;
    QDialog::accept();
}

} // namespace pp
