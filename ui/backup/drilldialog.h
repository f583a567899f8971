// The result of a restore drill: the verdict, every table's rows in the live database and in the
// restored copy, and both audit chains.
#pragma once

#include "models/storage/backup.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace pp {

class MessageBar;

class DrillDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p location is the live database, @p seconds how long the drill took.
    DrillDialog(const DrillReport &report, const QString &location, double seconds,
        QWidget *parent = nullptr);

private:
    /// Hides or shows the tables that are empty on both sides (the rows that tell nothing).
    void showEmptyTables(bool show);

    MessageBar *m_verdict;
    QLabel *m_summary;
    QTreeWidget *m_tables;
    QCheckBox *m_showEmpty;
    QLabel *m_chains;
};

} // namespace pp
