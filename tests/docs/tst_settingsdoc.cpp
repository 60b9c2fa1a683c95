// docs/settings.md is generated from the one table of settings (app/domain/settings.cpp): this test
// fails when the file differs from what the table gives, naming each key or label it lacks.
// `ninja update_settings_doc` (this test with LINKDESK_WRITE_DOCS=1) writes the file.
#include "domain/settings.h"

#include <QFile>
#include <QSaveFile>
#include <QTest>

using namespace linkdesk;

namespace {

QString typeText(const SettingSpec& spec) {
    switch (spec.type) {
    case SettingType::String:
        return QStringLiteral("text");
    case SettingType::Bool:
        return QStringLiteral("on/off (`true` or `false`)");
    case SettingType::Int:
        return QStringLiteral("whole number, 0 or more");
    case SettingType::List:
        return QStringLiteral("list, comma-separated");
    case SettingType::Enum:
        return QStringLiteral("choice");
    }
    return {};
}

QString quoted(const QStringList& values) {
    QStringList parts;
    for (const QString& v : values)
        parts << QLatin1Char('`') + v + QLatin1Char('`');
    return parts.join(QStringLiteral(", "));
}

QString markdown() {
    QString text = QStringLiteral(
        "# Settings\n\n"
        "<!-- Generated from app/domain/settings.cpp by tests/docs/tst_settingsdoc.cpp: run `ninja "
        "update_settings_doc` after changing a setting there. Do not edit by hand. -->\n\n"
        "Linkdesk's shared settings live in its database, so every workstation works with the same values. "
        "Each can be set for the whole installation and, differently, for one shop: a shop without its own "
        "value uses the installation value, and an installation without one uses the default below.\n\n"
        "Change them on the Settings page (on the tab each names below), or with "
        "`linkdesk-cli settings set KEY VALUE [--shop CODE]`; `linkdesk-cli settings list [--shop CODE]` "
        "shows every value with where it comes from. Every change is written to the audit log.\n\n"
        "| Key | Label | Default |\n|---|---|---|\n");
    for (const SettingSpec& spec : settingSpecs())
        text +=
            QStringLiteral("| `%1` | %2 | %3 |\n")
                .arg(spec.key, QString::fromUtf8(spec.label),
                     spec.defaultValue.isEmpty() ? QStringLiteral("(empty)")
                                                 : QLatin1Char('`') + spec.defaultValue + QLatin1Char('`'));
    for (const SettingSpec& spec : settingSpecs()) {
        text += QStringLiteral("\n## %1\n\n`%2`: %3")
                    .arg(QString::fromUtf8(spec.label), spec.key, typeText(spec));
        if (spec.type == SettingType::Enum)
            text += QStringLiteral(", one of ") + quoted(spec.allowed);
        else if (spec.type == SettingType::List)
            text += QStringLiteral(", any of ") + quoted(spec.allowed);
        text += QStringLiteral("; default ") +
                (spec.defaultValue.isEmpty() ? QStringLiteral("empty")
                                             : QLatin1Char('`') + spec.defaultValue + QLatin1Char('`'));
        text += QStringLiteral("; tab *%1*")
                    .arg(spec.group == SettingGroup::OrderLines ? QStringLiteral("Order lines")
                                                                : QStringLiteral("Matching"));
        text += QStringLiteral(".\n\n") + QString::fromUtf8(spec.help) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

class TestSettingsDoc : public QObject {
    Q_OBJECT
    const QString m_path = QStringLiteral(LINKDESK_DOCS_DIR "/settings.md");

private slots:
    void everySettingHasALabelAndHelp() {
        for (const SettingSpec& spec : settingSpecs()) {
            QVERIFY2(spec.label && *spec.label, qPrintable(spec.key));
            QVERIFY2(spec.help && *spec.help, qPrintable(spec.key));
        }
    }

    void docMatchesTheTable() {
        const QString expected = markdown();
        if (qEnvironmentVariableIsSet("LINKDESK_WRITE_DOCS")) {
            QSaveFile out(m_path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(expected.toUtf8());
            QVERIFY(out.commit());
            qInfo("wrote %s", qPrintable(m_path));
        }
        QFile file(m_path);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(m_path + QStringLiteral(": ") + file.errorString()));
        const QString actual = QString::fromUtf8(file.readAll());
        // First what a reader would miss most: a key, or its label.
        QStringList missing;
        for (const SettingSpec& spec : settingSpecs()) {
            if (!actual.contains(QLatin1Char('`') + spec.key + QLatin1Char('`')))
                missing << QStringLiteral("the key ") + spec.key;
            if (!actual.contains(QStringLiteral("## ") + QString::fromUtf8(spec.label) + QLatin1Char('\n')))
                missing
                    << QStringLiteral("the label \"%1\" of %2").arg(QString::fromUtf8(spec.label), spec.key);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("docs/settings.md lacks %1; run `ninja "
                                                              "update_settings_doc`.")
                                                   .arg(missing.join(QStringLiteral(", ")))));
        QVERIFY2(actual == expected,
                 "docs/settings.md differs from app/domain/settings.cpp; run `ninja update_settings_doc`.");
    }
};

QTEST_MAIN(TestSettingsDoc)
#include "tst_settingsdoc.moc"
