// Print or export a plan: paper, orientation, how the timeline goes on paper (tiled across pages
// or fitted to one), its date range, and the chart alone; then a PDF file or the print preview.
// The choices are remembered.
#pragma once

#include "models/domain/plan.h"
#include "models/io/plandocument.h"
#include "models/io/printdocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QRadioButton;

namespace pp {

class PlanPrintDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { None, ExportPdf, Preview };

    explicit PlanPrintDialog(const Plan &plan, QWidget *parent = nullptr);

    PageSetup pageSetup() const;
    PlanDocumentOptions options() const;
    /// What the user chose (None until a button is pressed).
    Action action() const { return m_action; }
    /// As if the user pressed the button (tests).
    void choose(Action action);

    // For tests.
    QComboBox *paperCombo() const { return m_paper; }
    QComboBox *orientationCombo() const { return m_orientation; }
    QCheckBox *chartOnlyBox() const { return m_chartOnly; }
    QRadioButton *fitButton() const { return m_fit; }
    QCheckBox *rangeBox() const { return m_range; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

private:
    void remember() const;

    QComboBox *m_paper;
    QComboBox *m_orientation;
    QRadioButton *m_tile;
    QRadioButton *m_fit;
    QCheckBox *m_chartOnly;
    QCheckBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    Action m_action = Action::None;
};

} // namespace pp
