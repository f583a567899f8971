// Tools > Product mapping…: every vendor and product of the inventory with the endoflife.date
// product it is matched to (remembered, by name, by CPE, or none). The user confirms or changes
// the product per vendor and product; the choice is remembered (LifecycleRepository::setMapping).
#pragma once

#include "models/storage/lifecyclerepository.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pp {

class MessageBar;
class Workspace;

class ProductMappingDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { VendorColumn, ProductColumn, ComponentsColumn, VersionsColumn, MatchColumn,
                  EolProductColumn, CyclesColumn, ColumnCount };

    explicit ProductMappingDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Sets the endoflife.date product chosen on @p row ("" = not tracked).
    void choose(int row, const QString &eolProduct);
    /// Marks every automatic match as confirmed (saved on Save).
    void confirmAutomatic();
    /// Saves the confirmed and changed rows; false (with a message shown) when one failed.
    bool save();

private:
    void reload();

    Workspace *m_workspace;
    MessageBar *m_messages;
    QLabel *m_summary;
    QTableWidget *m_table;
    QList<ProductMatchRow> m_rows;
    QStringList m_products; ///< endoflife.date product ids known
    QSet<int> m_dirty;      ///< rows to save
};

} // namespace pp
