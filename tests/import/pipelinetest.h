#pragma once

// The fixture of the pipeline's own tests (tst_importpipeline, tst_pipelinesubmitnow): a fresh database with
// a default customer, a product mapping and a template; a fake ERP that knows Acme and WEB, and a
// fake shop with five orders (one quarantined), both on a network thread as the real clients are.
#include "domainprinters.h"
#include "erp/cachederpdirectory.h"
#include "erp/lookupcache.h"
#include "fakes.h"
#include "import/importpipeline.h"
#include "store/catalogrepository.h"
#include "store/orderrepository.h"
#include "store/settingsstore.h"
#include "testdatabase.h"
#include "testorders.h"

#include <QTest>
#include <QThread>

namespace linkdesk::test {

// An order as the fake shop has it: Pat, in GB, two of sku.
inline StagedOrder pipelineOrder(const QString& number, const QString& customerId, const QString& email,
                                 const QString& sku = QStringLiteral("CARD-100")) {
    StagedOrder o = test::fetchedOrder(number, customerId, email); // payload {"id":number}
    o.modifiedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(number.toInt());
    o.customer.firstName = QStringLiteral("Pat");
    o.customer.lastName = number;
    o.customer.country = QStringLiteral("GB");
    o.lines = {test::orderLine(1, sku, 2, QStringLiteral("Item"), QStringLiteral("12.50"))};
    return o;
}

// A test class's init() calls setUp(), its cleanup() tearDown().
class PipelineTest : public DatabaseTest {
public:
    PipelineTest() { m_network.start(); }
    ~PipelineTest() override {
        m_network.quit();
        m_network.wait();
    }

protected:
    QThread m_network;
    FakeErpClient* m_erp = nullptr;
    FakeShopSource* m_shop = nullptr;
    LookupCache m_cache{900};
    CachedErpDirectory* m_directory = nullptr;

    void setUp() {
        LINKDESK_REQUIRE_ENGINE();
        if (!openDatabase())
            return;
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("default_customer_code"), QStringLiteral("WEB")));
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("guest_policy"), QStringLiteral("match_email")));
        CatalogRepository catalog(*m_db);
        ProductMapping mapping;
        mapping.shopCode = QStringLiteral("web");
        mapping.sku = QStringLiteral("CARD-100");
        mapping.erpItemNumber = QStringLiteral("1000");
        QVERIFY(catalog.setMapping(mapping));
        CustomerTemplate tmpl;
        tmpl.name = QStringLiteral("Web customers");
        QVERIFY(catalog.saveTemplate(tmpl));

        m_cache.clear();
        m_cache.setTtlSeconds(900);
        m_erp = new FakeErpClient;
        ErpCustomer acme;
        acme.number = QStringLiteral("C00001");
        acme.name = QStringLiteral("Acme Print Ltd");
        acme.email = QStringLiteral("orders@acme.example");
        acme.currencyCode = QStringLiteral("GBP");
        m_erp->addCustomer(acme);
        acme.number = QStringLiteral("WEB");
        acme.email = QStringLiteral("web@shop.example");
        m_erp->addCustomer(acme);
        m_erp->addItem(QStringLiteral("1000"));
        m_shop = new FakeShopSource(QStringLiteral("web"));
        StagedOrder broken = pipelineOrder(QStringLiteral("1005"), QString(), QString());
        broken.status = OrderStatus::Quarantined;
        broken.reason = QStringLiteral("line_items[0].quantity: -1 is negative");
        broken.lines.clear();
        m_shop->setOrders(
            {pipelineOrder(QStringLiteral("1001"), QStringLiteral("17"),
                           QStringLiteral("orders@acme.example")),
             pipelineOrder(QStringLiteral("1002"), QString(), QStringLiteral("new@example.com")),
             pipelineOrder(QStringLiteral("1003"), QString(), QStringLiteral(" New@Example.com")),
             pipelineOrder(QStringLiteral("1004"), QStringLiteral("18"), QStringLiteral("b@example.com"),
                           QStringLiteral("NOPE")),
             broken});
        m_directory = new CachedErpDirectory(m_erp, &m_cache);
        for (QObject* o : std::initializer_list<QObject*>{m_erp, m_shop, m_directory})
            o->moveToThread(&m_network);
    }
    void tearDown() {
        for (QObject* o : std::initializer_list<QObject*>{m_directory, m_shop, m_erp})
            if (o)
                QMetaObject::invokeMethod(o, &QObject::deleteLater);
        m_directory = nullptr;
        m_shop = nullptr;
        m_erp = nullptr;
        closeDatabase();
    }

    Result<ImportSummary> runPass(int wave = 0, const QList<qint64>& orderIds = {}) {
        ImportPipeline pipeline(*m_db, {m_erp, m_erp, m_directory, {m_shop}});
        ImportPipeline::Options options;
        options.holder = QStringLiteral("test");
        options.submitBatch = wave;
        options.orderIds = orderIds;
        return pipeline.run(options);
    }
    StagedOrder stored(const QString& number) {
        auto o = OrderRepository(*m_db).find(QStringLiteral("web"), number);
        return o && *o ? **o : StagedOrder{};
    }
};

} // namespace linkdesk::test
