#include "ui/connect/connectdialog.h"

#include "models/storage/pgpass.h"
#include "ui/connect/passwordkeychain.h"
#include "ui/uisettings.h"
#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace pp {
namespace {

const QString kHost = QStringLiteral("connect/host");
const QString kPort = QStringLiteral("connect/port");
const QString kDatabase = QStringLiteral("connect/database");
const QString kUser = QStringLiteral("connect/user");
const QString kTls = QStringLiteral("connect/sslmode");
const QString kDefaultTls = QStringLiteral("prefer");

QString defaultUser()
{
    for (const char *var : {"PGUSER", "USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_passwordHint(new QLabel(this))
    , m_remember(new QCheckBox(tr("Remember in the desktop &keychain"), this))
    , m_address(new QLabel(this))
    , m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to shared database"));

    auto *intro = new QLabel(tr("A team shares one PostgreSQL database. Your database user "
                                "decides what you may do: look, plan or approve."),
                             this);
    intro->setWordWrap(true);

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("e.g. db.example.jp"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_tls->addItem(tr("Prefer: encrypt when the server offers it"), kDefaultTls);
    m_tls->addItem(tr("Require: always encrypt"), QStringLiteral("require"));
    m_tls->addItem(tr("Verify: encrypt and check the server's certificate and name"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("Disable: never encrypt"), QStringLiteral("disable"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("Kept by the desktop's password store (Secret Service or KWallet), "
                              "never in Patch Planner's settings"));
    m_remember->setVisible(Keychain::isAvailable());
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setForegroundRole(QPalette::PlaceholderText);
    m_address->setWordWrap(false); // a URL has no spaces to wrap at
    m_messages->setObjectName(QStringLiteral("connectMessages"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_passwordHint);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Address:"), m_address);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // The last connection's fields; never a password.
    Internal::UiSettings settings;
    m_host->setText(settings.value(kHost, QStringLiteral("localhost")).toString());
    m_port->setValue(settings.value(kPort, 5432).toInt());
    m_database->setText(settings.value(kDatabase, QStringLiteral("patchplanner")).toString());
    m_user->setText(settings.value(kUser, defaultUser()).toString());
    const int tls = m_tls->findData(settings.value(kTls, kDefaultTls).toString());
    m_tls->setCurrentIndex(tls >= 0 ? tls : 0);

    for (QLineEdit *edit : {m_host, m_database, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
        connect(edit, &QLineEdit::editingFinished, this, &ConnectDialog::lookUpPassword);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateState);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_password, &QLineEdit::textEdited, this, [this]() { m_fromKeychain = false; });
    updateState();
    lookUpPassword();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void ConnectDialog::setLocation(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return;
    m_host->setText(u.host());
    m_port->setValue(u.port(5432));
    m_database->setText(u.path().mid(1));
    if (!u.userName().isEmpty())
        m_user->setText(u.userName());
    const QString mode = QUrlQuery(u).queryItemValue(QStringLiteral("sslmode"));
    const int tls = m_tls->findData(mode.isEmpty() ? kDefaultTls : mode);
    m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
    updateState();
    lookUpPassword();
}

QString ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString mode = m_tls->currentData().toString();
    if (mode != kDefaultTls)
        url.setQuery(QStringLiteral("sslmode=") + mode);
    return url.toString();
}

QString ConnectDialog::password() const
{
    return m_needsPassword ? m_password->text() : QString();
}

void ConnectDialog::updateState()
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    const bool complete = !host.isEmpty() && !database.isEmpty() && !user.isEmpty();
    m_connect->setEnabled(complete);
    m_address->setText(complete ? location() : QString());

    m_needsPassword = complete && !PgPass::hasStoredPassword(host, m_port->value(), database, user);
    QString passFile = QDir::toNativeSeparators(PgPass::passwordFilePath());
    if (passFile.startsWith(QDir::homePath() + QLatin1Char('/')))
        passFile = QLatin1Char('~') + passFile.mid(QDir::homePath().size());
    m_passwordLabel->setVisible(m_needsPassword);
    m_password->setVisible(m_needsPassword);
    m_remember->setVisible(m_needsPassword && Keychain::isAvailable());
    if (!complete) {
        m_passwordHint->clear();
    } else if (!m_needsPassword) {
        m_passwordHint->setText(tr("The password comes from PGPASSWORD or %1.").arg(passFile));
    } else if (m_fromKeychain) {
        m_passwordHint->setText(tr("The password comes from the desktop keychain."));
    } else {
        m_passwordHint->setText(tr("Not in PGPASSWORD or %1: used for this connection only, "
                                   "never saved in the settings.")
                                    .arg(passFile));
    }
    fitHeight();
}

void ConnectDialog::fitHeight()
{
    // Wrapped hints change height with their text: grow rather than clip them.
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void ConnectDialog::lookUpPassword()
{
    updateState();
    if (!m_needsPassword || !Keychain::isAvailable())
        return;
    const QString key = Keychain::keyFor(location());
    if (key == m_lookedUp)
        return;
    m_lookedUp = key;
    m_keychainHasEntry = false;
    Keychain::readPassword(location(), this, [this, key](const QString &password) {
        // Still the same connection, and nothing typed meanwhile.
        if (password.isEmpty() || key != Keychain::keyFor(location()))
            return;
        m_keychainHasEntry = true;
        if (!m_password->text().isEmpty())
            return;
        m_password->setText(password);
        m_remember->setChecked(true);
        m_fromKeychain = true;
        updateState();
    });
}

void ConnectDialog::rememberFields() const
{
    Internal::UiSettings settings;
    settings.setValue(kHost, m_host->text().trimmed());
    settings.setValue(kPort, m_port->value());
    settings.setValue(kDatabase, m_database->text().trimmed());
    settings.setValue(kUser, m_user->text().trimmed());
    settings.setValue(kTls, m_tls->currentData().toString());
}

void ConnectDialog::accept()
{
    if (!m_connect->isEnabled())
        return;
    if (m_connector) {
        m_messages->dismiss();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status st = m_connector(location(), password());
        QApplication::restoreOverrideCursor();
        if (!st) {
            m_messages->showMessage(st.error().message, MessageBar::Type::Error);
            return;
        }
    }
    rememberFields();
    QDialog::accept();
}

ConnectDialog::KeychainAction ConnectDialog::keychainAction() const
{
    if (!m_needsPassword || !Keychain::isAvailable())
        return KeychainAction::None;
    if (m_remember->isChecked())
        return m_fromKeychain || m_password->text().isEmpty() ? KeychainAction::None
                                                              : KeychainAction::Store;
    return m_keychainHasEntry ? KeychainAction::Forget : KeychainAction::None;
}

} // namespace pp
