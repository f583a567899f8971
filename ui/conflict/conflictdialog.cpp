#include "ui/conflict/conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pp {
namespace {

enum Column { FieldColumn, MineColumn, TheirsColumn, ColumnCount };

QTableWidgetItem *valueItem(const QString &value, bool changed, const QString &changedTip,
                            const QPalette &palette)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (value.isEmpty()) {
        item->setText(ConflictDialog::tr("(empty)"));
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setForeground(palette.color(QPalette::PlaceholderText));
    } else {
        item->setText(value);
    }
    if (changed) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setToolTip(changedTip);
    }
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const EditConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(conflict.deleted ? tr("Deleted by someone else")
                                    : tr("Changed by someone else"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *title = new QLabel(headline(conflict), this);
    title->setObjectName(QStringLiteral("conflictHeadline"));
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *explanation = new QLabel(
        conflict.deleted
            ? tr("Nothing was saved. Add the record again with your values, or discard them.")
            : tr("Nothing was saved. The fields below differ; values in bold were changed since "
                 "you started editing. Choose whose values to keep."),
        this);
    explanation->setWordWrap(true);
    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(explanation);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    m_table->setObjectName(QStringLiteral("conflictTable"));
    fillTable(conflict);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload =
        buttons->addButton(conflict.deleted ? tr("&Discard my changes")
                                            : tr("&Reload: use the stored values"),
                           QDialogButtonBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    reload->setToolTip(tr("Discard your changes and show what is stored now"));
    QPushButton *overwrite = buttons->addButton(conflict.deleted
                                                    ? tr("&Add again with my values")
                                                    : tr("&Overwrite with my values"),
                                                QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    overwrite->setToolTip(tr("Save your values over the stored ones; Edit \u2192 Undo takes it "
                             "back"));
    QPushButton *cancel = buttons->addButton(tr("Keep &editing"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setToolTip(tr("Nothing is saved; your changes stay in the editor"));
    cancel->setDefault(true);
    cancel->setFocus();
    connect(reload, &QPushButton::clicked, this, [this]() { choose(ConflictChoice::Reload); });
    connect(overwrite, &QPushButton::clicked, this,
            [this]() { choose(ConflictChoice::Overwrite); });
    connect(cancel, &QPushButton::clicked, this, [this]() { choose(ConflictChoice::Cancel); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    const int rowHeight = fontMetrics().lineSpacing() + 12;
    resize(760, qBound(280, 180 + rowHeight * int(conflict.differences.size()), 640));
}

QString ConflictDialog::headline(const EditConflict &conflict)
{
    const QString who = conflict.actor.isEmpty() ? tr("someone else") : conflict.actor;
    if (!conflict.at.isValid()) {
        return conflict.deleted
            ? tr("%1 was deleted by %2 while you were editing it.").arg(conflict.recordLabel, who)
            : tr("%1 was changed by %2 while you were editing it.").arg(conflict.recordLabel, who);
    }
    const QString when = QLocale().toString(conflict.at.toLocalTime(), QLocale::ShortFormat);
    return conflict.deleted
        ? tr("%1 was deleted by %2 at %3 while you were editing it.")
              .arg(conflict.recordLabel, who, when)
        : tr("%1 was changed by %2 at %3 while you were editing it.")
              .arg(conflict.recordLabel, who, when);
}

void ConflictDialog::fillTable(const EditConflict &conflict)
{
    m_table->setColumnCount(ColumnCount);
    const QString theirs = conflict.deleted
        ? tr("Stored (deleted)")
        : (conflict.actor.isEmpty() ? tr("Stored now") : tr("Stored now (%1)").arg(conflict.actor));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your values"), theirs});
    m_table->setRowCount(int(conflict.differences.size()));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().lineSpacing() + 10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    const QString byYou = tr("You changed this");
    const QString byThem = conflict.actor.isEmpty() ? tr("Changed by someone else")
                                                    : tr("Changed by %1").arg(conflict.actor);
    for (int row = 0; row < conflict.differences.size(); ++row) {
        const FieldDifference &d = conflict.differences.at(row);
        auto *field = new QTableWidgetItem(d.label);
        field->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        field->setData(Qt::UserRole, d.key);
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, MineColumn, valueItem(d.mine, d.changedByMe, byYou, palette()));
        if (conflict.deleted) {
            auto *gone = new QTableWidgetItem(tr("\u2014"));
            gone->setFlags(Qt::ItemIsEnabled);
            gone->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(row, TheirsColumn, gone);
        } else {
            m_table->setItem(row, TheirsColumn,
                             valueItem(d.theirs, d.changedByThem, byThem, palette()));
        }
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    // Long values wrap: their rows follow the columns' widths.
    connect(header, &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    m_table->resizeRowsToContents();
}

void ConflictDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The columns have their real widths only now: wrap long values to them.
    m_table->resizeRowsToContents();
}

void ConflictDialog::choose(ConflictChoice choice)
{
    m_choice = choice;
    if (choice == ConflictChoice::Cancel)
        reject();
    else
        accept();
}

ConflictChoice ConflictDialog::ask(QWidget *parent, const EditConflict &conflict)
{
    ConflictDialog dialog(conflict, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace pp
