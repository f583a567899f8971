// An inline message above a view: a coloured frame with an icon, the text and a close button
// (KeePassXC's MessageWidget, KDE's KMessageWidget). For recoverable errors, warnings and
// results; QMessageBox stays for decisions.
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QTimer;
class QToolButton;

namespace pp {

class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows @p text; a positive or informational message closes itself after @p timeoutMs
    /// (0 = stays until closed). Buttons added for the previous message go.
    void showMessage(const QString &text, Type type = Type::Information, int timeoutMs = 0);
    /// Adds a button for @p action to the message shown (KMessageWidget::addAction()); it stays
    /// until the next showMessage(). The caller keeps the action.
    void addAction(QAction *action);
    QString text() const;
    Type type() const { return m_type; }

public slots:
    void dismiss();

private:
    void applyStyle();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QList<QToolButton *> m_actionButtons;
    QTimer *m_timer;
    Type m_type = Type::Information;
};

} // namespace pp
