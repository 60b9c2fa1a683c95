#include "credentialstore.h"

#include "secretslog.h"
#include "util/names.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace linkdesk::secrets {

Q_LOGGING_CATEGORY(lcSecrets, "linkdesk.secrets")

namespace {

// The keychain's failure as an Error a user can act on. Never contains a secret value: QtKeychain's
// messages name the service and key at most.
Error keychainError(QKeychain::Error error, const QString& detail, const QString& name, const char* verb) {
    const QString what = QStringLiteral("Cannot %1 the secret \"%2\"").arg(QLatin1String(verb), name);
    const QString lower = detail.toLower();
    switch (error) {
    case QKeychain::EntryNotFound:
        return fail(
            QStringLiteral("No secret \"%1\" is stored in the keychain (set it with: linkdesk-cli secrets "
                           "set %1, or the environment variable %2).")
                .arg(name, CredentialStore::environmentVariable(name)),
            ErrorKind::NotFound);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return fail(QStringLiteral("No keychain is available: %1. %2: Linkdesk keeps secrets only in the "
                                   "system keychain, or takes them from %3.")
                        .arg(detail.isEmpty() ? QStringLiteral("no secret service found") : detail, what,
                             CredentialStore::environmentVariable(name)),
                    ErrorKind::Configuration);
    case QKeychain::AccessDeniedByUser:
        return fail(QStringLiteral("%1: access to the keychain was denied.").arg(what), ErrorKind::Refused);
    case QKeychain::AccessDenied:
        if (lower.contains(QLatin1String("locked")))
            return fail(
                QStringLiteral("%1: the keychain is locked; unlock it and try again (%2).").arg(what, detail),
                ErrorKind::Transient);
        return fail(QStringLiteral("%1: access to the keychain was denied (%2).").arg(what, detail),
                    ErrorKind::Refused);
    default:
        break;
    }
    // Without a D-Bus session (or with no secret service on it) libsecret and the KWallet/
    // gnome-keyring back-ends report OtherError with a D-Bus message.
    if (lower.contains(QLatin1String("d-bus")) || lower.contains(QLatin1String("dbus")) ||
        lower.contains(QLatin1String("org.freedesktop.secrets")) ||
        lower.contains(QLatin1String("secret service")) || lower.contains(QLatin1String("no such secret")))
        return fail(QStringLiteral("No keychain is available: %1. %2: Linkdesk keeps secrets only in the "
                                   "system keychain, or takes them from %3.")
                        .arg(detail, what, CredentialStore::environmentVariable(name)),
                    ErrorKind::Configuration);
    return fail(QStringLiteral("%1: %2").arg(
        what, detail.isEmpty() ? QStringLiteral("keychain error %1").arg(int(error)) : detail));
}

Error invalidName(const QString& name) {
    return fail(QStringLiteral("\"%1\" is not a secret name (lower-case words separated by dots, e.g. "
                               "shop.web.consumer_key).")
                    .arg(name),
                ErrorKind::Invalid);
}

// Calls back asynchronously on the context's thread, unless the context died.
template <typename T, typename Callback>
void deliver(QObject* context, const Callback& callback, T result) {
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context ? context : QCoreApplication::instance(), [=] {
        if (hadContext && !guard)
            return;
        if (callback)
            callback(result);
    });
}

template <typename Job>
Job* newJob(const QString& service, const QString& name) {
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    return job;
}

// Starts a keychain job; done runs when it has finished, on the thread of context (else of store),
// and never once a given context is gone.
void startJob(QKeychain::Job* job, QObject* context, QObject* store, std::function<void()> done) {
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : store,
                     [hadContext, guard, done = std::move(done)](QKeychain::Job*) {
                         if (hadContext && !guard)
                             return;
                         done();
                     });
    job->start();
}

// Runs `start` (which takes a callback) and waits for it on a local event loop.
template <typename T, typename Start>
T waitFor(Start start) {
    QEventLoop loop;
    std::optional<T> out;
    start(&loop, [&](const T& result) {
        out.emplace(result);
        loop.quit();
    });
    if (!out)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*out);
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(QLatin1String(DefaultService), parent) {}

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service) {}

CredentialStore::~CredentialStore() = default;

bool CredentialStore::isValidName(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*$"));
    return name.size() <= 200 && re.match(name).hasMatch();
}

QString CredentialStore::environmentVariable(const QString& name) {
    QString v = name.toUpper();
    v.replace(QLatin1Char('.'), QLatin1Char('_'));
    v.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("LINKDESK_SECRET_") + v;
}

std::optional<QString> CredentialStore::fromEnvironment(const QString& name) {
    const QString value = qEnvironmentVariable(environmentVariable(name).toLatin1().constData());
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

void CredentialStore::read(const QString& name, QObject* context, ReadCallback callback) {
    if (!isValidName(name))
        return deliver<Result<QString>>(context, callback, invalidName(name));
    if (auto value = fromEnvironment(name)) {
        qCDebug(lcSecrets) << "secret" << name << "from the environment";
        return deliver<Result<QString>>(context, callback, *value);
    }
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, name);
    startJob(job, context, this, [job, name, callback] {
        if (job->error() != QKeychain::NoError) {
            qCDebug(lcSecrets) << "reading secret" << name << "failed:" << job->error();
            return callback(keychainError(job->error(), job->errorString(), name, "read"));
        }
        callback(job->textData());
    });
}

void CredentialStore::write(const QString& name, const QString& value, QObject* context,
                            DoneCallback callback) {
    if (!isValidName(name))
        return deliver<Result<void>>(context, callback, invalidName(name));
    if (value.isEmpty())
        return deliver<Result<void>>(
            context, callback,
            fail(QStringLiteral("The secret \"%1\" cannot be empty.").arg(name), ErrorKind::Invalid));
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, name);
    job->setTextData(value);
    startJob(job, context, this, [job, name, callback] {
        if (job->error() != QKeychain::NoError)
            return callback(keychainError(job->error(), job->errorString(), name, "store"));
        qCInfo(lcSecrets) << "stored secret" << name;
        callback(Result<void>());
    });
}

void CredentialStore::remove(const QString& name, QObject* context, DoneCallback callback) {
    if (!isValidName(name))
        return deliver<Result<void>>(context, callback, invalidName(name));
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_service, name);
    startJob(job, context, this, [job, name, callback] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            return callback(keychainError(job->error(), job->errorString(), name, "remove"));
        qCInfo(lcSecrets) << "removed secret" << name;
        callback(Result<void>());
    });
}

Result<QString> CredentialStore::readSync(const QString& name) {
    return waitFor<Result<QString>>([&](QObject* ctx, ReadCallback cb) { read(name, ctx, std::move(cb)); });
}

Result<void> CredentialStore::writeSync(const QString& name, const QString& value) {
    return waitFor<Result<void>>(
        [&](QObject* ctx, DoneCallback cb) { write(name, value, ctx, std::move(cb)); });
}

Result<void> CredentialStore::removeSync(const QString& name) {
    return waitFor<Result<void>>([&](QObject* ctx, DoneCallback cb) { remove(name, ctx, std::move(cb)); });
}

Result<SecretSource> CredentialStore::sourceSync(const QString& name) {
    if (!isValidName(name))
        return invalidName(name);
    if (fromEnvironment(name))
        return SecretSource::Environment;
    // Ask the keychain itself, not read(): the environment was checked already.
    const auto value = waitFor<Result<QString>>([&](QObject* ctx, ReadCallback cb) {
        auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, name);
        connect(job, &QKeychain::Job::finished, ctx, [job, name, cb](QKeychain::Job*) {
            if (job->error() != QKeychain::NoError)
                return cb(keychainError(job->error(), job->errorString(), name, "read"));
            cb(QString()); // the value itself is not needed
        });
        job->start();
    });
    if (value)
        return SecretSource::Keychain;
    if (value.error().is(ErrorKind::NotFound))
        return SecretSource::Missing;
    return value.error();
}

QString toString(SecretSource source) {
    static constexpr NameTable<3> names{"environment", "keychain", "missing"};
    static_assert(names.size() == std::size_t(SecretSource::Missing) + 1);
    return nameIn(names, source);
}

} // namespace linkdesk::secrets
