#include "ui/widgets/pageparts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedLayout>

namespace pp::PageParts {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PageParts)
};

} // namespace

void styleHeading(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    styleHeading(label);
    return label;
}

QWidget *withEmptyState(QWidget *view, QLabel *empty, QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *stack = new QStackedLayout(holder);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(empty);
    stack->addWidget(view);
    return holder;
}

qint64 fillSystemChooser(QComboBox *chooser, const QList<System> &systems)
{
    const qint64 shown = chooser->currentData().toLongLong();
    const QSignalBlocker block(chooser);
    chooser->clear();
    chooser->addItem(Tr::tr("All systems"), qint64(0));
    for (const System &s : systems) {
        chooser->addItem(s.name.isEmpty() || s.name == s.code
                             ? s.code
                             : Tr::tr("%1 \u2014 %2").arg(s.code, s.name),
                         s.id);
    }
    chooser->setCurrentIndex(qMax(0, chooser->findData(shown)));
    return chooser->currentData().toLongLong();
}

} // namespace pp::PageParts
