#include "ui/plans/templatesdialog.h"

#include "models/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pp {
namespace {

const QList<StepPhase> kPhases{StepPhase::Pre, StepPhase::Apply, StepPhase::Post,
                               StepPhase::Rollback};

QString kindsText(const QList<ComponentKind> &kinds)
{
    QStringList keys;
    for (ComponentKind k : kinds)
        keys << toKey(k);
    return keys.join(QLatin1String(", "));
}

} // namespace

StepTemplatesDialog::StepTemplatesDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detailEn(new QPlainTextEdit(this))
    , m_detailJa(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&Add step"), this))
    , m_remove(new QPushButton(tr("&Remove step"), this))
    , m_restore(new QPushButton(tr("Restore &defaults"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Step templates"));
    m_table->setHorizontalHeaderLabels({tr("Phase"), tr("Key"), tr("Title (English)"),
                                        tr("Title (Japanese)"), tr("Owner"), tr("Minutes"),
                                        tr("Effect"), tr("Restored by (key)"),
                                        tr("Component kinds"), tr("On site only")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("Component kinds: keys such as os, middleware, database, runtime, "
                           "application, network, firmware, cloud, separated by commas; empty "
                           "means every kind."));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_detailEn->setTabChangesFocus(true);
    m_detailJa->setTabChangesFocus(true);

    auto *details = new QFormLayout;
    auto *enLabel = new QLabel(tr("Detail (&English):"), this);
    enLabel->setBuddy(m_detailEn);
    auto *jaLabel = new QLabel(tr("Detail (&Japanese):"), this);
    jaLabel->setBuddy(m_detailJa);
    details->addRow(enLabel, m_detailEn);
    details->addRow(jaLabel, m_detailJa);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_restore);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The steps every new plan starts with, by phase; apply "
                                    "steps for the component kinds in the plan. A step that "
                                    "suppresses monitoring or opens access names the step that "
                                    "restores it."),
                                 this));
    layout->addWidget(m_table, 3);
    layout->addLayout(rowButtons);
    layout->addLayout(details, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &StepTemplatesDialog::addRow);
    connect(m_remove, &QPushButton::clicked, this, &StepTemplatesDialog::removeSelectedRow);
    connect(m_restore, &QPushButton::clicked, this, &StepTemplatesDialog::restoreDefaults);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StepTemplatesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StepTemplatesDialog::showDetails);
    connect(m_table, &QTableWidget::itemChanged, this, &StepTemplatesDialog::validate);
    connect(m_detailEn, &QPlainTextEdit::textChanged, this, &StepTemplatesDialog::storeDetails);
    connect(m_detailJa, &QPlainTextEdit::textChanged, this, &StepTemplatesDialog::storeDetails);

    if (auto stored = m_workspace->stepTemplates())
        setTemplates(*stored);
    else
        m_error->setText(stored.error().message);
    resize(1100, 640);
}

void StepTemplatesDialog::setTemplates(const QList<StepTemplate> &templates)
{
    m_loading = true;
    m_detailRow = -1;
    m_table->setRowCount(0);
    m_details.clear();
    m_table->setRowCount(int(templates.size()));
    for (int row = 0; row < templates.size(); ++row) {
        m_details << qMakePair(templates.at(row).detailEn, templates.at(row).detailJa);
        setRow(row, templates.at(row));
    }
    m_loading = false;
    m_table->resizeColumnsToContents();
    if (!templates.isEmpty())
        m_table->selectRow(0);
    validate();
}

void StepTemplatesDialog::setRow(int row, const StepTemplate &t)
{
    auto *phase = new QComboBox(m_table);
    for (StepPhase p : kPhases)
        phase->addItem(displayName(p), toKey(p));
    phase->setCurrentIndex(qMax(0, phase->findData(toKey(t.phase))));
    connect(phase, &QComboBox::currentIndexChanged, this, &StepTemplatesDialog::validate);
    m_table->setCellWidget(row, PhaseColumn, phase);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(t.key));
    m_table->setItem(row, TitleEnColumn, new QTableWidgetItem(t.titleEn));
    m_table->setItem(row, TitleJaColumn, new QTableWidgetItem(t.titleJa));
    m_table->setItem(row, OwnerColumn, new QTableWidgetItem(t.ownerRole));
    auto *minutes = new QTableWidgetItem;
    minutes->setData(Qt::EditRole, t.durationMinutes);
    m_table->setItem(row, MinutesColumn, minutes);
    auto *effect = new QComboBox(m_table);
    for (StepEffect e : allValues<StepEffect>())
        effect->addItem(displayName(e), toKey(e));
    effect->setCurrentIndex(qMax(0, effect->findData(toKey(t.effect))));
    connect(effect, &QComboBox::currentIndexChanged, this, &StepTemplatesDialog::validate);
    m_table->setCellWidget(row, EffectColumn, effect);
    m_table->setItem(row, PairColumn, new QTableWidgetItem(t.pairKey));
    m_table->setItem(row, KindsColumn, new QTableWidgetItem(kindsText(t.kinds)));
    auto *onSite = new QTableWidgetItem;
    onSite->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    onSite->setCheckState(t.onSiteOnly ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, OnSiteColumn, onSite);
}

StepTemplate StepTemplatesDialog::rowTemplate(int row) const
{
    StepTemplate t;
    auto text = [&](int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    if (auto *phase = qobject_cast<QComboBox *>(m_table->cellWidget(row, PhaseColumn)))
        t.phase = fromKey<StepPhase>(phase->currentData().toString()).value_or(StepPhase::Pre);
    t.key = text(KeyColumn);
    t.titleEn = text(TitleEnColumn);
    t.titleJa = text(TitleJaColumn);
    t.ownerRole = text(OwnerColumn);
    if (const QTableWidgetItem *m = m_table->item(row, MinutesColumn))
        t.durationMinutes = m->data(Qt::EditRole).toInt();
    if (auto *effect = qobject_cast<QComboBox *>(m_table->cellWidget(row, EffectColumn)))
        t.effect = fromKey<StepEffect>(effect->currentData().toString()).value_or(StepEffect::None);
    t.pairKey = text(PairColumn);
    for (const QString &k : text(KindsColumn).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto kind = fromKey<ComponentKind>(k.trimmed()))
            t.kinds << *kind;
        else
            t.kinds << ComponentKind(-1); // refused by the parser below, naming the step
    }
    if (const QTableWidgetItem *s = m_table->item(row, OnSiteColumn))
        t.onSiteOnly = s->checkState() == Qt::Checked;
    t.position = (row + 1) * 10;
    if (row < m_details.size()) {
        t.detailEn = m_details.at(row).first;
        t.detailJa = m_details.at(row).second;
    }
    return t;
}

QList<StepTemplate> StepTemplatesDialog::templates() const
{
    QList<StepTemplate> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << rowTemplate(row);
    return out;
}

QString StepTemplatesDialog::problem() const
{
    const QList<StepTemplate> list = templates();
    for (int row = 0; row < list.size(); ++row) {
        for (ComponentKind k : list.at(row).kinds) {
            if (int(k) < 0) {
                return tr("Step %1 (%2): the component kinds must be keys such as os, "
                          "database or network.")
                    .arg(row + 1)
                    .arg(list.at(row).key);
            }
        }
    }
    auto parsed = parseTemplates(templatesToJson(list));
    return parsed ? QString() : parsed.error().message;
}

void StepTemplatesDialog::validate()
{
    if (m_loading)
        return;
    const QString p = problem();
    m_error->setText(p);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty() && m_workspace->canEdit());
}

void StepTemplatesDialog::showDetails()
{
    const int row = m_table->currentRow();
    m_detailRow = -1; // not stored while the editors are filled
    m_detailEn->setPlainText(row >= 0 && row < m_details.size() ? m_details.at(row).first
                                                                 : QString());
    m_detailJa->setPlainText(row >= 0 && row < m_details.size() ? m_details.at(row).second
                                                                 : QString());
    m_detailRow = row;
    m_remove->setEnabled(row >= 0);
}

void StepTemplatesDialog::storeDetails()
{
    if (m_detailRow < 0 || m_detailRow >= m_details.size())
        return;
    m_details[m_detailRow] = qMakePair(m_detailEn->toPlainText(), m_detailJa->toPlainText());
}

void StepTemplatesDialog::addRow()
{
    const int row = m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    m_details << qMakePair(QString(), QString());
    StepTemplate t;
    t.key = QStringLiteral("custom.%1").arg(row + 1);
    t.phase = StepPhase::Pre;
    t.ownerRole = QStringLiteral("operations");
    t.durationMinutes = 10;
    setRow(row, t);
    m_loading = false;
    m_table->selectRow(row);
    m_table->editItem(m_table->item(row, TitleEnColumn));
    validate();
}

void StepTemplatesDialog::removeSelectedRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_detailRow = -1;
    m_table->removeRow(row);
    m_details.removeAt(row);
    showDetails();
    validate();
}

void StepTemplatesDialog::restoreDefaults()
{
    setTemplates(defaultTemplates());
}

void StepTemplatesDialog::accept()
{
    const QString p = problem();
    if (!p.isEmpty()) {
        m_error->setText(p);
        return;
    }
    if (Status st = m_workspace->setStepTemplates(templates()); !st) {
        m_error->setText(st.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace pp
