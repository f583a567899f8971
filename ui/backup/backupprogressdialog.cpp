#include "ui/backup/backupprogressdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pp {

BackupProgressDialog::BackupProgressDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_step(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("backupProgressDialog"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(460);
    m_step->setObjectName(QStringLiteral("progressStep"));
    m_step->setWordWrap(true);
    m_step->setText(tr("Starting\u2026"));
    m_bar->setRange(0, 100);
    m_bar->setValue(0);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &BackupProgressDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addSpacing(6);
    layout->addWidget(buttons);
}

void BackupProgressDialog::setStep(const QString &text)
{
    if (!m_cancelled)
        m_step->setText(text);
}

void BackupProgressDialog::setValue(int percent)
{
    m_bar->setValue(percent);
}

void BackupProgressDialog::setCancellable(bool cancellable)
{
    m_cancel->setEnabled(cancellable && !m_cancelled);
}

void BackupProgressDialog::showAfter(int ms)
{
    QTimer::singleShot(ms, this, [this]() {
        if (!m_finished)
            show();
    });
}

void BackupProgressDialog::finish()
{
    m_finished = true;
    hide();
}

void BackupProgressDialog::reject()
{
    // Esc and the window's close button ask to cancel like the button; the dialog stays until
    // the worker has really stopped.
    if (!m_cancel->isEnabled())
        return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling\u2026"));
    emit cancelRequested();
}

} // namespace pp
