#include "ui/plans/planprintdialog.h"

#include "ui/uisettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pp {

namespace {

const QString kPaper = QStringLiteral("print/plan/paper");
const QString kOrientation = QStringLiteral("print/plan/orientation");
const QString kFit = QStringLiteral("print/plan/fitChart");
const QString kChartOnly = QStringLiteral("print/plan/chartOnly");

} // namespace

PlanPrintDialog::PlanPrintDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_tile(new QRadioButton(tr("&Tiled across pages at a readable size"), this))
    , m_fit(new QRadioButton(tr("&Fitted to one page"), this))
    , m_chartOnly(new QCheckBox(tr("C&hart only (no cover, scope or step lists)"), this))
    , m_range(new QCheckBox(tr("&Limit the timeline to these days:"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("planPrintDialog"));
    setWindowTitle(tr("Print or export plan %1").arg(plan.id));
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("A3"), int(QPageSize::A3));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_orientation->setObjectName(QStringLiteral("orientationCombo"));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_tile->setObjectName(QStringLiteral("tileChart"));
    m_fit->setObjectName(QStringLiteral("fitChart"));
    m_chartOnly->setObjectName(QStringLiteral("chartOnly"));
    m_range->setObjectName(QStringLiteral("limitRange"));
    m_from->setObjectName(QStringLiteral("chartFrom"));
    m_to->setObjectName(QStringLiteral("chartTo"));
    // The range in the plan's days: from the first milestone to the end of the follow-up.
    const QDate windowDay = plan.windowStart.toTimeZone(plan.zone()).date();
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_from->setDate(windowDay.addDays(-1));
    m_to->setDate(windowDay.addDays(1));
    connect(m_range, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_range, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_to->date() < d)
            m_to->setDate(d);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_from->date() > d)
            m_from->setDate(d);
    });

    Internal::UiSettings settings;
    const int paper = m_paper->findData(settings.value(kPaper, int(QPageSize::A4)).toInt());
    m_paper->setCurrentIndex(qMax(0, paper));
    const int orientation
        = m_orientation->findData(settings.value(kOrientation, int(QPageLayout::Portrait)).toInt());
    m_orientation->setCurrentIndex(qMax(0, orientation));
    (settings.value(kFit, false).toBool() ? m_fit : m_tile)->setChecked(true);
    m_chartOnly->setChecked(settings.value(kChartOnly, false).toBool());

    auto *paperForm = new QFormLayout;
    paperForm->addRow(tr("&Paper:"), m_paper);
    paperForm->addRow(tr("&Orientation:"), m_orientation);

    auto *chartBox = new QGroupBox(tr("Timeline"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_tile);
    chartLayout->addWidget(m_fit);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_from);
    auto *toLabel = new QLabel(tr("to"), chartBox);
    rangeRow->addWidget(toLabel);
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    chartLayout->addLayout(rangeRow);
    auto *hint = new QLabel(tr("Tiled pages repeat the step names, the axis and the legend, "
                               "and each is labelled with its part, rows and times."),
                            chartBox);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    chartLayout->addWidget(hint);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *pdf = buttons->addButton(tr("&Export PDF\u2026"), QDialogButtonBox::AcceptRole);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    pdf->setDefault(true);
    QPushButton *preview
        = buttons->addButton(tr("Print pre&view\u2026"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(QStringLiteral("previewButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(pdf, &QPushButton::clicked, this, [this]() { choose(Action::ExportPdf); });
    connect(preview, &QPushButton::clicked, this, [this]() { choose(Action::Preview); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(paperForm);
    layout->addWidget(chartBox);
    layout->addWidget(m_chartOnly);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void PlanPrintDialog::choose(Action action)
{
    m_action = action;
    remember();
    accept();
}

void PlanPrintDialog::remember() const
{
    Internal::UiSettings settings;
    settings.setValue(kPaper, m_paper->currentData().toInt());
    settings.setValue(kOrientation, m_orientation->currentData().toInt());
    settings.setValue(kFit, m_fit->isChecked());
    settings.setValue(kChartOnly, m_chartOnly->isChecked());
}

PageSetup PlanPrintDialog::pageSetup() const
{
    PageSetup setup;
    setup.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    setup.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return setup;
}

PlanDocumentOptions PlanPrintDialog::options() const
{
    PlanDocumentOptions o;
    o.fitChart = m_fit->isChecked();
    o.chartOnly = m_chartOnly->isChecked();
    if (m_range->isChecked()) {
        o.chartFrom = m_from->date();
        o.chartTo = m_to->date();
    }
    return o;
}

} // namespace pp
