#include "ui/connect/passwordkeychain.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#ifdef PP_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace pp::Keychain {
namespace {

#ifdef PP_HAVE_QTKEYCHAIN
const QString kService = QStringLiteral("Patch Planner");
#endif

} // namespace

bool isAvailable()
{
#ifdef PP_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString keyFor(const QString &location)
{
    return QUrl(location).adjusted(QUrl::RemovePassword | QUrl::RemoveQuery).toString();
}

void readPassword(const QString &location, QObject *context,
                  std::function<void(const QString &password)> done)
{
#ifdef PP_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keyFor(location));
    // Never the "insecure fallback" (a plain file): the keychain or nothing.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         done(finished->error() == QKeychain::NoError ? read->textData()
                                                                       : QString());
                     });
    job->start();
#else
    Q_UNUSED(location)
    Q_UNUSED(context)
    done(QString());
#endif
}

void writePassword(const QString &location, const QString &password, QObject *context,
                   std::function<void(const QString &error)> done)
{
#ifdef PP_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keyFor(location));
    job->setInsecureFallback(false);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (done)
                             done(finished->error() == QKeychain::NoError
                                      ? QString()
                                      : finished->errorString());
                     });
    job->start();
#else
    Q_UNUSED(location)
    Q_UNUSED(password)
    Q_UNUSED(context)
    if (done)
        done(QCoreApplication::translate("Keychain",
                                         "This build of Patch Planner has no keychain support."));
#endif
}

void deletePassword(const QString &location)
{
#ifdef PP_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(keyFor(location));
    job->start();
#else
    Q_UNUSED(location)
#endif
}

} // namespace pp::Keychain
