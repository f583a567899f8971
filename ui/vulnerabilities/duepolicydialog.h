// Tools > Due-date policy…: the numbers of the due-date and track rule (DESIGN.md section 3;
// models/planning/duepolicy.h). Saving stores them (audited) and recomputes every open
// finding's due date and track; a change someone else made meanwhile is a conflict, shown.
#pragma once

#include "models/planning/duepolicy.h"

#include <QDialog>
#include <QMap>

class QAbstractSpinBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace pp {

class Workspace;

class DuePolicyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuePolicyDialog(Workspace *workspace, QWidget *parent = nullptr);

    DuePolicy policy() const;
    void setPolicy(const DuePolicy &policy);
    /// The spin box of a field: "kevDays", "internetCriticalDays", ..., "emergencyCvss",
    /// "exposedInternalMaxTier" (for tests).
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    QLabel *problemLabel() const { return m_problem; }

    /// Saves; stays open with the reason when it fails (a conflict reloads the stored values).
    void accept() override;

private:
    QSpinBox *addDays(QFormLayout *form, const QString &name, const QString &label,
                      const QString &rule);
    void addRow(QFormLayout *form, QAbstractSpinBox *box, const QString &label,
                const QString &rule);
    void check();

    Workspace *m_workspace;
    DuePolicy m_seen; ///< as read: what a conflict is checked against
    QMap<QString, QWidget *> m_fields;
    QSpinBox *m_kev;
    QSpinBox *m_internetCritical;
    QSpinBox *m_internetHigh;
    QSpinBox *m_critical;
    QSpinBox *m_high;
    QSpinBox *m_medium;
    QSpinBox *m_low;
    QDoubleSpinBox *m_cvss;
    QSpinBox *m_tier;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
