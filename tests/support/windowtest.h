#pragma once

// What the window's tests (tests/gui) share: settings as a new user has them, a fresh database on
// the engine under test with the worker the window gives its pages, and a profile naming it.
// Header-only: it needs linkdesk_ui, which only the GUI tests link.
#include "config/profile.h"
#include "domain/shopcustomer.h"
#include "store/auditlog.h"
#include "testdatabase.h"
#include "ui/common/databaseworker.h"

#include <QDialog>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <memory>

namespace linkdesk::test {

// The child widget or object of that name; null, and a warning that names it, where there is none.
template <typename T>
T* child(const QObject* parent, const QString& name) {
    auto* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}
template <typename T>
T* child(const QObject* parent, const char* name) {
    return child<T>(parent, QString::fromLatin1(name));
}

// Clicks parent's "Details…" (ErrorDetailsButton) and waits for the box it opens; the box, or null
// when there is no visible button or no box came.
inline QDialog* openErrorDetails(const QObject* parent) {
    auto* button = child<QPushButton>(parent, "errorDetailsButton");
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    QDialog* shown = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        shown = parent->findChild<QDialog*>(QStringLiteral("errorDetailsDialog"));
        return shown && shown->isVisible();
    });
    return opened ? shown : nullptr;
}

// count customers of shop web, ids 1..count: buyer0001@example.com, "Buyer 1", companies in turn.
inline QList<ShopCustomer> buyers(int count, const QStringList& companies) {
    QList<ShopCustomer> customers;
    customers.reserve(count);
    for (int i = 0; i < count; ++i) {
        ShopCustomer c;
        c.shopCode = QStringLiteral("web");
        c.shopCustomerId = QString::number(i + 1);
        c.email = QStringLiteral("buyer%1@example.com").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.firstName = QStringLiteral("Buyer");
        c.lastName = QString::number(i + 1);
        c.company = companies.value(i % companies.size());
        customers.append(c);
    }
    return customers;
}

// A WooCommerce shop nothing answers for (its URL is a closed port).
inline ShopConfig unreachableShop(const QString& code = QStringLiteral("web"),
                                  const QString& name = QStringLiteral("Web")) {
    ShopConfig shop;
    shop.code = code;
    shop.name = name;
    shop.type = QStringLiteral("woocommerce");
    shop.url = QStringLiteral("http://127.0.0.1:9");
    return shop;
}

// An object on a thread of its own, as the window keeps its ERP client: made here, moved to the
// thread by start(), and deleted, its thread stopped, with this.
template <typename T>
class OnOwnThread final {
public:
    OnOwnThread()
        : m_object(std::make_unique<T>()) {}
    ~OnOwnThread() {
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(OnOwnThread)

    void start() {
        m_object->moveToThread(&m_thread);
        m_thread.start();
    }
    T* get() const { return m_object.get(); }
    T* operator->() const { return get(); }

private:
    QThread m_thread;
    std::unique_ptr<T> m_object; // deleted before its thread
};

class WindowTest : public QObject {
protected:
    // For initTestCase(), after LINKDESK_REQUIRE_ENGINE(): test-mode settings cleared (column
    // widths and window geometry as a new user has them), a fresh database whose changes are
    // recorded as made by actor, m_worker on it and m_profile naming it. False (and the test
    // failed) when the database cannot be opened.
    bool openWindowDatabase(const QString& actor = QStringLiteral("tester")) {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_tdb = std::make_unique<TestDatabase>();
        m_db = m_tdb->open();
        if (!m_db) {
            QTest::qFail(qPrintable(QStringLiteral("no database: ") + m_tdb->error()), __FILE__, __LINE__);
            return false;
        }
        m_db->setActor(actor);
        m_worker = std::make_unique<DatabaseWorker>(*m_db);
        m_profile.databaseUrl = m_tdb->url();
        return true;
    }

    // The secret is in no settings row, audit entry or database file (SQLite) and not in the
    // per-user settings file; fails the test where it is.
    void verifyStoredNowhere(const QString& secret) {
        const QByteArray needle = secret.toUtf8();
        if (m_db->engine() == Engine::Sqlite) {
            const QString path = m_db->url().path;
            for (const QString& file :
                 {path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(needle), qPrintable(file));
            }
        }
        auto tables = m_db->exec(QStringLiteral("SELECT value FROM settings"));
        QVERIFY(tables);
        while (tables->next())
            QVERIFY(!tables->value(0).toString().contains(secret));
        auto audit = AuditLog(*m_db).list();
        for (const AuditEntry& e : *audit)
            QVERIFY(!e.newValue.contains(secret) && !e.oldValue.contains(secret));
        QSettings settings;
        QFile settingsFile(settings.fileName());
        if (settingsFile.open(QIODevice::ReadOnly))
            QVERIFY(!settingsFile.readAll().contains(needle));
    }

    // test::child, for the tests' member functions.
    template <typename T, typename Name>
    static T* child(const QObject* parent, const Name& name) {
        return test::child<T>(parent, name);
    }

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DatabaseWorker> m_worker; // what the window gives its pages
    Profile m_profile;
};

} // namespace linkdesk::test
