// The sandbox's Business Central $filter, $top and $skip over raw HTTP (issue 14, item 5): what the
// client's searches send is answered, and what Business Central refuses is refused here too, so the
// fake is never more forgiving than the ERP it stands for.
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString Company = QStringLiteral("0b6b0c1e-0000-4000-8000-0000000000f1");

QJsonObject item(const char* number, const char* name) {
    return {{QStringLiteral("number"), QLatin1String(number)},
            {QStringLiteral("displayName"), QLatin1String(name)}};
}

QJsonObject seed() {
    return {{QStringLiteral("erp"),
             QJsonObject{{QStringLiteral("client_id"), QStringLiteral("linkdesk")},
                         {QStringLiteral("client_secret"), QStringLiteral("bc-secret")},
                         {QStringLiteral("company_id"), Company},
                         {QStringLiteral("items"),
                          QJsonArray{item("1000", "Business cards"), item("2000", "Flyers"),
                                     item("2001", "Flyers A4"), item("2002", "Folded flyers"),
                                     item("3000", "O'Neill's posters"), item("FLY-9", "Fly swatter")}}}}};
}

} // namespace

class TestBusinessCentralFilter : public QObject {
    Q_OBJECT
    SandboxProcess m_sandbox;
    QByteArray m_token;

    // GET items with these query options (values as typed; percent-encoded here).
    std::pair<int, QJsonObject> items(const QList<QPair<QString, QString>>& options) {
        QUrl url =
            m_sandbox.url(QStringLiteral("/v2.0/t/production/api/v2.0/companies(%1)/items").arg(Company));
        QStringList parts;
        for (const auto& [key, value] : options)
            parts << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, "'()"));
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        return m_sandbox.send(request);
    }
    // The numbers of the items a filter answers, or the error message.
    QStringList numbers(const QList<QPair<QString, QString>>& options) {
        const auto [status, body] = items(options);
        if (status != 200)
            return {QStringLiteral("%1: %2").arg(status).arg(
                body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString())};
        QStringList out;
        for (const QJsonValue& v : body.value(QStringLiteral("value")).toArray())
            out << v.toObject().value(QStringLiteral("number")).toString();
        return out;
    }
    QStringList filtered(const QString& filter) { return numbers({{QStringLiteral("$filter"), filter}}); }

private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.startWithSeed(seed()), qPrintable(m_sandbox.error()));
        QNetworkRequest request(m_sandbox.url(QStringLiteral("/t/oauth2/v2.0/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        const auto [status, body] =
            m_sandbox.send(request, "POST",
                           "grant_type=client_credentials&client_id=linkdesk&client_secret=bc-secret&scope="
                           "https%3A%2F%2Fapi.businesscentral.dynamics.com%2F.default");
        QCOMPARE(status, 200);
        m_token = body.value(QStringLiteral("access_token")).toString().toLatin1();
        QVERIFY(!m_token.isEmpty());
    }

    void startsWithAndContainsAreCaseSensitive() {
        QCOMPARE(filtered(QStringLiteral("startswith(number,'20')")),
                 (QStringList{QStringLiteral("2000"), QStringLiteral("2001"), QStringLiteral("2002")}));
        QCOMPARE(filtered(QStringLiteral("startswith(number,'fly')")), QStringList());
        QCOMPARE(filtered(QStringLiteral("startswith(number,'FLY')")), QStringList{QStringLiteral("FLY-9")});
        QCOMPARE(filtered(QStringLiteral("contains(displayName,'flyer')")),
                 QStringList{QStringLiteral("2002")});
        QCOMPARE(filtered(QStringLiteral("contains(tolower(displayName),'flyer')")),
                 (QStringList{QStringLiteral("2000"), QStringLiteral("2001"), QStringLiteral("2002")}));
        QCOMPARE(filtered(QStringLiteral("endswith(displayName,'A4')")), QStringList{QStringLiteral("2001")});
        // A quote in the text, doubled.
        QCOMPARE(filtered(QStringLiteral("contains(tolower(displayName),'o''neill')")),
                 QStringList{QStringLiteral("3000")});
        // On one field, or is answered; and combines fields.
        QCOMPARE(filtered(QStringLiteral("startswith(number,'1') or startswith(number,'3')")),
                 (QStringList{QStringLiteral("1000"), QStringLiteral("3000")}));
        QCOMPARE(filtered(QStringLiteral("startswith(number,'20') and contains(displayName,'A4')")),
                 QStringList{QStringLiteral("2001")});
    }

    void refusesWhatBusinessCentralRefuses() {
        // or across two fields (Business Central's documented limit).
        QVERIFY2(
            filtered(QStringLiteral("startswith(number,'FLY') or contains(displayName,'Fly')"))
                .first()
                .startsWith(QLatin1String("400: The 'or' operator across different fields")),
            qPrintable(filtered(QStringLiteral("startswith(number,'FLY') or contains(displayName,'Fly')"))
                           .join(QLatin1Char(' '))));
        // A property items do not have.
        QCOMPARE(filtered(QStringLiteral("contains(name,'Fly')")),
                 QStringList{QStringLiteral("400: Could not find a property named 'name' on type "
                                            "'Microsoft.NAV.item'.")});
        // A function Business Central does not have, an unterminated quote, a missing argument.
        for (const QString& bad :
             {QStringLiteral("substringof('Fly',displayName)"), QStringLiteral("contains(displayName,'Fly)"),
              QStringLiteral("startswith(number)")})
            QVERIFY2(filtered(bad).first().startsWith(QLatin1String("400: ")), qPrintable(bad));
        // $top and $skip are whole numbers of 0 or more.
        QVERIFY(numbers({{QStringLiteral("$top"), QStringLiteral("-1")}})
                    .first()
                    .startsWith(QLatin1String("400: ")));
        QVERIFY(numbers({{QStringLiteral("$skip"), QStringLiteral("two")}})
                    .first()
                    .startsWith(QLatin1String("400: ")));
    }

    void topCapsAndSkipPages() {
        const QString filter = QStringLiteral("contains(tolower(displayName),'fl')");
        QCOMPARE(filtered(filter), (QStringList{QStringLiteral("2000"), QStringLiteral("2001"),
                                                QStringLiteral("2002"), QStringLiteral("FLY-9")}));
        QCOMPARE(
            numbers({{QStringLiteral("$filter"), filter}, {QStringLiteral("$top"), QStringLiteral("3")}}),
            (QStringList{QStringLiteral("2000"), QStringLiteral("2001"), QStringLiteral("2002")}));
        QCOMPARE(numbers({{QStringLiteral("$filter"), filter},
                          {QStringLiteral("$top"), QStringLiteral("3")},
                          {QStringLiteral("$skip"), QStringLiteral("3")}}),
                 QStringList{QStringLiteral("FLY-9")});
        QCOMPARE(numbers({{QStringLiteral("$filter"), filter},
                          {QStringLiteral("$top"), QStringLiteral("3")},
                          {QStringLiteral("$skip"), QStringLiteral("6")}}),
                 QStringList());
        QCOMPARE(numbers({{QStringLiteral("$top"), QStringLiteral("0")}}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBusinessCentralFilter)
#include "tst_businesscentralfilter.moc"
