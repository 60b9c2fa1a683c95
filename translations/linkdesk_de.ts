<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/audit/auditpage.ui" line="+11"/>
        <source>Filter by who, what, which or value</source>
        <translation>Nach Benutzer, Art, Objekt oder Wert filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
</context>
<context>
    <name>ChooseCustomerDialog</name>
    <message>
        <location filename="../ui/orders/choosecustomerdialog.ui" line="+9"/>
        <source>Choose the ERP customer</source>
        <translation>ERP-Kunden wählen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>E-mail or ERP customer number</source>
        <translation>E-Mail oder ERP-Kundennummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search the ERP</source>
        <translation>Im ERP &amp;suchen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ask the ERP &amp;again</source>
        <translation>ERP &amp;erneut fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read this customer from the ERP again, once it is unblocked there</source>
        <translation>Diesen Kunden erneut aus dem ERP lesen, sobald er dort entsperrt ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why this customer (required; kept with the link in the audit log)</source>
        <translation>Warum dieser Kunde (Pflicht; wird mit der Verknüpfung im Änderungsprotokoll festgehalten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit the re-queued orders &amp;now, without waiting for the next import</source>
        <translation>Die wieder eingereihten Bestellungen &amp;jetzt übermitteln, ohne auf den nächsten Import zu warten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Link to the chosen customer</source>
        <translation>Mit dem gewählten Kunden &amp;verknüpfen</translation>
    </message>
</context>
<context>
    <name>ConnectLinkDialog</name>
    <message>
        <location filename="../ui/customers/connectlinkdialog.ui" line="+9"/>
        <source>Connect Link</source>
        <translation>Kunde verknüpfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shop customer</source>
        <translation>Shop-Kunde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ERP customer:</source>
        <translation>ERP-Kunde:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set by:</source>
        <translation>Festgelegt von:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stale:</source>
        <translation>Veraltet:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Linked ERP customer, as the ERP has it now</source>
        <translation>Verknüpfter ERP-Kunde, wie er jetzt im ERP steht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Match trace of the latest order</source>
        <translation>Abgleichprotokoll der letzten Bestellung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search the ERP</source>
        <translation>Im ERP suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail, customer number or name</source>
        <translation>E-Mail, Kundennummer oder Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matches</source>
        <translation>Warum er passt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>More results</source>
        <translation>Weitere Ergebnisse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the link</source>
        <translation>Verknüpfung ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ERP customer &amp;number:</source>
        <translation>ERP-Kunden&amp;nummer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a candidate or type a number</source>
        <translation>Kandidaten wählen oder Nummer eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the link changes (kept in the audit log)</source>
        <translation>Warum sich die Verknüpfung ändert (wird im Änderungsprotokoll festgehalten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear link</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo last change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
</context>
<context>
    <name>ConnectionsTab</name>
    <message>
        <location filename="../ui/settings/connectionstab.ui" line="+9"/>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credentials (kept in the system keychain)</source>
        <translation>Zugangsdaten (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save cre&amp;dentials</source>
        <translation>&amp;Zugangsdaten speichern</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/customers/customerspage.ui" line="+11"/>
        <source>Filter by e-mail, name, company or number</source>
        <translation>Nach E-Mail, Name, Firma oder Nummer filtern</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Chec&amp;k links</source>
        <translation>Verknüpfungen &amp;prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every link (of the shop chosen above) in the ERP: links whose customer is gone, blocked or has another e-mail are marked stale, with what to do</source>
        <translation>Jede Verknüpfung (des oben gewählten Shops) im ERP prüfen: Verknüpfungen, deren Kunde fehlt, gesperrt ist oder eine andere E-Mail hat, werden als veraltet markiert, mit dem, was zu tun ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connect Link…</source>
        <translation>Kunde &amp;verknüpfen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See and change the ERP customer this customer is linked to (Enter or double-click)</source>
        <translation>Den ERP-Kunden ansehen und ändern, mit dem dieser Kunde verknüpft ist (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test &amp;order as customer…</source>
        <translation>Test&amp;bestellung als Kunde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place a test order as this customer: the customer code it would use and the prices under it</source>
        <translation>Eine Testbestellung als dieser Kunde aufgeben: welche Kundennummer sie verwenden würde und die Preise dafür</translation>
    </message>
</context>
<context>
    <name>ErpItemPicker</name>
    <message>
        <location filename="../ui/products/erpitempicker.ui" line="+23"/>
        <source>ERP item number or name</source>
        <translation>ERP-Artikelnummer oder Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the ERP</source>
        <translation>Im ERP suchen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>More results</source>
        <translation>Weitere Ergebnisse</translation>
    </message>
</context>
<context>
    <name>FilePreviewDialog</name>
    <message>
        <location filename="../ui/settings/filepreviewdialog.ui" line="+9"/>
        <source>Preview of an order file</source>
        <translation>Vorschau einer Bestelldatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>HttpResult</name>
    <message>
        <location filename="../app/net/httpresult.cpp" line="+59"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proxy failed</source>
        <translation>der Proxy ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not accept the sign-in</source>
        <translation>%1 hat die Anmeldung nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not allow this to the account Linkdesk signs in with</source>
        <translation>%1 erlaubt dies dem Konto nicht, mit dem sich Linkdesk anmeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not know what was asked for</source>
        <translation>%1 kennt das Angefragte nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is busy (too many requests); try again later.</source>
        <translation>%1 ist ausgelastet (zu viele Anfragen); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not available right now</source>
        <translation>%1 ist gerade nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had an internal error</source>
        <translation>%1 hatte einen internen Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request</source>
        <translation>%1 hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1: %2</source>
        <translation>%1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 is not secure: its certificate or the TLS handshake was refused.</source>
        <translation>Die Verbindung ist nicht sicher (%1): das Zertifikat oder der TLS-Handshake wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of %1 is not a valid http(s) URL.</source>
        <translation>Die Adresse (%1) ist keine gültige http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../ui/import/importpage.ui" line="+11"/>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start &amp;import</source>
        <translation>&amp;Import starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fetch orders</source>
        <translation>Bestellungen abrufen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Match customers and items</source>
        <translation>Kunden und Artikel abgleichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Submit sales orders</source>
        <translation>Verkaufsaufträge übermitteln</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The import&apos;s log appears here.</source>
        <translation>Hier erscheint das Protokoll des Imports.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../ui/settings/languagetab.ui" line="+11"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own choice, kept for you on this computer. Linkdesk shows the new language the next time it starts.</source>
        <translation>Ihre eigene Wahl, für Sie auf diesem Computer gespeichert. Linkdesk zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <location filename="../app/util/logfile.cpp" line="+136"/>
        <source>Cannot create the log folder %1.</source>
        <translation>Der Protokollordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+9"/>
        <source>Linkdesk</source>
        <translation>Linkdesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs attention</source>
        <translation>Zu erledigen</translation>
    </message>
</context>
<context>
    <name>MappingEditDialog</name>
    <message>
        <location filename="../ui/products/mappingeditdialog.ui" line="+9"/>
        <source>Product mapping</source>
        <translation>Produktzuordnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Empty for a product without a SKU</source>
        <translation>Leer bei einem Produkt ohne SKU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Product id:</source>
        <translation>&amp;Produkt-ID:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Variation id:</source>
        <translation>&amp;Varianten-ID:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;ERP item number:</source>
        <translation>&amp;ERP-Artikelnummer:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find the ERP item</source>
        <translation>ERP-Artikel suchen</translation>
    </message>
</context>
<context>
    <name>MatchingTab</name>
    <message>
        <location filename="../ui/settings/matchingtab.ui" line="+11"/>
        <source>Settings for:</source>
        <translation>Einstellungen für:</translation>
    </message>
</context>
<context>
    <name>OrderBatch</name>
    <message>
        <location filename="../ui/orders/orderbatch.cpp" line="+73"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 will be matched again on the next import.</source>
        <translation>Bestellung %1 wird beim nächsten Import neu abgeglichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 will be tried again on the next import.</source>
        <translation>Bestellung %1 wird beim nächsten Import erneut versucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting order %1 now…</source>
        <translation>Bestellung %1 wird jetzt übermittelt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 changed meanwhile (it is now %2), so nothing was done. The list is refreshed: look at it again.</source>
        <translation>Bestellung %1 hat sich inzwischen geändert (Status jetzt: %2), daher wurde nichts getan. Die Liste wurde aktualisiert: Bitte sehen Sie sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) will be matched again on the next import.</source>
        <translation>
            <numerusform>%n Bestellung wird beim nächsten Import neu abgeglichen.</numerusform>
            <numerusform>%n Bestellungen werden beim nächsten Import neu abgeglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed order(s) will be tried again on the next import.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Bestellung wird beim nächsten Import erneut versucht.</numerusform>
            <numerusform>%n fehlgeschlagene Bestellungen werden beim nächsten Import erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Submitting %n order(s) now…</source>
        <translation>
            <numerusform>%n Bestellung wird jetzt übermittelt…</numerusform>
            <numerusform>%n Bestellungen werden jetzt übermittelt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (now %2)</source>
        <translation>%1 (jetzt %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) had changed meanwhile and were left as they are: %1.</source>
        <translation>
            <numerusform>%n Bestellung hatte sich inzwischen geändert und blieb unverändert: %1.</numerusform>
            <numerusform>%n Bestellungen hatten sich inzwischen geändert und blieben unverändert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other orders could not be changed: %1</source>
        <translation>Die übrigen Bestellungen konnten nicht geändert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n selected order(s) cannot be matched again (submitted or quarantined).</source>
        <translation>
            <numerusform>%n ausgewählte Bestellung kann nicht neu abgeglichen werden (übermittelt oder in Quarantäne).</numerusform>
            <numerusform>%n ausgewählte Bestellungen können nicht neu abgeglichen werden (übermittelt oder in Quarantäne).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n selected order(s) did not fail and were left as they are.</source>
        <translation>
            <numerusform>%n ausgewählte Bestellung ist nicht fehlgeschlagen und blieb unverändert.</numerusform>
            <numerusform>%n ausgewählte Bestellungen sind nicht fehlgeschlagen und blieben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected order(s) do not wait to be submitted (blocked, needs review, submitted or quarantined): fix them first.</source>
        <translation>
            <numerusform>%n ausgewählte Bestellung wartet nicht auf die Übermittlung (gesperrt, zu prüfen, übermittelt oder in Quarantäne): Beheben Sie das zuerst.</numerusform>
            <numerusform>%n ausgewählte Bestellungen warten nicht auf die Übermittlung (gesperrt, zu prüfen, übermittelt oder in Quarantäne): Beheben Sie das zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderMappingTab</name>
    <message>
        <location filename="../ui/settings/ordermappingtab.ui" line="+9"/>
        <source>Which field of the ERP sales order&apos;s header is filled from which order field or constant. The greyed rows are always set from the order itself and cannot be changed; point at a field to see the name the ERP gives it. The lines are described and priced as the tab Order lines says.</source>
        <translation>Welches Feld im Kopf des ERP-Verkaufsauftrags aus welchem Bestellfeld oder welcher Konstante gefüllt wird. Die grauen Zeilen werden immer aus der Bestellung selbst gesetzt und können nicht geändert werden; zeigen Sie auf ein Feld, um den Namen zu sehen, den das ERP ihm gibt. Die Zeilen werden beschrieben und bepreist, wie es die Registerkarte Auftragszeilen sagt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add row</source>
        <translation>&amp;Neue Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move row</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../ui/orders/orderspage.ui" line="+11"/>
        <source>Filter by order number, e-mail, reason, ERP number or SKU</source>
        <translation>Nach Bestellnummer, E-Mail, Grund, ERP-Nummer oder SKU filtern</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Re-&amp;match</source>
        <translation>Neu a&amp;bgleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the ERP customer, the items and the trace, and match the order again on the next import</source>
        <translation>ERP-Kunde, Artikel und Abgleichprotokoll verwerfen und die Bestellung beim nächsten Import neu abgleichen</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset the attempts of a failed order so the next import submits it again</source>
        <translation>Versuche einer fehlgeschlagenen Bestellung zurücksetzen, damit der nächste Import sie erneut übermittelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Submit now</source>
        <translation>Jetzt &amp;übermitteln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match and submit the selected orders now, without waiting for the next import</source>
        <translation>Die ausgewählten Bestellungen jetzt abgleichen und übermitteln, ohne auf den nächsten Import zu warten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open tr&amp;ace…</source>
        <translation>Pro&amp;tokoll…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map &amp;product…</source>
        <translation>&amp;Produkt zuordnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose customer…</source>
        <translation>K&amp;unden wählen…</translation>
    </message>
</context>
<context>
    <name>ProductMappingDialog</name>
    <message>
        <location filename="../ui/orders/productmappingdialog.ui" line="+9"/>
        <source>Map a SKU</source>
        <translation>SKU zuordnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find the ERP item</source>
        <translation>ERP-Artikel suchen</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../ui/products/productspage.ui" line="+11"/>
        <source>Filter by SKU, product id or ERP item</source>
        <translation>Nach SKU, Produkt-ID oder ERP-Artikel filtern</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ed&amp;it…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV ex&amp;portieren…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/util/crossthread.h" line="+71"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/import/importpipeline.cpp" line="+63"/>
        <source>The import has no ERP connection configured.</source>
        <translation>Für den Import ist keine ERP-Verbindung eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Submit now: %n chosen order(s), nothing is fetched.</source>
        <translation>
            <numerusform>Jetzt übermitteln: %n gewählte Bestellung, nichts wird abgerufen.</numerusform>
            <numerusform>Jetzt übermitteln: %n gewählte Bestellungen, nichts wird abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Fetching orders of %1 modified after %2.</source>
        <translation>Abruf der nach %2 geänderten Bestellungen von %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching every order of %1.</source>
        <translation>Abruf aller Bestellungen von %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching orders of %1 failed: %2</source>
        <translation>Abruf der Bestellungen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 orders changed in the shop after they were submitted; flagged for staff, not submitted again.</source>
        <translation>%1: %2 Bestellungen wurden nach der Übermittlung im Shop geändert; zur Prüfung markiert, nicht erneut übermittelt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/testorder/testorderdialog.cpp" line="+34"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching orders of %1 stopped: %2</source>
        <translation>Abruf der Bestellungen von %1 abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Matching %1 orders.</source>
        <translation>%1 Bestellungen werden abgeglichen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>ERP customer %1 is blocked</source>
        <translation>ERP-Kunde %1 ist gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP customer %1 no longer exists</source>
        <translation>ERP-Kunde %1 existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the ERP refused it and %2: matching it again.</source>
        <translation>%1: vom ERP abgelehnt, und %2: wird neu zugeordnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; matched again.</source>
        <translation>%1; neu zugeordnet.</translation>
    </message>
    <message>
        <location filename="../app/match/matchsession.cpp" line="+144"/>
        <source>%1: %2 Matching again.</source>
        <translation>%1: %2 Erneuter Abgleich.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating %1 ERP customers.</source>
        <translation>%1 ERP-Kunden werden angelegt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Created ERP customer %1 (%2) for %3 from template &quot;%4&quot;.</source>
        <translation>ERP-Kunde %1 (%2) für %3 aus der Vorlage „%4“ angelegt.</translation>
    </message>
    <message>
        <location filename="../app/import/ordersubmitter.cpp" line="+128"/>
        <source>Already in the ERP as %1 (an earlier attempt got through).</source>
        <translation>Bereits als %1 im ERP (ein früherer Versuch war erfolgreich).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 Gave up after %2 attempts; retry it from the Orders page.</source>
        <translation>%1 Nach %2 Versuchen aufgegeben; wiederholen Sie sie auf der Seite „Bestellungen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (attempt %2 of %3; the next import retries it)</source>
        <translation>%1 (Versuch %2 von %3; der nächste Import versucht es erneut)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Submitting %1 orders.</source>
        <translation>%1 Bestellungen werden übermittelt.</translation>
    </message>
    <message>
        <location filename="../app/wiring/importservices.cpp" line="+20"/>
        <source>The profile names no ERP (its [erp] type must be businesscentral or tharstern).</source>
        <translation>Das Profil nennt kein ERP (type im Abschnitt [erp] muss businesscentral oder tharstern sein).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ERP secret %1 is not available: %2</source>
        <translation>Der ERP-Zugangsschlüssel %1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secret %1 of shop %2 is not available: %3</source>
        <translation>Der Zugangsschlüssel %1 von Shop %2 ist nicht verfügbar: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shop %1 has type &quot;%2&quot;; use woocommerce or file.</source>
        <translation>Shop %1 hat den Typ „%2“; verwenden Sie woocommerce oder file.</translation>
    </message>
    <message>
        <location filename="../app/import/importsummary.cpp" line="+25"/>
        <source>Fetched %1 orders (%2 quarantined). Matched %3, blocked %4, needs review %5. Submitted %6, failed %7.
</source>
        <translation>%1 Bestellungen abgerufen (%2 in Quarantäne). Abgeglichen %3, gesperrt %4, Prüfung nötig %5. Übermittelt %6, fehlgeschlagen %7.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers: %1 created; linked by e-mail %2, existing link %3, contact %4, created %5, default customer %6.</source>
        <translation>Kunden: %1 angelegt; verknüpft per E-Mail %2, bestehende Verknüpfung %3, Kontakt %4, angelegt %5, Standardkunde %6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Cancelled: the rest is picked up by the next import.</source>
        <translation>
Abgebrochen: Der Rest wird beim nächsten Import verarbeitet.</translation>
    </message>
    <message>
        <location filename="../app/erp/salesorderbuilder.cpp" line="+124"/>
        <source>Order %1 has no ERP customer.</source>
        <translation>Bestellung %1 hat keinen ERP-Kunden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The order mapping fills %1 from &quot;%2&quot;, which is not an order field (known: %3).</source>
        <translation>Die Auftragszuordnung füllt %1 aus „%2“, das kein Bestellfeld ist (bekannt: %3).</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Line %1 of order %2 (%3) has no ERP item.</source>
        <translation>Zeile %1 der Bestellung %2 (%3) hat keinen ERP-Artikel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 of order %2 (%3) has no price from the shop (&quot;%4&quot;), and line_price_source is shop.</source>
        <translation>Zeile %1 der Bestellung %2 (%3) hat keinen Preis aus dem Shop (&quot;%4&quot;), und line_price_source ist shop.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 charges %2 of &quot;%3&quot;, which is not an amount.</source>
        <translation>Bestellung %1 berechnet %2 von &quot;%3&quot;, was kein Betrag ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 charges %2 (%3) and %4 says to send it as a line, but %5 names no ERP item or account for it.</source>
        <translation>Bestellung %1 berechnet %2 (%3), und %4 verlangt dafür eine Zeile, aber %5 nennt keinen ERP-Artikel und kein Konto dafür.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The order mapping fills %1, which is set from the order (the matched customer, the external document number and the lines): remove that row on Settings → Order mapping.</source>
        <translation>Die Auftragszuordnung füllt %1, das aus der Bestellung kommt (der abgeglichene Kunde, die externe Belegnummer und die Zeilen): Entfernen Sie diese Zeile unter Einstellungen → Auftragszuordnung.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order %1 has no lines.</source>
        <translation>Bestellung %1 hat keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/import/testorder.cpp" line="+115"/>
        <source>A test order needs at least one product.</source>
        <translation>Eine Testbestellung braucht mindestens ein Produkt.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Shop %1 has no customer %2 in Linkdesk yet (import its orders first).</source>
        <translation>Shop %1 hat in Linkdesk noch keinen Kunden %2 (importieren Sie zuerst die Bestellungen des Shops).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose the shop the test order is placed in.</source>
        <translation>Wählen Sie den Shop, in dem die Testbestellung aufgegeben wird.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A customer who has not ordered yet needs an e-mail address.</source>
        <translation>Ein Kunde, der noch nicht bestellt hat, braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>would create a customer from template &quot;%1&quot;</source>
        <translation>würde einen Kunden aus der Vorlage „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default customer</source>
        <translation>Standardkunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing link</source>
        <translation>bestehende Verknüpfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>test order: Link for real</source>
        <translation>Testbestellung: Wirklich verknüpfen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Link for real did not finish: %1</source>
        <translation>Wirklich verknüpfen wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../ui/testorder/testorderdialog.cpp" line="-4"/>
        <source>(no price asked: no code or no item)</source>
        <translation>(kein Preis abgefragt: kein Code oder kein Artikel)</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="+25"/>
        <source>Linkdesk</source>
        <translation>Linkdesk</translation>
    </message>
    <message>
        <location filename="../ui/dialogshots.cpp" line="+38"/>
        <location line="+55"/>
        <source>The ERP did not connect.</source>
        <translation>Das ERP hat sich nicht verbunden.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+88"/>
        <source>No order needs review.</source>
        <translation>Keine Bestellung ist zu prüfen.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Choose customer could not be opened.</source>
        <translation>Kunden wählen konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo customer Ashdown Estate Agents was not found.</source>
        <translation>Der Demo-Kunde Ashdown Estate Agents wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The test order got no answer.</source>
        <translation>Die Testbestellung hat keine Antwort erhalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No customer is linked.</source>
        <translation>Kein Kunde ist verknüpft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect Link could not be opened.</source>
        <translation>„Kunde verknüpfen“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The trace could not be opened.</source>
        <translation>Das Abgleichprotokoll konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose-customer (on the first order that needs review), connect-link (on the first linked customer), test-order (as a demo customer, placed), trace (of the first order that needs review)</source>
        <translation>choose-customer (zur ersten Bestellung, die geprüft werden muss), connect-link (zum ersten verknüpften Kunden), test-order (als Demo-Kunde, aufgegeben), trace (der ersten Bestellung, die geprüft werden muss)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no dialog &quot;%1&quot;; the dialogs are: %2.</source>
        <translation>Es gibt keinen Dialog „%1“; die Dialoge sind: %2.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="+41"/>
        <source>Links webshop customers and orders to the ERP.</source>
        <translation>Verknüpft Webshop-Kunden und -Bestellungen mit dem ERP.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile (INI) to use; default: the user&apos;s own.</source>
        <translation>Das zu verwendende Profil (INI); Standard: das eigene des Benutzers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Das Fenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this page first (its title, e.g. Import).</source>
        <translation>Zuerst diese Seite öffnen (ihr Titel, z. B. Import).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The language of the window (en, de, nl); default: the one chosen in Settings, else the system&apos;s.</source>
        <translation>Die Sprache des Fensters (en, de, nl); Standard: die in den Einstellungen gewählte, sonst die des Systems.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With --screenshot: the window&apos;s size; default 1280x800.</source>
        <translation>Mit --screenshot: die Größe des Fensters; Standard 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: render this dialog instead of the window: %1.</source>
        <translation>Mit --screenshot: diesen Dialog statt des Fensters zeichnen: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no language &quot;%1&quot;; the languages are: %2.</source>
        <translation>Es gibt keine Sprache „%1“; verfügbar sind: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no page &quot;%1&quot;; the pages are: %2.</source>
        <translation>Es gibt keine Seite „%1“; die Seiten sind: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size takes the width and height in pixels, like 1024x700.</source>
        <translation>--size nimmt Breite und Höhe in Pixeln, etwa 1024x700.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write the screenshot %1.</source>
        <translation>Der Screenshot %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/import/ordersubmitter.cpp" line="-54"/>
        <source>%1. Its submit&apos;s outcome is unknown, so it is not sent again on its own: check the ERP, then resolve it on the Orders page or with linkdesk-cli orders resolve %2 %3 --submitted ERPORDER (or --resubmit).</source>
        <translation>%1. Das Ergebnis der Übermittlung ist unbekannt, daher wird sie nicht von selbst erneut gesendet: Prüfen Sie das ERP und klären Sie sie dann auf der Seite Bestellungen oder mit linkdesk-cli orders resolve %2 %3 --submitted ERPORDER (oder --resubmit).</translation>
    </message>
    <message>
        <location filename="../app/import/defaultcustomers.cpp" line="+19"/>
        <source>installation default</source>
        <translation>Standard der Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop %1</source>
        <translation>Shop %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shops %1</source>
        <translation>Shops %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No default customer is set (%1): orders that are not linked wait for review.</source>
        <translation>Kein Standardkunde ist gesetzt (%1): Nicht verknüpfte Bestellungen warten auf Prüfung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No ERP connection is configured.</source>
        <translation>Es ist keine ERP-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default customer %1 (%2) could not be checked: %3</source>
        <translation>Der Standardkunde %1 (%2) konnte nicht geprüft werden: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default customer %1 (%2) is not in the ERP.</source>
        <translation>Der Standardkunde %1 (%2) ist nicht im ERP vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default customer %1 (%2, %3) is blocked in the ERP%4.</source>
        <translation>Der Standardkunde %1 (%2, %3) ist im ERP gesperrt%4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default customer %1 (%2) is in the ERP: %3.</source>
        <translation>Der Standardkunde %1 (%2) ist im ERP vorhanden: %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The import stopped before matching any order: %1 Nothing was booked or submitted; the next import tries again.</source>
        <translation>Der Import wurde angehalten, bevor eine Bestellung zugeordnet wurde: %1 Nichts wurde gebucht oder übermittelt; der nächste Import versucht es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped before matching any order: %1 Set default_customer_code to a customer the ERP has and does not block (Settings, Matching; or linkdesk-cli settings set default_customer_code CODE [--shop SHOP]). Nothing was booked or submitted; the orders are imported once it is fixed.</source>
        <translation>Der Import wurde angehalten, bevor eine Bestellung zugeordnet wurde: %1 Setzen Sie default_customer_code auf einen Kunden, den das ERP hat und nicht sperrt (Einstellungen, Abgleich; oder linkdesk-cli settings set default_customer_code CODE [--shop SHOP]). Nichts wurde gebucht oder übermittelt; die Bestellungen werden importiert, sobald das behoben ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RelationEditDialog</name>
    <message>
        <location filename="../ui/relations/relationeditdialog.ui" line="+9"/>
        <source>Contact relation</source>
        <translation>Kontaktbeziehung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every order of this shop customer (a B2B sub-login, say) is booked to the ERP customer below; no ERP card is created for the shop customer.</source>
        <translation>Jede Bestellung dieses Shop-Kunden (etwa eines B2B-Unterkontos) wird auf den ERP-Kunden unten gebucht; für den Shop-Kunden wird keine ERP-Karte angelegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shop &amp;customer id:</source>
        <translation>Shop-&amp;Kunden-ID:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;ERP customer number:</source>
        <translation>&amp;ERP-Kundennummer:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why this customer&apos;s orders go to another ERP customer</source>
        <translation>Warum die Bestellungen dieses Kunden an einen anderen ERP-Kunden gehen</translation>
    </message>
</context>
<context>
    <name>RelationsPage</name>
    <message>
        <location filename="../ui/relations/relationspage.ui" line="+11"/>
        <source>Filter by shop customer, e-mail, ERP customer or reason</source>
        <translation>Nach Shop-Kunde, E-Mail, ERP-Kunde oder Grund filtern</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ed&amp;it…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV ex&amp;portieren…</translation>
    </message>
</context>
<context>
    <name>ResolveOrderDialog</name>
    <message>
        <location filename="../ui/orders/resolveorderdialog.ui" line="+9"/>
        <source>Resolve order</source>
        <translation>Bestellung klären</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ERP &amp;has it, as order number:</source>
        <translation>Das ERP &amp;hat sie, mit der Bestellnummer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ERP&apos;s order number</source>
        <translation>Die Bestellnummer im ERP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ERP does &amp;not have it: submit it anew with the next import</source>
        <translation>Das ERP hat sie &amp;nicht: beim nächsten Import neu übermitteln</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.ui" line="+14"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drops the changes not saved, on every tab</source>
        <translation>Verwirft die nicht gespeicherten Änderungen auf allen Registerkarten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saves the changes of every tab together</source>
        <translation>Speichert die Änderungen aller Registerkarten gemeinsam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../ui/settings/templatestab.ui" line="+9"/>
        <source>A customer Linkdesk creates in the ERP gets the field values of the most specific template whose rules fit; an empty rule fits anything, and a lower priority wins among equally specific templates. Choose a template to fill in its fields below; an empty field is not sent.</source>
        <translation>Ein Kunde, den Linkdesk im ERP anlegt, erhält die Feldwerte der spezifischsten Vorlage, deren Regeln passen; eine leere Regel passt auf alles, und unter gleich spezifischen Vorlagen gewinnt die niedrigere Priorität. Wählen Sie eine Vorlage, um unten ihre Felder auszufüllen; ein leeres Feld wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add template</source>
        <translation>Vorlage hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move template</source>
        <translation>Vorlage ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>TestOrderDialog</name>
    <message>
        <location filename="../ui/testorder/testorderdialog.ui" line="+9"/>
        <source>Test order as customer</source>
        <translation>Testbestellung als Kunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place it as:</source>
        <translation>Aufgeben als:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A shop customer in &amp;Linkdesk</source>
        <translation>Ein Shop-Kunde in &amp;Linkdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A customer who has &amp;not ordered yet</source>
        <translation>Ein Kunde, der &amp;noch nicht bestellt hat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>F&amp;ind:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part of an e-mail address or a name</source>
        <translation>Teil einer E-Mail-Adresse oder eines Namens</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop customer ID</source>
        <translation>Shop-Kunden-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop &amp;customer ID:</source>
        <translation>Shop-&amp;Kunden-ID:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer&apos;s ID in the shop (picking one above fills it in)</source>
        <translation>Die ID des Kunden im Shop (wird beim Auswählen oben eingetragen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;E-mail:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compan&amp;y:</source>
        <translation>Fi&amp;rma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;urrency and country:</source>
        <translation>Währun&amp;g und Land:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shop customer I&amp;D:</source>
        <translation>Shop-Kunden-I&amp;D:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: their account in the shop; empty for a guest</source>
        <translation>Optional: sein Konto im Shop; leer für einen Gast</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products, quantities and the shop&apos;s prices (optional):</source>
        <translation>Produkte, Mengen und die Preise des Shops (optional):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add product</source>
        <translation>Produkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Place test order (not submitted)</source>
        <translation>Testbestellung &amp;aufgeben (nicht übermittelt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link &amp;for real…</source>
        <translation>&amp;Wirklich verknüpfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does to this customer what their first order would: writes the link, or creates the ERP customer and links it. Submits no sales order.</source>
        <translation>Tut mit diesem Kunden, was seine erste Bestellung täte: schreibt die Verknüpfung oder legt den ERP-Kunden an und verknüpft ihn. Übermittelt keinen Verkaufsauftrag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer code:</source>
        <translation>Kundencode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Price, linked code:</source>
        <translation>Preis, verknüpfter Code:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Price, default code:</source>
        <translation>Preis, Standardcode:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order lines:</source>
        <translation>Auftragszeilen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prices per line:</source>
        <translation>Preise je Zeile:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
</context>
<context>
    <name>TharsternSettingsWidget</name>
    <message>
        <location filename="../ui/settings/tharsternsettingswidget.ui" line="+6"/>
        <source>Tharstern</source>
        <translation>Tharstern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://mis.example.com/TharsternAPI</source>
        <translation>https://mis.example.com/TharsternAPI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API user (e-&amp;mail)</source>
        <translation>API-Ben&amp;utzer (E-Mail)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application &amp;ID</source>
        <translation>Anwendungs-&amp;ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers by e-mail</source>
        <translation>Kunden per E-Mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail search path</source>
        <translation>Pfad der E-Mail-Suche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail search parameter</source>
        <translation>Parameter der E-Mail-Suche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer create path</source>
        <translation>Pfad zum Anlegen von Kunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contacts path</source>
        <translation>Pfad der Kontakte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer name search path</source>
        <translation>Pfad der Kundensuche nach Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer name search parameter</source>
        <translation>Parameter der Kundensuche nach Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Product search path</source>
        <translation>Pfad der Produktsuche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Product search parameter</source>
        <translation>Parameter der Produktsuche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tharstern answers a repeated UniqueSubmitOrderID with the first order</source>
        <translation>Tharstern beantwortet eine wiederholte UniqueSubmitOrderID mit der ersten Bestellung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tharstern publishes no e-mail search or customer create: ask the site&apos;s Tharstern administrator which paths its API offers, then use Test connection. Without an e-mail search, choose the directory of customers and contacts. The search by name (Connect Link, the ERP item picker) is a guess too: the path and parameter the site searches customers and products by name with. Tick the last box only if Tharstern is known to de-duplicate orders: otherwise an order whose submit outcome is unknown waits for staff.</source>
        <translation>Tharstern veröffentlicht weder eine E-Mail-Suche noch das Anlegen von Kunden: Fragen Sie den Tharstern-Administrator des Standorts, welche Pfade seine API anbietet, und verwenden Sie dann Verbindung testen. Ohne E-Mail-Suche wählen Sie das Verzeichnis der Kunden und Kontakte. Auch die Suche nach Name (Connect Link, die ERP-Artikelauswahl) ist eine Annahme: Pfad und Parameter, mit denen der Standort Kunden und Produkte nach Name sucht. Setzen Sie das letzte Häkchen nur, wenn bekannt ist, dass Tharstern doppelte Bestellungen erkennt: Sonst wartet eine Bestellung, deren Übermittlungsergebnis unbekannt ist, auf Ihre Prüfung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save to profile</source>
        <translation>Im Profil speichern</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <location filename="../ui/orders/tracedialog.ui" line="+9"/>
        <source>Match trace</source>
        <translation>Abgleichprotokoll</translation>
    </message>
</context>
<context>
    <name>linkdesk</name>
    <message>
        <location filename="../app/wiring/erpclientfactory.cpp" line="+19"/>
        <source>The profile&apos;s [erp] section needs %1.</source>
        <translation>Der Abschnitt [erp] des Profils braucht %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No HTTP client for the ERP.</source>
        <translation>Kein HTTP-Client für das ERP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>The profile&apos;s [erp] api_url is not an http(s) URL: %1</source>
        <translation>api_url im Abschnitt [erp] des Profils ist keine http(s)-URL: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The profile&apos;s [erp] token_url is not an http(s) URL: %1</source>
        <translation>token_url im Abschnitt [erp] des Profils ist keine http(s)-URL: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Business Central client secret (keychain entry %1) is not set.</source>
        <translation>Das Client-Secret für Business Central (Schlüsselbund-Eintrag %1) ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Tharstern password (keychain entry %1) is not set.</source>
        <translation>Das Tharstern-Passwort (Schlüsselbund-Eintrag %1) ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown ERP type &apos;%1&apos; in the profile: use businesscentral or tharstern.</source>
        <translation>Unbekannter ERP-Typ „%1“ im Profil: Verwenden Sie businesscentral oder tharstern.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The profile&apos;s [erp] customer_search is &quot;%1&quot;; use endpoint or contacts.</source>
        <translation>customer_search im Abschnitt [erp] des Profils ist „%1“; verwenden Sie endpoint oder contacts.</translation>
    </message>
</context>
<context>
    <name>linkdesk::AboutDialog</name>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="+16"/>
        <source>About Linkdesk</source>
        <translation>Über Linkdesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h3&gt;Linkdesk %1&lt;/h3&gt;&lt;p&gt;Imports webshop orders, links each order&apos;s customer to the right ERP customer, matches its items and submits the sales order exactly once.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), used under the GNU Lesser General Public License version 3; and QtKeychain %4, used under the BSD 2-clause licence. Help → About Qt has Qt&apos;s own notice.&lt;/p&gt;&lt;p&gt;Log files: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdesk %1&lt;/h3&gt;&lt;p&gt;Importiert Webshop-Bestellungen, verknüpft den Kunden jeder Bestellung mit dem richtigen ERP-Kunden, gleicht die Artikel ab und übermittelt den Verkaufsauftrag genau einmal.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3), verwendet unter der GNU Lesser General Public License Version 3; und QtKeychain %4, verwendet unter der BSD-2-Klausel-Lizenz. Hilfe → Über Qt enthält den Hinweis von Qt selbst.&lt;/p&gt;&lt;p&gt;Protokolldateien: %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>linkdesk::AttentionPanel</name>
    <message>
        <location filename="../ui/common/attentionpanel.cpp" line="+36"/>
        <source>Needs attention</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale links</source>
        <translation>Veraltete Verknüpfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders waiting for someone to choose their ERP customer.</source>
        <translation>Bestellungen, für die jemand den ERP-Kunden wählen muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders with an item that has no ERP item: map the SKU.</source>
        <translation>Bestellungen mit einem Artikel ohne ERP-Artikel: ordnen Sie die SKU zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders the ERP refused, or whose attempts ran out: read the reason, then retry.</source>
        <translation>Bestellungen, die das ERP abgelehnt hat oder deren Versuche aufgebraucht sind: Grund lesen, dann erneut versuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders that could not be read: their parse error says why.</source>
        <translation>Bestellungen, die nicht gelesen werden konnten: ihr Lesefehler sagt, warum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links whose ERP customer is gone, blocked or changed: check them on the Customers page.</source>
        <translation>Verknüpfungen, deren ERP-Kunde fehlt, gesperrt oder geändert ist: prüfen Sie sie auf der Seite Kunden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2</source>
        <extracomment>A row of the sidebar&apos;s &quot;Needs attention&quot; list: what waits, and how many.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>linkdesk::AuditPage</name>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="+42"/>
        <source>The audit log could not be read: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the audit log…</source>
        <translation>Änderungsprotokoll wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/audittablemodel.cpp" line="+85"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product mapping</source>
        <translation>Produktzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact relation</source>
        <translation>Kontaktbeziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer template</source>
        <translation>Kundenvorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order mapping</source>
        <translation>Auftragszuordnung</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <extracomment>The audit log&apos;s column naming what an entry is about in words (a customer&apos;s name and e-mail).</extracomment>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>linkdesk::BusinessCentralClient</name>
    <message>
        <location filename="../app/erp/businesscentralclient.cpp" line="+89"/>
        <source>Business Central: no HTTP client.</source>
        <translation>Business Central: kein HTTP-Client.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Business Central sign-in failed: the token endpoint answered without an access token.</source>
        <translation>Anmeldung bei Business Central fehlgeschlagen: Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business Central sign-in failed for client id &apos;%1&apos;: %2 Check the client id, the client secret and the tenant.</source>
        <translation>Anmeldung bei Business Central für die Client-ID „%1“ fehlgeschlagen: %2 Prüfen Sie Client-ID, Client-Secret und Mandant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business Central sign-in failed: %1</source>
        <translation>Anmeldung bei Business Central fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Business Central: %1: the answer has no &quot;value&quot; list.</source>
        <translation>Business Central: %1: Die Antwort enthält keine „value“-Liste.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>blocked in Business Central (%1)</source>
        <translation>in Business Central gesperrt (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business Central: no e-mail to search for.</source>
        <translation>Business Central: keine E-Mail-Adresse zum Suchen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>looking up customers by e-mail %1</source>
        <translation>Kundensuche nach E-Mail %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>looking up customer %1</source>
        <translation>Abruf von Kunde %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>looking up item %1</source>
        <translation>Abruf von Artikel %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Business Central: a new customer needs a name.</source>
        <translation>Business Central: Ein neuer Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business Central: creating customer %1 may have succeeded although it failed (%2); look the customer up before creating it again.</source>
        <translation>Business Central: Das Anlegen von Kunde %1 ist trotz des Fehlers möglicherweise gelungen (%2); suchen Sie den Kunden, bevor Sie ihn erneut anlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>creating customer %1</source>
        <translation>beim Anlegen von Kunde %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business Central: creating customer %1: the answer names no customer number.</source>
        <translation>Business Central: Anlegen von Kunde %1: Die Antwort nennt keine Kundennummer.</translation>
    </message>
    <message>
        <location filename="../app/erp/businesscentraldocuments.cpp" line="+80"/>
        <source>looking up the sales order with external document number %1</source>
        <translation>Suche nach dem Verkaufsauftrag mit externer Belegnummer %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Business Central: a sales order needs an external document number of 1 to %1 characters (got &apos;%2&apos;).</source>
        <translation>Business Central: Ein Verkaufsauftrag braucht eine externe Belegnummer mit 1 bis %1 Zeichen (erhalten: „%2“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Business Central: sales order %1 needs a customer and at least one line.</source>
        <translation>Business Central: Verkaufsauftrag %1 braucht einen Kunden und mindestens eine Zeile.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>sales order %1</source>
        <translation>Verkaufsauftrag %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Business Central does not know item %1.</source>
        <translation>Business Central kennt den Artikel %1 nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business Central refused the sales order.</source>
        <translation>Business Central hat den Verkaufsauftrag abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business Central refused the sales order: %1</source>
        <translation>Business Central hat den Verkaufsauftrag abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>pricing for customer %1 through a sales quote</source>
        <translation>bei der Preisermittlung für Kunde %1 über ein Verkaufsangebot</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Business Central: creating sales order %1 failed and it could not be confirmed whether it was created (%2). It is looked up again before the next attempt.</source>
        <translation>Business Central: Anlegen von Verkaufsauftrag %1 fehlgeschlagen, und es ließ sich nicht bestätigen, ob er angelegt wurde (%2). Vor dem nächsten Versuch wird erneut nach ihm gesucht.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>reading the price quote&apos;s lines</source>
        <translation>Lesen der Angebotszeilen</translation>
    </message>
    <message>
        <location filename="../app/erp/businesscentralsearch.cpp" line="+64"/>
        <source>searching customers for “%1”</source>
        <translation>Suche nach Kunden zu „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>searching items for “%1”</source>
        <translation>Suche nach Artikeln zu „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number or a name to search for.</source>
        <translation>Geben Sie eine Nummer oder einen Namen für die Suche ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business Central: %1: there is no page “%2”.</source>
        <translation>Business Central: %1: Es gibt keine Seite „%2“.</translation>
    </message>
</context>
<context>
    <name>linkdesk::CachedErpDirectory</name>
    <message>
        <location filename="../app/erp/cachederpdirectory.cpp" line="+88"/>
        <location line="+47"/>
        <location line="+80"/>
        <source>No ERP connection is configured.</source>
        <translation>Es ist keine ERP-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Searching the ERP for %1: %2</source>
        <translation>Suche im ERP nach %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking up ERP customer %1: %2</source>
        <translation>Abruf von ERP-Kunde %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking up ERP item %1: %2</source>
        <translation>Abruf von ERP-Artikel %1: %2</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The ERP answered %1 prices for %2 lines.</source>
        <translation>Das ERP lieferte %1 Preise für %2 Positionen.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ChooseCustomerDialog</name>
    <message>
        <location filename="../ui/orders/choosecustomerdialog.cpp" line="+47"/>
        <source>Choose the ERP customer — order %1</source>
        <translation>ERP-Kunden wählen — Bestellung %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, customer %2</source>
        <translation>%1, Kunde %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(guest)</source>
        <translation>(Gast)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 of %2 (%3)</source>
        <translation>Bestellung %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting because: %1</source>
        <translation>Wartet, weil: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the order&apos;s customer…</source>
        <translation>Der Kunde der Bestellung wird gelesen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The order&apos;s customer could not be read: %1</source>
        <translation>Der Kunde der Bestellung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This customer is linked to %1 now; linking replaces that.</source>
        <translation>Dieser Kunde ist jetzt mit %1 verknüpft; das Verknüpfen ersetzt das.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ERP connection: the candidates cannot be read.</source>
        <translation>Keine ERP-Verbindung: Die Kandidaten können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>blocked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chosen: %1 %2</source>
        <translation>Gewählt: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the customers above.</source>
        <translation>Wählen Sie einen der Kunden oben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is blocked in the ERP (%2): orders cannot be booked to it. Choose another card, or have it unblocked in the ERP and ask again.</source>
        <translation>%1 ist im ERP gesperrt (%2): Auf ihn können keine Bestellungen gebucht werden. Wählen Sie eine andere Karte oder lassen Sie ihn im ERP entsperren und fragen Sie erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking the ERP about customer %1…</source>
        <translation>Das ERP wird nach Kunde %1 gefragt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ERP could not be asked: %1</source>
        <translation>Das ERP konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP has no customer %1 any more: choose another card.</source>
        <translation>Das ERP hat keinen Kunden %1 mehr: Wählen Sie eine andere Karte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still blocked in the ERP.</source>
        <translation>%1 ist im ERP weiterhin gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer blocked: it can be linked.</source>
        <translation>%1 ist nicht mehr gesperrt: Er kann verknüpft werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is blocked in the ERP: choose another card.</source>
        <translation>%1 ist im ERP gesperrt: Wählen Sie eine andere Karte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a reason: it is kept with the link in the audit log.</source>
        <translation>Geben Sie einen Grund an: Er wird mit der Verknüpfung im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The link could not be saved: %1</source>
        <translation>Die Verknüpfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is linked to ERP customer %2 %3. %n order(s) of this customer that waited for review or failed are submitted now.</source>
        <translation>
            <numerusform>%1 ist mit ERP-Kunde %2 %3 verknüpft. %n Bestellung dieses Kunden, die auf Prüfung wartete oder fehlschlug, wird jetzt übermittelt.</numerusform>
            <numerusform>%1 ist mit ERP-Kunde %2 %3 verknüpft. %n Bestellungen dieses Kunden, die auf Prüfung warteten oder fehlschlugen, werden jetzt übermittelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 is linked to ERP customer %2 %3. %n order(s) of this customer that waited for review or failed are matched again by the next import.</source>
        <translation>
            <numerusform>%1 ist mit ERP-Kunde %2 %3 verknüpft. %n Bestellung dieses Kunden, die auf Prüfung wartete oder fehlschlug, wird beim nächsten Import neu abgeglichen.</numerusform>
            <numerusform>%1 ist mit ERP-Kunde %2 %3 verknüpft. %n Bestellungen dieses Kunden, die auf Prüfung warteten oder fehlschlugen, werden beim nächsten Import neu abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 no longer waited for review and was left as it is.</source>
        <translation>Bestellung %1 wartete nicht mehr auf Prüfung und blieb unverändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The link could not be read again: %1</source>
        <translation>Die Verknüpfung konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1 changed this customer&apos;s link at %2, after you opened this; it is now %3. Their change is kept. Link again if yours should still replace it.</source>
        <translation>Nicht gespeichert: %1 hat die Verknüpfung dieses Kunden um %2 geändert, nachdem Sie dies geöffnet haben; sie ist jetzt %3. Diese Änderung bleibt erhalten. Verknüpfen Sie erneut, wenn Ihre sie dennoch ersetzen soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
</context>
<context>
    <name>linkdesk::ConnectLinkDialog</name>
    <message>
        <location filename="../ui/customers/connectlinkdialog.cpp" line="+59"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No ERP connection configured: you can still link to a typed customer number.</source>
        <translation>Keine ERP-Verbindung eingerichtet: Sie können trotzdem mit einer eingegebenen Kundennummer verknüpfen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This shop customer no longer exists.</source>
        <translation>Diesen Shop-Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The customer could not be read: %1</source>
        <translation>Der Kunde konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, customer %2</source>
        <translation>%1, Kunde %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(guest)</source>
        <translation>(Gast)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency %1</source>
        <translation>Währung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT no. %1</source>
        <translation>USt-IdNr. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect Link — %1</source>
        <translation>Kunde verknüpfen — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 (%2), booked to %3</source>
        <translation>Bestellung %1 (%2), gebucht auf %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order has not been matched yet.</source>
        <translation>Diese Bestellung wurde noch nicht abgeglichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staged order for this customer yet.</source>
        <translation>Für diesen Kunden liegt noch keine Bestellung vor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %1 changed this link at %2, after you opened it; it is now %3. Their change is kept and shown above. Save again if yours should still replace it.</source>
        <translation>Nicht gespeichert: %1 hat diese Verknüpfung am %2 geändert, nachdem Sie sie geöffnet hatten; sie lautet jetzt %3. Diese Änderung bleibt erhalten und wird oben angezeigt. Speichern Sie erneut, wenn Ihre Änderung sie trotzdem ersetzen soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+44"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ERP connection configured.</source>
        <translation>Keine ERP-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not linked to an ERP customer.</source>
        <translation>Mit keinem ERP-Kunden verknüpft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the ERP for customer %1…</source>
        <translation>ERP-Abfrage für Kunde %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ERP could not be asked: %1
Check the ERP connection and open this again.</source>
        <translation>Das ERP konnte nicht abgefragt werden: %1
Prüfen Sie die ERP-Verbindung und öffnen Sie dieses Fenster erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP has no customer %1: the link points to a customer that is gone. Link this shop customer to another one or clear the link.</source>
        <translation>Das ERP hat keinen Kunden %1: Die Verknüpfung zeigt auf einen Kunden, den es nicht mehr gibt. Verknüpfen Sie diesen Shop-Kunden mit einem anderen oder lösen Sie die Verknüpfung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1, currency: %2</source>
        <translation>Land: %1, Währung: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT no.: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked in the ERP: %1</source>
        <translation>Im ERP gesperrt: %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Give a reason for the change first: it is kept with the link in the audit log.</source>
        <translation>Geben Sie zuerst einen Grund für die Änderung an: er wird mit der Verknüpfung im Prüfprotokoll gespeichert.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The link was not changed: %1</source>
        <translation>Die Verknüpfung wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ERP customer %1 has the e-mail %2; this shop customer has %3.</source>
        <translation>ERP-Kunde %1 hat die E-Mail %2; dieser Shop-Kunde hat %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ERP customer %1 is linked already to: %2.</source>
        <translation>ERP-Kunde %1 ist bereits verknüpft mit: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link to %1?</source>
        <translation>Mit %1 verknüpfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this shop customer to %1 anyway?</source>
        <translation>Diesen Shop-Kunden trotzdem mit %1 verknüpfen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not linked.</source>
        <translation>Nicht verknüpft.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Orders of this customer that waited for review or failed are matched again by the next import: %1.</source>
        <translation>Aufträge dieses Kunden, die auf Prüfung warteten oder fehlschlugen, werden beim nächsten Import neu zugeordnet: %1.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Type an ERP customer number or pick a candidate first.</source>
        <translation>Geben Sie zuerst eine ERP-Kundennummer ein oder wählen Sie einen Kandidaten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking ERP customer %1…</source>
        <translation>ERP-Kunde %1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The link was not changed: the ERP could not be asked whether customer %1 exists (%2). Try again when the ERP answers.</source>
        <translation>Die Verknüpfung wurde nicht geändert: Das ERP konnte nicht gefragt werden, ob es Kunde %1 gibt (%2). Versuchen Sie es erneut, wenn das ERP antwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link was not changed: the ERP has no customer %1. Check the number, or search by e-mail.</source>
        <translation>Die Verknüpfung wurde nicht geändert: Das ERP hat keinen Kunden %1. Prüfen Sie die Nummer oder suchen Sie nach E-Mail.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>undo of the last change</source>
        <translation>Rücknahme der letzten Änderung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: someone else changed this link meanwhile. Reading it again…</source>
        <translation>Nicht gespeichert: Jemand anderes hat diese Verknüpfung inzwischen geändert. Sie wird neu gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link could not be saved: %1</source>
        <translation>Die Verknüpfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undone: the link is %1 again.</source>
        <translation>Rückgängig gemacht: Die Verknüpfung ist wieder %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: the link is now %1.</source>
        <translation>Gespeichert: Die Verknüpfung ist jetzt %1.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ConnectionsTab</name>
    <message>
        <location filename="../ui/settings/connectionstab.cpp" line="+27"/>
        <source>Testing the connections…</source>
        <translation>Verbindungen werden getestet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile names no shop.</source>
        <translation>Das Profil nennt keinen Shop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches</source>
        <translation>Stapel (Batches)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on: at most %1 operations per $batch request</source>
        <translation>an: höchstens %1 Vorgänge je $batch-Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off: one request per call</source>
        <translation>aus: eine Anfrage je Aufruf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile file</source>
        <translation>Profildatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This profile needs no credentials.</source>
        <translation>Dieses Profil braucht keine Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to keep the stored value</source>
        <translation>Leer lassen, um den gespeicherten Wert zu behalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview a file…</source>
        <translation>Datei-Vorschau…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a new value into a credential field first.</source>
        <translation>Geben Sie zuerst einen neuen Wert in ein Feld für Zugangsdaten ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credentials saved to the keychain.</source>
        <translation>Zugangsdaten im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some credentials could not be saved to the keychain:
%1</source>
        <translation>Einige Zugangsdaten konnten nicht im Schlüsselbund gespeichert werden:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by %1</source>
        <translation>Gesetzt durch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain error</source>
        <translation>Schlüsselbund-Fehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not everything works:
%1</source>
        <translation>Nicht alles funktioniert:
%1</translation>
    </message>
</context>
<context>
    <name>linkdesk::CustomerTableModel</name>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="+130"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping table</source>
        <translation>Zuordnungstabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP customer</source>
        <translation>ERP-Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERP name</source>
        <translation>ERP-Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set at</source>
        <translation>Festgelegt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>linkdesk::CustomersPage</name>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="+29"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The customers could not be read: %1</source>
        <translation>Die Kunden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Link saved.</source>
        <translation>Verknüpfung gespeichert.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reading customers…</source>
        <translation>Kunden werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n or more customer(s), counting…</source>
        <translation>
            <numerusform>%n oder mehr Kunden, wird gezählt…</numerusform>
            <numerusform>%n oder mehr Kunden, wird gezählt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ErpClient</name>
    <message>
        <location filename="../app/erp/erpclient.h" line="+88"/>
        <source>The ERP may already have this order: %1</source>
        <translation>Das ERP hat diese Bestellung möglicherweise schon: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>signed in and answered.</source>
        <translation>angemeldet und geantwortet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This ERP connection cannot search by number or name.</source>
        <translation>Diese ERP-Verbindung kann nicht nach Nummer oder Name suchen.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ErpCustomerSearch</name>
    <message>
        <location filename="../ui/customers/erpcustomersearch.cpp" line="+27"/>
        <source>; same e-mail as the shop customer</source>
        <translation>; gleiche E-Mail wie der Shop-Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; blocked in the ERP: %1</source>
        <translation>; im ERP gesperrt: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching the ERP for %1…</source>
        <translation>Suche im ERP nach %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>The ERP search failed: %1</source>
        <translation>Die ERP-Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>e-mail is %1</source>
        <translation>E-Mail ist %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ERP customer matches %1.</source>
        <translation>Kein ERP-Kunde passt zu %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP customers matching %1: %2.</source>
        <translation>ERP-Kunden, die zu %1 passen: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching the ERP for customers by number or name: “%1”…</source>
        <translation>ERP wird nach Kunden nach Nummer oder Name durchsucht: „%1“…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>customer number is %1</source>
        <translation>Kundennummer ist %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer number starts with %1</source>
        <translation>Kundennummer beginnt mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name contains “%1”</source>
        <translation>Name enthält „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by the ERP&apos;s search for “%1”</source>
        <translation>von der ERP-Suche nach „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ERP customer has a number starting with, or a name containing, “%1”.</source>
        <translation>Kein ERP-Kunde hat eine Nummer, die mit „%1“ beginnt, oder einen Namen, der „%1“ enthält.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ERP customer(s) shown; there are more: More results lists them.</source>
        <translation>
            <numerusform>%n ERP-Kunde angezeigt; es gibt weitere: Weitere Ergebnisse listet sie auf.</numerusform>
            <numerusform>%n ERP-Kunden angezeigt; es gibt weitere: Weitere Ergebnisse listet sie auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ERP customer(s) found.</source>
        <translation>
            <numerusform>%n ERP-Kunde gefunden.</numerusform>
            <numerusform>%n ERP-Kunden gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ErpItemPicker</name>
    <message>
        <location filename="../ui/products/erpitempicker.cpp" line="+66"/>
        <source>Type part of an ERP item number or name to search for.</source>
        <translation>Geben Sie einen Teil einer ERP-Artikelnummer oder eines Namens für die Suche ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Searching the ERP for “%1”…</source>
        <translation>ERP wird nach „%1“ durchsucht…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The ERP search failed: %1</source>
        <translation>Die ERP-Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blocked in the ERP</source>
        <translation>im ERP gesperrt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ERP has no item whose number or name matches “%1”.</source>
        <translation>Das ERP hat keinen Artikel, dessen Nummer oder Name zu „%1“ passt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) shown; there are more: More results lists them.</source>
        <translation>
            <numerusform>%n Artikel angezeigt; es gibt weitere: Weitere Ergebnisse listet sie auf.</numerusform>
            <numerusform>%n Artikel angezeigt; es gibt weitere: Weitere Ergebnisse listet sie auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n Artikel gefunden.</numerusform>
            <numerusform>%n Artikel gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No ERP connection is configured.</source>
        <translation>Es ist keine ERP-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No ERP connection: the ERP cannot be searched.</source>
        <translation>Keine ERP-Verbindung: Das ERP kann nicht durchsucht werden.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ErrorDetailsButton</name>
    <message>
        <location filename="../ui/common/errordetails.cpp" line="+18"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request and the answer behind this error, for whoever looks into it</source>
        <translation>Die Anfrage und die Antwort hinter diesem Fehler, für alle, die ihm nachgehen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>linkdesk::FilePreviewDialog</name>
    <message>
        <location filename="../ui/settings/filepreviewdialog.cpp" line="+21"/>
        <source>Preview of an order file: %1</source>
        <translation>Vorschau einer Bestelldatei: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows an import would quarantine are listed here.</source>
        <translation>Zeilen, die ein Import in Quarantäne stellen würde, stehen hier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an order file</source>
        <translation>Bestelldatei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order files (%1)</source>
        <translation>Bestelldateien (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 orders read, %2 quarantined; the first %3 are shown.</source>
        <translation>%1 Bestellungen gelesen, %2 in Quarantäne; die ersten %3 werden gezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 orders read, %2 quarantined.</source>
        <translation>%1 Bestellungen gelesen, %2 in Quarantäne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no e-mail)</source>
        <translation>(keine E-Mail)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2 zu %3</translation>
    </message>
</context>
<context>
    <name>linkdesk::FolderShopSource</name>
    <message>
        <location filename="../app/shop/shopsources.cpp" line="+93"/>
        <source>The folder %1 is readable (%2 order files waiting).</source>
        <translation>Der Ordner %1 ist lesbar (%2 Bestelldateien warten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist or cannot be read.</source>
        <translation>Der Ordner %1 existiert nicht oder ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ImportPage</name>
    <message>
        <location filename="../ui/import/importpage.cpp" line="+36"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+222"/>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>No import yet. Check the shops and the ERP on Settings → Connections, then choose Start import: the orders are fetched, matched and submitted, and what came of it shows here.</source>
        <translation>Noch kein Import. Prüfen Sie die Shops und das ERP unter Einstellungen → Verbindungen und wählen Sie dann „Import starten“: Die Bestellungen werden abgerufen, abgeglichen und übermittelt, und das Ergebnis erscheint hier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling… the import stops at its next safe point.</source>
        <translation>Wird abgebrochen… Der Import hält am nächsten sicheren Punkt an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An import or test order is already running.</source>
        <translation>Ein Import oder eine Testbestellung läuft bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import cancelled; the next import picks up the rest.</source>
        <translation>Import abgebrochen; der nächste Import übernimmt den Rest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import finished: %1 submitted, %2 blocked, %3 need review, %4 failed.</source>
        <translation>Import abgeschlossen: %1 übermittelt, %2 gesperrt, %3 zu prüfen, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import could not run: %1</source>
        <translation>Der Import konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the import history: %1</source>
        <translation>Der Importverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fetched %1, matched %2, blocked %3, review %4, failed %5, customers created %6</source>
        <translation>abgerufen %1, abgeglichen %2, gesperrt %3, zu prüfen %4, fehlgeschlagen %5, Kunden angelegt %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>did not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers linked</source>
        <translation>Verknüpfte Kunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Existing link</source>
        <translation>Bestehende Verknüpfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact relation</source>
        <translation>Kontaktbeziehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default customer</source>
        <translation>Standardkunde</translation>
    </message>
</context>
<context>
    <name>linkdesk::ImportWorker</name>
    <message>
        <location filename="../app/import/importworker.cpp" line="+144"/>
        <location line="+114"/>
        <source>Could not save the ERP look-up cache: %1</source>
        <translation>Der ERP-Abfrage-Cache konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Could not record the import run: %1</source>
        <translation>Der Importlauf konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Submit now</source>
        <translation>Jetzt übermitteln</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shop %1: %2</source>
        <translation>Shop %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>ERP (%1): %2</source>
        <translation>ERP (%1): %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>worked</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not work</source>
        <translation>funktioniert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ERP (%1) %2: %3. %4</source>
        <translation>ERP (%1) %2: %3. %4</translation>
    </message>
</context>
<context>
    <name>linkdesk::JobBar</name>
    <message>
        <location filename="../ui/common/jobbar.cpp" line="+16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>linkdesk::LanguageTab</name>
    <message>
        <location filename="../ui/settings/languagetab.cpp" line="+13"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language saved; it is used from the next start of Linkdesk.</source>
        <translation>Sprache gespeichert; sie gilt ab dem nächsten Start von Linkdesk.</translation>
    </message>
</context>
<context>
    <name>linkdesk::LinkCheck</name>
    <message>
        <location filename="../app/import/linkcheck.cpp" line="+41"/>
        <source>the ERP</source>
        <translation>das ERP</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <location line="+9"/>
        <source>The link check stopped after %n link(s): %1 The marks written before stay.</source>
        <translation>
            <numerusform>Die Verknüpfungsprüfung hat nach %n Verknüpfung angehalten: %1 Die zuvor gesetzten Markierungen bleiben.</numerusform>
            <numerusform>Die Verknüpfungsprüfung hat nach %n Verknüpfungen angehalten: %1 Die zuvor gesetzten Markierungen bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is no longer in %2: choose another customer in Connect Link or clear the link.</source>
        <translation>%1 ist nicht mehr in %2: Wählen Sie unter „Kunde verknüpfen“ einen anderen Kunden oder lösen Sie die Verknüpfung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2: unblock it in %3, or choose another customer in Connect Link.</source>
        <translation>%1 ist %2: Heben Sie die Sperre in %3 auf oder wählen Sie unter „Kunde verknüpfen“ einen anderen Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has the e-mail %2 in %3, the shop customer %4: correct the e-mail where it is wrong, or choose another customer in Connect Link.</source>
        <translation>%1 hat in %3 die E-Mail %2, der Shop-Kunde %4: Korrigieren Sie die E-Mail dort, wo sie falsch ist, oder wählen Sie unter „Kunde verknüpfen“ einen anderen Kunden.</translation>
    </message>
</context>
<context>
    <name>linkdesk::LinkCheckBar</name>
    <message>
        <location filename="../ui/customers/linkcheckbar.cpp" line="+9"/>
        <source>Stop after the links being checked; the marks written so far stay.</source>
        <translation>Nach den gerade geprüften Verknüpfungen anhalten; die bis dahin gesetzten Markierungen bleiben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check links needs the import worker of the window.</source>
        <translation>Verknüpfungen prüfen braucht den Import-Worker des Fensters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An import, test order or Submit now is running: check the links when it has finished.</source>
        <translation>Ein Import, eine Testbestellung oder „Jetzt übermitteln“ läuft: Prüfen Sie die Verknüpfungen, wenn er fertig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Checking the links in the ERP…</source>
        <translation>Verknüpfungen werden im ERP geprüft…</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Checked %1 of %n link(s)…</source>
        <translation>
            <numerusform>%1 von %n Verknüpfung geprüft…</numerusform>
            <numerusform>%1 von %n Verknüpfungen geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check links stopped: %1</source>
        <translation>Verknüpfungen prüfen wurde angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Check links cancelled after %n link(s); the marks written so far stay.</source>
        <translation>
            <numerusform>Verknüpfungen prüfen nach %n Verknüpfung abgebrochen; die bis dahin gesetzten Markierungen bleiben.</numerusform>
            <numerusform>Verknüpfungen prüfen nach %n Verknüpfungen abgebrochen; die bis dahin gesetzten Markierungen bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stale link(s) of %1 checked: each says what to do.</source>
        <translation>
            <numerusform>%n veraltete Verknüpfung von %1 geprüften: Bei jeder steht, was zu tun ist.</numerusform>
            <numerusform>%n veraltete Verknüpfungen von %1 geprüften: Bei jeder steht, was zu tun ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n link(s) checked are fine.</source>
        <translation>
            <numerusform>Die %n geprüfte Verknüpfung ist in Ordnung.</numerusform>
            <numerusform>Alle %n geprüften Verknüpfungen sind in Ordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stale mark(s) taken off.</source>
        <translation>
            <numerusform>%n Veraltet-Markierung entfernt.</numerusform>
            <numerusform>%n Veraltet-Markierungen entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+85"/>
        <source>An import or test order is running; try again when it has finished.</source>
        <translation>Ein Import oder eine Testbestellung läuft gerade; versuchen Sie es erneut, sobald sie beendet sind.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+8"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder with Linkdesk&apos;s log files, to attach one to a support question</source>
        <translation>Den Ordner mit den Protokolldateien von Linkdesk zeigen, um eine an eine Supportanfrage anzuhängen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the filter of the page on view</source>
        <translation>Zum Filter der angezeigten Seite springen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the page on view again, with what other users changed meanwhile</source>
        <translation>Die angezeigte Seite neu lesen, mit dem, was andere Benutzer inzwischen geändert haben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test order…</source>
        <translation>&amp;Testbestellung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place a test order as a customer, without submitting it</source>
        <translation>Eine Testbestellung als ein Kunde aufgeben, ohne sie zu übermitteln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear cache</source>
        <translation>&amp;Cache leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget every cached ERP look-up: the next import asks the ERP afresh</source>
        <translation>Alle zwischengespeicherten ERP-Abfragen verwerfen: Der nächste Import fragt das ERP neu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Linkdesk</source>
        <translation>Ü&amp;ber Linkdesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The log files are in %1.</source>
        <translation>Die Protokolldateien liegen in %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+42"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No ERP connection for searches: %1</source>
        <translation>Keine ERP-Verbindung für Suchen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not clear the saved ERP look-up cache: %1</source>
        <translation>Der gespeicherte ERP-Abfrage-Cache konnte nicht geleert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cleared the ERP look-up cache: %n entries dropped.</source>
        <translation>
            <numerusform>ERP-Abfrage-Cache geleert: %n Eintrag verworfen.</numerusform>
            <numerusform>ERP-Abfrage-Cache geleert: %n Einträge verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Could not count what needs attention: %1</source>
        <translation>Konnte nicht zählen, was zu erledigen ist: %1</translation>
    </message>
</context>
<context>
    <name>linkdesk::MappingEditDialog</name>
    <message>
        <location filename="../ui/products/mappingeditdialog.cpp" line="+23"/>
        <source>Change product mapping</source>
        <translation>Produktzuordnung ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add product mapping</source>
        <translation>Produktzuordnung hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ERP connection: the item number cannot be checked now and is saved as typed.</source>
        <translation>Keine ERP-Verbindung: Die Artikelnummer kann jetzt nicht geprüft werden und wird wie eingegeben gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the shop.</source>
        <translation>Wählen Sie den Shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the SKU, or the product id for a product without one.</source>
        <translation>Geben Sie die SKU ein oder, bei einem Produkt ohne SKU, die Produkt-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the ERP item number.</source>
        <translation>Geben Sie die ERP-Artikelnummer ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the ERP about %1…</source>
        <translation>ERP wird zu %1 befragt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the ERP could not be asked whether item %1 exists (%2). Try again when the ERP answers.</source>
        <translation>Nichts wurde gespeichert: Das ERP konnte nicht gefragt werden, ob es Artikel %1 gibt (%2). Versuchen Sie es erneut, wenn das ERP antwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the ERP has no item %1. Find the item in the ERP above, or check the number.</source>
        <translation>Nichts wurde gespeichert: Das ERP hat keinen Artikel %1. Suchen Sie den Artikel oben im ERP oder prüfen Sie die Nummer.</translation>
    </message>
</context>
<context>
    <name>linkdesk::MatchingTab</name>
    <message>
        <location filename="../ui/settings/matchingtab.cpp" line="+26"/>
        <source>Installation (all shops)</source>
        <translation>Installation (alle Shops)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Installation values apply to every shop that does not set its own. &quot;Use default&quot; leaves a value unset, so Linkdesk&apos;s default applies.</source>
        <translation>Installationswerte gelten für jeden Shop, der keine eigenen festlegt. „Standard verwenden“ lässt einen Wert offen, sodass der Standardwert von Linkdesk gilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values for shop %1. &quot;Use installation value&quot; leaves a value unset, so the installation value shown beside it applies.</source>
        <translation>Werte für Shop %1. „Installationswert verwenden“ lässt einen Wert offen, sodass der daneben angezeigte Installationswert gilt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation: %1</source>
        <translation>Installation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use installation value</source>
        <translation>Installationswert verwenden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved settings</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings for %1 have changes that are not saved. Discard them?</source>
        <translation>Die Einstellungen für %1 enthalten Änderungen, die nicht gespeichert sind. Verwerfen?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; cannot be empty: orders that are not linked to a customer are booked to it. Type the ERP customer code, or use the installation value.</source>
        <translation>„%1“ darf nicht leer sein: Bestellungen, die mit keinem Kunden verknüpft sind, werden darauf gebucht. Geben Sie den ERP-Kundencode ein oder verwenden Sie den Installationswert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; cannot be saved: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderFilesPanel</name>
    <message>
        <location filename="../ui/import/orderfilespanel.cpp" line="+50"/>
        <source>Order files</source>
        <translation>Bestelldateien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2, read from %3</source>
        <translation>%1: %2, gelesen aus %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read at</source>
        <translation>Gelesen am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders read</source>
        <translation>Bestellungen gelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved to</source>
        <translation>Verschoben nach</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Linkdesk CSV columns</source>
        <translation>Linkdesk-CSV-Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WooCommerce JSON</source>
        <translation>WooCommerce-JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shopify order export</source>
        <translation>Shopify-Bestellexport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV by column mapping</source>
        <translation>CSV mit Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same content as %1, read before: nothing new.</source>
        <translation>Derselbe Inhalt wie %1, schon gelesen: nichts Neues.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: a duplicate</source>
        <translation>keine: ein Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (rows %2)</source>
        <translation>%1 (Zeilen %2)</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderMappingModel</name>
    <message>
        <location filename="../ui/settings/ordermappingmodel.cpp" line="+48"/>
        <source>Row %1 names no ERP field.</source>
        <translation>Zeile %1 nennt kein ERP-Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: %2 is always set from the order itself (the customer matching chose, the external document number, the lines) and cannot be mapped.</source>
        <translation>Zeile %1: %2 wird immer aus der Bestellung selbst gesetzt (der vom Abgleich gewählte Kunde, die externe Belegnummer, die Zeilen) und kann nicht zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ERP field %1 is filled twice (row %2).</source>
        <translation>Das ERP-Feld %1 wird doppelt gefüllt (Zeile %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 (%2) must take one of the order fields: %3.</source>
        <translation>Zeile %1 (%2) muss eines der Bestellfelder verwenden: %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>order field</source>
        <translation>Bestellfeld</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>always set</source>
        <translation>immer gesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) is always set from the order itself: it cannot be mapped or changed.</source>
        <translation>%1 (%2) wird immer aus der Bestellung selbst gesetzt: es kann nicht zugeordnet oder geändert werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>ERP field</source>
        <translation>ERP-Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken from</source>
        <translation>Übernommen aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order field or constant</source>
        <translation>Bestellfeld oder Konstante</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderMappingNames</name>
    <message>
        <location filename="../ui/settings/ordermappingnames.cpp" line="+23"/>
        <location line="+31"/>
        <source>ERP customer number</source>
        <translation>ERP-Kundennummer</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>ERP customer ID</source>
        <translation>ERP-Kunden-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>External document number</source>
        <translation>Externe Belegnummer</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+18"/>
        <source>Order lines</source>
        <translation>Auftragszeilen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Currency code</source>
        <translation>Währungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Requested delivery date</source>
        <translation>Gewünschtes Lieferdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-to name</source>
        <translation>Lieferung an (Name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship-to contact</source>
        <translation>Lieferung an (Kontakt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesperson</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipment method</source>
        <translation>Lieferbedingung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice customer</source>
        <translation>Rechnungskunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique submit order ID</source>
        <translation>Eindeutige Auftrags-ID (UniqueSubmitOrderID)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop order number</source>
        <translation>Shop-Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop code</source>
        <translation>Shop-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderMappingTab</name>
    <message>
        <location filename="../ui/settings/ordermappingtab.cpp" line="+108"/>
        <source>The order mapping could not be read: %1</source>
        <translation>Die Auftragszuordnung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The order mapping could not be saved: %1</source>
        <translation>Die Auftragszuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderTableModel</name>
    <message>
        <location filename="../ui/orders/ordertablemodel.cpp" line="+24"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitting</source>
        <translation>wird übermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>übermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarantined</source>
        <translation>in Quarantäne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting</source>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1
Last error: %2</source>
        <translation>%1
Letzter Fehler: %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>Kunden-E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERP customer</source>
        <translation>ERP-Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERP order</source>
        <translation>ERP-Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrdersPage</name>
    <message>
        <location filename="../ui/orders/orderspage.cpp" line="+73"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Res&amp;olve…</source>
        <translation>K&amp;lären…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading orders…</source>
        <translation>Bestellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The orders could not be read: %1</source>
        <translation>Die Bestellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses (%1)</source>
        <translation>Alle Status (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 von %n Bestellung</numerusform>
            <numerusform>%1 von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose which ERP customer this order&apos;s buyer is, among the candidates, and link them</source>
        <translation>Unter den Kandidaten wählen, welcher ERP-Kunde der Käufer dieser Bestellung ist, und beide verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the ERP connection, which is not configured or not connected yet</source>
        <translation>Braucht die ERP-Verbindung, die nicht eingerichtet oder noch nicht verbunden ist</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The orders could not be changed: %1</source>
        <translation>Die Bestellungen konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Order %1 could not be reset for matching: %2</source>
        <translation>Bestellung %1 konnte nicht für den Abgleich zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product mappings saved: %1. Order %2 and every other order blocked on them are matched again by the next import: %3 orders.</source>
        <translation>Produktzuordnungen gespeichert: %1. Auftrag %2 und alle anderen dadurch blockierten Aufträge werden beim nächsten Import neu zugeordnet: %3 Aufträge.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Order %1 could not be read: %2</source>
        <translation>Bestellung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product mapping could not be saved: %1</source>
        <translation>Die Produktzuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n product mapping(s) saved, but order %1 changed meanwhile and was not matched again.</source>
        <translation>
            <numerusform>%n Produktzuordnung gespeichert, aber Bestellung %1 hat sich inzwischen geändert und wurde nicht neu abgeglichen.</numerusform>
            <numerusform>%n Produktzuordnungen gespeichert, aber Bestellung %1 hat sich inzwischen geändert und wurde nicht neu abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-285"/>
        <source>The ERP has this order, or it does not and it is submitted anew</source>
        <translation>Das ERP hat diese Bestellung, oder es hat sie nicht und sie wird neu übermittelt</translation>
    </message>
</context>
<context>
    <name>linkdesk::Page</name>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="-204"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/import/importpage.cpp" line="-233"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+26"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/matchingtab.cpp" line="-187"/>
        <source>Order lines</source>
        <translation>Auftragszeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../ui/settings/templatestab.cpp" line="+23"/>
        <source>Customer templates</source>
        <translation>Kundenvorlagen</translation>
    </message>
    <message>
        <location filename="../ui/settings/ordermappingtab.cpp" line="-103"/>
        <source>Order mapping</source>
        <translation>Auftragszuordnung</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionstab.cpp" line="-172"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/languagetab.cpp" line="-11"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderspage.cpp" line="-83"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/products/productspage.cpp" line="+12"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="-51"/>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/relations/relationspage.cpp" line="+13"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
</context>
<context>
    <name>linkdesk::ProductMappingDialog</name>
    <message>
        <location filename="../ui/orders/productmappingdialog.cpp" line="+19"/>
        <source>Order %1 is blocked: these products have no ERP item. Find each in the ERP below, or type its number. The mapping is kept for %2, and every order blocked on it is matched again.</source>
        <translation>Auftrag %1 ist blockiert: Diese Produkte haben keinen ERP-Artikel. Suchen Sie jeden unten im ERP oder geben Sie seine Nummer ein. Die Zuordnung gilt für %2, und jeder dadurch blockierte Auftrag wird neu zugeordnet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ERP item number</source>
        <translation>ERP-Artikelnummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every line of order %1 already has an ERP item.</source>
        <translation>Jede Zeile der Bestellung %1 hat bereits einen ERP-Artikel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No ERP connection: the item numbers cannot be checked now and are saved as typed.</source>
        <translation>Keine ERP-Verbindung: Die Artikelnummern können jetzt nicht geprüft werden und werden wie eingegeben gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pick or type at least one ERP item number, or cancel.</source>
        <translation>Wählen oder tippen Sie mindestens eine ERP-Artikelnummer, oder brechen Sie ab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the ERP about %1…</source>
        <translation>ERP wird zu %1 befragt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: the ERP could not be asked whether the items exist (%1). Try again when the ERP answers.</source>
        <translation>Nichts wurde gespeichert: Das ERP konnte nicht gefragt werden, ob es die Artikel gibt (%1). Versuchen Sie es erneut, wenn das ERP antwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the ERP has no item %1. Find the item in the ERP above, or check the number.</source>
        <translation>Nichts wurde gespeichert: Das ERP hat keinen Artikel %1. Suchen Sie den Artikel oben im ERP oder prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the ERP has none of these items: %1. Find them in the ERP above, or check the numbers.</source>
        <translation>Nichts wurde gespeichert: Das ERP hat keinen dieser Artikel: %1. Suchen Sie sie oben im ERP oder prüfen Sie die Nummern.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ProductMappingModel</name>
    <message>
        <location filename="../ui/products/productmappingmodel.cpp" line="+14"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variation id</source>
        <translation>Varianten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP item</source>
        <translation>ERP-Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set at</source>
        <translation>Festgelegt am</translation>
    </message>
</context>
<context>
    <name>linkdesk::ProductsPage</name>
    <message>
        <location filename="../ui/products/productspage.cpp" line="+7"/>
        <source>Loading mappings…</source>
        <translation>Zuordnungen werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product mappings could not be read: %1</source>
        <translation>Die Produktzuordnungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Blocked orders it unblocks, matched again by the next import: %1.</source>
        <translation>Dadurch freigegebene blockierte Aufträge, beim nächsten Import neu zugeordnet: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mapping could not be saved: %1</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 in shop %2 now maps to ERP item %3.</source>
        <translation>%1 in Shop %2 ist jetzt ERP-Artikel %3 zugeordnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product %1/%2</source>
        <translation>Produkt %1/%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The mapping now points to ERP item %1.</source>
        <translation>Die Zuordnung verweist jetzt auf ERP-Artikel %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>product %1/%2</source>
        <translation>Produkt %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove product mapping</source>
        <translation>Produktzuordnung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the mapping of %1 in shop %2 to ERP item %3? Orders with this product are blocked until it is mapped again.</source>
        <translation>Die Zuordnung von %1 in Shop %2 zu ERP-Artikel %3 entfernen? Bestellungen mit diesem Produkt werden gesperrt, bis es wieder zugeordnet ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping could not be removed: %1</source>
        <translation>Die Zuordnung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping of %1 was removed.</source>
        <translation>Die Zuordnung von %1 wurde entfernt.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Import product mappings</source>
        <translation>Produktzuordnungen importieren</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n product mapping(s) imported.</source>
        <translation>
            <numerusform>%n Produktzuordnung importiert.</numerusform>
            <numerusform>%n Produktzuordnungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export product mappings</source>
        <translation>Produktzuordnungen exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n product mapping(s) exported to %1.</source>
        <translation>
            <numerusform>%n Produktzuordnung nach %1 exportiert.</numerusform>
            <numerusform>%n Produktzuordnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::RelationEditDialog</name>
    <message>
        <location filename="../ui/relations/relationeditdialog.cpp" line="+15"/>
        <source>Change contact relation</source>
        <translation>Kontaktbeziehung ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add contact relation</source>
        <translation>Kontaktbeziehung hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the shop.</source>
        <translation>Wählen Sie den Shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the shop customer&apos;s id (the sub-login whose orders are booked elsewhere).</source>
        <translation>Geben Sie die ID des Shop-Kunden ein (das Unterkonto, dessen Bestellungen woanders gebucht werden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact relation is for a registered shop customer, not a guest.</source>
        <translation>Eine Kontaktbeziehung gilt für einen registrierten Shop-Kunden, nicht für einen Gast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number of the ERP customer the orders are booked to.</source>
        <translation>Geben Sie die Nummer des ERP-Kunden ein, auf den die Bestellungen gebucht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason: it is shown in the trace of every order booked this way.</source>
        <translation>Geben Sie einen Grund an: Er erscheint im Ablauf jeder so gebuchten Bestellung.</translation>
    </message>
</context>
<context>
    <name>linkdesk::RelationModel</name>
    <message>
        <location filename="../ui/relations/relationmodel.cpp" line="+34"/>
        <source>No order of this shop customer has been imported yet.</source>
        <translation>Von diesem Shop-Kunden wurde noch keine Bestellung importiert.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop customer</source>
        <translation>Shop-Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERP customer</source>
        <translation>ERP-Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set at</source>
        <translation>Festgelegt am</translation>
    </message>
</context>
<context>
    <name>linkdesk::RelationsPage</name>
    <message>
        <location filename="../ui/relations/relationspage.cpp" line="+7"/>
        <source>Loading relations…</source>
        <translation>Beziehungen werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact relations could not be read: %1</source>
        <translation>Die Kontaktbeziehungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Orders of theirs that waited for review or failed, matched again by the next import: %1.</source>
        <translation>Seine Bestellungen, die auf Prüfung warteten oder fehlschlugen und beim nächsten Import neu abgeglichen werden: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The contact relation could not be saved: %1</source>
        <translation>Die Kontaktbeziehung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders of shop customer %1 in shop %2 are now booked to ERP customer %3.</source>
        <translation>Bestellungen des Shop-Kunden %1 im Shop %2 werden jetzt auf den ERP-Kunden %3 gebucht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove contact relation</source>
        <translation>Kontaktbeziehung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relation of shop customer %1 in shop %2 to ERP customer %3? Their next orders are matched by the other rules: an ERP customer may be created for them.</source>
        <translation>Die Beziehung des Shop-Kunden %1 im Shop %2 zum ERP-Kunden %3 entfernen? Seine nächsten Bestellungen werden nach den anderen Regeln abgeglichen: Dabei kann ein ERP-Kunde für ihn angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The contact relation could not be removed: %1</source>
        <translation>Die Kontaktbeziehung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact relation of shop customer %1 was removed.</source>
        <translation>Die Kontaktbeziehung des Shop-Kunden %1 wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="-84"/>
        <source>%n contact relation(s) imported.</source>
        <translation>
            <numerusform>%n Kontaktbeziehung importiert.</numerusform>
            <numerusform>%n Kontaktbeziehungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contact relations</source>
        <translation>Kontaktbeziehungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export contact relations</source>
        <translation>Kontaktbeziehungen exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n contact relation(s) exported to %1.</source>
        <translation>
            <numerusform>%n Kontaktbeziehung nach %1 exportiert.</numerusform>
            <numerusform>%n Kontaktbeziehungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ResolveOrderDialog</name>
    <message>
        <location filename="../ui/orders/resolveorderdialog.cpp" line="+19"/>
        <source>Resolve order %1</source>
        <translation>Bestellung %1 klären</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>resolved by %1: the ERP has it as %2</source>
        <translation>geklärt von %1: das ERP hat sie als %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved by %1: not in the ERP, submitted anew</source>
        <translation>geklärt von %1: nicht im ERP, wird neu übermittelt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 is marked submitted as %2; it is never sent again.</source>
        <translation>Bestellung %1 ist als übermittelt (%2) markiert; sie wird nie erneut gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 will be matched and submitted anew by the next import.</source>
        <translation>Bestellung %1 wird beim nächsten Import neu abgeglichen und übermittelt.</translation>
    </message>
</context>
<context>
    <name>linkdesk::SettingEditor</name>
    <message>
        <location filename="../ui/settings/settingeditor.cpp" line="+19"/>
        <source>Use the default customer</source>
        <translation>Standardkunden verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match by e-mail</source>
        <translation>Per E-Mail abgleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact (trimmed, lower-case)</source>
        <translation>Exakt (getrimmt, kleingeschrieben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider rules (also Gmail dots and +tags)</source>
        <translation>Anbieterregeln (auch Gmail-Punkte und +Tags)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the shop</source>
        <translation>Aus dem Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the ERP (nothing sent)</source>
        <translation>Aus dem ERP (nichts gesendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a line of an ERP item</source>
        <translation>Als Zeile eines ERP-Artikels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a G/L account line (Business Central)</source>
        <translation>Als Sachkontozeile (Business Central)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e-mail only</source>
        <translation>nur E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>linkdesk::SettingSpec</name>
    <message>
        <location filename="../app/domain/settings.cpp" line="+13"/>
        <source>Default customer code</source>
        <translation>Standard-Kundencode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ERP customer that orders are booked to when they are not linked to a customer of their own, and the only one while linking is off.</source>
        <translation>Der ERP-Kunde, auf den Bestellungen gebucht werden, die mit keinem eigenen Kunden verknüpft sind, und der einzige, solange das Verknüpfen ausgeschaltet ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use ExternalId as CustomerCode</source>
        <translation>ExternalId als CustomerCode verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links each shop customer to an ERP customer, so that pricing and orders use the linked customer&apos;s code. Off: every order goes to the default customer.</source>
        <translation>Verknüpft jeden Shop-Kunden mit einem ERP-Kunden, sodass Preise und Bestellungen den Code des verknüpften Kunden verwenden. Aus: Jede Bestellung geht an den Standardkunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check e-mail for new customers</source>
        <translation>E-Mail bei neuen Kunden prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a customer is created, the ERP is searched for a customer with the same e-mail address; exactly one is linked, more than one waits for review.</source>
        <translation>Bevor ein Kunde angelegt wird, wird im ERP ein Kunde mit derselben E-Mail-Adresse gesucht; genau ein Treffer wird verknüpft, mehrere warten auf Prüfung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail match also needs equal</source>
        <translation>E-Mail-Abgleich prüft zusätzlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields that must be equal as well for an e-mail match to count. A shop customer then has one link per set of these values, one per currency say.</source>
        <translation>Felder, die ebenfalls übereinstimmen müssen, damit ein E-Mail-Treffer zählt. Ein Shop-Kunde hat dann eine Verknüpfung je Kombination dieser Werte, etwa eine je Währung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create missing customers</source>
        <translation>Fehlende Kunden anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When no ERP customer matches, one is created from the customer template that fits. Off: the order goes to the default customer.</source>
        <translation>Passt kein ERP-Kunde, wird einer aus der passenden Kundenvorlage angelegt. Aus: Die Bestellung geht an den Standardkunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guest orders</source>
        <translation>Gastbestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How orders without a shop customer account are linked: to the default customer, or by their e-mail address.</source>
        <translation>Wie Bestellungen ohne Kundenkonto im Shop verknüpft werden: mit dem Standardkunden oder über ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only products with a product mapping</source>
        <translation>Nur Produkte mit Produktzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: every product needs a product mapping; an order with an unmapped one is blocked until it has one. Off: an unmapped SKU is looked up as an ERP item number and, when the ERP has that item, used and remembered as a mapping; only a SKU the ERP does not know blocks the order.</source>
        <translation>Ein: Jedes Produkt braucht eine Produktzuordnung; eine Bestellung mit einem nicht zugeordneten Produkt wird gesperrt, bis es eine hat. Aus: Eine nicht zugeordnete SKU wird als ERP-Artikelnummer nachgeschlagen und, wenn das ERP diesen Artikel hat, verwendet und als Zuordnung gespeichert; nur eine SKU, die das ERP nicht kennt, sperrt die Bestellung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail normalisation</source>
        <translation>E-Mail-Normalisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How e-mail addresses are compared: trimmed and in lower case, or also by the rules of providers such as Gmail (dots and +tags ignored).</source>
        <translation>Wie E-Mail-Adressen verglichen werden: getrimmt und kleingeschrieben, oder zusätzlich nach den Regeln von Anbietern wie Gmail (Punkte und +Tags werden ignoriert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lookup cache lifetime</source>
        <translation>Lebensdauer des Abfrage-Caches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many seconds a cached ERP look-up is used before the ERP is asked again; 0 turns the cache off (an import still reuses what it asked within itself). An import of several shops uses the shortest of their lifetimes.</source>
        <translation>Wie viele Sekunden eine zwischengespeicherte ERP-Abfrage verwendet wird, bevor das ERP erneut gefragt wird; 0 schaltet den Cache aus (ein Import verwendet weiterhin, was er selbst abgefragt hat). Ein Import mehrerer Shops verwendet die kürzeste ihrer Lebensdauern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line descriptions</source>
        <translation>Zeilenbeschreibungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop: each order line is described by the product name from the shop (and shipping and fee lines by the shop&apos;s name for them). erp: no description is sent, so the ERP uses its item&apos;s or account&apos;s own.</source>
        <translation>shop: Jede Auftragszeile wird mit dem Produktnamen aus dem Shop beschrieben (Versand- und Gebührenzeilen mit dem Namen, den der Shop dafür hat). erp: Es wird keine Beschreibung gesendet, sodass das ERP die eigene des Artikels oder Kontos verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prices on order lines</source>
        <translation>Preise in Auftragszeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop: each product line carries the price the customer paid in the shop. erp: product lines are sent without a price, so the ERP applies the linked customer&apos;s own prices. Shipping and fee lines always carry the shop&apos;s amount.</source>
        <translation>shop: Jede Produktzeile trägt den Preis, den der Kunde im Shop bezahlt hat. erp: Produktzeilen werden ohne Preis gesendet, sodass das ERP die eigenen Preise des verknüpften Kunden anwendet. Versand- und Gebührenzeilen tragen immer den Betrag aus dem Shop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shipping line</source>
        <translation>Versandzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the shipping an order charges reaches the ERP: not at all (none), as a line of an ERP item (item), or as a G/L account line (account; Business Central only), with the amount the shop charged.</source>
        <translation>Wie der Versand, den eine Bestellung berechnet, ins ERP gelangt: gar nicht (none), als Zeile eines ERP-Artikels (item) oder als Sachkontozeile (account; nur Business Central), mit dem Betrag, den der Shop berechnet hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shipping item or account</source>
        <translation>Versandartikel oder -konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ERP item number (Shipping line: item) or G/L account number (account) of the shipping line.</source>
        <translation>Die ERP-Artikelnummer (Versandzeile: item) oder Sachkontonummer (account) der Versandzeile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fee lines</source>
        <translation>Gebührenzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the fees of an order (WooCommerce fee lines) reach the ERP: not at all (none), as lines of an ERP item (item), or as G/L account lines (account; Business Central only), one per fee, with the shop&apos;s amount.</source>
        <translation>Wie die Gebühren einer Bestellung (WooCommerce-Gebührenzeilen) ins ERP gelangen: gar nicht (none), als Zeilen eines ERP-Artikels (item) oder als Sachkontozeilen (account; nur Business Central), eine je Gebühr, mit dem Betrag aus dem Shop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fee item or account</source>
        <translation>Gebührenartikel oder -konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ERP item number (Fee lines: item) or G/L account number (account) of the fee lines.</source>
        <translation>Die ERP-Artikelnummer (Gebührenzeilen: item) oder Sachkontonummer (account) der Gebührenzeilen.</translation>
    </message>
</context>
<context>
    <name>linkdesk::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+80"/>
        <source>Not saved: %1 is still being read. Save again in a moment.</source>
        <translation>Nicht gespeichert: %1 wird noch gelesen. Speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved, nothing was changed. %1: %2</source>
        <translation>Nicht gespeichert, nichts wurde geändert. %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved, nothing was changed: %1</source>
        <translation>Nicht gespeichert, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have changes that are not saved. Save them before you go on?</source>
        <translation>Die Einstellungen haben Änderungen, die nicht gespeichert sind. Vor dem Weitergehen speichern?</translation>
    </message>
</context>
<context>
    <name>linkdesk::ShopTablePage</name>
    <message>
        <location filename="../ui/common/shoptablepage.cpp" line="+122"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>linkdesk::SubmitNowBar</name>
    <message>
        <location filename="../ui/orders/submitnowbar.cpp" line="+9"/>
        <source>Stop after the order being sent; the others wait for the next import.</source>
        <translation>Nach der gerade gesendeten Bestellung anhalten; die übrigen warten auf den nächsten Import.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Submit now needs the import worker of the window.</source>
        <translation>Jetzt übermitteln braucht den Import-Worker des Fensters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An import, test order or Submit now is running: try again when it has finished. The orders wait for the next import meanwhile.</source>
        <translation>Ein Import, eine Testbestellung oder ein Jetzt-Übermitteln läuft: Versuchen Sie es erneut, wenn er beendet ist. Die Bestellungen warten inzwischen auf den nächsten Import.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Submitting %n order(s) now…</source>
        <translation>
            <numerusform>%n Bestellung wird jetzt übermittelt…</numerusform>
            <numerusform>%n Bestellungen werden jetzt übermittelt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching %1 of %2…</source>
        <translation>Abgleich %1 von %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting %1 of %2…</source>
        <translation>Übermittlung %1 von %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submit now could not run: %1</source>
        <translation>Jetzt übermitteln konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit now cancelled: %1 submitted; the other orders wait for the next import.</source>
        <translation>Jetzt übermitteln abgebrochen: %1 übermittelt; die übrigen Bestellungen warten auf den nächsten Import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit now finished: %1 submitted, %2 blocked, %3 need review, %4 failed.</source>
        <translation>Jetzt übermitteln abgeschlossen: %1 übermittelt, %2 gesperrt, %3 zu prüfen, %4 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>linkdesk::TableSetup</name>
    <message>
        <location filename="../ui/common/tablesetup.cpp" line="+35"/>
        <source>All shops</source>
        <translation>Alle Shops</translation>
    </message>
</context>
<context>
    <name>linkdesk::TemplateField</name>
    <message>
        <location filename="../ui/settings/templatefields.cpp" line="+30"/>
        <source>Not a value the template can store: write text in quotes (&quot;Web&quot;), a number, true or false, or an object in braces.</source>
        <translation>Kein Wert, den die Vorlage speichern kann: schreiben Sie Text in Anführungszeichen (&quot;Web&quot;), eine Zahl, true oder false oder ein Objekt in geschweiften Klammern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A field the ERP&apos;s customer gets as it is written here, in JSON.</source>
        <translation>Ein Feld, das der Kunde im ERP so erhält, wie es hier steht, in JSON.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Höchstens %1 Zeichen; dies hat %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not an ID: the ERP names the record by an ID of 36 characters such as 4f3a0c1e-2b6d-4e8f-9a7b-1c2d3e4f5a6b, not by its code.</source>
        <translation>Keine ID: das ERP nennt den Datensatz mit einer ID aus 36 Zeichen wie 4f3a0c1e-2b6d-4e8f-9a7b-1c2d3e4f5a6b, nicht mit seinem Code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A number of 0 or more, with a point for decimals (2500 or 2500.50).</source>
        <translation>Eine Zahl ab 0, mit einem Punkt für Dezimalstellen (2500 oder 2500.50).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose yes or no.</source>
        <translation>Wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the fields as a JSON object in braces, such as {&quot;JobTitle&quot;: &quot;Buyer&quot;}.</source>
        <translation>Schreiben Sie die Felder als JSON-Objekt in geschweiften Klammern, etwa {&quot;JobTitle&quot;: &quot;Buyer&quot;}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Tharstern customer type, such as Web or Trade.</source>
        <translation>Der Kundentyp in Tharstern, etwa Web oder Trade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact defaults</source>
        <translation>Vorgaben für den Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of the contact created with the customer, as a JSON object; its name, e-mail and phone come from the order.</source>
        <translation>Felder des mit dem Kunden angelegten Kontakts, als JSON-Objekt; Name, E-Mail und Telefon kommen aus der Bestellung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address defaults</source>
        <translation>Vorgaben für die Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of the address created with the customer, as a JSON object; its name, country, e-mail and phone come from the order.</source>
        <translation>Felder der mit dem Kunden angelegten Adresse, als JSON-Objekt; Name, Land, E-Mail und Telefon kommen aus der Bestellung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or Person. Empty: a Company when the order names a company, else a Person.</source>
        <translation>Company (Firma) oder Person. Leer: Company, wenn die Bestellung eine Firma nennt, sonst Person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax liable</source>
        <translation>Steuerpflichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether sales tax is calculated for the customer. Empty: Business Central&apos;s default.</source>
        <translation>Ob für den Kunden Umsatzsteuer berechnet wird. Leer: die Vorgabe von Business Central.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax area ID</source>
        <translation>Steuergebiets-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of a tax area in Business Central (its API lists them under taxAreas).</source>
        <translation>Die ID eines Steuergebiets in Business Central (seine API listet sie unter taxAreas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment terms ID</source>
        <translation>Zahlungsbedingungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of payment terms in Business Central (its API lists them under paymentTerms).</source>
        <translation>Die ID einer Zahlungsbedingung in Business Central (seine API listet sie unter paymentTerms).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment method ID</source>
        <translation>Zahlungsform-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of a payment method in Business Central (its API lists them under paymentMethods).</source>
        <translation>Die ID einer Zahlungsform in Business Central (seine API listet sie unter paymentMethods).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipment method ID</source>
        <translation>Lieferbedingungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of a shipment method in Business Central (its API lists them under shipmentMethods).</source>
        <translation>Die ID einer Lieferbedingung in Business Central (seine API listet sie unter shipmentMethods).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salesperson code</source>
        <translation>Verkäufercode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code of a salesperson in Business Central.</source>
        <translation>Der Code eines Verkäufers in Business Central.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s credit limit, in the local currency.</source>
        <translation>Das Kreditlimit des Kunden, in der Landeswährung.</translation>
    </message>
</context>
<context>
    <name>linkdesk::TemplateFieldsForm</name>
    <message>
        <location filename="../ui/settings/templatefieldsform.cpp" line="+14"/>
        <source>Fields of the new ERP customer</source>
        <translation>Felder des neuen ERP-Kunden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored as &quot;%1&quot;.</source>
        <translation>Gespeichert als „%1“.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a template in the table to fill in its fields.</source>
        <translation>Wählen Sie eine Vorlage in der Tabelle, um ihre Felder auszufüllen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ERP&apos;s customer takes no fields Linkdesk knows of.</source>
        <translation>Der Kunde des ERP hat keine Felder, die Linkdesk kennt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht zulässig)</translation>
    </message>
</context>
<context>
    <name>linkdesk::TemplateTableModel</name>
    <message>
        <location filename="../ui/settings/templatetablemodel.cpp" line="+22"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>without VAT no.</source>
        <translation>ohne USt-IdNr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with VAT no.</source>
        <translation>mit USt-IdNr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The priority must be a whole number.</source>
        <translation>Die Priorität muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT no.</source>
        <translation>USt-IdNr.</translation>
    </message>
</context>
<context>
    <name>linkdesk::TemplatesTab</name>
    <message>
        <location filename="../ui/settings/templatestab.cpp" line="+17"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The customer templates could not be read: %1</source>
        <translation>Die Kundenvorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The template &quot;%1&quot; has a value that cannot be stored in %2: %3</source>
        <translation>Die Vorlage „%1“ hat in %2 einen Wert, der nicht gespeichert werden kann: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The customer templates could not be saved: %1</source>
        <translation>Die Kundenvorlagen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer template %1 could not be saved: %2</source>
        <translation>Die Kundenvorlage %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>linkdesk::TestOrderDialog</name>
    <message>
        <location filename="../ui/testorder/testorderdialog.cpp" line="+25"/>
        <location line="+7"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Shop price</source>
        <translation>Shop-Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+324"/>
        <source>ERP price</source>
        <translation>ERP-Preis</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>On the order</source>
        <translation>Im Auftrag</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+35"/>
        <source>An import is running; try again when it has finished.</source>
        <translation>Ein Import läuft; versuchen Sie es erneut, sobald er beendet ist.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Asking the ERP…</source>
        <translation>ERP wird abgefragt…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The test order could not run: %1</source>
        <translation>Die Testbestellung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none) — %1</source>
        <translation>(keiner) — %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The first %n; type more to narrow.</source>
        <translation>
            <numerusform>Der erste; tippen Sie weiter, um einzugrenzen.</numerusform>
            <numerusform>Die ersten %n; tippen Sie weiter, um einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick the customer: search by e-mail or name, or enter the shop customer ID.</source>
        <translation>Wählen Sie den Kunden: Suchen Sie nach E-Mail oder Name, oder geben Sie die Shop-Kunden-ID ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the e-mail address of the customer who has not ordered yet.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden ein, der noch nicht bestellt hat.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter at least one SKU.</source>
        <translation>Geben Sie mindestens eine SKU ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link for real?</source>
        <translation>Wirklich verknüpfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This changes the ERP. As a first order would, it links %1 (%2) to an ERP customer found by the matching rules, or creates an ERP customer from a template and links it, or books them to the default customer. No sales order is submitted; the link is audited.</source>
        <translation>Das ändert das ERP. Wie eine erste Bestellung verknüpft es %1 (%2) mit einem ERP-Kunden, den die Abgleichregeln finden, oder legt einen ERP-Kunden aus einer Vorlage an und verknüpft ihn, oder bucht auf den Standardkunden. Es wird kein Verkaufsauftrag übermittelt; die Verknüpfung wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link %1 for real?</source>
        <translation>%1 wirklich verknüpfen?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Linking in the ERP…</source>
        <translation>Verknüpfung im ERP…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(none yet): %1</source>
        <translation>(noch keiner): %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Link for real did not run: %1</source>
        <translation>Wirklich verknüpfen wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not linked — %1</source>
        <translation>Nicht verknüpft — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created ERP customer %1 and linked it; no sales order was submitted.</source>
        <translation>ERP-Kunde %1 angelegt und verknüpft; es wurde kein Verkaufsauftrag übermittelt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2); no sales order was submitted.</source>
        <translation>%1 (%2); es wurde kein Verkaufsauftrag übermittelt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent without a price: the ERP applies its own price for %1 (line_price_source: erp).</source>
        <translation>Ohne Preis gesendet: Das ERP wendet seinen eigenen Preis für %1 an (line_price_source: erp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent with the price the customer paid in the shop (line_price_source: shop).</source>
        <translation>Mit dem Preis gesendet, den der Kunde im Shop bezahlt hat (line_price_source: shop).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERP price (%1)</source>
        <translation>ERP-Preis (%1)</translation>
    </message>
</context>
<context>
    <name>linkdesk::TharsternClient</name>
    <message>
        <location filename="../app/erp/tharsternclient.cpp" line="+148"/>
        <source>Tharstern: no HTTP client.</source>
        <translation>Tharstern: kein HTTP-Client.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the answer carries no token</source>
        <translation>die Antwort enthält kein Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tharstern sign-in failed for %1: %2 Check the user e-mail and password.</source>
        <translation>Anmeldung bei Tharstern für %1 fehlgeschlagen: %2 Prüfen Sie die E-Mail-Adresse des Benutzers und das Passwort.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tharstern: %1 failed: %2</source>
        <translation>Tharstern: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the server reports no success</source>
        <translation>der Server meldet keinen Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is not a Tharstern response</source>
        <translation>die Antwort ist keine Tharstern-Antwort</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>on stop in Tharstern</source>
        <translation>in Tharstern gesperrt (On Stop)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>looking up customer %1</source>
        <translation>Abruf von Kunde %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/erp/tharsternsearch.cpp" line="+187"/>
        <source>looking up product %1</source>
        <translation>Abruf von Produkt %1</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsterncustomers.cpp" line="+48"/>
        <source>Tharstern: a new customer needs a name.</source>
        <translation>Tharstern: Ein neuer Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creating customer %1</source>
        <translation>Anlegen von Kunde %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> The customer may have been created: look it up before creating it again.</source>
        <translation> Der Kunde wurde möglicherweise angelegt: Suchen Sie ihn, bevor Sie ihn erneut anlegen.</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsternorders.cpp" line="+80"/>
        <source>Tharstern: an order needs a UniqueSubmitOrderID, an invoice customer and at least one item (order &apos;%1&apos;).</source>
        <translation>Tharstern: Ein Auftrag braucht eine UniqueSubmitOrderID, einen Rechnungskunden und mindestens einen Artikel (Auftrag „%1“).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>submitting order %1</source>
        <translation>Übermittlung von Auftrag %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>reading the estimate request example of product %1</source>
        <translation>Lesen der Beispiel-Kalkulationsanfrage von Produkt %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>pricing product %1 for customer %2</source>
        <translation>Preisermittlung für Produkt %1 und Kunde %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tharstern: the estimate for product %1 has no price.</source>
        <translation>Tharstern: Die Kalkulation für Produkt %1 enthält keinen Preis.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Tharstern: product %1 was not found.</source>
        <translation>Tharstern: Produkt %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsterndirectory.cpp" line="+75"/>
        <source>Tharstern: no e-mail to search for.</source>
        <translation>Tharstern: keine E-Mail-Adresse zum Suchen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>searching customers by e-mail %1</source>
        <translation>Kundensuche per E-Mail %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Set [erp] customer_search_path to the site&apos;s e-mail search, or customer_search=contacts.</source>
        <translation> Setzen Sie [erp] customer_search_path auf die E-Mail-Suche des Standorts oder customer_search=contacts.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of its %2 rows carry another e-mail (%3, say): the server ignores the parameter %4.</source>
        <translation>%1 ihrer %2 Zeilen tragen eine andere E-Mail (z. B. %3): Der Server ignoriert den Parameter %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of its %2 rows carry no e-mail, so whether they match cannot be checked.</source>
        <translation>%1 ihrer %2 Zeilen tragen keine E-Mail, daher lässt sich nicht prüfen, ob sie passen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tharstern&apos;s e-mail search (%1%2) cannot be trusted: %3 Nothing is created for it. Set [erp] customer_search_path and customer_search_parameter to the site&apos;s e-mail search, or customer_search=contacts.</source>
        <translation>Der E-Mail-Suche von Tharstern (%1%2) ist nicht zu trauen: %3 Dafür wird nichts angelegt. Setzen Sie [erp] customer_search_path und customer_search_parameter auf die E-Mail-Suche des Standorts oder customer_search=contacts.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>reading the customer directory</source>
        <translation>Lesen des Kundenverzeichnisses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the contact directory</source>
        <translation>Lesen des Kontaktverzeichnisses</translation>
    </message>
    <message>
        <location line="+98"/>
        <location filename="../app/erp/tharsternsearch.cpp" line="-66"/>
        <source>Tharstern: the customer search has no page “%1”.</source>
        <translation>Tharstern: Die Kundensuche hat keine Seite „%1“.</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsternclient.cpp" line="-153"/>
        <source>the server answered an empty token (wrong user, password or application id)</source>
        <translation>der Server lieferte ein leeres Token (falscher Benutzer, falsches Passwort oder falsche Anwendungs-ID)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Tharstern: %1: page %2 is the first page again, so the server does not page with %3= and %4=; it answered %5 of %6 items.</source>
        <translation>Tharstern: %1: Seite %2 ist wieder die erste Seite, der Server blättert also nicht mit %3= und %4=; er lieferte %5 von %6 Einträgen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tharstern: %1: still more after %2 pages of %3.</source>
        <translation>Tharstern: %1: nach %2 Seiten zu je %3 immer noch mehr.</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsterncustomers.cpp" line="+2"/>
        <source> Set [erp] customer_create_path to the site&apos;s customer create.</source>
        <translation> Setzen Sie [erp] customer_create_path auf den Pfad des Standorts zum Anlegen von Kunden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tharstern: creating customer %1: the answer names no customer code, so it may have been created: look it up before creating it again.</source>
        <translation>Tharstern: Anlegen des Kunden %1: Die Antwort nennt keinen Kundencode, er wurde also möglicherweise angelegt: Suchen Sie ihn, bevor Sie ihn erneut anlegen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>adding contact %1 to customer %2</source>
        <translation>Hinzufügen des Kontakts %1 zum Kunden %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>looking up the contacts of customer %1</source>
        <translation>Abfragen der Kontakte des Kunden %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tharstern: the contact %1 of customer %2 could not be confirmed.</source>
        <translation>Tharstern: Der Kontakt %1 des Kunden %2 ließ sich nicht bestätigen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>adding the address of customer %1</source>
        <translation>Hinzufügen der Adresse des Kunden %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tharstern: customer %1 was created, but: %2</source>
        <translation>Tharstern: Kunde %1 wurde angelegt, aber: %2</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsternorders.cpp" line="-166"/>
        <source>Tharstern may already have this order: UniqueSubmitOrderID %1</source>
        <translation>Tharstern hat diese Bestellung möglicherweise schon: UniqueSubmitOrderID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tharstern: orders cannot be looked up by UniqueSubmitOrderID (%1).</source>
        <translation>Tharstern: Bestellungen lassen sich nicht per UniqueSubmitOrderID (%1) suchen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tharstern: order %1 has a G/L account line (%2), and Tharstern&apos;s orders take products only. Send shipping and fees as a product instead (shipping_line_type=item, fee_line_type=item, with a Tharstern product code).</source>
        <translation>Tharstern: Bestellung %1 hat eine Sachkontozeile (%2), und Tharstern-Aufträge nehmen nur Produkte an. Senden Sie Versand und Gebühren stattdessen als Produkt (shipping_line_type=item, fee_line_type=item, mit einem Tharstern-Produktcode).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tharstern: product %1 of order %2 was not found.</source>
        <translation>Tharstern: Produkt %1 der Bestellung %2 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (the answer to orders/submit names no order)</source>
        <translation> (die Antwort auf orders/submit nennt keine Bestellung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server gave no reason</source>
        <translation>der Server nannte keinen Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tharstern refused order %1: %2</source>
        <translation>Tharstern hat die Bestellung %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Tharstern: product %1 has no product type to estimate it by.</source>
        <translation>Tharstern: Produkt %1 hat keinen Produkttyp für eine Kalkulation.</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>answered (%n items).</source>
        <translation>
            <numerusform>geantwortet (%n Eintrag).</numerusform>
            <numerusform>geantwortet (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>signed in as %1.</source>
        <translation>angemeldet als %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered.</source>
        <translation>geantwortet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>answered no customer for an e-mail nobody has, as an e-mail search should.</source>
        <translation>lieferte keinen Kunden für eine E-Mail, die niemand hat, wie es eine E-Mail-Suche soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered %1 customers for an e-mail nobody has: the server ignores %2. Set customer_search_path and customer_search_parameter, or customer_search=contacts.</source>
        <translation>lieferte %1 Kunden für eine E-Mail, die niemand hat: Der Server ignoriert %2. Setzen Sie customer_search_path und customer_search_parameter oder customer_search=contacts.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not tried: it would create one in Tharstern.</source>
        <translation>nicht versucht: Es würde in Tharstern etwas anlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tried: every estimate is stored in Tharstern.</source>
        <translation>nicht versucht: Jede Kalkulation wird in Tharstern gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tried; submit_deduplicates=true: an order whose submit outcome is unknown is sent again.</source>
        <translation>nicht versucht; submit_deduplicates=true: Eine Bestellung mit unbekanntem Übermittlungsergebnis wird erneut gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not tried; an order whose submit outcome is unknown waits for staff (submit_deduplicates=false).</source>
        <translation>nicht versucht; eine Bestellung mit unbekanntem Übermittlungsergebnis wartet auf Prüfung (submit_deduplicates=false).</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsternsearch.cpp" line="-43"/>
        <source> Set [erp] %1 to the site&apos;s search by name.</source>
        <translation> Setzen Sie [erp] %1 auf die Suche nach Name des Standorts.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tharstern&apos;s search by name (%1%2) cannot be trusted: %3 of its %4 rows have “%2” in neither their code nor their name (%5, say), so the server ignores the parameter %6. Set [erp] %7 and %8 to the site&apos;s search by name.</source>
        <translation>Der Tharstern-Suche nach Name (%1%2) ist nicht zu trauen: %3 ihrer %4 Zeilen haben „%2“ weder im Code noch im Namen (etwa %5), der Server übergeht also den Parameter %6. Setzen Sie [erp] %7 und %8 auf die Suche nach Name des Standorts.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+43"/>
        <source>Type a number or a name to search for.</source>
        <translation>Geben Sie eine Nummer oder einen Namen für die Suche ein.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>searching customers for “%1”</source>
        <translation>Suche nach Kunden zu „%1“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tharstern: the product search has no page “%1”.</source>
        <translation>Tharstern: Die Produktsuche hat keine Seite „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>searching products for “%1”</source>
        <translation>Suche nach Produkten zu „%1“</translation>
    </message>
</context>
<context>
    <name>linkdesk::TharsternSettingsWidget</name>
    <message>
        <location filename="../ui/settings/tharsternsettingswidget.cpp" line="+16"/>
        <source>The site&apos;s e-mail search (endpoint)</source>
        <translation>Die E-Mail-Suche des Standorts (endpoint)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A directory of all customers and contacts (contacts)</source>
        <translation>Ein Verzeichnis aller Kunden und Kontakte (contacts)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The API URL must be an http(s) address, like https://mis.example.com/TharsternAPI.</source>
        <translation>Die API-URL muss eine http(s)-Adresse sein, etwa https://mis.example.com/TharsternAPI.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile could not be read: %1</source>
        <translation>Das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved to %1. Test connection and the next import use it.</source>
        <translation>In %1 gespeichert. Verbindung testen und der nächste Import verwenden es.</translation>
    </message>
</context>
<context>
    <name>linkdesk::TraceDialog</name>
    <message>
        <location filename="../ui/orders/tracedialog.cpp" line="+19"/>
        <source>Match trace of order %1 (%2)</source>
        <translation>Abgleichprotokoll der Bestellung %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 (%2): %3</source>
        <translation>Bestellung %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This order has not been matched yet.</source>
        <translation>Diese Bestellung wurde noch nicht abgeglichen.</translation>
    </message>
</context>
<context>
    <name>linkdesk::WooShopSource</name>
    <message>
        <location filename="../app/shop/shopsources.cpp" line="-58"/>
        <source>A newer fetch replaced this one.</source>
        <translation>Ein neuerer Abruf hat diesen ersetzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WooCommerce answered and accepted the key (%1 orders).</source>
        <translation>WooCommerce hat geantwortet und den Schlüssel akzeptiert (%1 Bestellungen).</translation>
    </message>
</context>
<context>
    <name>linkdesk::csvtable</name>
    <message>
        <location filename="../ui/common/csvtable.cpp" line="+31"/>
        <source>Line %1 names no shop.</source>
        <translation>Zeile %1 nennt keinen Shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: there is no shop &quot;%2&quot; in this profile (shops: %3).</source>
        <translation>Zeile %1: In diesem Profil gibt es keinen Shop „%2“ (Shops: %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not valid CSV: %1</source>
        <translation>Die Datei ist kein gültiges CSV: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first line must name the columns: %1.</source>
        <translation>Die erste Zeile muss die Spalten nennen: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported:
%1</source>
        <translation>Es wurde nichts importiert:
%1</translation>
    </message>
</context>
<context>
    <name>linkdesk::productcsv</name>
    <message>
        <location filename="../ui/products/productcsv.cpp" line="+48"/>
        <source>Line %1 names no ERP item number.</source>
        <translation>Zeile %1 nennt keine ERP-Artikelnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the source must be manual, direct or import, not &quot;%2&quot;.</source>
        <translation>Zeile %1: Die Quelle muss manual, direct oder import sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 needs a SKU or a product id (and a variation id of 0 or more).</source>
        <translation>Zeile %1 braucht eine SKU oder eine Produkt-ID (und eine Varianten-ID von 0 oder mehr).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 maps the same product as line %2.</source>
        <translation>Zeile %1 ordnet dasselbe Produkt zu wie Zeile %2.</translation>
    </message>
</context>
<context>
    <name>linkdesk::relationcsv</name>
    <message>
        <location filename="../ui/relations/relationcsv.cpp" line="+42"/>
        <source>Line %1 names no shop customer.</source>
        <translation>Zeile %1 nennt keinen Shop-Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: a contact relation is for a registered shop customer, not a guest.</source>
        <translation>Zeile %1: Eine Kontaktbeziehung gilt für einen registrierten Shop-Kunden, nicht für einen Gast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 names no ERP customer.</source>
        <translation>Zeile %1 nennt keinen ERP-Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 gives no reason.</source>
        <translation>Zeile %1 nennt keinen Grund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 relates the same shop customer as line %2.</source>
        <translation>Zeile %1 betrifft denselben Shop-Kunden wie Zeile %2.</translation>
    </message>
</context>
</TS>
