// Requesting or editing the risk acceptance of a finding or of a (frozen) component (issue 6,
// item 2): the response, the justification, the residual risk, the controls it relies on, who
// asks and the mandatory expiry. Approval happens elsewhere, by someone else; editing an
// approved acceptance says that saving withdraws the approval. The rules are
// pp::validateAcceptance's, plus an expiry after today.
#pragma once

#include "models/domain/control.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pp {

class Workspace;

class AcceptanceDialog : public QDialog
{
    Q_OBJECT

public:
    /// The default life of a new acceptance, in days.
    static constexpr int kDefaultDays = 180;

    /// @p acceptance: the acceptance to edit, or a new one (id 0) naming its finding or
    /// component; an empty requester becomes Workspace::actor(), a missing expiry today + 180.
    AcceptanceDialog(Workspace *workspace, const RiskAcceptance &acceptance,
                     QWidget *parent = nullptr);

    /// The acceptance as entered, with the row version it was read with.
    RiskAcceptance acceptance() const;
    /// What is wrong (pp::validateAcceptance, and an expiry not after today); empty = valid.
    QStringList problems() const;

    // For tests and for filling programmatically.
    QLabel *subjectLabel() const { return m_subject; }
    QComboBox *responseCombo() const { return m_response; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QPlainTextEdit *residualRiskEdit() const { return m_residual; }
    QListWidget *controlList() const { return m_controls; }
    QLineEdit *requesterEdit() const { return m_requester; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QLabel *approvalLabel() const { return m_approval; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void loadSubject();
    void updateState();

    Workspace *m_workspace;
    RiskAcceptance m_original;
    QDate m_today;
    qint64 m_componentId = 0; ///< the subject's component (a finding's, or the component)
    qint64 m_systemId = 0;
    QLabel *m_subject;
    QComboBox *m_response;
    QPlainTextEdit *m_rationale;
    QPlainTextEdit *m_residual;
    QListWidget *m_controls;
    QLabel *m_controlsHint;
    QLineEdit *m_requester;
    QDateEdit *m_expiry;
    QLabel *m_approval;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
