// A month calendar: a 6 x 7 grid of days (weeks start on Sunday, as Japanese wall calendars do)
// with previous / next / today navigation. Each day shows what the page puts on it: holidays,
// blackouts (shaded), maintenance window occurrences and plans. Arrow keys move the day,
// PageUp / PageDown the month.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace pp {

/// One thing on a calendar day.
struct CalendarItem
{
    enum class Kind { Holiday, Blackout, Window, Plan };
    Kind kind = Kind::Window;
    QString text;   ///< short text in the cell ("01:00 月例 第2日曜")
    QString detail; ///< longer text for the day's list
};

class MonthGrid;

class MonthView : public QWidget
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    /// Shows the month of @p day and selects @p day.
    void setSelectedDate(const QDate &day);
    QDate selectedDate() const { return m_selected; }
    void setMonth(int year, int month);
    int year() const { return m_selected.year(); }
    int month() const { return m_selected.month(); }
    /// The first and last day of the grid (Sunday before the 1st .. 42 days later).
    QDate firstShown() const;
    QDate lastShown() const { return firstShown().addDays(41); }
    /// The day marked as today.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    /// Replaces what the days show.
    void setItems(const QHash<QDate, QList<CalendarItem>> &items);
    QList<CalendarItem> items(const QDate &day) const { return m_items.value(day); }

    QWidget *grid() const;
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QToolButton *todayButton() const { return m_todayButton; }

signals:
    /// The grid now shows another month: the page fills it (setItems()).
    void monthChanged();
    void selectedDateChanged(const QDate &day);
    /// A day was double-clicked or Enter was pressed on it.
    void dayActivated(const QDate &day);

private:
    friend class MonthGrid;
    void moveSelection(const QDate &day);
    void updateTitle();

    QDate m_selected;
    QDate m_today;
    QHash<QDate, QList<CalendarItem>> m_items;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_todayButton;
    QLabel *m_title;
    MonthGrid *m_grid;
};

} // namespace pp
