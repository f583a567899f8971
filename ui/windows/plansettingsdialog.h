// Tools > Plan settings: the lead-time profiles of regular and emergency plans (how long before
// the window each milestone falls, and how long after it the post-implementation review) and
// whether Japanese public holidays count as blackouts. Audited settings, not undoable.
#pragma once

#include "models/domain/plan.h"
#include "models/planning/planrules.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pp {

class Workspace;

class PlanSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    /// The profile of @p type as entered.
    LeadTimeProfile profile(PlanType type) const;
    /// Every problem of the input (validateProfile() of both profiles); empty when it can be
    /// saved.
    QStringList problems() const;
    /// Shows @p profile in the editors of @p type.
    void setProfile(PlanType type, const LeadTimeProfile &profile);

    QSpinBox *daysSpin(PlanType type, const QString &key) const;
    QSpinBox *hoursSpin(PlanType type, const QString &key) const;
    QCheckBox *holidaysCheck() const { return m_holidays; }
    QPushButton *restoreButton() const { return m_restore; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Saves the settings; stays open and shows the error when saving fails.
    void accept() override;
    /// Puts the default profiles (DESIGN.md section 3) and the holiday setting back in the
    /// editors; Save stores them.
    void restoreDefaults();

private:
    struct Editor
    {
        QSpinBox *days = nullptr;
        QSpinBox *hours = nullptr;
    };
    QWidget *makeProfileEditor(PlanType type);
    void updateState();
    static QString editorKey(PlanType type, const QString &key);

    Workspace *m_workspace;
    QHash<QString, Editor> m_editors;
    QCheckBox *m_holidays;
    QPushButton *m_restore;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
