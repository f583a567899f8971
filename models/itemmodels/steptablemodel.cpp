#include "models/itemmodels/steptablemodel.h"

#include "models/itemmodels/patchtablemodel.h"
#include "models/itemmodels/plantablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/planning/planrules.h"

#include <QColor>
#include <QFont>

namespace pp {

StepTableModel::StepTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StepTableModel::setSteps(const Plan &plan, const QList<PlanStep> &steps)
{
    beginResetModel();
    m_plan = plan;
    m_steps = steps;
    endResetModel();
}

const PlanStep *StepTableModel::stepAt(int row) const
{
    return row >= 0 && row < m_steps.size() ? &m_steps.at(row) : nullptr;
}

int StepTableModel::rowOf(qint64 stepId) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

QString StepTableModel::stepName(qint64 ref) const
{
    const int i = indexOfStep(m_steps, ref);
    if (i < 0)
        return tr("?");
    return tr("#%1 %2").arg(m_steps.at(i).position).arg(m_steps.at(i).title);
}

int StepTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepTableModel::data(const QModelIndex &index, int role) const
{
    const PlanStep *s = index.isValid() ? stepAt(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == IdRole)
        return s->id;
    if (role == RowVersionRole)
        return s->rowVersion;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Phase: return toKey(s->phase);
        case Effect: return toKey(s->effect);
        case Start: return s->plannedStart;
        case End: return s->plannedStart.isValid() ? s->plannedEnd() : QDateTime();
        case DoneAt: return s->doneAt;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Position:
            return s->position;
        case Phase:
            return displayName(s->phase);
        case Title:
            return s->title;
        case Owner:
            return s->ownerRole;
        case Start:
            return PlanTableModel::timeText(s->plannedStart, m_plan.timeZone);
        case End:
            // A milestone is a moment, not a span.
            if (s->phase == StepPhase::Milestone || !s->plannedStart.isValid())
                return QString();
            return PlanTableModel::timeText(s->plannedEnd(), m_plan.timeZone);
        case Duration:
            return s->phase == StepPhase::Milestone
                ? QString()
                : PatchTableModel::durationText(s->durationMinutes);
        case Effect:
            return s->effect == StepEffect::None ? QString() : displayName(s->effect);
        case PairedWith:
            return s->pairsWithStepId == 0 ? QString() : stepName(s->pairsWithStepId);
        case DependsOn: {
            QStringList names;
            for (qint64 ref : s->dependsOn) {
                const int i = indexOfStep(m_steps, ref);
                names << (i < 0 ? tr("?") : tr("#%1").arg(m_steps.at(i).position));
            }
            return names.join(QLatin1String(", "));
        }
        case DoneAt:
            return s->isDone() ? tr("\u2714 %1").arg(PlanTableModel::timeText(s->doneAt,
                                                                             m_plan.timeZone))
                               : QString();
        case DoneBy:
            return s->doneBy;
        case Notes:
            return s->notes;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Title && !s->detail.isEmpty())
            return s->detail;
        if (index.column() == DependsOn && !s->dependsOn.isEmpty()) {
            QStringList names;
            for (qint64 ref : s->dependsOn)
                names << stepName(ref);
            return names.join(QLatin1Char('\n'));
        }
        if (index.column() == Notes && !s->notes.isEmpty())
            return s->notes;
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (s->phase == StepPhase::Rollback || s->phase == StepPhase::Milestone)
            return QColor(0x55, 0x5f, 0x6d);
        return {};
    }
    if (role == Qt::FontRole && s->isDone() && index.column() == DoneAt) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position: return tr("#");
    case Phase: return tr("Phase");
    case Title: return tr("Step");
    case Owner: return tr("Owner");
    case Start: return tr("Planned start");
    case End: return tr("Planned end");
    case Duration: return tr("Duration");
    case Effect: return tr("Effect");
    case PairedWith: return tr("Paired with");
    case DependsOn: return tr("Depends on");
    case DoneAt: return tr("Done at");
    case DoneBy: return tr("Done by");
    case Notes: return tr("Notes");
    default: return {};
    }
}

} // namespace pp
