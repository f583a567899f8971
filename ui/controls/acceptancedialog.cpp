#include "ui/controls/acceptancedialog.h"

#include "models/planning/controlrules.h"
#include "models/workspace.h"
#include "ui/inventory/editorwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace pp {

AcceptanceDialog::AcceptanceDialog(Workspace *workspace, const RiskAcceptance &acceptance,
                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(acceptance)
    , m_today(workspace && workspace->isOpen() ? workspace->today() : QDate::currentDate())
    , m_subject(new QLabel(this))
    , m_response(new QComboBox(this))
    , m_rationale(Internal::textArea(4, this))
    , m_residual(Internal::textArea(2, this))
    , m_controls(new QListWidget(this))
    , m_controlsHint(new QLabel(this))
    , m_requester(new QLineEdit(this))
    , m_expiry(new QDateEdit(this))
    , m_approval(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acceptanceDialog"));
    setWindowTitle(acceptance.id == 0 ? tr("Request risk acceptance")
                                      : tr("Edit risk acceptance"));
    m_subject->setObjectName(QStringLiteral("acceptanceSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_response->setObjectName(QStringLiteral("acceptanceResponse"));
    for (RiskResponse r : allValues<RiskResponse>())
        m_response->addItem(displayName(r), int(r));
    Internal::selectData(m_response, int(acceptance.response));
    m_response->setToolTip(tr("The risk response (NIST SP 800-40r4): accept the risk, mitigate "
                              "it with controls, transfer it (e.g. to a vendor under contract) "
                              "or avoid it (stop using the function)."));
    m_rationale->setObjectName(QStringLiteral("acceptanceRationale"));
    m_rationale->setPlainText(acceptance.rationale);
    m_rationale->setPlaceholderText(tr("Why the risk can be carried until the expiry date"));
    m_residual->setObjectName(QStringLiteral("acceptanceResidualRisk"));
    m_residual->setPlainText(acceptance.residualRisk);
    m_residual->setPlaceholderText(tr("What risk remains with the controls in place"));
    m_controls->setObjectName(QStringLiteral("acceptanceControls"));
    m_controls->setMinimumHeight(m_controls->fontMetrics().height() * 5);
    m_controlsHint->setWordWrap(true);
    m_controlsHint->setForegroundRole(QPalette::PlaceholderText);
    m_requester->setObjectName(QStringLiteral("acceptanceRequester"));
    m_requester->setText(acceptance.requester.isEmpty() && workspace ? workspace->actor()
                                                                     : acceptance.requester);
    m_expiry->setObjectName(QStringLiteral("acceptanceExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setDate(acceptance.expiresOn.isValid() ? acceptance.expiresOn
                                                     : m_today.addDays(kDefaultDays));
    m_expiry->setToolTip(tr("Mandatory: the last day the acceptance applies. The day after, it "
                            "lapses and the finding is open again."));
    m_approval->setObjectName(QStringLiteral("acceptanceApproval"));
    m_approval->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("acceptanceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    const QLocale locale;
    if (acceptance.isApproved()) {
        m_approval->setText(
            tr("Approved by %1 on %2. Saving changes to anything but the controls withdraws "
               "the approval: it then needs approving again.")
                .arg(acceptance.approver, locale.toString(acceptance.approvedOn,
                                                          QLocale::ShortFormat)));
        m_approval->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    } else if (acceptance.id != 0) {
        m_approval->setText(tr("Pending approval: someone other than the requester approves it "
                               "on the frozen-systems register."));
    } else {
        m_approval->setText(tr("The request is pending until someone other than the requester "
                               "approves it."));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Risk of:"), m_subject);
    form->addRow(tr("&Response:"), m_response);
    form->addRow(tr("&Justification:"), m_rationale);
    form->addRow(tr("Residual ris&k:"), m_residual);
    auto *controlsLabel = new QLabel(tr("Relies on &controls:"), this);
    controlsLabel->setBuddy(m_controls);
    form->addRow(controlsLabel, m_controls);
    form->addRow(QString(), m_controlsHint);
    form->addRow(tr("Re&quester:"), m_requester);
    form->addRow(tr("E&xpires on:"), m_expiry);
    form->addRow(tr("Approval:"), m_approval);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(620, 600);

    loadSubject();

    connect(m_rationale, &QPlainTextEdit::textChanged, this, &AcceptanceDialog::updateState);
    connect(m_requester, &QLineEdit::textChanged, this, &AcceptanceDialog::updateState);
    connect(m_expiry, &QDateEdit::dateChanged, this, &AcceptanceDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcceptanceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void AcceptanceDialog::loadSubject()
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    // The subject in words, and the component and system whose controls it can rely on.
    if (m_original.findingId != 0) {
        FindingFilter filter;
        filter.states = allValues<AnalysisState>();
        filter.today = m_today;
        if (auto rows = m_workspace->findingRows(filter)) {
            for (const FindingRow &r : *rows) {
                if (r.finding.id != m_original.findingId)
                    continue;
                m_componentId = r.finding.componentId;
                m_systemId = r.systemId;
                m_subject->setText(tr("Finding %1 (%2) on %3 %4 of %5")
                                       .arg(r.vulnIdentifier, r.vulnTitle, r.product, r.version,
                                            r.systemCode));
                break;
            }
        }
    } else if (m_original.componentId != 0) {
        m_componentId = m_original.componentId;
        if (auto c = m_workspace->component(m_componentId); c && c->has_value()) {
            const Component &comp = **c;
            m_systemId = comp.systemId;
            QString systemCode;
            if (auto s = m_workspace->system(comp.systemId); s && s->has_value())
                systemCode = (*s)->code;
            m_subject->setText(tr("Component %1 %2 of %3 (frozen: not upgraded or patched)")
                                   .arg(comp.product, comp.version, systemCode));
        }
    }
    if (m_subject->text().isEmpty())
        m_subject->setText(tr("(unknown: the finding or component was deleted)"));

    const QSet<qint64> relied(m_original.controlIds.cbegin(), m_original.controlIds.cend());
    if (auto controls = m_workspace->controls()) {
        for (const Control &c : *controls) {
            const bool applies = relied.contains(c.id)
                || (m_original.findingId != 0 && c.findingId == m_original.findingId)
                || (c.findingId == 0 && m_componentId != 0 && c.componentId == m_componentId)
                || (c.findingId == 0 && c.componentId == 0 && m_systemId != 0
                    && c.systemId == m_systemId);
            if (!applies)
                continue;
            auto *item = new QListWidgetItem(tr("%1: %2").arg(displayName(c.kind), c.title),
                                             m_controls);
            item->setData(Qt::UserRole, c.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(relied.contains(c.id) ? Qt::Checked : Qt::Unchecked);
            if (!c.owner.isEmpty())
                item->setToolTip(tr("Owner: %1").arg(c.owner));
        }
    }
    m_controlsHint->setText(m_controls->count() == 0
                                ? tr("No controls on this finding, its component or its system "
                                     "yet: add them on the frozen-systems register.")
                                : tr("Tick the controls the acceptance relies on."));
}

RiskAcceptance AcceptanceDialog::acceptance() const
{
    RiskAcceptance a = m_original;
    a.response = RiskResponse(m_response->currentData().toInt());
    a.rationale = m_rationale->toPlainText().trimmed();
    a.residualRisk = m_residual->toPlainText().trimmed();
    a.requester = m_requester->text().trimmed();
    a.expiresOn = m_expiry->date();
    a.controlIds.clear();
    for (int i = 0; i < m_controls->count(); ++i) {
        if (m_controls->item(i)->checkState() == Qt::Checked)
            a.controlIds << m_controls->item(i)->data(Qt::UserRole).toLongLong();
    }
    return a;
}

QStringList AcceptanceDialog::problems() const
{
    const RiskAcceptance a = acceptance();
    QStringList messages = validateAcceptance(a);
    if (a.expiresOn.isValid() && a.expiresOn <= m_today)
        messages << tr("Expires on: choose a day after today (%1).")
                        .arg(QLocale().toString(m_today, QLocale::ShortFormat));
    return messages;
}

void AcceptanceDialog::updateState()
{
    const QStringList messages = problems();
    m_error->setText(messages.join(QLatin1Char('\n')));
    m_error->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(messages.isEmpty());
}

void AcceptanceDialog::accept()
{
    updateState();
    if (!problems().isEmpty())
        return;
    QDialog::accept();
}

} // namespace pp
