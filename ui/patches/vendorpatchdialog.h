// Entering or editing a vendor patch by hand: an advisory, KB or rollup, what it needs (reboot,
// time, rollback) and the open findings it resolves.
#pragma once

#include "models/domain/vulnerability.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace pp {

class Workspace;

class VendorPatchDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p patch: the patch to edit (id 0 for a new one).
    VendorPatchDialog(Workspace *workspace, const Patch &patch, QWidget *parent = nullptr);

    /// The patch as entered, with the row version it was read with.
    Patch patch() const;
    /// Empty when the input is acceptable, else what is wrong (also shown in the dialog).
    QString validationError() const;

    // For tests and for filling programmatically.
    QLineEdit *advisoryEdit() const { return m_advisory; }
    QLineEdit *kbEdit() const { return m_kb; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *vendorEdit() const { return m_vendor; }
    QLineEdit *productEdit() const { return m_product; }
    QLineEdit *targetEdit() const { return m_target; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QCheckBox *rebootCheck() const { return m_reboot; }
    QCheckBox *rollbackCheck() const { return m_rollback; }
    QListWidget *findingList() const { return m_findings; }

    void accept() override;

private:
    void loadFindings();
    void updateState();

    Workspace *m_workspace;
    Patch m_original;
    QLineEdit *m_advisory;
    QLineEdit *m_kb;
    QLineEdit *m_title;
    QLineEdit *m_vendor;
    QLineEdit *m_product;
    QLineEdit *m_target;
    QDateEdit *m_release;
    QCheckBox *m_hasRelease;
    QCheckBox *m_reboot;
    QSpinBox *m_minutes;
    QCheckBox *m_rollback;
    QPlainTextEdit *m_notes;
    QListWidget *m_findings;
    QLabel *m_findingsHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
