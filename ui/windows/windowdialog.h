// Entering or editing a maintenance window without typing an RRULE: who it applies to, how it
// repeats (weekly on some days; monthly on the n-th weekday or a day of the month; yearly in
// some months), when it starts and how long it lasts, in which time zone. The rule the
// controls make is shown in an "Advanced" field that can be edited; a rule the controls cannot
// show disables them and is kept as typed. A live preview lists the next occurrences.
#pragma once

#include "models/domain/plan.h"
#include "models/domain/system.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class QWidget;

namespace pp {

class WindowDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Frequency { Weekly, Monthly, Yearly };

    /// @p window: the one to edit (id 0 for a new one); @p systems and @p groups (existing group
    /// names) fill the "applies to" choosers; @p now is where the preview starts (UTC).
    WindowDialog(const MaintenanceWindow &window, const QList<System> &systems,
                 const QStringList &groups, const QDateTime &now, QWidget *parent = nullptr);

    /// The window as entered, with the row version it was read with.
    MaintenanceWindow window() const;
    /// Every problem of the input (validateWindow() and the dialog's own); empty when it can be
    /// saved. Shown in the dialog, and Save is disabled while there are any.
    QStringList problems() const;
    /// The rule the dialog would save.
    QString rule() const;
    /// True while the simple controls describe the rule (false: the advanced text rules).
    bool isSimpleRule() const { return m_simple; }

    // For tests and for filling programmatically.
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *systemRadio() const { return m_forSystem; }
    QComboBox *systemChooser() const { return m_system; }
    QRadioButton *groupRadio() const { return m_forGroup; }
    QComboBox *groupChooser() const { return m_group; }
    QComboBox *frequencyChooser() const { return m_frequency; }
    QCheckBox *weekdayCheck(int dayOfWeek) const { return m_weekdays.value(dayOfWeek - 1); }
    QCheckBox *monthCheck(int month) const { return m_months.value(month - 1); }
    QRadioButton *byWeekdayRadio() const { return m_byWeekday; }
    QComboBox *ordinalChooser() const { return m_ordinal; }
    QComboBox *weekdayChooser() const { return m_weekday; }
    QRadioButton *byMonthDayRadio() const { return m_byMonthDay; }
    QSpinBox *monthDaySpin() const { return m_monthDay; }
    QTimeEdit *startTimeEdit() const { return m_startTime; }
    QSpinBox *hoursSpin() const { return m_hours; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QComboBox *zoneChooser() const { return m_zone; }
    QDateEdit *firstDateEdit() const { return m_firstDate; }
    QLineEdit *ruleEdit() const { return m_rrule; }
    QLabel *descriptionLabel() const { return m_description; }
    QListWidget *occurrenceList() const { return m_occurrences; }
    QLabel *problemLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void controlsChanged();
    void ruleEdited(const QString &text);
    /// Sets the controls from @p rule; false (controls untouched) when they cannot show it.
    bool showRule(const QString &rule);
    QString ruleFromControls() const;
    void updateControls();
    void updatePreview();

    MaintenanceWindow m_original;
    QDateTime m_now;
    bool m_simple = true;
    bool m_updating = false;
    QLineEdit *m_name;
    QRadioButton *m_forSystem;
    QComboBox *m_system;
    QRadioButton *m_forGroup;
    QComboBox *m_group;
    QComboBox *m_frequency;
    QWidget *m_weeklyRow;
    QList<QCheckBox *> m_weekdays;
    QWidget *m_patternRow;
    QRadioButton *m_byWeekday;
    QComboBox *m_ordinal;
    QComboBox *m_weekday;
    QRadioButton *m_byMonthDay;
    QSpinBox *m_monthDay;
    QWidget *m_monthsRow;
    QList<QCheckBox *> m_months;
    QTimeEdit *m_startTime;
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QComboBox *m_zone;
    QDateEdit *m_firstDate;
    QLineEdit *m_rrule;
    QLabel *m_ruleNote;
    QLabel *m_description;
    QListWidget *m_occurrences;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_simpleControls;
};

} // namespace pp
