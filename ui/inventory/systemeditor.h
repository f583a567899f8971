// The form beside the systems table: every field of a system, its operations profile on a tab of
// its own, and Apply/Revert.
#pragma once

#include "models/domain/system.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace pp {

class MessageBar;

class SystemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SystemEditor(QWidget *parent = nullptr);

    /// Shows a stored system, unmodified.
    void setSystem(const System &s);
    /// Starts a new system with @p defaults.
    void startNew(const System &defaults = {});
    /// Shows nothing (no selection).
    void clear();
    /// The values as edited; id and row version are those of the system shown.
    System system() const;
    qint64 systemId() const { return m_loaded.id; }
    /// The system as it was shown before the user's edits (the base of a conflict).
    const System &loadedSystem() const { return m_loaded; }
    bool isNew() const { return m_mode == Mode::New; }
    bool isEmpty() const { return m_mode == Mode::Empty; }
    bool isModified() const;
    void setReadOnly(bool readOnly);
    /// Shows validation problems inline (one per line); an empty list hides them.
    void showProblems(const QStringList &problems);
    MessageBar *messageBar() const { return m_messages; }

public slots:
    /// Puts the shown system's stored values back (or leaves "new" mode).
    void revert();

signals:
    /// The user pressed Apply.
    void applyRequested(const System &s);
    /// The user left "new" mode with Revert.
    void newCancelled();
    void modifiedChanged(bool modified);

private:
    enum class Mode { Empty, Existing, New };
    QWidget *createGeneralTab();
    QWidget *createProfileTab();
    void load(const System &s);
    void updateState();

    Mode m_mode = Mode::Empty;
    System m_loaded;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_wasModified = false;

    QLabel *m_title;
    MessageBar *m_messages;
    QTabWidget *m_tabs;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_ownerTeam;
    QLineEdit *m_opsContact;
    QComboBox *m_criticality;
    QComboBox *m_environment;
    QComboBox *m_exposure;
    QComboBox *m_lifecycle;
    QLineEdit *m_window;
    QPlainTextEdit *m_initialResponse;
    QPlainTextEdit *m_escalation;
    QPlainTextEdit *m_recovery;
    QPlainTextEdit *m_traceCheck;
    QPlainTextEdit *m_logShortTerm;
    QPlainTextEdit *m_logLongTerm;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace pp
