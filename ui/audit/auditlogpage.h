// The Audit log page: the tamper-evident trail with filters, the values before and after of the
// selected entry side by side, and a check of the hash chain.
#pragma once

#include "ui/page.h"

class QAbstractItemView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;
class QTimer;

namespace pp {

class AuditLogModel;
class MessageBar;
class Workspace;

class AuditLogPage : public Page
{
    Q_OBJECT

public:
    explicit AuditLogPage(Workspace *workspace, QWidget *parent = nullptr);

    bool hasFilter() const override { return true; }
    void focusFilter() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    QAbstractItemView *exportView() const override;
    QString exportName() const override;

    /// Runs AuditLog::verify() and shows the result in the page's message bar.
    void verifyChain();

private:
    void reloadChoices();
    void applyFilter();
    void resetFilter();
    void showSelectedEntry();
    void updateCount();

    Workspace *m_workspace;
    AuditLogModel *m_model;
    MessageBar *m_messages;
    QComboBox *m_entity;
    QComboBox *m_actor;
    QComboBox *m_action;
    QLineEdit *m_text;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_reset;
    QPushButton *m_verify;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QTableWidget *m_detail;
    QSplitter *m_splitter;
    QTimer *m_textDelay;
};

} // namespace pp
