#include "ui/windows/windowdialog.h"

#include "models/planning/recurrence.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace pp {
namespace {

const char *const kDayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

/// Qt's day of the week (1 Monday .. 7 Sunday) of an RRULE day code; 0 when unknown.
int dayOfCode(const QString &code)
{
    for (int i = 0; i < 7; ++i) {
        if (code == QLatin1String(kDayCodes[i]))
            return i + 1;
    }
    return 0;
}

QString codeOfDay(int dayOfWeek)
{
    return QString::fromLatin1(kDayCodes[qBound(1, dayOfWeek, 7) - 1]);
}

/// A rule the simple controls can show.
struct SimpleRule
{
    WindowDialog::Frequency frequency = WindowDialog::Frequency::Monthly;
    QList<int> weekdays;      ///< weekly: days of the week
    bool byWeekday = true;    ///< monthly/yearly: the n-th weekday (else a day of the month)
    int ordinal = 2;          ///< 1..4 or -1 (last)
    int weekday = 7;          ///< 1 Monday .. 7 Sunday
    int monthDay = 1;         ///< 1..31
    QList<int> months;        ///< yearly: 1..12
};

QList<int> parseNumbers(const QString &text, int low, int high, bool *ok)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool isNumber = false;
        const int n = part.toInt(&isNumber);
        if (!isNumber || n < low || n > high || out.contains(n)) {
            *ok = false;
            return {};
        }
        out << n;
    }
    *ok = true;
    return out;
}

std::optional<SimpleRule> parseSimple(QString rule)
{
    rule = rule.trimmed().toUpper();
    if (rule.startsWith(QLatin1String("RRULE:")))
        rule = rule.mid(6);
    QMap<QString, QString> parts;
    for (const QString &part : rule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        const QString key = part.left(eq).trimmed();
        if (parts.contains(key))
            return std::nullopt;
        parts.insert(key, part.mid(eq + 1).trimmed());
    }
    if (parts.value(QStringLiteral("INTERVAL"), QStringLiteral("1")) != QLatin1String("1"))
        return std::nullopt;
    parts.remove(QStringLiteral("INTERVAL"));
    for (const QString &key : parts.keys()) {
        if (key != QLatin1String("FREQ") && key != QLatin1String("BYDAY")
            && key != QLatin1String("BYMONTHDAY") && key != QLatin1String("BYMONTH"))
            return std::nullopt;
    }
    SimpleRule r;
    const QString freq = parts.value(QStringLiteral("FREQ"));
    const QString byDay = parts.value(QStringLiteral("BYDAY"));
    const QString byMonthDay = parts.value(QStringLiteral("BYMONTHDAY"));
    const QString byMonth = parts.value(QStringLiteral("BYMONTH"));
    if (freq == QLatin1String("WEEKLY")) {
        if (byDay.isEmpty() || !byMonthDay.isEmpty() || !byMonth.isEmpty())
            return std::nullopt;
        r.frequency = WindowDialog::Frequency::Weekly;
        for (const QString &code : byDay.split(QLatin1Char(','))) {
            const int day = dayOfCode(code);
            if (day == 0 || r.weekdays.contains(day))
                return std::nullopt;
            r.weekdays << day;
        }
        return r;
    }
    if (freq == QLatin1String("MONTHLY")) {
        if (!byMonth.isEmpty())
            return std::nullopt;
        r.frequency = WindowDialog::Frequency::Monthly;
    } else if (freq == QLatin1String("YEARLY")) {
        if (byMonth.isEmpty())
            return std::nullopt;
        bool ok = false;
        r.months = parseNumbers(byMonth, 1, 12, &ok);
        if (!ok)
            return std::nullopt;
        r.frequency = WindowDialog::Frequency::Yearly;
    } else {
        return std::nullopt;
    }
    if (byDay.isEmpty() == byMonthDay.isEmpty())
        return std::nullopt; // neither or both
    if (!byDay.isEmpty()) {
        // One weekday with an ordinal 1..4 or -1: "2SU", "+1MO", "-1SA".
        if (byDay.size() < 3)
            return std::nullopt;
        const int day = dayOfCode(byDay.right(2));
        bool ok = false;
        QString number = byDay.left(byDay.size() - 2);
        if (number.startsWith(QLatin1Char('+')))
            number = number.mid(1);
        const int ordinal = number.toInt(&ok);
        if (day == 0 || !ok || !(ordinal == -1 || (ordinal >= 1 && ordinal <= 4)))
            return std::nullopt;
        r.byWeekday = true;
        r.ordinal = ordinal;
        r.weekday = day;
    } else {
        bool ok = false;
        const QList<int> days = parseNumbers(byMonthDay, 1, 31, &ok);
        if (!ok || days.size() != 1)
            return std::nullopt;
        r.byWeekday = false;
        r.monthDay = days.first();
    }
    return r;
}

QStringList commonZones()
{
    return {QStringLiteral("Asia/Tokyo"), QStringLiteral("UTC"), QStringLiteral("Asia/Seoul"),
            QStringLiteral("Asia/Shanghai"), QStringLiteral("Asia/Singapore"),
            QStringLiteral("Europe/London"), QStringLiteral("Europe/Berlin"),
            QStringLiteral("America/New_York"), QStringLiteral("America/Los_Angeles")};
}

} // namespace

WindowDialog::WindowDialog(const MaintenanceWindow &window, const QList<System> &systems,
                           const QStringList &groups, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_original(window)
    , m_now(now.isValid() ? now : QDateTime::currentDateTimeUtc())
    , m_name(new QLineEdit(window.name, this))
    , m_forSystem(new QRadioButton(tr("A s&ystem:"), this))
    , m_system(new QComboBox(this))
    , m_forGroup(new QRadioButton(tr("A &group of systems:"), this))
    , m_group(new QComboBox(this))
    , m_frequency(new QComboBox(this))
    , m_weeklyRow(new QWidget(this))
    , m_patternRow(new QWidget(this))
    , m_byWeekday(new QRadioButton(tr("&The"), this))
    , m_ordinal(new QComboBox(this))
    , m_weekday(new QComboBox(this))
    , m_byMonthDay(new QRadioButton(tr("&Day"), this))
    , m_monthDay(new QSpinBox(this))
    , m_monthsRow(new QWidget(this))
    , m_startTime(new QTimeEdit(this))
    , m_hours(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_zone(new QComboBox(this))
    , m_firstDate(new QDateEdit(this))
    , m_rrule(new QLineEdit(this))
    , m_ruleNote(new QLabel(this))
    , m_description(new QLabel(this))
    , m_occurrences(new QListWidget(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("windowDialog"));
    setWindowTitle(window.id == 0 ? tr("New maintenance window")
                                  : tr("Edit maintenance window"));
    const QLocale locale;
    m_name->setObjectName(QStringLiteral("windowNameEdit"));
    m_name->setPlaceholderText(tr("Required, e.g. Monthly 2nd Sunday 01:00–05:00"));

    // Applies to: one system, or a group (the systems whose patch window schedule has its name).
    m_forSystem->setObjectName(QStringLiteral("windowForSystem"));
    m_forGroup->setObjectName(QStringLiteral("windowForGroup"));
    auto *appliesGroup = new QButtonGroup(this);
    appliesGroup->addButton(m_forSystem);
    appliesGroup->addButton(m_forGroup);
    m_system->setObjectName(QStringLiteral("windowSystemChooser"));
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_system->setMinimumContentsLength(20);
    for (const System &s : systems)
        m_system->addItem(tr("%1 — %2").arg(s.code, s.name), s.id);
    m_group->setObjectName(QStringLiteral("windowGroupChooser"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->addItems(groups);
    m_group->setToolTip(tr("Systems whose patch window schedule has this name follow the "
                           "window"));
    if (window.systemId != 0) {
        m_forSystem->setChecked(true);
        const int index = m_system->findData(window.systemId);
        m_system->setCurrentIndex(qMax(0, index));
    } else {
        m_forGroup->setChecked(true);
        m_group->setCurrentText(window.groupName);
    }

    m_frequency->setObjectName(QStringLiteral("windowFrequency"));
    m_frequency->addItem(tr("Weekly"), int(Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(Frequency::Monthly));
    m_frequency->addItem(tr("Yearly"), int(Frequency::Yearly));

    auto *weekly = new QHBoxLayout(m_weeklyRow);
    weekly->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_weeklyRow);
        check->setObjectName(QStringLiteral("weekday%1").arg(day));
        check->setToolTip(locale.dayName(day));
        weekly->addWidget(check);
        m_weekdays << check;
    }
    weekly->addStretch();

    m_byWeekday->setObjectName(QStringLiteral("byWeekdayRadio"));
    m_byMonthDay->setObjectName(QStringLiteral("byMonthDayRadio"));
    auto *patternGroup = new QButtonGroup(this);
    patternGroup->addButton(m_byWeekday);
    patternGroup->addButton(m_byMonthDay);
    m_ordinal->setObjectName(QStringLiteral("ordinalChooser"));
    m_ordinal->addItem(tr("first"), 1);
    m_ordinal->addItem(tr("second"), 2);
    m_ordinal->addItem(tr("third"), 3);
    m_ordinal->addItem(tr("fourth"), 4);
    m_ordinal->addItem(tr("last"), -1);
    m_weekday->setObjectName(QStringLiteral("weekdayChooser"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(locale.dayName(day), day);
    m_monthDay->setObjectName(QStringLiteral("monthDaySpin"));
    m_monthDay->setRange(1, 31);
    m_monthDay->setToolTip(tr("Months without this day (e.g. the 31st) are skipped"));
    auto *pattern = new QGridLayout(m_patternRow);
    pattern->setContentsMargins(0, 0, 0, 0);
    pattern->addWidget(m_byWeekday, 0, 0);
    auto *nth = new QHBoxLayout;
    nth->addWidget(m_ordinal);
    nth->addWidget(m_weekday);
    nth->addStretch();
    pattern->addLayout(nth, 0, 1);
    pattern->addWidget(m_byMonthDay, 1, 0);
    auto *dayOf = new QHBoxLayout;
    dayOf->addWidget(m_monthDay);
    dayOf->addWidget(new QLabel(tr("of the month"), m_patternRow));
    dayOf->addStretch();
    pattern->addLayout(dayOf, 1, 1);

    auto *monthsGrid = new QGridLayout(m_monthsRow);
    monthsGrid->setContentsMargins(0, 0, 0, 0);
    for (int month = 1; month <= 12; ++month) {
        auto *check = new QCheckBox(locale.monthName(month, QLocale::ShortFormat), m_monthsRow);
        check->setObjectName(QStringLiteral("month%1").arg(month));
        monthsGrid->addWidget(check, (month - 1) / 6, (month - 1) % 6);
        m_months << check;
    }

    m_startTime->setObjectName(QStringLiteral("windowStartTime"));
    m_startTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_hours->setObjectName(QStringLiteral("windowHours"));
    m_hours->setRange(0, kMaxWindowMinutes / 60);
    m_hours->setSuffix(tr(" h"));
    m_minutes->setObjectName(QStringLiteral("windowMinutes"));
    m_minutes->setRange(0, 59);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_zone->setObjectName(QStringLiteral("windowZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones = commonZones();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromLatin1(id);
        if (!zones.contains(zone))
            zones << zone;
    }
    m_zone->addItems(zones);
    m_firstDate->setObjectName(QStringLiteral("windowFirstDate"));
    m_firstDate->setCalendarPopup(true);
    m_firstDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd (ddd)"));
    m_firstDate->setToolTip(tr("No occurrence before this day"));
    m_rrule->setObjectName(QStringLiteral("windowRuleEdit"));
    m_rrule->setToolTip(tr("The iCalendar RRULE (RFC 5545) the choices above make; a rule "
                           "typed here that they cannot show is kept as typed"));
    m_ruleNote->setObjectName(QStringLiteral("ruleNote"));
    m_ruleNote->setWordWrap(true);
    m_ruleNote->setForegroundRole(QPalette::PlaceholderText);
    m_ruleNote->setText(tr("This rule cannot be shown by the choices above: edit it here."));
    m_description->setObjectName(QStringLiteral("windowDescription"));
    m_description->setWordWrap(true);
    QFont bold = m_description->font();
    bold.setBold(true);
    m_description->setFont(bold);
    m_occurrences->setObjectName(QStringLiteral("occurrenceList"));
    m_occurrences->setFocusPolicy(Qt::NoFocus);
    m_occurrences->setSelectionMode(QAbstractItemView::NoSelection);
    m_occurrences->setFixedHeight(m_occurrences->fontMetrics().height() * 5 + 12);
    m_problems->setObjectName(QStringLiteral("errorLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    // The values: the window's, or a believable start for a new one.
    const QTimeZone zone(window.timeZone.toUtf8());
    m_zone->setCurrentText(window.timeZone.isEmpty() ? QStringLiteral("Asia/Tokyo")
                                                     : window.timeZone);
    QDateTime start = window.dtstart;
    if (!start.isValid()) {
        const QDateTime local = zone.isValid() ? m_now.toTimeZone(zone) : m_now;
        start = QDateTime(local.date(), QTime(1, 0));
    }
    m_firstDate->setDate(start.date());
    m_startTime->setTime(start.time());
    m_hours->setValue(window.durationMinutes / 60);
    m_minutes->setValue(window.durationMinutes % 60);

    auto *appliesRow = new QGridLayout;
    appliesRow->addWidget(m_forSystem, 0, 0);
    appliesRow->addWidget(m_system, 0, 1);
    appliesRow->addWidget(m_forGroup, 1, 0);
    appliesRow->addWidget(m_group, 1, 1);
    appliesRow->setColumnStretch(1, 1);
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_hours);
    duration->addWidget(m_minutes);
    duration->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Applies to:"), appliesRow);
    form->addRow(tr("&Repeats:"), m_frequency);
    form->addRow(tr("On:"), m_weeklyRow);
    form->addRow(tr("In:"), m_monthsRow);
    form->addRow(tr("On:"), m_patternRow);
    const auto compact = [this](QWidget *field) {
        auto *row = new QHBoxLayout;
        row->addWidget(field);
        row->addStretch();
        return row;
    };
    m_zone->setMinimumContentsLength(24);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *startLabel = new QLabel(tr("Start ti&me:"), this);
    startLabel->setBuddy(m_startTime);
    form->addRow(startLabel, compact(m_startTime));
    auto *durationLabel = new QLabel(tr("D&uration:"), this);
    durationLabel->setBuddy(m_hours);
    form->addRow(durationLabel, duration);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, compact(m_zone));
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_firstDate);
    form->addRow(fromLabel, compact(m_firstDate));
    form->addRow(tr("Ad&vanced (RRULE):"), m_rrule);
    form->addRow(QString(), m_ruleNote);

    auto *previewLabel = new QLabel(tr("Next occurrences (in the window's time zone):"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_description);
    layout->addWidget(previewLabel);
    layout->addWidget(m_occurrences);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(600, 560);

    m_simpleControls = {m_frequency, m_weeklyRow, m_patternRow, m_monthsRow};
    // The rule: shown by the controls when they can, else the advanced text rules.
    if (window.rrule.trimmed().isEmpty()) {
        m_frequency->setCurrentIndex(int(Frequency::Monthly));
        m_byWeekday->setChecked(true);
        m_ordinal->setCurrentIndex(m_ordinal->findData(2));
        m_weekday->setCurrentIndex(m_weekday->findData(7));
        m_monthDay->setValue(1);
        m_rrule->setText(ruleFromControls());
    } else {
        m_byWeekday->setChecked(true);
        m_weekday->setCurrentIndex(m_weekday->findData(7));
        m_ordinal->setCurrentIndex(m_ordinal->findData(2));
        m_simple = showRule(window.rrule);
        m_rrule->setText(window.rrule.trimmed());
    }

    const auto changed = [this]() { controlsChanged(); };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_forSystem, &QRadioButton::toggled, this, changed);
    connect(m_system, &QComboBox::currentIndexChanged, this, changed);
    connect(m_group, &QComboBox::currentTextChanged, this, changed);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *c : std::as_const(m_weekdays))
        connect(c, &QCheckBox::toggled, this, changed);
    for (QCheckBox *c : std::as_const(m_months))
        connect(c, &QCheckBox::toggled, this, changed);
    connect(m_byWeekday, &QRadioButton::toggled, this, changed);
    connect(m_ordinal, &QComboBox::currentIndexChanged, this, changed);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, changed);
    connect(m_monthDay, &QSpinBox::valueChanged, this, changed);
    connect(m_startTime, &QTimeEdit::timeChanged, this, changed);
    connect(m_hours, &QSpinBox::valueChanged, this, changed);
    connect(m_minutes, &QSpinBox::valueChanged, this, changed);
    connect(m_zone, &QComboBox::currentTextChanged, this, changed);
    connect(m_firstDate, &QDateEdit::dateChanged, this, changed);
    connect(m_rrule, &QLineEdit::textEdited, this, &WindowDialog::ruleEdited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WindowDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateControls();
    updatePreview();
}

bool WindowDialog::showRule(const QString &rule)
{
    const std::optional<SimpleRule> r = parseSimple(rule);
    if (!r)
        return false;
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_frequency->setCurrentIndex(int(r->frequency));
    for (int day = 1; day <= 7; ++day)
        m_weekdays.at(day - 1)->setChecked(r->weekdays.contains(day));
    for (int month = 1; month <= 12; ++month)
        m_months.at(month - 1)->setChecked(r->months.contains(month));
    if (r->frequency != Frequency::Weekly) {
        (r->byWeekday ? m_byWeekday : m_byMonthDay)->setChecked(true);
        if (r->byWeekday) {
            m_ordinal->setCurrentIndex(m_ordinal->findData(r->ordinal));
            m_weekday->setCurrentIndex(m_weekday->findData(r->weekday));
        } else {
            m_monthDay->setValue(r->monthDay);
        }
    }
    m_updating = wasUpdating;
    return true;
}

QString WindowDialog::ruleFromControls() const
{
    const auto frequency = Frequency(m_frequency->currentData().toInt());
    if (frequency == Frequency::Weekly) {
        QStringList days;
        for (int day = 1; day <= 7; ++day) {
            if (m_weekdays.at(day - 1)->isChecked())
                days << codeOfDay(day);
        }
        return days.isEmpty() ? QStringLiteral("FREQ=WEEKLY")
                              : QStringLiteral("FREQ=WEEKLY;BYDAY=") + days.join(QLatin1Char(','));
    }
    QStringList parts;
    if (frequency == Frequency::Monthly) {
        parts << QStringLiteral("FREQ=MONTHLY");
    } else {
        parts << QStringLiteral("FREQ=YEARLY");
        QStringList months;
        for (int month = 1; month <= 12; ++month) {
            if (m_months.at(month - 1)->isChecked())
                months << QString::number(month);
        }
        if (!months.isEmpty())
            parts << QStringLiteral("BYMONTH=") + months.join(QLatin1Char(','));
    }
    if (m_byWeekday->isChecked())
        parts << QStringLiteral("BYDAY=%1%2")
                     .arg(m_ordinal->currentData().toInt())
                     .arg(codeOfDay(m_weekday->currentData().toInt()));
    else
        parts << QStringLiteral("BYMONTHDAY=%1").arg(m_monthDay->value());
    return parts.join(QLatin1Char(';'));
}

void WindowDialog::controlsChanged()
{
    if (m_updating)
        return;
    if (m_simple) {
        m_updating = true;
        m_rrule->setText(ruleFromControls());
        m_updating = false;
    }
    updateControls();
    updatePreview();
}

void WindowDialog::ruleEdited(const QString &text)
{
    if (m_updating)
        return;
    m_simple = showRule(text);
    updateControls();
    updatePreview();
}

void WindowDialog::updateControls()
{
    const auto frequency = Frequency(m_frequency->currentData().toInt());
    for (QWidget *w : std::as_const(m_simpleControls))
        w->setEnabled(m_simple);
    m_ruleNote->setVisible(!m_simple);
    m_weeklyRow->setVisible(frequency == Frequency::Weekly);
    m_patternRow->setVisible(frequency != Frequency::Weekly);
    m_monthsRow->setVisible(frequency == Frequency::Yearly);
    if (auto *form = qobject_cast<QFormLayout *>(
            static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout())) {
        for (QWidget *row : {m_weeklyRow, m_patternRow, m_monthsRow}) {
            if (QWidget *label = form->labelForField(row))
                label->setVisible(row->isVisibleTo(this));
        }
    }
    m_ordinal->setEnabled(m_simple && m_byWeekday->isChecked());
    m_weekday->setEnabled(m_simple && m_byWeekday->isChecked());
    m_monthDay->setEnabled(m_simple && m_byMonthDay->isChecked());
    m_system->setEnabled(m_forSystem->isChecked());
    m_group->setEnabled(m_forGroup->isChecked());
}

QString WindowDialog::rule() const
{
    return m_simple ? ruleFromControls() : m_rrule->text().trimmed();
}

MaintenanceWindow WindowDialog::window() const
{
    MaintenanceWindow w = m_original;
    w.name = m_name->text().trimmed();
    if (m_forSystem->isChecked()) {
        w.systemId = m_system->currentData().toLongLong();
        w.groupName.clear();
    } else {
        w.systemId = 0;
        w.groupName = m_group->currentText().trimmed();
    }
    w.rrule = rule();
    w.dtstart = QDateTime(m_firstDate->date(), m_startTime->time());
    w.durationMinutes = m_hours->value() * 60 + m_minutes->value();
    w.timeZone = m_zone->currentText().trimmed();
    return w;
}

QStringList WindowDialog::problems() const
{
    QStringList out;
    const MaintenanceWindow w = window();
    if (m_forSystem->isChecked() && w.systemId == 0)
        out << tr("Applies to: choose a system (there is none yet: add systems first, or "
                  "choose a group).");
    if (m_forGroup->isChecked() && w.groupName.isEmpty())
        out << tr("Applies to: enter the group's name (the patch window schedule its systems "
                  "follow).");
    if (m_simple) {
        const auto frequency = Frequency(m_frequency->currentData().toInt());
        if (frequency == Frequency::Weekly
            && std::none_of(m_weekdays.cbegin(), m_weekdays.cend(),
                            [](QCheckBox *c) { return c->isChecked(); }))
            out << tr("On: tick at least one day of the week.");
        if (frequency == Frequency::Yearly
            && std::none_of(m_months.cbegin(), m_months.cend(),
                            [](QCheckBox *c) { return c->isChecked(); }))
            out << tr("In: tick at least one month.");
    }
    if (!QTimeZone(w.timeZone.toUtf8()).isValid())
        out << tr("Time zone: “%1” is not a known time zone; choose one such as Asia/Tokyo.")
                   .arg(w.timeZone);
    const QStringList rules = validateWindow(w);
    for (const QString &p : rules) {
        // The zone is already explained above in the dialog's words.
        if (!out.contains(p))
            out << p;
    }
    return out;
}

void WindowDialog::updatePreview()
{
    const QStringList problems = this->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
    m_occurrences->clear();
    MaintenanceWindow w = window();
    // The preview does not wait for a name or a group: only the rule, time and zone matter.
    if (w.name.isEmpty())
        w.name = QStringLiteral("-");
    if (!validateWindow(w).isEmpty() || !QTimeZone(w.timeZone.toUtf8()).isValid()) {
        m_description->setText(QString());
        return;
    }
    m_description->setText(describeWindow(w));
    const QTimeZone zone(w.timeZone.toUtf8());
    const QLocale locale;
    // Five years ahead: five occurrences of a window held once a year in a few months.
    auto occurrences = expandWindow(w, m_now, m_now.addDays(5 * 366), 5);
    if (!occurrences) {
        m_occurrences->addItem(occurrences.error().message);
        return;
    }
    if (occurrences->isEmpty())
        m_occurrences->addItem(tr("No occurrence in the next five years."));
    for (const WindowOccurrence &o : *occurrences) {
        const QDateTime start = o.start.toTimeZone(zone);
        const QDateTime end = o.end.toTimeZone(zone);
        const QString from = locale.toString(start, QStringLiteral("yyyy-MM-dd (ddd) HH:mm"));
        const QString to = end.date() == start.date()
            ? locale.toString(end, QStringLiteral("HH:mm"))
            : locale.toString(end, QStringLiteral("yyyy-MM-dd (ddd) HH:mm"));
        m_occurrences->addItem(tr("%1 – %2").arg(from, to));
    }
}

void WindowDialog::accept()
{
    if (!problems().isEmpty()) {
        updatePreview();
        return;
    }
    QDialog::accept();
}

} // namespace pp
