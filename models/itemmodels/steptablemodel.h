// The steps of one patch plan, in position order, for the Plans page: phase, title, owner, the
// planned times in the plan's time zone, what the step does to monitoring or access, the step
// it pairs with and depends on, and who did it when (the work log).
#pragma once

#include "models/domain/plan.h"

#include <QAbstractTableModel>

namespace pp {

class StepTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Position, Phase, Title, Owner, Start, End, Duration, Effect, PairedWith,
                  DependsOn, DoneAt, DoneBy, Notes, ColumnCount };

    explicit StepTableModel(QObject *parent = nullptr);

    /// Shows @p steps (in the order given) of @p plan, whose zone the times are shown in.
    void setSteps(const Plan &plan, const QList<PlanStep> &steps);
    const QList<PlanStep> &steps() const { return m_steps; }
    const Plan &plan() const { return m_plan; }
    const PlanStep *stepAt(int row) const;
    /// The row of step @p stepId, -1 when it is not listed.
    int rowOf(qint64 stepId) const;
    /// "#3 Take a snapshot": how other steps' columns name the step @p ref refers to (an id,
    /// or unsavedStepRef()); "?" when none matches.
    QString stepName(qint64 ref) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Plan m_plan;
    QList<PlanStep> m_steps;
};

} // namespace pp
