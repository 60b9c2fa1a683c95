#include "cli.h"

#include "secrets/credentialstore.h"
#include "secrets/secretnames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace linkdesk::cli {

namespace {
using secrets::CredentialStore;
using secrets::SecretSource;

// The secret from standard input: everything up to the end, without the final line break.
// Never from the command line, where other users can see it (ps, shell history).
std::optional<QString> readStdin() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray data = in.readAll();
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

// The NAME argument as the keychain knows it: shop.WEB.consumer_key is shop.web.consumer_key.
QString nameArg(const Context& ctx) {
    return keychainName(ctx.args.value(0).split(QLatin1Char('.')));
}

int oneName(Context& ctx, const QString& command) {
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("secrets %1 takes one NAME%2.")
                             .arg(command, command == QLatin1String("set")
                                               ? QStringLiteral("; the value is read from standard input")
                                               : QString()));
    if (!CredentialStore::isValidName(nameArg(ctx)))
        return ctx.usage(QStringLiteral("\"%1\" is not a secret name (e.g. erp.client_secret, "
                                        "shop.web.consumer_key).")
                             .arg(ctx.args.at(0)));
    return 0;
}
} // namespace

int secretsList(Context& ctx) {
    return ctx.withProfile([&](Profile& profile) {
        CredentialStore store;
        QJsonArray list;
        for (const QString& name : secrets::secretNames(profile)) {
            auto source = store.sourceSync(name);
            if (!source)
                return ctx.error(source.message());
            const bool set = *source != SecretSource::Missing;
            if (ctx.json) {
                list.append(QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("set"), set},
                                        {QStringLiteral("source"), secrets::toString(*source)}});
            } else {
                ctx.out << name << "  "
                        << (*source == SecretSource::Environment
                                ? QStringLiteral("set (environment %1)")
                                      .arg(CredentialStore::environmentVariable(name))
                            : set ? QStringLiteral("set (keychain)")
                                  : QStringLiteral("not set"))
                        << '\n';
            }
        }
        if (ctx.json)
            ctx.printJson(list);
        return 0;
    });
}

int secretsSet(Context& ctx) {
    if (const int bad = oneName(ctx, QStringLiteral("set")))
        return bad;
    const QString name = nameArg(ctx);
    const auto value = readStdin();
    if (!value)
        return ctx.error(QStringLiteral("Cannot read the secret from standard input."));
    if (value->isEmpty())
        return ctx.error(QStringLiteral("No value on standard input: nothing stored. To delete a secret "
                                        "use: secrets remove %1")
                             .arg(name));
    CredentialStore store;
    return ctx.withResult(store.writeSync(name, *value), [&] {
        ctx.print(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("set"), true}},
                  [&](QTextStream& out) { out << "Stored " << name << " in the keychain.\n"; });
        if (CredentialStore::fromEnvironment(name))
            ctx.err << "linkdesk-cli: note: " << CredentialStore::environmentVariable(name)
                    << " is set and overrides the keychain.\n";
        return 0;
    });
}

int secretsRemove(Context& ctx) {
    if (const int bad = oneName(ctx, QStringLiteral("remove")))
        return bad;
    const QString name = nameArg(ctx);
    CredentialStore store;
    return ctx.withResult(store.removeSync(name), [&] {
        return ctx.print(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("set"), false}},
                         [&](QTextStream& out) { out << "Removed " << name << " from the keychain.\n"; });
    });
}

} // namespace linkdesk::cli
