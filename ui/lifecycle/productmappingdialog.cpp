#include "ui/lifecycle/productmappingdialog.h"

#include "models/workspace.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pp {

ProductMappingDialog::ProductMappingDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_messages(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("productMappingDialog"));
    setWindowTitle(tr("Product mapping"));
    resize(1280, 700);
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Vendor"), tr("Product"), tr("Components"),
                                        tr("Versions"), tr("Matched"),
                                        tr("endoflife.date product"), tr("Cycles found")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VersionsColumn, QHeaderView::Stretch);
    header->resizeSection(VendorColumn, 200);
    header->resizeSection(ProductColumn, 240);
    header->resizeSection(ComponentsColumn, 90);
    header->resizeSection(MatchColumn, 150);
    header->resizeSection(EolProductColumn, 210);
    header->resizeSection(CyclesColumn, 100);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *confirm = buttons->addButton(tr("Confirm &automatic matches"),
                                       QDialogButtonBox::ActionRole);
    connect(confirm, &QPushButton::clicked, this, &ProductMappingDialog::confirmAutomatic);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this]() {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void ProductMappingDialog::reload()
{
    m_dirty.clear();
    auto rows = m_workspace->productMatches();
    auto products = m_workspace->eolProducts();
    if (!rows || !products) {
        m_messages->showMessage(rows ? products.error().message : rows.error().message,
                                MessageBar::Type::Error);
        return;
    }
    m_rows = *rows;
    m_products.clear();
    for (const EolProduct &p : std::as_const(*products))
        m_products << p.id;
    m_products.sort();
    m_table->setRowCount(int(m_rows.size()));
    int matched = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ProductMatchRow &r = m_rows.at(i);
        const auto item = [this, i](int column, const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            m_table->setItem(i, column, cell);
            return cell;
        };
        item(VendorColumn, r.vendor);
        item(ProductColumn, r.product);
        item(ComponentsColumn, QString::number(r.components))
            ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item(VersionsColumn, r.versions.join(QStringLiteral(", ")));
        QString how = r.match.untracked ? tr("Not tracked (confirmed)")
                                        : displayName(r.match.tie.kind);
        if (r.match.tie.kind == TieKind::None && !r.match.untracked)
            how = tr("Unmatched");
        QTableWidgetItem *matchCell = item(MatchColumn, how);
        matchCell->setToolTip(r.match.reason);
        if (r.match.tie.kind == TieKind::None && !r.match.untracked)
            matchCell->setForeground(QColor(0xc6, 0x28, 0x28));
        item(CyclesColumn, tr("%1 of %2").arg(r.cyclesFound).arg(r.components));
        if (!r.match.tie.eolProduct.isEmpty())
            ++matched;

        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("\u2014 not tracked \u2014"), QString());
        for (const QString &p : std::as_const(m_products))
            combo->addItem(p, p);
        if (!r.match.tie.eolProduct.isEmpty() && combo->findData(r.match.tie.eolProduct) < 0)
            combo->addItem(r.match.tie.eolProduct, r.match.tie.eolProduct);
        combo->setCurrentIndex(qMax(0, combo->findData(r.match.tie.eolProduct)));
        if (r.match.tie.eolProduct.isEmpty() && !r.match.untracked)
            combo->setCurrentIndex(-1); // unmatched: nothing chosen yet
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i]() { m_dirty.insert(i); });
        m_table->setCellWidget(i, EolProductColumn, combo);
    }
    m_summary->setText(tr("%n vendor and product pair(s) in the inventory; %1 matched to an "
                          "endoflife.date product. Choose or confirm the product for each; the "
                          "choice applies to every component of that vendor and product.",
                          nullptr, int(m_rows.size()))
                           .arg(matched));
}

void ProductMappingDialog::choose(int row, const QString &eolProduct)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, EolProductColumn));
    if (!combo)
        return;
    combo->setCurrentIndex(combo->findData(eolProduct));
    m_dirty.insert(row);
}

void ProductMappingDialog::confirmAutomatic()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).match.tie.isAutomatic()) {
            m_dirty.insert(i);
            const QString kind = displayName(m_rows.at(i).match.tie.kind);
            m_table->item(i, MatchColumn)->setText(tr("%1 \u2192 confirm on Save").arg(kind));
        }
    }
}

bool ProductMappingDialog::save()
{
    QList<int> rows = m_dirty.values();
    std::sort(rows.begin(), rows.end());
    for (int i : std::as_const(rows)) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(i, EolProductColumn));
        if (!combo || combo->currentIndex() < 0)
            continue;
        const ProductMatchRow &r = m_rows.at(i);
        EolMapping m = r.mapping.value_or(EolMapping{});
        m.vendor = r.vendor;
        m.product = r.product;
        m.eolProduct = combo->currentData().toString();
        auto stored = m_workspace->setEolMapping(m);
        if (!stored) {
            m_messages->showMessage(tr("The choice for %1 %2 was not saved: %3")
                                        .arg(r.vendor, r.product, stored.error().message),
                                    MessageBar::Type::Error);
            reload();
            return false;
        }
    }
    m_dirty.clear();
    return true;
}

} // namespace pp
