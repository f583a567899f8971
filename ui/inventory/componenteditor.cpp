#include "ui/inventory/componenteditor.h"

#include "models/domain/validation.h"
#include "ui/inventory/editorwidgets.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pp {

using Internal::selectData;
using Internal::textArea;

ComponentEditor::ComponentEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_messages(new MessageBar(this))
    , m_fields(new QWidget(this))
{
    setObjectName(QStringLiteral("componentEditor"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_system = new QComboBox(m_fields);
    m_system->setObjectName(QStringLiteral("componentSystemCombo"));
    m_kind = new QComboBox(m_fields);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (ComponentKind k : allValues<ComponentKind>())
        m_kind->addItem(displayName(k), toKey(k));
    m_vendor = new QLineEdit(m_fields);
    m_vendor->setObjectName(QStringLiteral("vendorEdit"));
    m_product = new QLineEdit(m_fields);
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_version = new QLineEdit(m_fields);
    m_version->setObjectName(QStringLiteral("versionEdit"));
    m_instances = new QSpinBox(m_fields);
    m_instances->setObjectName(QStringLiteral("instancesSpin"));
    m_instances->setRange(0, kMaxInstances);
    m_instances->setGroupSeparatorShown(true);
    m_cpe = new QLineEdit(m_fields);
    m_cpe->setObjectName(QStringLiteral("cpeEdit"));
    m_cpe->setPlaceholderText(QStringLiteral("cpe:2.3:a:vendor:product:version:*:*:*:*:*:*:*"));
    m_purl = new QLineEdit(m_fields);
    m_purl->setObjectName(QStringLiteral("purlEdit"));
    m_purl->setPlaceholderText(QStringLiteral("pkg:rpm/redhat/openssl@3.0.7"));
    m_eolProduct = new QLineEdit(m_fields);
    m_eolProduct->setObjectName(QStringLiteral("eolProductEdit"));
    m_eolProduct->setPlaceholderText(tr("e.g. rhel"));
    m_eolCycle = new QLineEdit(m_fields);
    m_eolCycle->setObjectName(QStringLiteral("eolCycleEdit"));
    m_eolCycle->setPlaceholderText(tr("e.g. 8"));
    m_notes = textArea(5, m_fields);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(tr("Architecture and settings that matter when judging an "
                                   "advisory, e.g. \"TLS terminated at the load balancer\""));

    auto *what = new QGroupBox(tr("Component"), m_fields);
    auto *whatForm = new QFormLayout(what);
    whatForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    whatForm->addRow(tr("&System:"), m_system);
    whatForm->addRow(tr("&Kind:"), m_kind);
    whatForm->addRow(tr("Ve&ndor:"), m_vendor);
    whatForm->addRow(tr("&Product:"), m_product);
    whatForm->addRow(tr("Versi&on:"), m_version);
    whatForm->addRow(tr("&Instances:"), m_instances);

    auto *matching = new QGroupBox(tr("Matching and lifecycle"), m_fields);
    auto *matchForm = new QFormLayout(matching);
    matchForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    matchForm->addRow(tr("&CPE 2.3 name:"), m_cpe);
    matchForm->addRow(tr("Package &URL:"), m_purl);
    auto *eol = new QHBoxLayout;
    eol->addWidget(m_eolProduct, 2);
    eol->addWidget(new QLabel(tr("cyc&le:"), m_fields));
    eol->addWidget(m_eolCycle, 1);
    auto *eolLabel = new QLabel(tr("endoflife.&date:"), m_fields);
    eolLabel->setBuddy(m_eolProduct);
    matchForm->addRow(eolLabel, eol);
    static_cast<QLabel *>(eol->itemAt(1)->widget())->setBuddy(m_eolCycle);

    auto *notes = new QGroupBox(tr("Notes"), m_fields);
    auto *notesLayout = new QVBoxLayout(notes);
    notesLayout->addWidget(m_notes);

    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(what);
    fieldsLayout->addWidget(matching);
    fieldsLayout->addWidget(notes);
    fieldsLayout->addStretch(1);

    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertComponentButton"));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyComponentButton"));
    m_apply->setDefault(true);
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_messages);
    layout->addWidget(Internal::scrollable(m_fields), 1);
    layout->addWidget(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this]() { emit applyRequested(component()); });
    connect(m_revert, &QPushButton::clicked, this, &ComponentEditor::revert);
    for (QLineEdit *edit : {m_vendor, m_product, m_version, m_cpe, m_purl, m_eolProduct, m_eolCycle})
        connect(edit, &QLineEdit::textChanged, this, &ComponentEditor::updateState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ComponentEditor::updateState);
    connect(m_instances, &QSpinBox::valueChanged, this, &ComponentEditor::updateState);
    for (QComboBox *combo : {m_system, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &ComponentEditor::updateState);
    clear();
}

void ComponentEditor::setSystems(const QList<System> &systems)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const qint64 current = m_system->currentData().toLongLong();
    m_system->clear();
    for (const System &s : systems)
        m_system->addItem(tr("%1 \u2014 %2").arg(s.code, s.name), s.id);
    selectData(m_system, current);
    m_loading = wasLoading;
    updateState();
}

void ComponentEditor::setComponent(const Component &c)
{
    m_mode = Mode::Existing;
    load(c);
}

void ComponentEditor::startNew(const Component &defaults)
{
    m_mode = Mode::New;
    Component c = defaults;
    c.id = 0;
    c.rowVersion = 0;
    load(c);
    m_product->setFocus();
}

void ComponentEditor::clear()
{
    m_mode = Mode::Empty;
    load(Component{});
}

void ComponentEditor::load(const Component &c)
{
    m_loading = true;
    m_loaded = c;
    selectData(m_system, c.systemId);
    // A system id that is not in the list (none yet): keep "none" rather than the first system.
    if (m_system->findData(c.systemId) < 0)
        m_system->setCurrentIndex(-1);
    selectData(m_kind, toKey(c.kind));
    m_vendor->setText(c.vendor);
    m_product->setText(c.product);
    m_version->setText(c.version);
    m_instances->setValue(c.instances);
    m_cpe->setText(c.cpe);
    m_purl->setText(c.purl);
    m_eolProduct->setText(c.eolProduct);
    m_eolCycle->setText(c.eolCycle);
    m_notes->setPlainText(c.notes);
    for (QLineEdit *edit : {m_vendor, m_product, m_version, m_cpe, m_purl, m_eolProduct, m_eolCycle})
        edit->setCursorPosition(0);
    m_loading = false;
    m_messages->dismiss();
    updateState();
}

Component ComponentEditor::component() const
{
    Component c = m_loaded;
    c.systemId = m_system->currentIndex() >= 0 ? m_system->currentData().toLongLong() : 0;
    c.kind = fromKey<ComponentKind>(m_kind->currentData().toString()).value_or(ComponentKind::Os);
    c.vendor = m_vendor->text().trimmed();
    c.product = m_product->text().trimmed();
    c.version = m_version->text().trimmed();
    c.instances = m_instances->value();
    c.cpe = m_cpe->text().trimmed();
    c.purl = m_purl->text().trimmed();
    c.eolProduct = m_eolProduct->text().trimmed();
    c.eolCycle = m_eolCycle->text().trimmed();
    c.notes = m_notes->toPlainText();
    return c;
}

bool ComponentEditor::isModified() const
{
    if (m_mode == Mode::Empty)
        return false;
    const Component c = component();
    return !c.sameContent(m_loaded);
}

void ComponentEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void ComponentEditor::showProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        m_messages->dismiss();
    else
        m_messages->showMessage(problems.join(QLatin1Char('\n')), MessageBar::Type::Error);
}

void ComponentEditor::revert()
{
    if (m_mode == Mode::New) {
        clear();
        emit newCancelled();
        return;
    }
    load(m_loaded);
}

void ComponentEditor::updateState()
{
    if (m_loading)
        return;
    const bool editable = m_mode != Mode::Empty && !m_readOnly;
    m_fields->setEnabled(m_mode != Mode::Empty);
    for (QLineEdit *edit : {m_vendor, m_product, m_version, m_cpe, m_purl, m_eolProduct, m_eolCycle})
        edit->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_instances->setReadOnly(!editable);
    m_system->setEnabled(editable);
    m_kind->setEnabled(editable);
    const bool modified = isModified();
    m_apply->setEnabled(editable && (modified || m_mode == Mode::New));
    m_revert->setEnabled(m_mode != Mode::Empty && (modified || m_mode == Mode::New));
    m_apply->setText(m_mode == Mode::New ? tr("Add") : tr("Apply"));
    switch (m_mode) {
    case Mode::Empty:
        m_title->setText(tr("No component selected"));
        break;
    case Mode::New:
        m_title->setText(tr("New component"));
        break;
    case Mode::Existing:
        m_title->setText(m_loaded.label().simplified());
        break;
    }
}

} // namespace pp
