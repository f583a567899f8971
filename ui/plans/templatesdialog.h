// Tools > Step templates: the pre, apply, post and rollback steps new plans start with, in
// English and Japanese, as the team edits them (issue 7, item 3). Saved to the database as a
// setting (audited); checked by the same parser as the defaults (planning/steptemplates.h), so
// a template that would not load again is refused with the parser's message.
#pragma once

#include "models/planning/steptemplates.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pp {

class Workspace;

class StepTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { PhaseColumn, KeyColumn, TitleEnColumn, TitleJaColumn, OwnerColumn,
                  MinutesColumn, EffectColumn, PairColumn, KindsColumn, OnSiteColumn,
                  ColumnCount };

    explicit StepTemplatesDialog(Workspace *workspace, QWidget *parent = nullptr);

    /// The templates as edited (details included), in table order.
    QList<StepTemplate> templates() const;
    void setTemplates(const QList<StepTemplate> &templates);
    /// What the parser says about templates(); empty when they can be saved.
    QString problem() const;

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *detailEn() const { return m_detailEn; }
    QPlainTextEdit *detailJa() const { return m_detailJa; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    /// Saves; stays open and shows the problem when the templates are not valid or saving fails.
    void accept() override;
    void addRow();
    void removeSelectedRow();
    void restoreDefaults();

private:
    void setRow(int row, const StepTemplate &t);
    StepTemplate rowTemplate(int row) const;
    void showDetails();
    void storeDetails();
    void validate();

    Workspace *m_workspace;
    QTableWidget *m_table;
    QPlainTextEdit *m_detailEn;
    QPlainTextEdit *m_detailJa;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_restore;
    QDialogButtonBox *m_buttons;
    QList<QPair<QString, QString>> m_details; ///< per row: English and Japanese detail
    int m_detailRow = -1;
    bool m_loading = false;
};

} // namespace pp
