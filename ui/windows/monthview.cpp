#include "ui/windows/monthview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace pp {
namespace {

const QColor kBlackoutFill(0xfb, 0xdc, 0xdc);
const QColor kHolidayFill(0xff, 0xef, 0xd2);
const QColor kWeekendFill(0xf4, 0xf6, 0xf8);
const QColor kHolidayText(0xb0, 0x3a, 0x1c);
const QColor kBlackoutText(0x9b, 0x1c, 0x1c);
const QColor kWindowText(0x1f, 0x5f, 0xb0);
const QColor kPlanText(0x1d, 0x7a, 0x3a);

} // namespace

/// The painted 6 x 7 grid of MonthView.
class MonthGrid : public QWidget
{
public:
    explicit MonthGrid(MonthView *view) : QWidget(view), m_view(view)
    {
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(420, 330);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAccessibleName(MonthView::tr("Month calendar"));
    }

protected:
    int headerHeight() const { return fontMetrics().height() + 8; }

    QRect cellRect(int index) const
    {
        const int top = headerHeight();
        const int w = width() - 1;
        const int h = height() - 1 - top;
        const int col = index % 7;
        const int row = index / 7;
        const int x0 = col * w / 7;
        const int x1 = (col + 1) * w / 7;
        const int y0 = top + row * h / 6;
        const int y1 = top + (row + 1) * h / 6;
        return QRect(x0, y0, x1 - x0, y1 - y0);
    }

    int cellAt(const QPoint &pos) const
    {
        for (int i = 0; i < 42; ++i) {
            if (cellRect(i).contains(pos))
                return i;
        }
        return -1;
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        const QFontMetrics fm = fontMetrics();
        const QLocale locale;
        // Weekday names, Sunday first.
        const int w = width() - 1;
        for (int col = 0; col < 7; ++col) {
            const int day = col == 0 ? 7 : col;
            const QRect r(col * w / 7, 0, (col + 1) * w / 7 - col * w / 7, headerHeight());
            p.setPen(col == 0 ? kHolidayText
                              : col == 6 ? kWindowText : palette().color(QPalette::Text));
            p.drawText(r, Qt::AlignCenter, locale.dayName(day, QLocale::ShortFormat));
        }
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        const QFontMetrics sfm(small);
        const QDate first = m_view->firstShown();
        const int month = m_view->month();
        for (int i = 0; i < 42; ++i) {
            const QDate day = first.addDays(i);
            const QRect r = cellRect(i);
            const QList<CalendarItem> items = m_view->items(day);
            bool blackout = false;
            bool holiday = false;
            for (const CalendarItem &item : items) {
                blackout = blackout || item.kind == CalendarItem::Kind::Blackout;
                holiday = holiday || item.kind == CalendarItem::Kind::Holiday;
            }
            QColor fill = palette().color(QPalette::Base);
            if (blackout)
                fill = kBlackoutFill;
            else if (holiday)
                fill = kHolidayFill;
            else if (day.dayOfWeek() >= 6)
                fill = kWeekendFill;
            p.fillRect(r, fill);
            if (blackout) {
                // Hatched as well as coloured: a freeze reads without colour vision.
                p.fillRect(r, QBrush(QColor(0xd0, 0x80, 0x80, 90), Qt::BDiagPattern));
            }
            p.setPen(palette().color(QPalette::Mid));
            p.drawRect(r);

            const bool inMonth = day.month() == month;
            QFont dayFont = font();
            dayFont.setBold(day == m_view->today());
            p.setFont(dayFont);
            QColor dayColor = holiday || day.dayOfWeek() == 7 ? kHolidayText
                                                              : palette().color(QPalette::Text);
            if (!inMonth)
                dayColor.setAlpha(110);
            p.setPen(dayColor);
            const QRect inner = r.adjusted(4, 2, -4, -2);
            p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, QString::number(day.day()));

            p.setFont(small);
            int y = inner.top() + fm.height();
            int shown = 0;
            for (int k = 0; k < items.size(); ++k) {
                const CalendarItem &item = items.at(k);
                const bool last = y + 2 * sfm.height() > inner.bottom();
                if (last && k < items.size() - 1) {
                    p.setPen(palette().color(QPalette::PlaceholderText));
                    p.drawText(QRect(inner.left(), y, inner.width(), sfm.height()),
                               Qt::AlignLeft,
                               MonthView::tr("+%n more", nullptr, int(items.size()) - shown));
                    break;
                }
                if (y + sfm.height() > inner.bottom() + 2)
                    break;
                QColor c = item.kind == CalendarItem::Kind::Holiday ? kHolidayText
                    : item.kind == CalendarItem::Kind::Blackout     ? kBlackoutText
                    : item.kind == CalendarItem::Kind::Plan         ? kPlanText
                                                                    : kWindowText;
                if (!inMonth)
                    c.setAlpha(120);
                p.setPen(c);
                p.drawText(QRect(inner.left(), y, inner.width(), sfm.height()), Qt::AlignLeft,
                           sfm.elidedText(item.text, Qt::ElideRight, inner.width()));
                y += sfm.height();
                ++shown;
            }
            p.setFont(font());
        }
        // The selected day last, so its frame is on top.
        const int selected = int(first.daysTo(m_view->selectedDate()));
        if (selected >= 0 && selected < 42) {
            QPen pen(palette().color(QPalette::Highlight), hasFocus() ? 3 : 2);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(cellRect(selected).adjusted(1, 1, -1, -1));
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const int cell = cellAt(event->position().toPoint());
        if (cell >= 0)
            m_view->moveSelection(m_view->firstShown().addDays(cell));
        setFocus(Qt::MouseFocusReason);
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        const int cell = cellAt(event->position().toPoint());
        if (cell >= 0)
            emit m_view->dayActivated(m_view->firstShown().addDays(cell));
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        const QDate day = m_view->selectedDate();
        switch (event->key()) {
        case Qt::Key_Left:
            m_view->moveSelection(day.addDays(-1));
            break;
        case Qt::Key_Right:
            m_view->moveSelection(day.addDays(1));
            break;
        case Qt::Key_Up:
            m_view->moveSelection(day.addDays(-7));
            break;
        case Qt::Key_Down:
            m_view->moveSelection(day.addDays(7));
            break;
        case Qt::Key_PageUp:
            m_view->moveSelection(day.addMonths(-1));
            break;
        case Qt::Key_PageDown:
            m_view->moveSelection(day.addMonths(1));
            break;
        case Qt::Key_Home:
            m_view->moveSelection(m_view->today());
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            emit m_view->dayActivated(day);
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
        }
        event->accept();
    }

    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

private:
    MonthView *m_view;
};

MonthView::MonthView(QWidget *parent)
    : QWidget(parent)
    , m_selected(QDate::currentDate())
    , m_today(QDate::currentDate())
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_todayButton(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_grid(new MonthGrid(this))
{
    setObjectName(QStringLiteral("monthView"));
    m_grid->setObjectName(QStringLiteral("monthGrid"));
    m_previous->setObjectName(QStringLiteral("previousMonthButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous month (Page Up)"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setObjectName(QStringLiteral("nextMonthButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next month (Page Down)"));
    m_next->setAccessibleName(tr("Next month"));
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_todayButton->setText(tr("T&oday"));
    m_todayButton->setToolTip(tr("Go to today (Home)"));
    m_title->setObjectName(QStringLiteral("monthTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_todayButton);
    bar->addSpacing(8);
    bar->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);
    setFocusProxy(m_grid);

    connect(m_previous, &QToolButton::clicked, this,
            [this]() { moveSelection(m_selected.addMonths(-1)); });
    connect(m_next, &QToolButton::clicked, this,
            [this]() { moveSelection(m_selected.addMonths(1)); });
    connect(m_todayButton, &QToolButton::clicked, this, [this]() { moveSelection(m_today); });
    updateTitle();
}

QWidget *MonthView::grid() const
{
    return m_grid;
}

QDate MonthView::firstShown() const
{
    const QDate first(m_selected.year(), m_selected.month(), 1);
    return first.addDays(-(first.dayOfWeek() % 7)); // back to Sunday
}

void MonthView::setSelectedDate(const QDate &day)
{
    moveSelection(day);
}

void MonthView::setMonth(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return;
    moveSelection(QDate(year, month, qMin(m_selected.day(), first.daysInMonth())));
}

void MonthView::setToday(const QDate &today)
{
    m_today = today;
    m_grid->update();
}

void MonthView::moveSelection(const QDate &day)
{
    if (!day.isValid() || day == m_selected)
        return;
    const bool otherMonth = day.year() != m_selected.year() || day.month() != m_selected.month();
    m_selected = day;
    updateTitle();
    if (otherMonth)
        emit monthChanged();
    emit selectedDateChanged(day);
    m_grid->update();
}

void MonthView::updateTitle()
{
    m_title->setText(QLocale().toString(QDate(m_selected.year(), m_selected.month(), 1),
                                        tr("MMMM yyyy", "month title date format")));
}

void MonthView::setItems(const QHash<QDate, QList<CalendarItem>> &items)
{
    m_items = items;
    m_grid->update();
}

} // namespace pp
