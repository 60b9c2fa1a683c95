#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace linkdesk::secrets {

// Where a secret's value came from, or would come from.
enum class SecretSource { Environment, Keychain, Missing };

// Linkdesk's secrets (API keys, client secrets, passwords) in the OS keychain through QtKeychain:
// service "linkdesk", one entry per secret name ("erp.client_secret", "shop.web.consumer_key").
//
// - Never a plaintext fallback: setInsecureFallback(false). No keychain (no D-Bus session, no
//   secret service) is an error whose message starts "No keychain is available: ".
// - For headless automation an environment variable overrides the keychain on read: the name
//   upper-cased, '.' and '-' as '_', prefixed LINKDESK_SECRET_ (LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY).
// - Errors carry a kind: NotFound (ask the user), Configuration (no keychain), Transient (locked),
//   Refused (access denied), Invalid (not a secret name), Failed (any other keychain error).
//   Secret values are never logged and never part of a message.
//
// The async API calls back on the caller's thread, never from inside the call, and not at all once
// `context` is gone. The sync API runs a local event loop: for the CLI and worker threads only.
class CredentialStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    static constexpr const char* DefaultService = "linkdesk";

    explicit CredentialStore(QObject* parent = nullptr);
    // Another keychain service name (tests).
    explicit CredentialStore(const QString& service, QObject* parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }

    // Lower-case letters, digits, '_' and '-', in dot-separated parts: "shop.web.consumer_key".
    static bool isValidName(const QString& name);
    // "shop.web.consumer_key" -> "LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY"
    static QString environmentVariable(const QString& name);
    // The value from the environment, when its variable is set and not empty.
    static std::optional<QString> fromEnvironment(const QString& name);

    using ReadCallback = std::function<void(const Result<QString>& value)>;
    using DoneCallback = std::function<void(const Result<void>& done)>;

    // The environment override if set, else the keychain entry.
    void read(const QString& name, QObject* context, ReadCallback callback);
    // Writes (replaces) the keychain entry. An empty value is refused: remove() instead.
    void write(const QString& name, const QString& value, QObject* context, DoneCallback callback);
    // Removes the keychain entry; removing a missing entry is not an error.
    void remove(const QString& name, QObject* context, DoneCallback callback);

    Result<QString> readSync(const QString& name);
    Result<void> writeSync(const QString& name, const QString& value);
    Result<void> removeSync(const QString& name);
    // Environment, keychain, or missing; an error only when the keychain cannot be asked.
    Result<SecretSource> sourceSync(const QString& name);

private:
    QString m_service;
};

QString toString(SecretSource source);

} // namespace linkdesk::secrets
