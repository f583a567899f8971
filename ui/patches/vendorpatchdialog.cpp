#include "ui/patches/vendorpatchdialog.h"

#include "models/domain/version.h"
#include "models/workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp {

VendorPatchDialog::VendorPatchDialog(Workspace *workspace, const Patch &patch, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(patch)
    , m_advisory(new QLineEdit(patch.advisoryId, this))
    , m_kb(new QLineEdit(patch.kb, this))
    , m_title(new QLineEdit(patch.title, this))
    , m_vendor(new QLineEdit(patch.vendor, this))
    , m_product(new QLineEdit(patch.product, this))
    , m_target(new QLineEdit(patch.targetVersion, this))
    , m_release(new QDateEdit(this))
    , m_hasRelease(new QCheckBox(tr("Re&leased on"), this))
    , m_reboot(new QCheckBox(tr("Needs a re&boot"), this))
    , m_minutes(new QSpinBox(this))
    , m_rollback(new QCheckBox(tr("Can be rolled bac&k"), this))
    , m_notes(new QPlainTextEdit(patch.notes, this))
    , m_findings(new QListWidget(this))
    , m_findingsHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("vendorPatchDialog"));
    setWindowTitle(patch.id == 0 ? tr("New vendor patch") : tr("Edit vendor patch"));
    m_advisory->setObjectName(QStringLiteral("advisoryEdit"));
    m_advisory->setPlaceholderText(tr("e.g. MS24-001, RHSA-2024:1234"));
    m_kb->setObjectName(QStringLiteral("kbEdit"));
    m_kb->setPlaceholderText(tr("e.g. KB5034441"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Required: what the patch is"));
    m_vendor->setObjectName(QStringLiteral("vendorEdit"));
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_product->setPlaceholderText(tr("The product it patches; lists its open findings below"));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setPlaceholderText(tr("The version after applying it, e.g. 2.4.62"));
    m_release->setCalendarPopup(true);
    m_release->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_hasRelease->setChecked(patch.releaseDate.isValid());
    m_release->setDate(patch.releaseDate.isValid() ? patch.releaseDate : QDate::currentDate());
    m_release->setEnabled(m_hasRelease->isChecked());
    m_reboot->setChecked(patch.needsReboot);
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(1, 1440);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(qBound(1, patch.expectedMinutes, 1440));
    m_minutes->setToolTip(tr("How long applying it takes, including the reboot (1 to 1440 "
                             "minutes)"));
    m_rollback->setChecked(patch.canRollback);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);
    m_findings->setObjectName(QStringLiteral("findingList"));
    m_findingsHint->setWordWrap(true);
    m_findingsHint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Advisory:"), m_advisory);
    form->addRow(tr("KB n&umber:"), m_kb);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("Tar&get version:"), m_target);
    auto *release = new QHBoxLayout;
    release->addWidget(m_hasRelease);
    release->addWidget(m_release, 1);
    form->addRow(tr("Release date:"), release);
    form->addRow(tr("E&xpected duration:"), m_minutes);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_reboot);
    checks->addWidget(m_rollback);
    checks->addStretch();
    form->addRow(QString(), checks);
    form->addRow(tr("N&otes:"), m_notes);
    auto *findingsLabel = new QLabel(tr("&Resolves these open findings:"), this);
    findingsLabel->setBuddy(m_findings);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_findingsHint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, 640);

    connect(m_hasRelease, &QCheckBox::toggled, m_release, &QWidget::setEnabled);
    connect(m_product, &QLineEdit::editingFinished, this, &VendorPatchDialog::loadFindings);
    connect(m_title, &QLineEdit::textChanged, this, &VendorPatchDialog::updateState);
    connect(m_target, &QLineEdit::textChanged, this, &VendorPatchDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VendorPatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadFindings();
    updateState();
}

void VendorPatchDialog::loadFindings()
{
    // Keep what the user ticked while the product changes.
    QSet<qint64> checked(m_original.findingIds.cbegin(), m_original.findingIds.cend());
    if (m_findings->count() > 0) {
        checked.clear();
        for (int i = 0; i < m_findings->count(); ++i) {
            if (m_findings->item(i)->checkState() == Qt::Checked)
                checked.insert(m_findings->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    m_findings->clear();
    const QString product = m_product->text().trimmed();
    if (!m_workspace || !m_workspace->isOpen()) {
        m_findingsHint->setText(tr("No database is open."));
        return;
    }
    auto rows = m_workspace->findingRows(FindingFilter{});
    if (!rows) {
        m_findingsHint->setText(rows.error().message);
        return;
    }
    for (const FindingRow &r : *rows) {
        const bool mine = checked.contains(r.finding.id);
        // Open findings of the product (or those already resolved by this patch).
        if (!mine && (!isOpen(r.finding.state) || product.isEmpty()
                      || r.product.compare(product, Qt::CaseInsensitive) != 0))
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 \u2014 %2 %3 on %4").arg(r.vulnIdentifier, r.product, r.version, r.systemCode),
            m_findings);
        item->setData(Qt::UserRole, r.finding.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(mine ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(r.vulnTitle);
    }
    m_findingsHint->setText(m_findings->count() == 0
                                ? (product.isEmpty()
                                       ? tr("Enter the product to list its open findings.")
                                       : tr("No open findings of %1.").arg(product))
                                : tr("Tick the findings that applying this patch fixes."));
}

QString VendorPatchDialog::validationError() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Title: enter what the patch is (required).");
    const QString target = m_target->text().trimmed();
    if (!target.isEmpty() && !version::isValid(target))
        return tr("Target version: “%1” is not a version; expected a version such as "
                  "2.4.62 or 10.0.19045.3930 (not * or -), or nothing.").arg(target);
    return {};
}

void VendorPatchDialog::updateState()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

Patch VendorPatchDialog::patch() const
{
    Patch p = m_original;
    p.kind = PatchKind::Vendor;
    p.advisoryId = m_advisory->text().trimmed();
    p.kb = m_kb->text().trimmed();
    p.title = m_title->text().trimmed();
    p.vendor = m_vendor->text().trimmed();
    p.product = m_product->text().trimmed();
    p.targetVersion = m_target->text().trimmed();
    p.releaseDate = m_hasRelease->isChecked() ? m_release->date() : QDate();
    p.needsReboot = m_reboot->isChecked();
    p.expectedMinutes = m_minutes->value();
    p.canRollback = m_rollback->isChecked();
    p.notes = m_notes->toPlainText().trimmed();
    p.findingIds.clear();
    for (int i = 0; i < m_findings->count(); ++i) {
        if (m_findings->item(i)->checkState() == Qt::Checked)
            p.findingIds << m_findings->item(i)->data(Qt::UserRole).toLongLong();
    }
    return p;
}

void VendorPatchDialog::accept()
{
    updateState();
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

} // namespace pp
