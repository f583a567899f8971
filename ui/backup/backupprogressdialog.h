// The progress of a backup, restore or drill running in a worker thread: the step under way, a
// bar, and Cancel while cancelling is still possible. Shown only when the work takes a moment,
// so that a quick backup does not flash a dialog.
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pp {

class BackupProgressDialog : public QDialog
{
    Q_OBJECT

public:
    BackupProgressDialog(const QString &title, QWidget *parent = nullptr);

    void setStep(const QString &text);
    void setValue(int percent);
    /// Whether Cancel is offered (a restore that has started replacing the database is not).
    void setCancellable(bool cancellable);
    /// Shows the dialog after @p ms unless finish() was called before.
    void showAfter(int ms);
    /// The work is done: closes the dialog (or keeps it from showing).
    void finish();

signals:
    /// The user asked to stop; the work stops at its next step, with nothing changed.
    void cancelRequested();

protected:
    void reject() override;

private:
    QLabel *m_step;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace pp
