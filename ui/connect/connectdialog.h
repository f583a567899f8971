// File > Connect to shared database: the server, database, user and TLS mode of a team's
// PostgreSQL database, and a password only when libpq would not find one by itself.
#pragma once

#include "models/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pp {

class MessageBar;

/// Builds a postgresql://user@host:port/name?sslmode=... location. The password field shows
/// only when neither PGPASSWORD nor a matching ~/.pgpass entry (nor, in builds with Qt Keychain,
/// a remembered one) exists; what is typed there is handed to this one connection and never
/// written to the settings or any file. The fields other than the password are remembered.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// Tries a connection; the dialog stays open and shows the error when it fails.
    using Connector = std::function<Status(const QString &location, const QString &password)>;

    explicit ConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields from a postgresql:// URL (a recent entry, a failed open).
    void setLocation(const QString &url);
    /// postgresql://user@host:port/name, with ?sslmode= unless it is libpq's default (prefer);
    /// never a password.
    QString location() const;
    /// What was typed in the password field (empty when it is hidden).
    QString password() const;
    /// True when the password field is shown: libpq would find no password by itself.
    bool needsPassword() const { return m_needsPassword; }

    /// What to do with the desktop keychain once connected (never anything without Qt Keychain).
    enum class KeychainAction { None, Store, Forget };
    KeychainAction keychainAction() const;

    /// What Connect does; without one, Connect just accepts the dialog.
    void setConnector(Connector connector) { m_connector = std::move(connector); }

    void accept() override;

private:
    void updateState();
    void lookUpPassword();
    void rememberFields() const;
    void fitHeight();
    void showEvent(QShowEvent *event) override;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QCheckBox *m_remember;
    QLabel *m_address;
    MessageBar *m_messages;
    QPushButton *m_connect;
    Connector m_connector;
    bool m_needsPassword = false;
    bool m_fromKeychain = false;    ///< the password field holds the keychain's, unchanged
    bool m_keychainHasEntry = false; ///< the keychain has one for this connection
    QString m_lookedUp; ///< the location whose keychain entry was read last
};

} // namespace pp
