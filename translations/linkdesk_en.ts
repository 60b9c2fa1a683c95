<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OrderBatch</name>
    <message numerus="yes">
        <location filename="../ui/orders/orderbatch.cpp" line="+89"/>
        <source>%n order(s) will be matched again on the next import.</source>
        <translation>
            <numerusform>%n order will be matched again on the next import.</numerusform>
            <numerusform>%n orders will be matched again on the next import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed order(s) will be tried again on the next import.</source>
        <translation>
            <numerusform>%n failed order will be tried again on the next import.</numerusform>
            <numerusform>%n failed orders will be tried again on the next import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Submitting %n order(s) now…</source>
        <translation>
            <numerusform>Submitting %n order now…</numerusform>
            <numerusform>Submitting %n orders now…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n order(s) had changed meanwhile and were left as they are: %1.</source>
        <translation>
            <numerusform>%n order had changed meanwhile and was left as it is: %1.</numerusform>
            <numerusform>%n orders had changed meanwhile and were left as they are: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n selected order(s) cannot be matched again (submitted or quarantined).</source>
        <translation>
            <numerusform>%n selected order cannot be matched again (submitted or quarantined).</numerusform>
            <numerusform>%n selected orders cannot be matched again (submitted or quarantined).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n selected order(s) did not fail and were left as they are.</source>
        <translation>
            <numerusform>%n selected order did not fail and was left as it is.</numerusform>
            <numerusform>%n selected orders did not fail and were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected order(s) do not wait to be submitted (blocked, needs review, submitted or quarantined): fix them first.</source>
        <translation>
            <numerusform>%n selected order does not wait to be submitted (blocked, needs review, submitted or quarantined): fix it first.</numerusform>
            <numerusform>%n selected orders do not wait to be submitted (blocked, needs review, submitted or quarantined): fix them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../app/import/importpipeline.cpp" line="+81"/>
        <source>Submit now: %n chosen order(s), nothing is fetched.</source>
        <translation>
            <numerusform>Submit now: %n chosen order, nothing is fetched.</numerusform>
            <numerusform>Submit now: %n chosen orders, nothing is fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="+66"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ChooseCustomerDialog</name>
    <message numerus="yes">
        <location filename="../ui/orders/choosecustomerdialog.cpp" line="+302"/>
        <source>%1 is linked to ERP customer %2 %3. %n order(s) of this customer that waited for review or failed are submitted now.</source>
        <translation>
            <numerusform>%1 is linked to ERP customer %2 %3. %n order of this customer that waited for review or failed is submitted now.</numerusform>
            <numerusform>%1 is linked to ERP customer %2 %3. %n orders of this customer that waited for review or failed are submitted now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 is linked to ERP customer %2 %3. %n order(s) of this customer that waited for review or failed are matched again by the next import.</source>
        <translation>
            <numerusform>%1 is linked to ERP customer %2 %3. %n order of this customer that waited for review or failed is matched again by the next import.</numerusform>
            <numerusform>%1 is linked to ERP customer %2 %3. %n orders of this customer that waited for review or failed are matched again by the next import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::CustomersPage</name>
    <message numerus="yes">
        <location filename="../ui/customers/customerspage.cpp" line="+219"/>
        <source>%n or more customer(s), counting…</source>
        <translation>
            <numerusform>%n or more customers, counting…</numerusform>
            <numerusform>%n or more customers, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ErpCustomerSearch</name>
    <message numerus="yes">
        <location filename="../ui/customers/erpcustomersearch.cpp" line="+118"/>
        <source>%n ERP customer(s) shown; there are more: More results lists them.</source>
        <translation>
            <numerusform>%n ERP customer shown; there are more: More results lists them.</numerusform>
            <numerusform>%n ERP customers shown; there are more: More results lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ERP customer(s) found.</source>
        <translation>
            <numerusform>%n ERP customer found.</numerusform>
            <numerusform>%n ERP customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ErpItemPicker</name>
    <message numerus="yes">
        <location filename="../ui/products/erpitempicker.cpp" line="+106"/>
        <source>%n item(s) shown; there are more: More results lists them.</source>
        <translation>
            <numerusform>%n item shown; there are more: More results lists them.</numerusform>
            <numerusform>%n items shown; there are more: More results lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n item found.</numerusform>
            <numerusform>%n items found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::LinkCheck</name>
    <message numerus="yes">
        <location filename="../app/import/linkcheck.cpp" line="+107"/>
        <location line="+9"/>
        <source>The link check stopped after %n link(s): %1 The marks written before stay.</source>
        <translation>
            <numerusform>The link check stopped after %n link: %1 The marks written before stay.</numerusform>
            <numerusform>The link check stopped after %n links: %1 The marks written before stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::LinkCheckBar</name>
    <message numerus="yes">
        <location filename="../ui/customers/linkcheckbar.cpp" line="+38"/>
        <source>Checked %1 of %n link(s)…</source>
        <translation>
            <numerusform>Checked %1 of %n link…</numerusform>
            <numerusform>Checked %1 of %n links…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Check links cancelled after %n link(s); the marks written so far stay.</source>
        <translation>
            <numerusform>Check links cancelled after %n link; the marks written so far stay.</numerusform>
            <numerusform>Check links cancelled after %n links; the marks written so far stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stale link(s) of %1 checked: each says what to do.</source>
        <translation>
            <numerusform>%n stale link of %1 checked: each says what to do.</numerusform>
            <numerusform>%n stale links of %1 checked: each says what to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n link(s) checked are fine.</source>
        <translation>
            <numerusform>The %n link checked is fine.</numerusform>
            <numerusform>All %n links checked are fine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stale mark(s) taken off.</source>
        <translation>
            <numerusform>%n stale mark taken off.</numerusform>
            <numerusform>%n stale marks taken off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+171"/>
        <source>Cleared the ERP look-up cache: %n entries dropped.</source>
        <translation>
            <numerusform>Cleared the ERP look-up cache: %n entry dropped.</numerusform>
            <numerusform>Cleared the ERP look-up cache: %n entries dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::OrdersPage</name>
    <message numerus="yes">
        <location filename="../ui/orders/orderspage.cpp" line="+172"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 of %n order</numerusform>
            <numerusform>%1 of %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+208"/>
        <source>%n product mapping(s) saved, but order %1 changed meanwhile and was not matched again.</source>
        <translation>
            <numerusform>%n product mapping saved, but order %1 changed meanwhile and was not matched again.</numerusform>
            <numerusform>%n product mappings saved, but order %1 changed meanwhile and was not matched again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ProductsPage</name>
    <message numerus="yes">
        <location filename="../ui/products/productspage.cpp" line="+76"/>
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <location line="+19"/>
        <source>%n product mapping(s) imported.</source>
        <translation>
            <numerusform>%n product mapping imported.</numerusform>
            <numerusform>%n product mappings imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n product mapping(s) exported to %1.</source>
        <translation>
            <numerusform>%n product mapping exported to %1.</numerusform>
            <numerusform>%n product mappings exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::RelationsPage</name>
    <message numerus="yes">
        <location filename="../ui/relations/relationspage.cpp" line="+77"/>
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>%n contact relation(s) imported.</source>
        <translation>
            <numerusform>%n contact relation imported.</numerusform>
            <numerusform>%n contact relations imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n contact relation(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact relation exported to %1.</numerusform>
            <numerusform>%n contact relations exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::SubmitNowBar</name>
    <message numerus="yes">
        <location filename="../ui/orders/submitnowbar.cpp" line="+32"/>
        <source>Submitting %n order(s) now…</source>
        <translation>
            <numerusform>Submitting %n order now…</numerusform>
            <numerusform>Submitting %n orders now…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::TestOrderDialog</name>
    <message numerus="yes">
        <location filename="../ui/testorder/testorderdialog.cpp" line="+169"/>
        <source>The first %n; type more to narrow.</source>
        <translation>
            <numerusform>The first %n; type more to narrow.</numerusform>
            <numerusform>The first %n; type more to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::TharsternClient</name>
    <message numerus="yes">
        <location filename="../app/erp/tharsternorders.cpp" line="+335"/>
        <source>answered (%n items).</source>
        <translation>
            <numerusform>answered (%n item).</numerusform>
            <numerusform>answered (%n items).</numerusform>
        </translation>
    </message>
</context>
</TS>
