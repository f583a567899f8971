#include "ui/inventory/systemeditor.h"

#include "ui/inventory/editorwidgets.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pp {

using Internal::selectData;
using Internal::textArea;

SystemEditor::SystemEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_messages(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("systemEditor"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_tabs->addTab(Internal::scrollable(createGeneralTab()), tr("General"));
    m_tabs->addTab(Internal::scrollable(createProfileTab()), tr("Operations profile"));

    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Discard your changes"));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Save the changes (Ctrl+Return)"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this]() { emit applyRequested(system()); });
    connect(m_revert, &QPushButton::clicked, this, &SystemEditor::revert);

    for (QLineEdit *edit : {m_code, m_name, m_ownerTeam, m_opsContact, m_window})
        connect(edit, &QLineEdit::textChanged, this, &SystemEditor::updateState);
    for (QPlainTextEdit *edit : {m_description, m_initialResponse, m_escalation, m_recovery,
                                 m_traceCheck, m_logShortTerm, m_logLongTerm})
        connect(edit, &QPlainTextEdit::textChanged, this, &SystemEditor::updateState);
    for (QComboBox *combo : {m_criticality, m_environment, m_exposure, m_lifecycle})
        connect(combo, &QComboBox::currentIndexChanged, this, &SystemEditor::updateState);
    clear();
}

QWidget *SystemEditor::createGeneralTab()
{
    auto *tab = new QWidget(this);
    auto *tabLayout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    tabLayout->addLayout(form);
    tabLayout->addStretch(1);
    m_code = new QLineEdit(tab);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("Short unique code, e.g. CRM-01"));
    m_name = new QLineEdit(tab);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_description = textArea(3, tab);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_ownerTeam = new QLineEdit(tab);
    m_ownerTeam->setObjectName(QStringLiteral("ownerTeamEdit"));
    m_opsContact = new QLineEdit(tab);
    m_opsContact->setObjectName(QStringLiteral("opsContactEdit"));
    m_opsContact->setPlaceholderText(tr("Person or on-call address"));

    m_criticality = new QComboBox(tab);
    m_criticality->setObjectName(QStringLiteral("criticalityCombo"));
    for (int tier = kMinCriticality; tier <= kMaxCriticality; ++tier) {
        QString label = criticalityName(tier);
        if (tier == kMinCriticality)
            label = tr("%1 (highest)").arg(label);
        else if (tier == kMaxCriticality)
            label = tr("%1 (lowest)").arg(label);
        m_criticality->addItem(label, tier);
    }
    m_environment = new QComboBox(tab);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    for (Environment v : allValues<Environment>())
        m_environment->addItem(displayName(v), toKey(v));
    m_exposure = new QComboBox(tab);
    m_exposure->setObjectName(QStringLiteral("exposureCombo"));
    for (Exposure v : allValues<Exposure>())
        m_exposure->addItem(displayName(v), toKey(v));
    m_lifecycle = new QComboBox(tab);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleCombo"));
    for (LifecycleState v : allValues<LifecycleState>())
        m_lifecycle->addItem(displayName(v), toKey(v));
    m_window = new QLineEdit(tab);
    m_window->setObjectName(QStringLiteral("windowEdit"));
    m_window->setPlaceholderText(tr("Window name or rule, e.g. FREQ=MONTHLY;BYDAY=2SU"));

    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Owner team:"), m_ownerTeam);
    form->addRow(tr("O&ps contact:"), m_opsContact);
    form->addRow(tr("C&riticality:"), m_criticality);
    form->addRow(tr("Environ&ment:"), m_environment);
    form->addRow(tr("E&xposure:"), m_exposure);
    form->addRow(tr("&Lifecycle state:"), m_lifecycle);
    form->addRow(tr("Patch &window:"), m_window);
    return tab;
}

QWidget *SystemEditor::createProfileTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *hint = new QLabel(tr("Decided in advance: what happens when malware or an attack hits "
                               "this system, and how its logs are kept."),
                            tab);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_initialResponse = textArea(4, tab);
    m_initialResponse->setObjectName(QStringLiteral("initialResponseEdit"));
    m_initialResponse->setPlaceholderText(tr("e.g. Isolate the host from the network, keep it "
                                             "powered on"));
    m_escalation = textArea(4, tab);
    m_escalation->setObjectName(QStringLiteral("escalationEdit"));
    m_escalation->setPlaceholderText(tr("Who is told, in which order"));
    m_recovery = textArea(4, tab);
    m_recovery->setObjectName(QStringLiteral("recoveryEdit"));
    m_recovery->setPlaceholderText(tr("How the service is recovered, from which backups"));
    m_traceCheck = textArea(4, tab);
    m_traceCheck->setObjectName(QStringLiteral("traceCheckEdit"));
    m_traceCheck->setPlaceholderText(tr("How traces of an intrusion are checked (痕跡確認)"));
    m_logShortTerm = textArea(2, tab);
    m_logShortTerm->setObjectName(QStringLiteral("logShortTermEdit"));
    m_logShortTerm->setPlaceholderText(tr("Retention for incident response, e.g. 90 days online"));
    m_logLongTerm = textArea(2, tab);
    m_logLongTerm->setObjectName(QStringLiteral("logLongTermEdit"));
    m_logLongTerm->setPlaceholderText(tr("Archive for audit, e.g. 1 year, compressed"));

    form->addRow(tr("&Initial response:"), m_initialResponse);
    form->addRow(tr("Escalation c&ontacts:"), m_escalation);
    form->addRow(tr("&Recovery policy:"), m_recovery);
    form->addRow(tr("Tr&ace check:"), m_traceCheck);
    form->addRow(tr("Logs, &short term:"), m_logShortTerm);
    form->addRow(tr("Logs, &long term:"), m_logLongTerm);
    layout->addLayout(form);
    layout->addStretch(1);
    return tab;
}

void SystemEditor::setSystem(const System &s)
{
    m_mode = Mode::Existing;
    load(s);
}

void SystemEditor::startNew(const System &defaults)
{
    m_mode = Mode::New;
    System s = defaults;
    s.id = 0;
    s.rowVersion = 0;
    load(s);
    m_tabs->setCurrentIndex(0);
    m_code->setFocus();
}

void SystemEditor::clear()
{
    m_mode = Mode::Empty;
    load(System{});
}

void SystemEditor::load(const System &s)
{
    m_loading = true;
    m_loaded = s;
    m_code->setText(s.code);
    m_name->setText(s.name);
    m_description->setPlainText(s.description);
    m_ownerTeam->setText(s.ownerTeam);
    m_opsContact->setText(s.opsContact);
    selectData(m_criticality, s.criticality);
    selectData(m_environment, toKey(s.environment));
    selectData(m_exposure, toKey(s.exposure));
    selectData(m_lifecycle, toKey(s.lifecycleState));
    m_window->setText(s.windowSchedule);
    m_initialResponse->setPlainText(s.profile.initialResponse);
    m_escalation->setPlainText(s.profile.escalationContacts);
    m_recovery->setPlainText(s.profile.recoveryPolicy);
    m_traceCheck->setPlainText(s.profile.traceCheckProcedure);
    m_logShortTerm->setPlainText(s.profile.logShortTerm);
    m_logLongTerm->setPlainText(s.profile.logLongTerm);
    // Show the start of long values, not their end.
    for (QLineEdit *edit : {m_code, m_name, m_ownerTeam, m_opsContact, m_window})
        edit->setCursorPosition(0);
    m_loading = false;
    m_messages->dismiss();
    updateState();
}

System SystemEditor::system() const
{
    System s = m_loaded;
    s.code = m_code->text().trimmed();
    s.name = m_name->text().trimmed();
    s.description = m_description->toPlainText();
    s.ownerTeam = m_ownerTeam->text().trimmed();
    s.opsContact = m_opsContact->text().trimmed();
    s.criticality = m_criticality->currentData().toInt();
    s.environment = fromKey<Environment>(m_environment->currentData().toString())
                        .value_or(Environment::Production);
    s.exposure = fromKey<Exposure>(m_exposure->currentData().toString()).value_or(Exposure::Internal);
    s.lifecycleState = fromKey<LifecycleState>(m_lifecycle->currentData().toString())
                           .value_or(LifecycleState::Active);
    s.windowSchedule = m_window->text().trimmed();
    s.profile.initialResponse = m_initialResponse->toPlainText();
    s.profile.escalationContacts = m_escalation->toPlainText();
    s.profile.recoveryPolicy = m_recovery->toPlainText();
    s.profile.traceCheckProcedure = m_traceCheck->toPlainText();
    s.profile.logShortTerm = m_logShortTerm->toPlainText();
    s.profile.logLongTerm = m_logLongTerm->toPlainText();
    return s;
}

bool SystemEditor::isModified() const
{
    return m_mode != Mode::Empty && !system().sameContent(m_loaded);
}

void SystemEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void SystemEditor::showProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        m_messages->dismiss();
    else
        m_messages->showMessage(problems.join(QLatin1Char('\n')), MessageBar::Type::Error);
}

void SystemEditor::revert()
{
    if (m_mode == Mode::New) {
        clear();
        emit newCancelled();
        return;
    }
    load(m_loaded);
}

void SystemEditor::updateState()
{
    if (m_loading)
        return;
    const bool editable = m_mode != Mode::Empty && !m_readOnly;
    m_tabs->setEnabled(m_mode != Mode::Empty);
    for (QLineEdit *edit : {m_code, m_name, m_ownerTeam, m_opsContact, m_window})
        edit->setReadOnly(!editable);
    for (QPlainTextEdit *edit : {m_description, m_initialResponse, m_escalation, m_recovery,
                                 m_traceCheck, m_logShortTerm, m_logLongTerm})
        edit->setReadOnly(!editable);
    for (QComboBox *combo : {m_criticality, m_environment, m_exposure, m_lifecycle})
        combo->setEnabled(editable);

    const bool modified = isModified();
    m_apply->setEnabled(editable && (modified || m_mode == Mode::New));
    m_revert->setEnabled(m_mode != Mode::Empty && (modified || m_mode == Mode::New));
    m_apply->setText(m_mode == Mode::New ? tr("Add") : tr("Apply"));

    switch (m_mode) {
    case Mode::Empty:
        m_title->setText(tr("No system selected"));
        break;
    case Mode::New:
        m_title->setText(tr("New system"));
        break;
    case Mode::Existing:
        m_title->setText(tr("%1 \u2014 %2").arg(m_loaded.code, m_loaded.name));
        break;
    }
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace pp
