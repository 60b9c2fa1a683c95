<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/audit/auditpage.ui" line="+11"/>
        <source>Filter by who, what, which or value</source>
        <translation>Filteren op gebruiker, soort, object of waarde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
</context>
<context>
    <name>ChooseCustomerDialog</name>
    <message>
        <location filename="../ui/orders/choosecustomerdialog.ui" line="+9"/>
        <source>Choose the ERP customer</source>
        <translation>ERP-klant kiezen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>E-mail or ERP customer number</source>
        <translation>E-mail of ERP-klantnummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search the ERP</source>
        <translation>In het ERP &amp;zoeken</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ask the ERP &amp;again</source>
        <translation>ERP &amp;opnieuw vragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read this customer from the ERP again, once it is unblocked there</source>
        <translation>Deze klant opnieuw uit het ERP lezen, zodra die daar gedeblokkeerd is</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why this customer (required; kept with the link in the audit log)</source>
        <translation>Waarom deze klant (verplicht; bewaard bij de koppeling in het wijzigingslogboek)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit the re-queued orders &amp;now, without waiting for the next import</source>
        <translation>De opnieuw ingeplande orders &amp;nu indienen, zonder op de volgende import te wachten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Link to the chosen customer</source>
        <translation>Aan de gekozen klant &amp;koppelen</translation>
    </message>
</context>
<context>
    <name>ConnectLinkDialog</name>
    <message>
        <location filename="../ui/customers/connectlinkdialog.ui" line="+9"/>
        <source>Connect Link</source>
        <translation>Klant koppelen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shop customer</source>
        <translation>Shopklant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ERP customer:</source>
        <translation>ERP-klant:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set by:</source>
        <translation>Ingesteld door:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stale:</source>
        <translation>Verouderd:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Linked ERP customer, as the ERP has it now</source>
        <translation>Gekoppelde ERP-klant, zoals die nu in het ERP staat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Match trace of the latest order</source>
        <translation>Matchverloop van de laatste order</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search the ERP</source>
        <translation>Zoeken in het ERP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail, customer number or name</source>
        <translation>E-mail, klantnummer of naam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matches</source>
        <translation>Waarom deze past</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>More results</source>
        <translation>Meer resultaten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the link</source>
        <translation>Koppeling wijzigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ERP customer &amp;number:</source>
        <translation>ERP-klant&amp;nummer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a candidate or type a number</source>
        <translation>Kies een kandidaat of typ een nummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the link changes (kept in the audit log)</source>
        <translation>Waarom de koppeling wijzigt (wordt bewaard in het auditlog)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear link</source>
        <translation>Koppeling ver&amp;wijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo last change</source>
        <translation>Laatste wijziging &amp;ongedaan maken</translation>
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
        <translation>Inloggegevens (bewaard in de sleutelbos van het systeem)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Test &amp;connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save cre&amp;dentials</source>
        <translation>&amp;Aanmeldgegevens opslaan</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/customers/customerspage.ui" line="+11"/>
        <source>Filter by e-mail, name, company or number</source>
        <translation>Filteren op e-mail, naam, bedrijf of nummer</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Chec&amp;k links</source>
        <translation>Koppelingen &amp;controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every link (of the shop chosen above) in the ERP: links whose customer is gone, blocked or has another e-mail are marked stale, with what to do</source>
        <translation>Elke koppeling (van de hierboven gekozen shop) in het ERP controleren: koppelingen waarvan de klant weg of geblokkeerd is of een ander e-mailadres heeft, worden als verouderd gemarkeerd, met wat er te doen is</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connect Link…</source>
        <translation>Klant &amp;koppelen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See and change the ERP customer this customer is linked to (Enter or double-click)</source>
        <translation>De ERP-klant bekijken en wijzigen waaraan deze klant is gekoppeld (Enter of dubbelklikken)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test &amp;order as customer…</source>
        <translation>Test&amp;order als klant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place a test order as this customer: the customer code it would use and the prices under it</source>
        <translation>Een testorder plaatsen als deze klant: welk klantnummer ze zou gebruiken en de prijzen daarbij</translation>
    </message>
</context>
<context>
    <name>ErpItemPicker</name>
    <message>
        <location filename="../ui/products/erpitempicker.ui" line="+23"/>
        <source>ERP item number or name</source>
        <translation>ERP-artikelnummer of naam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the ERP</source>
        <translation>Zoeken in het ERP</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>More results</source>
        <translation>Meer resultaten</translation>
    </message>
</context>
<context>
    <name>FilePreviewDialog</name>
    <message>
        <location filename="../ui/settings/filepreviewdialog.ui" line="+9"/>
        <source>Preview of an order file</source>
        <translation>Voorbeeld van een bestelbestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
</context>
<context>
    <name>HttpResult</name>
    <message>
        <location filename="../app/net/httpresult.cpp" line="+59"/>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was closed</source>
        <translation>de verbinding is gesloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>host niet gevonden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the network is not available</source>
        <translation>het netwerk is niet beschikbaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proxy failed</source>
        <translation>de proxy is mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection failed</source>
        <translation>de verbinding is mislukt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server</source>
        <translation>De server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server</source>
        <translation>de server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not accept the sign-in</source>
        <translation>%1 heeft de aanmelding niet geaccepteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not allow this to the account Linkdesk signs in with</source>
        <translation>%1 staat dit niet toe voor het account waarmee Linkdesk zich aanmeldt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not know what was asked for</source>
        <translation>%1 kent het gevraagde niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is busy (too many requests); try again later.</source>
        <translation>%1 is bezet (te veel verzoeken); probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not available right now</source>
        <translation>%1 is op dit moment niet beschikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had an internal error</source>
        <translation>%1 had een interne fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request</source>
        <translation>%1 heeft het verzoek geweigerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1: %2</source>
        <translation>%1 was niet bereikbaar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 is not secure: its certificate or the TLS handshake was refused.</source>
        <translation>De verbinding met %1 is niet veilig: het certificaat of de TLS-handshake is geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of %1 is not a valid http(s) URL.</source>
        <translation>Het adres van %1 is geen geldige http(s)-URL.</translation>
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
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fetch orders</source>
        <translation>Orders ophalen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Match customers and items</source>
        <translation>Klanten en artikelen matchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Submit sales orders</source>
        <translation>Verkooporders indienen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The import&apos;s log appears here.</source>
        <translation>Het logboek van de import verschijnt hier.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../ui/settings/languagetab.ui" line="+11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own choice, kept for you on this computer. Linkdesk shows the new language the next time it starts.</source>
        <translation>Uw eigen keuze, voor u bewaard op deze computer. Linkdesk toont de nieuwe taal bij de volgende start.</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <location filename="../app/util/logfile.cpp" line="+136"/>
        <source>Cannot create the log folder %1.</source>
        <translation>De logmap %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Het logbestand %1 kan niet worden geschreven: %2</translation>
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
        <translation>Vraagt aandacht</translation>
    </message>
</context>
<context>
    <name>MappingEditDialog</name>
    <message>
        <location filename="../ui/products/mappingeditdialog.ui" line="+9"/>
        <source>Product mapping</source>
        <translation>Producttoewijzing</translation>
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
        <translation>Leeg voor een product zonder SKU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Product id:</source>
        <translation>&amp;Product-ID:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Variation id:</source>
        <translation>&amp;Variant-ID:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;ERP item number:</source>
        <translation>&amp;ERP-artikelnummer:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find the ERP item</source>
        <translation>ERP-artikel zoeken</translation>
    </message>
</context>
<context>
    <name>MatchingTab</name>
    <message>
        <location filename="../ui/settings/matchingtab.ui" line="+11"/>
        <source>Settings for:</source>
        <translation>Instellingen voor:</translation>
    </message>
</context>
<context>
    <name>OrderBatch</name>
    <message>
        <location filename="../ui/orders/orderbatch.cpp" line="+73"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 will be matched again on the next import.</source>
        <translation>Order %1 wordt bij de volgende import opnieuw gematcht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 will be tried again on the next import.</source>
        <translation>Order %1 wordt bij de volgende import opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting order %1 now…</source>
        <translation>Order %1 wordt nu ingediend…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 changed meanwhile (it is now %2), so nothing was done. The list is refreshed: look at it again.</source>
        <translation>Order %1 is intussen gewijzigd (nu %2), dus er is niets gedaan. De lijst is vernieuwd: bekijk hem opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) will be matched again on the next import.</source>
        <translation>
            <numerusform>%n order wordt bij de volgende import opnieuw gematcht.</numerusform>
            <numerusform>%n orders worden bij de volgende import opnieuw gematcht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed order(s) will be tried again on the next import.</source>
        <translation>
            <numerusform>%n mislukte order wordt bij de volgende import opnieuw geprobeerd.</numerusform>
            <numerusform>%n mislukte orders worden bij de volgende import opnieuw geprobeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Submitting %n order(s) now…</source>
        <translation>
            <numerusform>%n order wordt nu ingediend…</numerusform>
            <numerusform>%n orders worden nu ingediend…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (now %2)</source>
        <translation>%1 (nu %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) had changed meanwhile and were left as they are: %1.</source>
        <translation>
            <numerusform>%n order was intussen gewijzigd en is gelaten zoals hij is: %1.</numerusform>
            <numerusform>%n orders waren intussen gewijzigd en zijn gelaten zoals ze zijn: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other orders could not be changed: %1</source>
        <translation>De overige orders konden niet worden gewijzigd: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n selected order(s) cannot be matched again (submitted or quarantined).</source>
        <translation>
            <numerusform>%n geselecteerde order kan niet opnieuw worden gematcht (ingediend of in quarantaine).</numerusform>
            <numerusform>%n geselecteerde orders kunnen niet opnieuw worden gematcht (ingediend of in quarantaine).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n selected order(s) did not fail and were left as they are.</source>
        <translation>
            <numerusform>%n geselecteerde order is niet mislukt en is gelaten zoals hij is.</numerusform>
            <numerusform>%n geselecteerde orders zijn niet mislukt en zijn gelaten zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected order(s) do not wait to be submitted (blocked, needs review, submitted or quarantined): fix them first.</source>
        <translation>
            <numerusform>%n geselecteerde order wacht niet op indienen (geblokkeerd, te controleren, ingediend of in quarantaine): los dat eerst op.</numerusform>
            <numerusform>%n geselecteerde orders wachten niet op indienen (geblokkeerd, te controleren, ingediend of in quarantaine): los dat eerst op.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderMappingTab</name>
    <message>
        <location filename="../ui/settings/ordermappingtab.ui" line="+9"/>
        <source>Which field of the ERP sales order&apos;s header is filled from which order field or constant. The greyed rows are always set from the order itself and cannot be changed; point at a field to see the name the ERP gives it. The lines are described and priced as the tab Order lines says.</source>
        <translation>Welk veld in de kop van de ERP-verkooporder wordt gevuld uit welk bestelveld of welke constante. De grijze regels worden altijd uit de bestelling zelf gezet en kunnen niet worden gewijzigd; wijs een veld aan om de naam te zien die het ERP eraan geeft. De regels worden omschreven en geprijsd zoals het tabblad Orderregels zegt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add row</source>
        <translation>&amp;Regel toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move row</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../ui/orders/orderspage.ui" line="+11"/>
        <source>Filter by order number, e-mail, reason, ERP number or SKU</source>
        <translation>Filteren op ordernummer, e-mail, reden, ERP-nummer of SKU</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Re-&amp;match</source>
        <translation>Opnieuw &amp;matchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the ERP customer, the items and the trace, and match the order again on the next import</source>
        <translation>ERP-klant, artikelen en matchverloop vergeten en de order bij de volgende import opnieuw matchen</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Retr&amp;y</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset the attempts of a failed order so the next import submits it again</source>
        <translation>De pogingen van een mislukte order terugzetten, zodat de volgende import die opnieuw indient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Submit now</source>
        <translation>Nu &amp;indienen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match and submit the selected orders now, without waiting for the next import</source>
        <translation>De geselecteerde orders nu matchen en indienen, zonder op de volgende import te wachten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open tr&amp;ace…</source>
        <translation>Matchversla&amp;g openen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map &amp;product…</source>
        <translation>&amp;Product toewijzen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose customer…</source>
        <translation>Klant &amp;kiezen…</translation>
    </message>
</context>
<context>
    <name>ProductMappingDialog</name>
    <message>
        <location filename="../ui/orders/productmappingdialog.ui" line="+9"/>
        <source>Map a SKU</source>
        <translation>SKU koppelen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find the ERP item</source>
        <translation>ERP-artikel zoeken</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../ui/products/productspage.ui" line="+11"/>
        <source>Filter by SKU, product id or ERP item</source>
        <translation>Filteren op SKU, product-ID of ERP-artikel</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importeren…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV ex&amp;porteren…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/util/crossthread.h" line="+71"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../app/import/importpipeline.cpp" line="+63"/>
        <source>The import has no ERP connection configured.</source>
        <translation>Voor de import is geen ERP-verbinding ingesteld.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Submit now: %n chosen order(s), nothing is fetched.</source>
        <translation>
            <numerusform>Nu indienen: %n gekozen order, er wordt niets opgehaald.</numerusform>
            <numerusform>Nu indienen: %n gekozen orders, er wordt niets opgehaald.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Fetching orders of %1 modified after %2.</source>
        <translation>Orders van %1 ophalen die na %2 zijn gewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching every order of %1.</source>
        <translation>Alle orders van %1 ophalen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching orders of %1 failed: %2</source>
        <translation>Ophalen van orders van %1 mislukt: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 orders changed in the shop after they were submitted; flagged for staff, not submitted again.</source>
        <translation>%1: %2 orders zijn na het indienen in de shop gewijzigd; gemarkeerd voor controle, niet opnieuw ingediend.</translation>
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
        <translation>Ophalen van orders van %1 gestopt: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Matching %1 orders.</source>
        <translation>%1 orders worden gematcht.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>ERP customer %1 is blocked</source>
        <translation>ERP-klant %1 is geblokkeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP customer %1 no longer exists</source>
        <translation>ERP-klant %1 bestaat niet meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the ERP refused it and %2: matching it again.</source>
        <translation>%1: door het ERP geweigerd, en %2: wordt opnieuw gekoppeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; matched again.</source>
        <translation>%1; opnieuw gekoppeld.</translation>
    </message>
    <message>
        <location filename="../app/match/matchsession.cpp" line="+144"/>
        <source>%1: %2 Matching again.</source>
        <translation>%1: %2 Opnieuw matchen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating %1 ERP customers.</source>
        <translation>%1 ERP-klanten worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Created ERP customer %1 (%2) for %3 from template &quot;%4&quot;.</source>
        <translation>ERP-klant %1 (%2) voor %3 aangemaakt op basis van sjabloon &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/import/ordersubmitter.cpp" line="+128"/>
        <source>Already in the ERP as %1 (an earlier attempt got through).</source>
        <translation>Staat al in het ERP als %1 (een eerdere poging is gelukt).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 Gave up after %2 attempts; retry it from the Orders page.</source>
        <translation>%1 Na %2 pogingen opgegeven; probeer het opnieuw vanaf de pagina Orders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (attempt %2 of %3; the next import retries it)</source>
        <translation>%1 (poging %2 van %3; de volgende import probeert het opnieuw)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Submitting %1 orders.</source>
        <translation>%1 orders worden ingediend.</translation>
    </message>
    <message>
        <location filename="../app/wiring/importservices.cpp" line="+20"/>
        <source>The profile names no ERP (its [erp] type must be businesscentral or tharstern).</source>
        <translation>Het profiel noemt geen ERP (type in de sectie [erp] moet businesscentral of tharstern zijn).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ERP secret %1 is not available: %2</source>
        <translation>Het ERP-geheim %1 is niet beschikbaar: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secret %1 of shop %2 is not available: %3</source>
        <translation>Het geheim %1 van shop %2 is niet beschikbaar: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shop %1 has type &quot;%2&quot;; use woocommerce or file.</source>
        <translation>Shop %1 heeft type &quot;%2&quot;; gebruik woocommerce of file.</translation>
    </message>
    <message>
        <location filename="../app/import/importsummary.cpp" line="+25"/>
        <source>Fetched %1 orders (%2 quarantined). Matched %3, blocked %4, needs review %5. Submitted %6, failed %7.
</source>
        <translation>%1 orders opgehaald (%2 in quarantaine). Gematcht %3, geblokkeerd %4, controle nodig %5. Ingediend %6, mislukt %7.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers: %1 created; linked by e-mail %2, existing link %3, contact %4, created %5, default customer %6.</source>
        <translation>Klanten: %1 aangemaakt; gekoppeld via e-mail %2, bestaande koppeling %3, contactpersoon %4, aangemaakt %5, standaardklant %6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Cancelled: the rest is picked up by the next import.</source>
        <translation>
Geannuleerd: de rest wordt bij de volgende import verwerkt.</translation>
    </message>
    <message>
        <location filename="../app/erp/salesorderbuilder.cpp" line="+124"/>
        <source>Order %1 has no ERP customer.</source>
        <translation>Order %1 heeft geen ERP-klant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The order mapping fills %1 from &quot;%2&quot;, which is not an order field (known: %3).</source>
        <translation>De ordertoewijzing vult %1 uit &quot;%2&quot;, dat geen orderveld is (bekend: %3).</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Line %1 of order %2 (%3) has no ERP item.</source>
        <translation>Regel %1 van order %2 (%3) heeft geen ERP-artikel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 of order %2 (%3) has no price from the shop (&quot;%4&quot;), and line_price_source is shop.</source>
        <translation>Regel %1 van order %2 (%3) heeft geen prijs uit de shop (&quot;%4&quot;), en line_price_source is shop.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 charges %2 of &quot;%3&quot;, which is not an amount.</source>
        <translation>Order %1 rekent %2 van &quot;%3&quot; aan, wat geen bedrag is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 charges %2 (%3) and %4 says to send it as a line, but %5 names no ERP item or account for it.</source>
        <translation>Order %1 rekent %2 (%3) aan en %4 zegt dat dit als regel moet worden verstuurd, maar %5 noemt er geen ERP-artikel of rekening voor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fee</source>
        <translation>Toeslag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipping</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The order mapping fills %1, which is set from the order (the matched customer, the external document number and the lines): remove that row on Settings → Order mapping.</source>
        <translation>De ordertoewijzing vult %1, dat uit de order komt (de gematchte klant, het externe documentnummer en de regels): verwijder die rij onder Instellingen → Ordertoewijzing.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order %1 has no lines.</source>
        <translation>Order %1 heeft geen regels.</translation>
    </message>
    <message>
        <location filename="../app/import/testorder.cpp" line="+115"/>
        <source>A test order needs at least one product.</source>
        <translation>Een testorder heeft minstens één product nodig.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Shop %1 has no customer %2 in Linkdesk yet (import its orders first).</source>
        <translation>Shop %1 heeft nog geen klant %2 in Linkdesk (importeer eerst de orders van de shop).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose the shop the test order is placed in.</source>
        <translation>Kies de shop waarin de testorder wordt geplaatst.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A customer who has not ordered yet needs an e-mail address.</source>
        <translation>Een klant die nog niet heeft besteld, heeft een e-mailadres nodig.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>would create a customer from template &quot;%1&quot;</source>
        <translation>zou een klant aanmaken op basis van sjabloon &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default customer</source>
        <translation>standaardklant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing link</source>
        <translation>bestaande koppeling</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>test order: Link for real</source>
        <translation>testorder: Echt koppelen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Link for real did not finish: %1</source>
        <translation>Echt koppelen is niet afgerond: %1</translation>
    </message>
    <message>
        <location filename="../ui/testorder/testorderdialog.cpp" line="-4"/>
        <source>(no price asked: no code or no item)</source>
        <translation>(geen prijs opgevraagd: geen code of geen artikel)</translation>
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
        <translation>Het ERP heeft geen verbinding gemaakt.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+88"/>
        <source>No order needs review.</source>
        <translation>Geen order hoeft te worden gecontroleerd.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Choose customer could not be opened.</source>
        <translation>Klant kiezen kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo customer Ashdown Estate Agents was not found.</source>
        <translation>De demoklant Ashdown Estate Agents is niet gevonden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The test order got no answer.</source>
        <translation>De testorder kreeg geen antwoord.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No customer is linked.</source>
        <translation>Er is geen klant gekoppeld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect Link could not be opened.</source>
        <translation>‘Klant koppelen’ kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The trace could not be opened.</source>
        <translation>Het matchverslag kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose-customer (on the first order that needs review), connect-link (on the first linked customer), test-order (as a demo customer, placed), trace (of the first order that needs review)</source>
        <translation>choose-customer (bij de eerste order die controle nodig heeft), connect-link (bij de eerste gekoppelde klant), test-order (als demoklant, geplaatst), trace (van de eerste order die controle nodig heeft)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no dialog &quot;%1&quot;; the dialogs are: %2.</source>
        <translation>Er is geen dialoog „%1”; de dialogen zijn: %2.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="+41"/>
        <source>Links webshop customers and orders to the ERP.</source>
        <translation>Koppelt webshopklanten en -orders aan het ERP.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile (INI) to use; default: the user&apos;s own.</source>
        <translation>Het te gebruiken profiel (INI); standaard: dat van de gebruiker zelf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Het venster als PNG-bestand opslaan en afsluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this page first (its title, e.g. Import).</source>
        <translation>Eerst deze pagina openen (de titel ervan, bijv. Import).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The language of the window (en, de, nl); default: the one chosen in Settings, else the system&apos;s.</source>
        <translation>De taal van het venster (en, de, nl); standaard: de taal gekozen bij Instellingen, anders die van het systeem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With --screenshot: the window&apos;s size; default 1280x800.</source>
        <translation>Met --screenshot: de grootte van het venster; standaard 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: render this dialog instead of the window: %1.</source>
        <translation>Met --screenshot: deze dialoog tekenen in plaats van het venster: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no language &quot;%1&quot;; the languages are: %2.</source>
        <translation>Er is geen taal &quot;%1&quot;; de talen zijn: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no page &quot;%1&quot;; the pages are: %2.</source>
        <translation>Er is geen pagina &quot;%1&quot;; de pagina&apos;s zijn: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size takes the width and height in pixels, like 1024x700.</source>
        <translation>--size neemt de breedte en hoogte in pixels, zoals 1024x700.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write the screenshot %1.</source>
        <translation>De schermafbeelding %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../app/import/ordersubmitter.cpp" line="-54"/>
        <source>%1. Its submit&apos;s outcome is unknown, so it is not sent again on its own: check the ERP, then resolve it on the Orders page or with linkdesk-cli orders resolve %2 %3 --submitted ERPORDER (or --resubmit).</source>
        <translation>%1. De uitkomst van de verzending is onbekend, dus wordt ze niet vanzelf opnieuw verstuurd: controleer het ERP en los haar dan op via de pagina Bestellingen of met linkdesk-cli orders resolve %2 %3 --submitted ERPORDER (of --resubmit).</translation>
    </message>
    <message>
        <location filename="../app/import/defaultcustomers.cpp" line="+19"/>
        <source>installation default</source>
        <translation>standaard van de installatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop %1</source>
        <translation>shop %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shops %1</source>
        <translation>shops %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No default customer is set (%1): orders that are not linked wait for review.</source>
        <translation>Er is geen standaardklant ingesteld (%1): bestellingen die niet gekoppeld zijn, wachten op controle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No ERP connection is configured.</source>
        <translation>Er is geen ERP-verbinding ingesteld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default customer %1 (%2) could not be checked: %3</source>
        <translation>De standaardklant %1 (%2) kon niet worden gecontroleerd: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default customer %1 (%2) is not in the ERP.</source>
        <translation>De standaardklant %1 (%2) staat niet in het ERP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default customer %1 (%2, %3) is blocked in the ERP%4.</source>
        <translation>De standaardklant %1 (%2, %3) is geblokkeerd in het ERP%4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default customer %1 (%2) is in the ERP: %3.</source>
        <translation>De standaardklant %1 (%2) staat in het ERP: %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The import stopped before matching any order: %1 Nothing was booked or submitted; the next import tries again.</source>
        <translation>De import is gestopt voordat er een bestelling werd gematcht: %1 Er is niets geboekt of verzonden; de volgende import probeert het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped before matching any order: %1 Set default_customer_code to a customer the ERP has and does not block (Settings, Matching; or linkdesk-cli settings set default_customer_code CODE [--shop SHOP]). Nothing was booked or submitted; the orders are imported once it is fixed.</source>
        <translation>De import is gestopt voordat er een bestelling werd gematcht: %1 Stel default_customer_code in op een klant die het ERP heeft en niet blokkeert (Instellingen, Matching; of linkdesk-cli settings set default_customer_code CODE [--shop SHOP]). Er is niets geboekt of verzonden; de bestellingen worden geïmporteerd zodra dit is opgelost.</translation>
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
        <translation>Contactrelatie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every order of this shop customer (a B2B sub-login, say) is booked to the ERP customer below; no ERP card is created for the shop customer.</source>
        <translation>Elke bestelling van deze shopklant (bijvoorbeeld een B2B-sub-login) wordt geboekt op de ERP-klant hieronder; er wordt geen ERP-kaart voor de shopklant aangemaakt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shop &amp;customer id:</source>
        <translation>Shop&amp;klant-id:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;ERP customer number:</source>
        <translation>&amp;ERP-klantnummer:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why this customer&apos;s orders go to another ERP customer</source>
        <translation>Waarom de bestellingen van deze klant naar een andere ERP-klant gaan</translation>
    </message>
</context>
<context>
    <name>RelationsPage</name>
    <message>
        <location filename="../ui/relations/relationspage.ui" line="+11"/>
        <source>Filter by shop customer, e-mail, ERP customer or reason</source>
        <translation>Filteren op shopklant, e-mail, ERP-klant of reden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importeren…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV ex&amp;porteren…</translation>
    </message>
</context>
<context>
    <name>ResolveOrderDialog</name>
    <message>
        <location filename="../ui/orders/resolveorderdialog.ui" line="+9"/>
        <source>Resolve order</source>
        <translation>Bestelling oplossen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ERP &amp;has it, as order number:</source>
        <translation>Het ERP &amp;heeft haar, met ordernummer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ERP&apos;s order number</source>
        <translation>Het ordernummer in het ERP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ERP does &amp;not have it: submit it anew with the next import</source>
        <translation>Het ERP heeft haar &amp;niet: bij de volgende import opnieuw versturen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.ui" line="+14"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drops the changes not saved, on every tab</source>
        <translation>Verwerpt de niet-opgeslagen wijzigingen op alle tabbladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert</source>
        <translation>Terug&amp;zetten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saves the changes of every tab together</source>
        <translation>Slaat de wijzigingen van alle tabbladen samen op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../ui/settings/templatestab.ui" line="+9"/>
        <source>A customer Linkdesk creates in the ERP gets the field values of the most specific template whose rules fit; an empty rule fits anything, and a lower priority wins among equally specific templates. Choose a template to fill in its fields below; an empty field is not sent.</source>
        <translation>Een klant die Linkdesk in het ERP aanmaakt, krijgt de veldwaarden van het meest specifieke sjabloon waarvan de regels passen; een lege regel past op alles, en bij even specifieke sjablonen wint de lagere prioriteit. Kies een sjabloon om hieronder de velden in te vullen; een leeg veld wordt niet verzonden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add template</source>
        <translation>Sjabloon &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move template</source>
        <translation>Sjabloon &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>TestOrderDialog</name>
    <message>
        <location filename="../ui/testorder/testorderdialog.ui" line="+9"/>
        <source>Test order as customer</source>
        <translation>Testorder als klant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place it as:</source>
        <translation>Plaatsen als:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A shop customer in &amp;Linkdesk</source>
        <translation>Een shopklant in &amp;Linkdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A customer who has &amp;not ordered yet</source>
        <translation>Een klant die &amp;nog niet heeft besteld</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part of an e-mail address or a name</source>
        <translation>Deel van een e-mailadres of een naam</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop customer ID</source>
        <translation>Shopklant-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop &amp;customer ID:</source>
        <translation>Shop&amp;klant-ID:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer&apos;s ID in the shop (picking one above fills it in)</source>
        <translation>De ID van de klant in de shop (wordt ingevuld als u er hierboven een kiest)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compan&amp;y:</source>
        <translation>Bed&amp;rijf:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;urrency and country:</source>
        <translation>V&amp;aluta en land:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shop customer I&amp;D:</source>
        <translation>Shopklant-I&amp;D:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: their account in the shop; empty for a guest</source>
        <translation>Optioneel: het account in de shop; leeg voor een gast</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products, quantities and the shop&apos;s prices (optional):</source>
        <translation>Producten, aantallen en de prijzen van de shop (optioneel):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add product</source>
        <translation>Product &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Place test order (not submitted)</source>
        <translation>Testorder &amp;plaatsen (niet ingediend)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link &amp;for real…</source>
        <translation>Echt k&amp;oppelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does to this customer what their first order would: writes the link, or creates the ERP customer and links it. Submits no sales order.</source>
        <translation>Doet met deze klant wat de eerste order zou doen: schrijft de koppeling, of maakt de ERP-klant aan en koppelt die. Dient geen verkooporder in.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer code:</source>
        <translation>Klantcode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Price, linked code:</source>
        <translation>Prijs, gekoppelde code:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Price, default code:</source>
        <translation>Prijs, standaardcode:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order lines:</source>
        <translation>Orderregels:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prices per line:</source>
        <translation>Prijzen per regel:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why:</source>
        <translation>Waarom:</translation>
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
        <translation>API-gebr&amp;uiker (e-mail)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application &amp;ID</source>
        <translation>Applicatie-&amp;ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers by e-mail</source>
        <translation>Klanten op e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail search path</source>
        <translation>Pad van de e-mailzoekopdracht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail search parameter</source>
        <translation>Parameter van de e-mailzoekopdracht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer create path</source>
        <translation>Pad voor het aanmaken van klanten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contacts path</source>
        <translation>Pad van de contactpersonen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer name search path</source>
        <translation>Pad van de zoekopdracht op klantnaam</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer name search parameter</source>
        <translation>Parameter van de zoekopdracht op klantnaam</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Product search path</source>
        <translation>Pad van de productzoekopdracht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Product search parameter</source>
        <translation>Parameter van de productzoekopdracht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tharstern answers a repeated UniqueSubmitOrderID with the first order</source>
        <translation>Tharstern beantwoordt een herhaalde UniqueSubmitOrderID met de eerste bestelling</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tharstern publishes no e-mail search or customer create: ask the site&apos;s Tharstern administrator which paths its API offers, then use Test connection. Without an e-mail search, choose the directory of customers and contacts. The search by name (Connect Link, the ERP item picker) is a guess too: the path and parameter the site searches customers and products by name with. Tick the last box only if Tharstern is known to de-duplicate orders: otherwise an order whose submit outcome is unknown waits for staff.</source>
        <translation>Tharstern publiceert geen e-mailzoekopdracht en geen manier om klanten aan te maken: vraag de Tharstern-beheerder van de locatie welke paden zijn API biedt en gebruik daarna Verbinding testen. Zonder e-mailzoekopdracht kiest u de lijst van klanten en contactpersonen. Ook het zoeken op naam (Connect Link, de ERP-artikelkiezer) is een aanname: het pad en de parameter waarmee de locatie klanten en producten op naam zoekt. Vink het laatste vakje alleen aan als bekend is dat Tharstern dubbele bestellingen herkent: anders wacht een bestelling waarvan de uitkomst van de verzending onbekend is op controle door medewerkers.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save to profile</source>
        <translation>Opslaan in profiel</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <location filename="../ui/orders/tracedialog.ui" line="+9"/>
        <source>Match trace</source>
        <translation>Matchverloop</translation>
    </message>
</context>
<context>
    <name>linkdesk</name>
    <message>
        <location filename="../app/wiring/erpclientfactory.cpp" line="+19"/>
        <source>The profile&apos;s [erp] section needs %1.</source>
        <translation>De sectie [erp] van het profiel heeft %1 nodig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No HTTP client for the ERP.</source>
        <translation>Geen HTTP-client voor het ERP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>The profile&apos;s [erp] api_url is not an http(s) URL: %1</source>
        <translation>api_url in de sectie [erp] van het profiel is geen http(s)-URL: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The profile&apos;s [erp] token_url is not an http(s) URL: %1</source>
        <translation>token_url in de sectie [erp] van het profiel is geen http(s)-URL: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Business Central client secret (keychain entry %1) is not set.</source>
        <translation>Het clientgeheim voor Business Central (sleutelbositem %1) is niet ingesteld.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Tharstern password (keychain entry %1) is not set.</source>
        <translation>Het Tharstern-wachtwoord (sleutelbositem %1) is niet ingesteld.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown ERP type &apos;%1&apos; in the profile: use businesscentral or tharstern.</source>
        <translation>Onbekend ERP-type &apos;%1&apos; in het profiel: gebruik businesscentral of tharstern.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The profile&apos;s [erp] customer_search is &quot;%1&quot;; use endpoint or contacts.</source>
        <translation>customer_search in de sectie [erp] van het profiel is &quot;%1&quot;; gebruik endpoint of contacts.</translation>
    </message>
</context>
<context>
    <name>linkdesk::AboutDialog</name>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="+16"/>
        <source>About Linkdesk</source>
        <translation>Over Linkdesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h3&gt;Linkdesk %1&lt;/h3&gt;&lt;p&gt;Imports webshop orders, links each order&apos;s customer to the right ERP customer, matches its items and submits the sales order exactly once.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), used under the GNU Lesser General Public License version 3; and QtKeychain %4, used under the BSD 2-clause licence. Help → About Qt has Qt&apos;s own notice.&lt;/p&gt;&lt;p&gt;Log files: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdesk %1&lt;/h3&gt;&lt;p&gt;Importeert webshopbestellingen, koppelt de klant van elke bestelling aan de juiste ERP-klant, matcht de artikelen en verstuurt de verkooporder precies één keer.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2 (draait op Qt %3), gebruikt onder de GNU Lesser General Public License versie 3; en QtKeychain %4, gebruikt onder de BSD-2-clausule-licentie. Help → Over Qt bevat de eigen vermelding van Qt.&lt;/p&gt;&lt;p&gt;Logbestanden: %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>linkdesk::AttentionPanel</name>
    <message>
        <location filename="../ui/common/attentionpanel.cpp" line="+36"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs review</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>In quarantaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale links</source>
        <translation>Verouderde koppelingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders waiting for someone to choose their ERP customer.</source>
        <translation>Bestellingen die wachten tot iemand hun ERP-klant kiest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders with an item that has no ERP item: map the SKU.</source>
        <translation>Bestellingen met een artikel zonder ERP-artikel: koppel de SKU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders the ERP refused, or whose attempts ran out: read the reason, then retry.</source>
        <translation>Bestellingen die het ERP weigerde of waarvan de pogingen op zijn: lees de reden en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders that could not be read: their parse error says why.</source>
        <translation>Bestellingen die niet gelezen konden worden: hun leesfout zegt waarom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links whose ERP customer is gone, blocked or changed: check them on the Customers page.</source>
        <translation>Koppelingen waarvan de ERP-klant weg, geblokkeerd of gewijzigd is: controleer ze op de pagina Klanten.</translation>
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
        <translation>Het auditlog kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the audit log…</source>
        <translation>Auditlog wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/audittablemodel.cpp" line="+85"/>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product mapping</source>
        <translation>Producttoewijzing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact relation</source>
        <translation>Contactrelatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer template</source>
        <translation>Klantsjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order mapping</source>
        <translation>Ordertoewijzing</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>When</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <extracomment>The audit log&apos;s column naming what an entry is about in words (a customer&apos;s name and e-mail).</extracomment>
        <translation>Betreft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Oud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nieuw</translation>
    </message>
</context>
<context>
    <name>linkdesk::BusinessCentralClient</name>
    <message>
        <location filename="../app/erp/businesscentralclient.cpp" line="+89"/>
        <source>Business Central: no HTTP client.</source>
        <translation>Business Central: geen HTTP-client.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Business Central sign-in failed: the token endpoint answered without an access token.</source>
        <translation>Aanmelden bij Business Central mislukt: het tokeneindpunt antwoordde zonder toegangstoken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business Central sign-in failed for client id &apos;%1&apos;: %2 Check the client id, the client secret and the tenant.</source>
        <translation>Aanmelden bij Business Central mislukt voor client-ID &apos;%1&apos;: %2 Controleer de client-ID, het clientgeheim en de tenant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business Central sign-in failed: %1</source>
        <translation>Aanmelden bij Business Central mislukt: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Business Central: %1: the answer has no &quot;value&quot; list.</source>
        <translation>Business Central: %1: het antwoord bevat geen &quot;value&quot;-lijst.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>blocked in Business Central (%1)</source>
        <translation>geblokkeerd in Business Central (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business Central: no e-mail to search for.</source>
        <translation>Business Central: geen e-mailadres om op te zoeken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>looking up customers by e-mail %1</source>
        <translation>klanten zoeken op e-mail %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>looking up customer %1</source>
        <translation>klant %1 opzoeken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>looking up item %1</source>
        <translation>artikel %1 opzoeken</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Business Central: a new customer needs a name.</source>
        <translation>Business Central: een nieuwe klant heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business Central: creating customer %1 may have succeeded although it failed (%2); look the customer up before creating it again.</source>
        <translation>Business Central: het aanmaken van klant %1 is ondanks de fout mogelijk gelukt (%2); zoek de klant op voordat u deze opnieuw aanmaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>creating customer %1</source>
        <translation>bij het aanmaken van klant %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business Central: creating customer %1: the answer names no customer number.</source>
        <translation>Business Central: aanmaken van klant %1: het antwoord noemt geen klantnummer.</translation>
    </message>
    <message>
        <location filename="../app/erp/businesscentraldocuments.cpp" line="+80"/>
        <source>looking up the sales order with external document number %1</source>
        <translation>verkooporder met extern documentnummer %1 opzoeken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Business Central: a sales order needs an external document number of 1 to %1 characters (got &apos;%2&apos;).</source>
        <translation>Business Central: een verkooporder heeft een extern documentnummer van 1 tot %1 tekens nodig (ontvangen: &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Business Central: sales order %1 needs a customer and at least one line.</source>
        <translation>Business Central: verkooporder %1 heeft een klant en minstens één regel nodig.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>sales order %1</source>
        <translation>verkooporder %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Business Central does not know item %1.</source>
        <translation>Business Central kent artikel %1 niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business Central refused the sales order.</source>
        <translation>Business Central heeft de verkooporder geweigerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business Central refused the sales order: %1</source>
        <translation>Business Central heeft de verkooporder geweigerd: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>pricing for customer %1 through a sales quote</source>
        <translation>bij het bepalen van de prijzen voor klant %1 via een verkoopofferte</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Business Central: creating sales order %1 failed and it could not be confirmed whether it was created (%2). It is looked up again before the next attempt.</source>
        <translation>Business Central: aanmaken van verkooporder %1 mislukt en er kon niet worden bevestigd of deze is aangemaakt (%2). Voor de volgende poging wordt opnieuw naar de order gezocht.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>reading the price quote&apos;s lines</source>
        <translation>offerteregels lezen</translation>
    </message>
    <message>
        <location filename="../app/erp/businesscentralsearch.cpp" line="+64"/>
        <source>searching customers for “%1”</source>
        <translation>zoeken naar klanten voor ‘%1’</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>searching items for “%1”</source>
        <translation>zoeken naar artikelen voor ‘%1’</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number or a name to search for.</source>
        <translation>Typ een nummer of een naam om op te zoeken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business Central: %1: there is no page “%2”.</source>
        <translation>Business Central: %1: er is geen pagina ‘%2’.</translation>
    </message>
</context>
<context>
    <name>linkdesk::CachedErpDirectory</name>
    <message>
        <location filename="../app/erp/cachederpdirectory.cpp" line="+88"/>
        <location line="+47"/>
        <location line="+80"/>
        <source>No ERP connection is configured.</source>
        <translation>Er is geen ERP-verbinding ingesteld.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Searching the ERP for %1: %2</source>
        <translation>Zoeken in het ERP naar %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking up ERP customer %1: %2</source>
        <translation>ERP-klant %1 opzoeken: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking up ERP item %1: %2</source>
        <translation>ERP-artikel %1 opzoeken: %2</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The ERP answered %1 prices for %2 lines.</source>
        <translation>Het ERP gaf %1 prijzen voor %2 regels.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ChooseCustomerDialog</name>
    <message>
        <location filename="../ui/orders/choosecustomerdialog.cpp" line="+47"/>
        <source>Choose the ERP customer — order %1</source>
        <translation>ERP-klant kiezen — order %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, customer %2</source>
        <translation>%1, klant %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(guest)</source>
        <translation>(gast)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 of %2 (%3)</source>
        <translation>Order %1 van %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting because: %1</source>
        <translation>Wacht omdat: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the order&apos;s customer…</source>
        <translation>De klant van de order wordt gelezen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The order&apos;s customer could not be read: %1</source>
        <translation>De klant van de order kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This customer is linked to %1 now; linking replaces that.</source>
        <translation>Deze klant is nu gekoppeld aan %1; koppelen vervangt dat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ERP connection: the candidates cannot be read.</source>
        <translation>Geen ERP-verbinding: de kandidaten kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>blocked: %1</source>
        <translation>geblokkeerd: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chosen: %1 %2</source>
        <translation>Gekozen: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the customers above.</source>
        <translation>Kies een van de klanten hierboven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is blocked in the ERP (%2): orders cannot be booked to it. Choose another card, or have it unblocked in the ERP and ask again.</source>
        <translation>%1 is geblokkeerd in het ERP (%2): er kunnen geen orders op worden geboekt. Kies een andere kaart, of laat hem in het ERP deblokkeren en vraag opnieuw.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking the ERP about customer %1…</source>
        <translation>Het ERP wordt gevraagd naar klant %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ERP could not be asked: %1</source>
        <translation>Het ERP kon niet worden gevraagd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP has no customer %1 any more: choose another card.</source>
        <translation>Het ERP heeft geen klant %1 meer: kies een andere kaart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still blocked in the ERP.</source>
        <translation>%1 is nog steeds geblokkeerd in het ERP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer blocked: it can be linked.</source>
        <translation>%1 is niet meer geblokkeerd: hij kan worden gekoppeld.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is blocked in the ERP: choose another card.</source>
        <translation>%1 is geblokkeerd in het ERP: kies een andere kaart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a reason: it is kept with the link in the audit log.</source>
        <translation>Geef een reden: die wordt bij de koppeling in het wijzigingslogboek bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The link could not be saved: %1</source>
        <translation>De koppeling kon niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 is linked to ERP customer %2 %3. %n order(s) of this customer that waited for review or failed are submitted now.</source>
        <translation>
            <numerusform>%1 is gekoppeld aan ERP-klant %2 %3. %n order van deze klant die op controle wachtte of mislukte, wordt nu ingediend.</numerusform>
            <numerusform>%1 is gekoppeld aan ERP-klant %2 %3. %n orders van deze klant die op controle wachtten of mislukten, worden nu ingediend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 is linked to ERP customer %2 %3. %n order(s) of this customer that waited for review or failed are matched again by the next import.</source>
        <translation>
            <numerusform>%1 is gekoppeld aan ERP-klant %2 %3. %n order van deze klant die op controle wachtte of mislukte, wordt bij de volgende import opnieuw gematcht.</numerusform>
            <numerusform>%1 is gekoppeld aan ERP-klant %2 %3. %n orders van deze klant die op controle wachtten of mislukten, worden bij de volgende import opnieuw gematcht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 no longer waited for review and was left as it is.</source>
        <translation>Order %1 wachtte niet meer op controle en is gelaten zoals hij is.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The link could not be read again: %1</source>
        <translation>De koppeling kon niet opnieuw worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1 changed this customer&apos;s link at %2, after you opened this; it is now %3. Their change is kept. Link again if yours should still replace it.</source>
        <translation>Niet opgeslagen: %1 heeft de koppeling van deze klant om %2 gewijzigd, nadat u dit opende; die is nu %3. Die wijziging blijft behouden. Koppel opnieuw als de uwe haar toch moet vervangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not linked</source>
        <translation>niet gekoppeld</translation>
    </message>
</context>
<context>
    <name>linkdesk::ConnectLinkDialog</name>
    <message>
        <location filename="../ui/customers/connectlinkdialog.cpp" line="+59"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No ERP connection configured: you can still link to a typed customer number.</source>
        <translation>Geen ERP-verbinding ingesteld: u kunt nog steeds koppelen aan een getypt klantnummer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This shop customer no longer exists.</source>
        <translation>Deze shopklant bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The customer could not be read: %1</source>
        <translation>De klant kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, customer %2</source>
        <translation>%1, klant %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(guest)</source>
        <translation>(gast)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country %1</source>
        <translation>land %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency %1</source>
        <translation>valuta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT no. %1</source>
        <translation>btw-nr. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect Link — %1</source>
        <translation>Klant koppelen — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 (%2), booked to %3</source>
        <translation>Order %1 (%2), geboekt op %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order has not been matched yet.</source>
        <translation>Deze order is nog niet gematcht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staged order for this customer yet.</source>
        <translation>Er is nog geen order voor deze klant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %1 changed this link at %2, after you opened it; it is now %3. Their change is kept and shown above. Save again if yours should still replace it.</source>
        <translation>Niet opgeslagen: %1 heeft deze koppeling op %2 gewijzigd, nadat u die had geopend; ze is nu %3. Die wijziging blijft behouden en staat hierboven. Sla opnieuw op als uw wijziging die toch moet vervangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else</source>
        <translation>iemand anders</translation>
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
        <translation>niet gekoppeld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ERP connection configured.</source>
        <translation>Geen ERP-verbinding ingesteld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not linked to an ERP customer.</source>
        <translation>Niet gekoppeld aan een ERP-klant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the ERP for customer %1…</source>
        <translation>Klant %1 wordt opgevraagd bij het ERP…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ERP could not be asked: %1
Check the ERP connection and open this again.</source>
        <translation>Het ERP kon niet worden bevraagd: %1
Controleer de ERP-verbinding en open dit venster opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP has no customer %1: the link points to a customer that is gone. Link this shop customer to another one or clear the link.</source>
        <translation>Het ERP heeft geen klant %1: de koppeling verwijst naar een klant die niet meer bestaat. Koppel deze shopklant aan een andere klant of verwijder de koppeling.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: %1</source>
        <translation>Bedrijf: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1, currency: %2</source>
        <translation>Land: %1, valuta: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT no.: %1</source>
        <translation>Btw-nr.: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked in the ERP: %1</source>
        <translation>Geblokkeerd in het ERP: %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Give a reason for the change first: it is kept with the link in the audit log.</source>
        <translation>Geef eerst een reden voor de wijziging: die wordt met de koppeling in het auditlogboek bewaard.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The link was not changed: %1</source>
        <translation>De koppeling is niet gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ERP customer %1 has the e-mail %2; this shop customer has %3.</source>
        <translation>ERP-klant %1 heeft het e-mailadres %2; deze shopklant heeft %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ERP customer %1 is linked already to: %2.</source>
        <translation>ERP-klant %1 is al gekoppeld aan: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link to %1?</source>
        <translation>Koppelen aan %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this shop customer to %1 anyway?</source>
        <translation>Deze shopklant toch aan %1 koppelen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not linked.</source>
        <translation>Niet gekoppeld.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Orders of this customer that waited for review or failed are matched again by the next import: %1.</source>
        <translation>Orders van deze klant die op controle wachtten of mislukten, worden bij de volgende import opnieuw gekoppeld: %1.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Type an ERP customer number or pick a candidate first.</source>
        <translation>Typ eerst een ERP-klantnummer of kies een kandidaat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking ERP customer %1…</source>
        <translation>ERP-klant %1 wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The link was not changed: the ERP could not be asked whether customer %1 exists (%2). Try again when the ERP answers.</source>
        <translation>De koppeling is niet gewijzigd: het ERP kon niet worden gevraagd of klant %1 bestaat (%2). Probeer het opnieuw wanneer het ERP antwoordt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link was not changed: the ERP has no customer %1. Check the number, or search by e-mail.</source>
        <translation>De koppeling is niet gewijzigd: het ERP heeft geen klant %1. Controleer het nummer of zoek op e-mail.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>undo of the last change</source>
        <translation>ongedaan maken van de laatste wijziging</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: someone else changed this link meanwhile. Reading it again…</source>
        <translation>Niet opgeslagen: iemand anders heeft deze koppeling intussen gewijzigd. Ze wordt opnieuw gelezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link could not be saved: %1</source>
        <translation>De koppeling kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undone: the link is %1 again.</source>
        <translation>Ongedaan gemaakt: de koppeling is weer %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: the link is now %1.</source>
        <translation>Opgeslagen: de koppeling is nu %1.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ConnectionsTab</name>
    <message>
        <location filename="../ui/settings/connectionstab.cpp" line="+27"/>
        <source>Testing the connections…</source>
        <translation>Verbindingen worden getest…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile names no shop.</source>
        <translation>Het profiel noemt geen shop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on: at most %1 operations per $batch request</source>
        <translation>aan: hoogstens %1 bewerkingen per $batch-verzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off: one request per call</source>
        <translation>uit: één verzoek per aanroep</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile file</source>
        <translation>Profielbestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This profile needs no credentials.</source>
        <translation>Dit profiel heeft geen inloggegevens nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to keep the stored value</source>
        <translation>Leeg laten om de opgeslagen waarde te behouden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Format: %1</source>
        <translation>Formaat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview a file…</source>
        <translation>Voorbeeld van een bestand…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a new value into a credential field first.</source>
        <translation>Typ eerst een nieuwe waarde in een veld voor inloggegevens.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credentials saved to the keychain.</source>
        <translation>Inloggegevens opgeslagen in de sleutelbos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some credentials could not be saved to the keychain:
%1</source>
        <translation>Sommige inloggegevens konden niet in de sleutelbos worden opgeslagen:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by %1</source>
        <translation>Ingesteld door %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keychain</source>
        <translation>Opgeslagen in de sleutelbos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain available</source>
        <translation>Geen sleutelbos beschikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain error</source>
        <translation>Fout in de sleutelbos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not everything works:
%1</source>
        <translation>Niet alles werkt:
%1</translation>
    </message>
</context>
<context>
    <name>linkdesk::CustomerTableModel</name>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="+130"/>
        <source>manual</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping table</source>
        <translation>koppeltabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stale</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP customer</source>
        <translation>ERP-klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERP name</source>
        <translation>ERP-naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set at</source>
        <translation>Ingesteld op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
</context>
<context>
    <name>linkdesk::CustomersPage</name>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="+29"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The customers could not be read: %1</source>
        <translation>De klanten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Link saved.</source>
        <translation>Koppeling opgeslagen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reading customers…</source>
        <translation>Klanten worden gelezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n or more customer(s), counting…</source>
        <translation>
            <numerusform>%n of meer klanten, wordt geteld…</numerusform>
            <numerusform>%n of meer klanten, wordt geteld…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ErpClient</name>
    <message>
        <location filename="../app/erp/erpclient.h" line="+88"/>
        <source>The ERP may already have this order: %1</source>
        <translation>Het ERP heeft deze bestelling mogelijk al: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>signed in and answered.</source>
        <translation>aangemeld en geantwoord.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This ERP connection cannot search by number or name.</source>
        <translation>Deze ERP-verbinding kan niet op nummer of naam zoeken.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ErpCustomerSearch</name>
    <message>
        <location filename="../ui/customers/erpcustomersearch.cpp" line="+27"/>
        <source>; same e-mail as the shop customer</source>
        <translation>; zelfde e-mail als de shopklant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; blocked in the ERP: %1</source>
        <translation>; geblokkeerd in het ERP: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching the ERP for %1…</source>
        <translation>Zoeken in het ERP naar %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>The ERP search failed: %1</source>
        <translation>Zoeken in het ERP is mislukt: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>e-mail is %1</source>
        <translation>e-mail is %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ERP customer matches %1.</source>
        <translation>Geen ERP-klant komt overeen met %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP customers matching %1: %2.</source>
        <translation>ERP-klanten die overeenkomen met %1: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching the ERP for customers by number or name: “%1”…</source>
        <translation>Het ERP wordt doorzocht op klantnummer of naam: ‘%1’…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>customer number is %1</source>
        <translation>klantnummer is %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer number starts with %1</source>
        <translation>klantnummer begint met %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name contains “%1”</source>
        <translation>naam bevat ‘%1’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by the ERP&apos;s search for “%1”</source>
        <translation>gevonden door de ERP-zoekopdracht naar ‘%1’</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ERP customer has a number starting with, or a name containing, “%1”.</source>
        <translation>Geen ERP-klant heeft een nummer dat begint met ‘%1’ of een naam die ‘%1’ bevat.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ERP customer(s) shown; there are more: More results lists them.</source>
        <translation>
            <numerusform>%n ERP-klant getoond; er zijn er meer: Meer resultaten toont ze.</numerusform>
            <numerusform>%n ERP-klanten getoond; er zijn er meer: Meer resultaten toont ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ERP customer(s) found.</source>
        <translation>
            <numerusform>%n ERP-klant gevonden.</numerusform>
            <numerusform>%n ERP-klanten gevonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ErpItemPicker</name>
    <message>
        <location filename="../ui/products/erpitempicker.cpp" line="+66"/>
        <source>Type part of an ERP item number or name to search for.</source>
        <translation>Typ een deel van een ERP-artikelnummer of naam om op te zoeken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Searching the ERP for “%1”…</source>
        <translation>Het ERP wordt doorzocht op ‘%1’…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The ERP search failed: %1</source>
        <translation>De ERP-zoekopdracht is mislukt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blocked in the ERP</source>
        <translation>geblokkeerd in het ERP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ERP has no item whose number or name matches “%1”.</source>
        <translation>Het ERP heeft geen artikel waarvan het nummer of de naam past bij ‘%1’.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) shown; there are more: More results lists them.</source>
        <translation>
            <numerusform>%n artikel getoond; er zijn er meer: Meer resultaten toont ze.</numerusform>
            <numerusform>%n artikelen getoond; er zijn er meer: Meer resultaten toont ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n artikel gevonden.</numerusform>
            <numerusform>%n artikelen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No ERP connection is configured.</source>
        <translation>Er is geen ERP-verbinding ingesteld.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No ERP connection: the ERP cannot be searched.</source>
        <translation>Geen ERP-verbinding: het ERP kan niet worden doorzocht.</translation>
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
        <translation>Het verzoek en het antwoord achter deze fout, voor wie het uitzoekt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Error details</source>
        <translation>Foutdetails</translation>
    </message>
</context>
<context>
    <name>linkdesk::FilePreviewDialog</name>
    <message>
        <location filename="../ui/settings/filepreviewdialog.cpp" line="+21"/>
        <source>Preview of an order file: %1</source>
        <translation>Voorbeeld van een bestelbestand: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows an import would quarantine are listed here.</source>
        <translation>Rijen die een import in quarantaine zou zetten, staan hier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an order file</source>
        <translation>Bestelbestand kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order files (%1)</source>
        <translation>Bestelbestanden (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 orders read, %2 quarantined; the first %3 are shown.</source>
        <translation>%1 bestellingen gelezen, %2 in quarantaine; de eerste %3 worden getoond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 orders read, %2 quarantined.</source>
        <translation>%1 bestellingen gelezen, %2 in quarantaine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no e-mail)</source>
        <translation>(geen e-mail)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2 à %3</translation>
    </message>
</context>
<context>
    <name>linkdesk::FolderShopSource</name>
    <message>
        <location filename="../app/shop/shopsources.cpp" line="+93"/>
        <source>The folder %1 is readable (%2 order files waiting).</source>
        <translation>De map %1 is leesbaar (%2 orderbestanden wachten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist or cannot be read.</source>
        <translation>De map %1 bestaat niet of kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ImportPage</name>
    <message>
        <location filename="../ui/import/importpage.cpp" line="+36"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+222"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>No import yet. Check the shops and the ERP on Settings → Connections, then choose Start import: the orders are fetched, matched and submitted, and what came of it shows here.</source>
        <translation>Nog geen import. Controleer de shops en het ERP onder Instellingen → Verbindingen en kies dan ‘Import starten’: de orders worden opgehaald, gematcht en verstuurd, en de uitkomst verschijnt hier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling… the import stops at its next safe point.</source>
        <translation>Bezig met annuleren… de import stopt bij het volgende veilige punt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An import or test order is already running.</source>
        <translation>Er loopt al een import of testorder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import cancelled; the next import picks up the rest.</source>
        <translation>Import geannuleerd; de volgende import verwerkt de rest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import finished: %1 submitted, %2 blocked, %3 need review, %4 failed.</source>
        <translation>Import voltooid: %1 ingediend, %2 geblokkeerd, %3 te controleren, %4 mislukt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import could not run: %1</source>
        <translation>De import kon niet worden uitgevoerd: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the import history: %1</source>
        <translation>De importgeschiedenis kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fetched %1, matched %2, blocked %3, review %4, failed %5, customers created %6</source>
        <translation>opgehaald %1, gematcht %2, geblokkeerd %3, te controleren %4, mislukt %5, klanten aangemaakt %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>did not run: %1</source>
        <translation>niet uitgevoerd: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Last import</source>
        <translation>Laatste import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers linked</source>
        <translation>Gekoppelde klanten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs review</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>In quarantaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail</source>
        <translation>Via e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Existing link</source>
        <translation>Bestaande koppeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact relation</source>
        <translation>Contactrelatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default customer</source>
        <translation>Standaardklant</translation>
    </message>
</context>
<context>
    <name>linkdesk::ImportWorker</name>
    <message>
        <location filename="../app/import/importworker.cpp" line="+144"/>
        <location line="+114"/>
        <source>Could not save the ERP look-up cache: %1</source>
        <translation>De cache van ERP-opzoekingen kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Could not record the import run: %1</source>
        <translation>De importrun kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Submit now</source>
        <translation>Nu indienen</translation>
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
        <translation>werkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not work</source>
        <translation>werkt niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tried</source>
        <translation>niet geprobeerd</translation>
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
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>linkdesk::LanguageTab</name>
    <message>
        <location filename="../ui/settings/languagetab.cpp" line="+13"/>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language saved; it is used from the next start of Linkdesk.</source>
        <translation>Taal opgeslagen; deze wordt gebruikt vanaf de volgende start van Linkdesk.</translation>
    </message>
</context>
<context>
    <name>linkdesk::LinkCheck</name>
    <message>
        <location filename="../app/import/linkcheck.cpp" line="+41"/>
        <source>the ERP</source>
        <translation>het ERP</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <location line="+9"/>
        <source>The link check stopped after %n link(s): %1 The marks written before stay.</source>
        <translation>
            <numerusform>De koppelingscontrole is gestopt na %n koppeling: %1 De eerder geschreven markeringen blijven.</numerusform>
            <numerusform>De koppelingscontrole is gestopt na %n koppelingen: %1 De eerder geschreven markeringen blijven.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is no longer in %2: choose another customer in Connect Link or clear the link.</source>
        <translation>%1 staat niet meer in %2: kies een andere klant in “Klant koppelen” of verwijder de koppeling.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2: unblock it in %3, or choose another customer in Connect Link.</source>
        <translation>%1 is %2: hef de blokkering op in %3, of kies een andere klant in “Klant koppelen”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has the e-mail %2 in %3, the shop customer %4: correct the e-mail where it is wrong, or choose another customer in Connect Link.</source>
        <translation>%1 heeft in %3 het e-mailadres %2, de shopklant %4: corrigeer het e-mailadres waar het fout is, of kies een andere klant in “Klant koppelen”.</translation>
    </message>
</context>
<context>
    <name>linkdesk::LinkCheckBar</name>
    <message>
        <location filename="../ui/customers/linkcheckbar.cpp" line="+9"/>
        <source>Stop after the links being checked; the marks written so far stay.</source>
        <translation>Stoppen na de koppelingen die nu gecontroleerd worden; de markeringen die al geschreven zijn, blijven.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check links needs the import worker of the window.</source>
        <translation>Koppelingen controleren heeft de importworker van het venster nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An import, test order or Submit now is running: check the links when it has finished.</source>
        <translation>Er loopt een import, testorder of “Nu indienen”: controleer de koppelingen als die klaar is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Checking the links in the ERP…</source>
        <translation>Koppelingen worden in het ERP gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Checked %1 of %n link(s)…</source>
        <translation>
            <numerusform>%1 van %n koppeling gecontroleerd…</numerusform>
            <numerusform>%1 van %n koppelingen gecontroleerd…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check links stopped: %1</source>
        <translation>Koppelingen controleren is gestopt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Check links cancelled after %n link(s); the marks written so far stay.</source>
        <translation>
            <numerusform>Koppelingen controleren geannuleerd na %n koppeling; de markeringen die al geschreven zijn, blijven.</numerusform>
            <numerusform>Koppelingen controleren geannuleerd na %n koppelingen; de markeringen die al geschreven zijn, blijven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stale link(s) of %1 checked: each says what to do.</source>
        <translation>
            <numerusform>%n verouderde koppeling van %1 gecontroleerd: bij elke staat wat er te doen is.</numerusform>
            <numerusform>%n verouderde koppelingen van %1 gecontroleerd: bij elke staat wat er te doen is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n link(s) checked are fine.</source>
        <translation>
            <numerusform>De %n gecontroleerde koppeling is in orde.</numerusform>
            <numerusform>Alle %n gecontroleerde koppelingen zijn in orde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stale mark(s) taken off.</source>
        <translation>
            <numerusform>%n markering als verouderd verwijderd.</numerusform>
            <numerusform>%n markeringen als verouderd verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+85"/>
        <source>An import or test order is running; try again when it has finished.</source>
        <translation>Er loopt een import of testorder; probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+8"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder with Linkdesk&apos;s log files, to attach one to a support question</source>
        <translation>De map met de logbestanden van Linkdesk tonen, om er een bij een supportvraag te voegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the filter of the page on view</source>
        <translation>Naar het filter van de getoonde pagina gaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the page on view again, with what other users changed meanwhile</source>
        <translation>De getoonde pagina opnieuw lezen, met wat andere gebruikers intussen wijzigden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test order…</source>
        <translation>&amp;Testorder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place a test order as a customer, without submitting it</source>
        <translation>Een testorder plaatsen als een klant, zonder hem te versturen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear cache</source>
        <translation>&amp;Cache wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget every cached ERP look-up: the next import asks the ERP afresh</source>
        <translation>Alle gecachte ERP-opzoekingen vergeten: de volgende import vraagt het ERP opnieuw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Linkdesk</source>
        <translation>&amp;Over Linkdesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tools</source>
        <translation>Hulpmiddelen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The log files are in %1.</source>
        <translation>De logbestanden staan in %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+42"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No ERP connection for searches: %1</source>
        <translation>Geen ERP-verbinding voor zoekopdrachten: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not clear the saved ERP look-up cache: %1</source>
        <translation>De opgeslagen cache van ERP-opzoekingen kon niet worden gewist: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cleared the ERP look-up cache: %n entries dropped.</source>
        <translation>
            <numerusform>Cache van ERP-opzoekingen gewist: %n item verwijderd.</numerusform>
            <numerusform>Cache van ERP-opzoekingen gewist: %n items verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Could not count what needs attention: %1</source>
        <translation>Kon niet tellen wat aandacht vraagt: %1</translation>
    </message>
</context>
<context>
    <name>linkdesk::MappingEditDialog</name>
    <message>
        <location filename="../ui/products/mappingeditdialog.cpp" line="+23"/>
        <source>Change product mapping</source>
        <translation>Producttoewijzing wijzigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add product mapping</source>
        <translation>Producttoewijzing toevoegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ERP connection: the item number cannot be checked now and is saved as typed.</source>
        <translation>Geen ERP-verbinding: het artikelnummer kan nu niet worden gecontroleerd en wordt opgeslagen zoals getypt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the shop.</source>
        <translation>Kies de shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the SKU, or the product id for a product without one.</source>
        <translation>Typ de SKU, of de product-ID voor een product zonder SKU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the ERP item number.</source>
        <translation>Typ het ERP-artikelnummer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the ERP about %1…</source>
        <translation>Het ERP wordt gevraagd naar %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the ERP could not be asked whether item %1 exists (%2). Try again when the ERP answers.</source>
        <translation>Er is niets opgeslagen: het ERP kon niet worden gevraagd of artikel %1 bestaat (%2). Probeer het opnieuw wanneer het ERP antwoordt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the ERP has no item %1. Find the item in the ERP above, or check the number.</source>
        <translation>Er is niets opgeslagen: het ERP heeft geen artikel %1. Zoek het artikel hierboven in het ERP, of controleer het nummer.</translation>
    </message>
</context>
<context>
    <name>linkdesk::MatchingTab</name>
    <message>
        <location filename="../ui/settings/matchingtab.cpp" line="+26"/>
        <source>Installation (all shops)</source>
        <translation>Installatie (alle shops)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Installation values apply to every shop that does not set its own. &quot;Use default&quot; leaves a value unset, so Linkdesk&apos;s default applies.</source>
        <translation>Installatiewaarden gelden voor elke shop die geen eigen waarden instelt. &quot;Standaard gebruiken&quot; laat een waarde leeg, zodat de standaardwaarde van Linkdesk geldt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values for shop %1. &quot;Use installation value&quot; leaves a value unset, so the installation value shown beside it applies.</source>
        <translation>Waarden voor shop %1. &quot;Installatiewaarde gebruiken&quot; laat een waarde leeg, zodat de ernaast getoonde installatiewaarde geldt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The settings could not be read: %1</source>
        <translation>De instellingen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default: %1</source>
        <translation>Standaard: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation: %1</source>
        <translation>Installatie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use default</source>
        <translation>Standaard gebruiken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use installation value</source>
        <translation>Installatiewaarde gebruiken</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved settings</source>
        <translation>Niet-opgeslagen instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings for %1 have changes that are not saved. Discard them?</source>
        <translation>De instellingen voor %1 bevatten wijzigingen die niet zijn opgeslagen. Verwerpen?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; cannot be empty: orders that are not linked to a customer are booked to it. Type the ERP customer code, or use the installation value.</source>
        <translation>&quot;%1&quot; mag niet leeg zijn: orders die niet aan een klant zijn gekoppeld, worden daarop geboekt. Typ de ERP-klantcode of gebruik de installatiewaarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; cannot be saved: %2</source>
        <translation>&quot;%1&quot; kan niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; could not be saved: %2</source>
        <translation>‘%1’ kon niet worden opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderFilesPanel</name>
    <message>
        <location filename="../ui/import/orderfilespanel.cpp" line="+50"/>
        <source>Order files</source>
        <translation>Bestelbestanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2, read from %3</source>
        <translation>%1: %2, gelezen uit %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read at</source>
        <translation>Gelezen op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders read</source>
        <translation>Bestellingen gelezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>In quarantaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved to</source>
        <translation>Verplaatst naar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Linkdesk CSV columns</source>
        <translation>Linkdesk-CSV-kolommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WooCommerce JSON</source>
        <translation>WooCommerce-JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shopify order export</source>
        <translation>Shopify-bestelexport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV by column mapping</source>
        <translation>CSV met kolomtoewijzing</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same content as %1, read before: nothing new.</source>
        <translation>Dezelfde inhoud als %1, al gelezen: niets nieuws.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: a duplicate</source>
        <translation>geen: een duplicaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (rows %2)</source>
        <translation>%1 (rijen %2)</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderMappingModel</name>
    <message>
        <location filename="../ui/settings/ordermappingmodel.cpp" line="+48"/>
        <source>Row %1 names no ERP field.</source>
        <translation>Regel %1 noemt geen ERP-veld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: %2 is always set from the order itself (the customer matching chose, the external document number, the lines) and cannot be mapped.</source>
        <translation>Regel %1: %2 wordt altijd uit de bestelling zelf gezet (de klant die het koppelen koos, het externe documentnummer, de regels) en kan niet worden toegewezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ERP field %1 is filled twice (row %2).</source>
        <translation>Het ERP-veld %1 wordt twee keer gevuld (regel %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 (%2) must take one of the order fields: %3.</source>
        <translation>Regel %1 (%2) moet een van de ordervelden gebruiken: %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>order field</source>
        <translation>orderveld</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>always set</source>
        <translation>altijd gezet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) is always set from the order itself: it cannot be mapped or changed.</source>
        <translation>%1 (%2) wordt altijd uit de bestelling zelf gezet: het kan niet worden toegewezen of gewijzigd.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>ERP field</source>
        <translation>ERP-veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken from</source>
        <translation>Overgenomen uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order field or constant</source>
        <translation>Orderveld of constante</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderMappingNames</name>
    <message>
        <location filename="../ui/settings/ordermappingnames.cpp" line="+23"/>
        <location line="+31"/>
        <source>ERP customer number</source>
        <translation>ERP-klantnummer</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>ERP customer ID</source>
        <translation>ERP-klant-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>External document number</source>
        <translation>Extern documentnummer</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+18"/>
        <source>Order lines</source>
        <translation>Orderregels</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Currency code</source>
        <translation>Valutacode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Requested delivery date</source>
        <translation>Gewenste leverdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-to name</source>
        <translation>Naam leveradres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship-to contact</source>
        <translation>Contact leveradres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesperson</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipment method</source>
        <translation>Verzendmethode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice customer</source>
        <translation>Factuurklant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique submit order ID</source>
        <translation>Unieke order-ID (UniqueSubmitOrderID)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop order number</source>
        <translation>Bestelnummer van de shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop code</source>
        <translation>Shopcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s e-mail</source>
        <translation>E-mail van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Klantnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
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
        <translation>De ordertoewijzing kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The order mapping could not be saved: %1</source>
        <translation>De ordertoewijzing kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrderTableModel</name>
    <message>
        <location filename="../ui/orders/ordertablemodel.cpp" line="+24"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched</source>
        <translation>gematcht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitting</source>
        <translation>wordt ingediend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs review</source>
        <translation>controle nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarantined</source>
        <translation>in quarantaine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched</source>
        <translation>Gematcht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined</source>
        <translation>In quarantaine</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1
Last error: %2</source>
        <translation>%1
Laatste fout: %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>E-mail klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERP customer</source>
        <translation>ERP-klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERP order</source>
        <translation>ERP-order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
</context>
<context>
    <name>linkdesk::OrdersPage</name>
    <message>
        <location filename="../ui/orders/orderspage.cpp" line="+73"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Res&amp;olve…</source>
        <translation>&amp;Afhandelen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading orders…</source>
        <translation>Orders worden geladen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The orders could not be read: %1</source>
        <translation>De orders konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses (%1)</source>
        <translation>Alle statussen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
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
            <numerusform>%1 van %n bestelling</numerusform>
            <numerusform>%1 van %n bestellingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose which ERP customer this order&apos;s buyer is, among the candidates, and link them</source>
        <translation>Onder de kandidaten kiezen welke ERP-klant de koper van deze order is, en ze koppelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the ERP connection, which is not configured or not connected yet</source>
        <translation>Heeft de ERP-verbinding nodig, die niet is ingesteld of nog niet verbonden is</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The orders could not be changed: %1</source>
        <translation>De orders konden niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Order %1 could not be reset for matching: %2</source>
        <translation>Order %1 kon niet worden teruggezet voor matching: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product mappings saved: %1. Order %2 and every other order blocked on them are matched again by the next import: %3 orders.</source>
        <translation>Productkoppelingen opgeslagen: %1. Order %2 en alle andere daardoor geblokkeerde orders worden bij de volgende import opnieuw gekoppeld: %3 orders.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Order %1 could not be read: %2</source>
        <translation>Order %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product mapping could not be saved: %1</source>
        <translation>De producttoewijzing kon niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n product mapping(s) saved, but order %1 changed meanwhile and was not matched again.</source>
        <translation>
            <numerusform>%n producttoewijzing opgeslagen, maar order %1 is intussen gewijzigd en niet opnieuw gematcht.</numerusform>
            <numerusform>%n producttoewijzingen opgeslagen, maar order %1 is intussen gewijzigd en niet opnieuw gematcht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-285"/>
        <source>The ERP has this order, or it does not and it is submitted anew</source>
        <translation>Het ERP heeft deze bestelling, of niet en dan wordt ze opnieuw verstuurd</translation>
    </message>
</context>
<context>
    <name>linkdesk::Page</name>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="-204"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../ui/import/importpage.cpp" line="-233"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+26"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/settings/matchingtab.cpp" line="-187"/>
        <source>Order lines</source>
        <translation>Orderregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../ui/settings/templatestab.cpp" line="+23"/>
        <source>Customer templates</source>
        <translation>Klantsjablonen</translation>
    </message>
    <message>
        <location filename="../ui/settings/ordermappingtab.cpp" line="-103"/>
        <source>Order mapping</source>
        <translation>Ordertoewijzing</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionstab.cpp" line="-172"/>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <location filename="../ui/settings/languagetab.cpp" line="-11"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderspage.cpp" line="-83"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../ui/products/productspage.cpp" line="+12"/>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="-51"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../ui/relations/relationspage.cpp" line="+13"/>
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
</context>
<context>
    <name>linkdesk::ProductMappingDialog</name>
    <message>
        <location filename="../ui/orders/productmappingdialog.cpp" line="+19"/>
        <source>Order %1 is blocked: these products have no ERP item. Find each in the ERP below, or type its number. The mapping is kept for %2, and every order blocked on it is matched again.</source>
        <translation>Order %1 is geblokkeerd: deze producten hebben geen ERP-artikel. Zoek elk hieronder in het ERP, of typ het nummer. De koppeling wordt bewaard voor %2, en elke order die erop geblokkeerd is, wordt opnieuw gekoppeld.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ERP item number</source>
        <translation>ERP-artikelnummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every line of order %1 already has an ERP item.</source>
        <translation>Elke regel van order %1 heeft al een ERP-artikel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No ERP connection: the item numbers cannot be checked now and are saved as typed.</source>
        <translation>Geen ERP-verbinding: de artikelnummers kunnen nu niet worden gecontroleerd en worden opgeslagen zoals getypt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pick or type at least one ERP item number, or cancel.</source>
        <translation>Kies of typ ten minste één ERP-artikelnummer, of annuleer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the ERP about %1…</source>
        <translation>Het ERP wordt gevraagd naar %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: the ERP could not be asked whether the items exist (%1). Try again when the ERP answers.</source>
        <translation>Er is niets opgeslagen: het ERP kon niet worden gevraagd of de artikelen bestaan (%1). Probeer het opnieuw wanneer het ERP antwoordt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the ERP has no item %1. Find the item in the ERP above, or check the number.</source>
        <translation>Er is niets opgeslagen: het ERP heeft geen artikel %1. Zoek het artikel hierboven in het ERP, of controleer het nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the ERP has none of these items: %1. Find them in the ERP above, or check the numbers.</source>
        <translation>Er is niets opgeslagen: het ERP heeft geen van deze artikelen: %1. Zoek ze hierboven in het ERP, of controleer de nummers.</translation>
    </message>
</context>
<context>
    <name>linkdesk::ProductMappingModel</name>
    <message>
        <location filename="../ui/products/productmappingmodel.cpp" line="+14"/>
        <source>manual</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import</source>
        <translation>import</translation>
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
        <translation>Product-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variation id</source>
        <translation>Variant-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP item</source>
        <translation>ERP-artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set at</source>
        <translation>Ingesteld op</translation>
    </message>
</context>
<context>
    <name>linkdesk::ProductsPage</name>
    <message>
        <location filename="../ui/products/productspage.cpp" line="+7"/>
        <source>Loading mappings…</source>
        <translation>Toewijzingen worden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product mappings could not be read: %1</source>
        <translation>De producttoewijzingen konden niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n toewijzing</numerusform>
            <numerusform>%n toewijzingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Blocked orders it unblocks, matched again by the next import: %1.</source>
        <translation>Geblokkeerde orders die hierdoor vrijkomen, bij de volgende import opnieuw gekoppeld: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mapping could not be saved: %1</source>
        <translation>De toewijzing kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 in shop %2 now maps to ERP item %3.</source>
        <translation>%1 in shop %2 is nu toegewezen aan ERP-artikel %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product %1/%2</source>
        <translation>Product %1/%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The mapping now points to ERP item %1.</source>
        <translation>De toewijzing verwijst nu naar ERP-artikel %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>product %1/%2</source>
        <translation>product %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove product mapping</source>
        <translation>Producttoewijzing verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the mapping of %1 in shop %2 to ERP item %3? Orders with this product are blocked until it is mapped again.</source>
        <translation>De toewijzing van %1 in shop %2 aan ERP-artikel %3 verwijderen? Orders met dit product worden geblokkeerd totdat het opnieuw is toegewezen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping could not be removed: %1</source>
        <translation>De toewijzing kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping of %1 was removed.</source>
        <translation>De toewijzing van %1 is verwijderd.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Import product mappings</source>
        <translation>Producttoewijzingen importeren</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n product mapping(s) imported.</source>
        <translation>
            <numerusform>%n producttoewijzing geïmporteerd.</numerusform>
            <numerusform>%n producttoewijzingen geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export product mappings</source>
        <translation>Producttoewijzingen exporteren</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n product mapping(s) exported to %1.</source>
        <translation>
            <numerusform>%n producttoewijzing geëxporteerd naar %1.</numerusform>
            <numerusform>%n producttoewijzingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::RelationEditDialog</name>
    <message>
        <location filename="../ui/relations/relationeditdialog.cpp" line="+15"/>
        <source>Change contact relation</source>
        <translation>Contactrelatie wijzigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add contact relation</source>
        <translation>Contactrelatie toevoegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the shop.</source>
        <translation>Kies de shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the shop customer&apos;s id (the sub-login whose orders are booked elsewhere).</source>
        <translation>Typ de id van de shopklant (de sub-login waarvan de bestellingen elders worden geboekt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact relation is for a registered shop customer, not a guest.</source>
        <translation>Een contactrelatie is voor een geregistreerde shopklant, niet voor een gast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number of the ERP customer the orders are booked to.</source>
        <translation>Typ het nummer van de ERP-klant waarop de bestellingen worden geboekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason: it is shown in the trace of every order booked this way.</source>
        <translation>Geef een reden: die staat in het spoor van elke bestelling die zo wordt geboekt.</translation>
    </message>
</context>
<context>
    <name>linkdesk::RelationModel</name>
    <message>
        <location filename="../ui/relations/relationmodel.cpp" line="+34"/>
        <source>No order of this shop customer has been imported yet.</source>
        <translation>Er is nog geen bestelling van deze shopklant geïmporteerd.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop customer</source>
        <translation>Shopklant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERP customer</source>
        <translation>ERP-klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set at</source>
        <translation>Ingesteld op</translation>
    </message>
</context>
<context>
    <name>linkdesk::RelationsPage</name>
    <message>
        <location filename="../ui/relations/relationspage.cpp" line="+7"/>
        <source>Loading relations…</source>
        <translation>Relaties worden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact relations could not be read: %1</source>
        <translation>De contactrelaties konden niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relatie</numerusform>
            <numerusform>%n relaties</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Orders of theirs that waited for review or failed, matched again by the next import: %1.</source>
        <translation>Bestellingen van deze klant die op controle wachtten of mislukten, opnieuw gekoppeld bij de volgende import: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The contact relation could not be saved: %1</source>
        <translation>De contactrelatie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders of shop customer %1 in shop %2 are now booked to ERP customer %3.</source>
        <translation>Bestellingen van shopklant %1 in shop %2 worden nu geboekt op ERP-klant %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove contact relation</source>
        <translation>Contactrelatie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relation of shop customer %1 in shop %2 to ERP customer %3? Their next orders are matched by the other rules: an ERP customer may be created for them.</source>
        <translation>De relatie van shopklant %1 in shop %2 met ERP-klant %3 verwijderen? Volgende bestellingen worden volgens de andere regels gekoppeld: er kan een ERP-klant voor worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The contact relation could not be removed: %1</source>
        <translation>De contactrelatie kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact relation of shop customer %1 was removed.</source>
        <translation>De contactrelatie van shopklant %1 is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="-84"/>
        <source>%n contact relation(s) imported.</source>
        <translation>
            <numerusform>%n contactrelatie geïmporteerd.</numerusform>
            <numerusform>%n contactrelaties geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contact relations</source>
        <translation>Contactrelaties importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export contact relations</source>
        <translation>Contactrelaties exporteren</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n contact relation(s) exported to %1.</source>
        <translation>
            <numerusform>%n contactrelatie geëxporteerd naar %1.</numerusform>
            <numerusform>%n contactrelaties geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linkdesk::ResolveOrderDialog</name>
    <message>
        <location filename="../ui/orders/resolveorderdialog.cpp" line="+19"/>
        <source>Resolve order %1</source>
        <translation>Bestelling %1 oplossen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>resolved by %1: the ERP has it as %2</source>
        <translation>opgelost door %1: het ERP heeft haar als %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved by %1: not in the ERP, submitted anew</source>
        <translation>opgelost door %1: niet in het ERP, wordt opnieuw verstuurd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 is marked submitted as %2; it is never sent again.</source>
        <translation>Bestelling %1 is gemarkeerd als verstuurd (%2); ze wordt nooit opnieuw verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 will be matched and submitted anew by the next import.</source>
        <translation>Bestelling %1 wordt bij de volgende import opnieuw gekoppeld en verstuurd.</translation>
    </message>
</context>
<context>
    <name>linkdesk::SettingEditor</name>
    <message>
        <location filename="../ui/settings/settingeditor.cpp" line="+19"/>
        <source>Use the default customer</source>
        <translation>Standaardklant gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match by e-mail</source>
        <translation>Matchen op e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact (trimmed, lower-case)</source>
        <translation>Exact (getrimd, kleine letters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider rules (also Gmail dots and +tags)</source>
        <translation>Providerregels (ook Gmail-punten en +tags)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the shop</source>
        <translation>Uit de shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the ERP (nothing sent)</source>
        <translation>Uit het ERP (niets verstuurd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Niet versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a line of an ERP item</source>
        <translation>Als regel van een ERP-artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a G/L account line (Business Central)</source>
        <translation>Als grootboekrekeningregel (Business Central)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e-mail only</source>
        <translation>alleen e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>linkdesk::SettingSpec</name>
    <message>
        <location filename="../app/domain/settings.cpp" line="+13"/>
        <source>Default customer code</source>
        <translation>Standaardklantcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ERP customer that orders are booked to when they are not linked to a customer of their own, and the only one while linking is off.</source>
        <translation>De ERP-klant waarop orders worden geboekt die niet aan een eigen klant gekoppeld zijn, en de enige zolang koppelen uit staat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use ExternalId as CustomerCode</source>
        <translation>ExternalId als CustomerCode gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links each shop customer to an ERP customer, so that pricing and orders use the linked customer&apos;s code. Off: every order goes to the default customer.</source>
        <translation>Koppelt elke shopklant aan een ERP-klant, zodat prijzen en orders de code van de gekoppelde klant gebruiken. Uit: elke order gaat naar de standaardklant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check e-mail for new customers</source>
        <translation>E-mail controleren bij nieuwe klanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a customer is created, the ERP is searched for a customer with the same e-mail address; exactly one is linked, more than one waits for review.</source>
        <translation>Voordat een klant wordt aangemaakt, wordt in het ERP gezocht naar een klant met hetzelfde e-mailadres; precies één wordt gekoppeld, meer dan één wacht op controle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail match also needs equal</source>
        <translation>E-mailmatch vereist ook gelijke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields that must be equal as well for an e-mail match to count. A shop customer then has one link per set of these values, one per currency say.</source>
        <translation>Velden die ook gelijk moeten zijn voordat een e-mailmatch telt. Een shopklant heeft dan één koppeling per combinatie van deze waarden, bijvoorbeeld één per valuta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create missing customers</source>
        <translation>Ontbrekende klanten aanmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When no ERP customer matches, one is created from the customer template that fits. Off: the order goes to the default customer.</source>
        <translation>Als geen ERP-klant past, wordt er een aangemaakt uit het passende klantsjabloon. Uit: de order gaat naar de standaardklant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guest orders</source>
        <translation>Gastorders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How orders without a shop customer account are linked: to the default customer, or by their e-mail address.</source>
        <translation>Hoe orders zonder klantaccount in de shop worden gekoppeld: aan de standaardklant, of via hun e-mailadres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only products with a product mapping</source>
        <translation>Alleen producten met een producttoewijzing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: every product needs a product mapping; an order with an unmapped one is blocked until it has one. Off: an unmapped SKU is looked up as an ERP item number and, when the ERP has that item, used and remembered as a mapping; only a SKU the ERP does not know blocks the order.</source>
        <translation>Aan: elk product heeft een producttoewijzing nodig; een order met een product zonder toewijzing wordt geblokkeerd tot het er een heeft. Uit: een SKU zonder toewijzing wordt opgezocht als ERP-artikelnummer en, als het ERP dat artikel heeft, gebruikt en als toewijzing onthouden; alleen een SKU die het ERP niet kent, blokkeert de order.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail normalisation</source>
        <translation>E-mailnormalisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How e-mail addresses are compared: trimmed and in lower case, or also by the rules of providers such as Gmail (dots and +tags ignored).</source>
        <translation>Hoe e-mailadressen worden vergeleken: getrimd en in kleine letters, of ook volgens de regels van providers zoals Gmail (punten en +tags genegeerd).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lookup cache lifetime</source>
        <translation>Levensduur van de opzoekcache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many seconds a cached ERP look-up is used before the ERP is asked again; 0 turns the cache off (an import still reuses what it asked within itself). An import of several shops uses the shortest of their lifetimes.</source>
        <translation>Hoeveel seconden een gecachte ERP-opzoeking wordt gebruikt voordat het ERP opnieuw wordt gevraagd; 0 zet de cache uit (een import hergebruikt nog wel wat hij zelf heeft opgevraagd). Een import van meerdere shops gebruikt de kortste van hun levensduren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line descriptions</source>
        <translation>Regelomschrijvingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop: each order line is described by the product name from the shop (and shipping and fee lines by the shop&apos;s name for them). erp: no description is sent, so the ERP uses its item&apos;s or account&apos;s own.</source>
        <translation>shop: elke orderregel krijgt de productnaam uit de shop als omschrijving (verzend- en toeslagregels de naam die de shop ervoor heeft). erp: er wordt geen omschrijving verstuurd, dus het ERP gebruikt die van zijn artikel of rekening.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prices on order lines</source>
        <translation>Prijzen op orderregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shop: each product line carries the price the customer paid in the shop. erp: product lines are sent without a price, so the ERP applies the linked customer&apos;s own prices. Shipping and fee lines always carry the shop&apos;s amount.</source>
        <translation>shop: elke productregel draagt de prijs die de klant in de shop betaalde. erp: productregels worden zonder prijs verstuurd, zodat het ERP de eigen prijzen van de gekoppelde klant toepast. Verzend- en toeslagregels dragen altijd het bedrag uit de shop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shipping line</source>
        <translation>Verzendregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the shipping an order charges reaches the ERP: not at all (none), as a line of an ERP item (item), or as a G/L account line (account; Business Central only), with the amount the shop charged.</source>
        <translation>Hoe de verzendkosten van een order in het ERP komen: helemaal niet (none), als regel van een ERP-artikel (item) of als grootboekrekeningregel (account; alleen Business Central), met het bedrag dat de shop rekende.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shipping item or account</source>
        <translation>Verzendartikel of -rekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ERP item number (Shipping line: item) or G/L account number (account) of the shipping line.</source>
        <translation>Het ERP-artikelnummer (Verzendregel: item) of grootboekrekeningnummer (account) van de verzendregel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fee lines</source>
        <translation>Toeslagregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the fees of an order (WooCommerce fee lines) reach the ERP: not at all (none), as lines of an ERP item (item), or as G/L account lines (account; Business Central only), one per fee, with the shop&apos;s amount.</source>
        <translation>Hoe de toeslagen van een order (WooCommerce-toeslagregels) in het ERP komen: helemaal niet (none), als regels van een ERP-artikel (item) of als grootboekrekeningregels (account; alleen Business Central), één per toeslag, met het bedrag uit de shop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fee item or account</source>
        <translation>Toeslagartikel of -rekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ERP item number (Fee lines: item) or G/L account number (account) of the fee lines.</source>
        <translation>Het ERP-artikelnummer (Toeslagregels: item) of grootboekrekeningnummer (account) van de toeslagregels.</translation>
    </message>
</context>
<context>
    <name>linkdesk::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+80"/>
        <source>Not saved: %1 is still being read. Save again in a moment.</source>
        <translation>Niet opgeslagen: %1 wordt nog gelezen. Sla zo dadelijk opnieuw op.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved, nothing was changed. %1: %2</source>
        <translation>Niet opgeslagen, er is niets gewijzigd. %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved, nothing was changed: %1</source>
        <translation>Niet opgeslagen, er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have changes that are not saved. Save them before you go on?</source>
        <translation>De instellingen hebben wijzigingen die niet zijn opgeslagen. Eerst opslaan?</translation>
    </message>
</context>
<context>
    <name>linkdesk::ShopTablePage</name>
    <message>
        <location filename="../ui/common/shoptablepage.cpp" line="+122"/>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>linkdesk::SubmitNowBar</name>
    <message>
        <location filename="../ui/orders/submitnowbar.cpp" line="+9"/>
        <source>Stop after the order being sent; the others wait for the next import.</source>
        <translation>Stoppen na de order die nu wordt verzonden; de overige wachten op de volgende import.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Submit now needs the import worker of the window.</source>
        <translation>Nu indienen heeft de importworker van het venster nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An import, test order or Submit now is running: try again when it has finished. The orders wait for the next import meanwhile.</source>
        <translation>Er loopt een import, testorder of Nu indienen: probeer het opnieuw als die klaar is. De orders wachten intussen op de volgende import.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Submitting %n order(s) now…</source>
        <translation>
            <numerusform>%n order wordt nu ingediend…</numerusform>
            <numerusform>%n orders worden nu ingediend…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching %1 of %2…</source>
        <translation>Matchen %1 van %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting %1 of %2…</source>
        <translation>Indienen %1 van %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submit now could not run: %1</source>
        <translation>Nu indienen kon niet draaien: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit now cancelled: %1 submitted; the other orders wait for the next import.</source>
        <translation>Nu indienen geannuleerd: %1 ingediend; de overige orders wachten op de volgende import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit now finished: %1 submitted, %2 blocked, %3 need review, %4 failed.</source>
        <translation>Nu indienen voltooid: %1 ingediend, %2 geblokkeerd, %3 te controleren, %4 mislukt.</translation>
    </message>
</context>
<context>
    <name>linkdesk::TableSetup</name>
    <message>
        <location filename="../ui/common/tablesetup.cpp" line="+35"/>
        <source>All shops</source>
        <translation>Alle shops</translation>
    </message>
</context>
<context>
    <name>linkdesk::TemplateField</name>
    <message>
        <location filename="../ui/settings/templatefields.cpp" line="+30"/>
        <source>Not a value the template can store: write text in quotes (&quot;Web&quot;), a number, true or false, or an object in braces.</source>
        <translation>Geen waarde die het sjabloon kan opslaan: schrijf tekst tussen aanhalingstekens (&quot;Web&quot;), een getal, true of false, of een object tussen accolades.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A field the ERP&apos;s customer gets as it is written here, in JSON.</source>
        <translation>Een veld dat de klant in het ERP krijgt zoals het hier staat, in JSON.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Hoogstens %1 tekens; dit heeft er %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not an ID: the ERP names the record by an ID of 36 characters such as 4f3a0c1e-2b6d-4e8f-9a7b-1c2d3e4f5a6b, not by its code.</source>
        <translation>Geen ID: het ERP noemt het record met een ID van 36 tekens zoals 4f3a0c1e-2b6d-4e8f-9a7b-1c2d3e4f5a6b, niet met zijn code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A number of 0 or more, with a point for decimals (2500 or 2500.50).</source>
        <translation>Een getal van 0 of meer, met een punt voor decimalen (2500 of 2500.50).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose yes or no.</source>
        <translation>Kies ja of nee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of: %1.</source>
        <translation>Kies een van: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the fields as a JSON object in braces, such as {&quot;JobTitle&quot;: &quot;Buyer&quot;}.</source>
        <translation>Schrijf de velden als JSON-object tussen accolades, zoals {&quot;JobTitle&quot;: &quot;Buyer&quot;}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer type</source>
        <translation>Klanttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Tharstern customer type, such as Web or Trade.</source>
        <translation>Het klanttype in Tharstern, zoals Web of Trade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact defaults</source>
        <translation>Standaardwaarden voor het contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of the contact created with the customer, as a JSON object; its name, e-mail and phone come from the order.</source>
        <translation>Velden van het contact dat met de klant wordt aangemaakt, als JSON-object; naam, e-mail en telefoon komen uit de bestelling.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address defaults</source>
        <translation>Standaardwaarden voor het adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of the address created with the customer, as a JSON object; its name, country, e-mail and phone come from the order.</source>
        <translation>Velden van het adres dat met de klant wordt aangemaakt, als JSON-object; naam, land, e-mail en telefoon komen uit de bestelling.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or Person. Empty: a Company when the order names a company, else a Person.</source>
        <translation>Company (bedrijf) of Person (persoon). Leeg: Company als de bestelling een bedrijf noemt, anders Person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax liable</source>
        <translation>Belastingplichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether sales tax is calculated for the customer. Empty: Business Central&apos;s default.</source>
        <translation>Of voor de klant btw wordt berekend. Leeg: de standaard van Business Central.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax area ID</source>
        <translation>Belastinggebied-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of a tax area in Business Central (its API lists them under taxAreas).</source>
        <translation>De ID van een belastinggebied in Business Central (de API geeft ze onder taxAreas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment terms ID</source>
        <translation>Betalingstermijn-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of payment terms in Business Central (its API lists them under paymentTerms).</source>
        <translation>De ID van een betalingstermijn in Business Central (de API geeft ze onder paymentTerms).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment method ID</source>
        <translation>Betaalmethode-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of a payment method in Business Central (its API lists them under paymentMethods).</source>
        <translation>De ID van een betaalmethode in Business Central (de API geeft ze onder paymentMethods).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipment method ID</source>
        <translation>Verzendmethode-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of a shipment method in Business Central (its API lists them under shipmentMethods).</source>
        <translation>De ID van een verzendmethode in Business Central (de API geeft ze onder shipmentMethods).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salesperson code</source>
        <translation>Verkopercode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code of a salesperson in Business Central.</source>
        <translation>De code van een verkoper in Business Central.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s credit limit, in the local currency.</source>
        <translation>De kredietlimiet van de klant, in de lokale valuta.</translation>
    </message>
</context>
<context>
    <name>linkdesk::TemplateFieldsForm</name>
    <message>
        <location filename="../ui/settings/templatefieldsform.cpp" line="+14"/>
        <source>Fields of the new ERP customer</source>
        <translation>Velden van de nieuwe ERP-klant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not set</source>
        <translation>niet gezet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored as &quot;%1&quot;.</source>
        <translation>Opgeslagen als ‘%1’.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a template in the table to fill in its fields.</source>
        <translation>Kies een sjabloon in de tabel om de velden in te vullen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ERP&apos;s customer takes no fields Linkdesk knows of.</source>
        <translation>De klant in het ERP heeft geen velden die Linkdesk kent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (not allowed)</source>
        <translation>%1 (niet toegestaan)</translation>
    </message>
</context>
<context>
    <name>linkdesk::TemplateTableModel</name>
    <message>
        <location filename="../ui/settings/templatetablemodel.cpp" line="+22"/>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>without VAT no.</source>
        <translation>zonder btw-nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with VAT no.</source>
        <translation>met btw-nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A template needs a name.</source>
        <translation>Een sjabloon heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The priority must be a whole number.</source>
        <translation>De prioriteit moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
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
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT no.</source>
        <translation>Btw-nr.</translation>
    </message>
</context>
<context>
    <name>linkdesk::TemplatesTab</name>
    <message>
        <location filename="../ui/settings/templatestab.cpp" line="+17"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The customer templates could not be read: %1</source>
        <translation>De klantsjablonen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The template &quot;%1&quot; has a value that cannot be stored in %2: %3</source>
        <translation>Het sjabloon ‘%1’ heeft in %2 een waarde die niet kan worden opgeslagen: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The customer templates could not be saved: %1</source>
        <translation>De klantsjablonen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer template %1 could not be saved: %2</source>
        <translation>Het klantsjabloon %1 kon niet worden opgeslagen: %2</translation>
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
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Shop price</source>
        <translation>Shopprijs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+324"/>
        <source>ERP price</source>
        <translation>ERP-prijs</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>On the order</source>
        <translation>Op de order</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+35"/>
        <source>An import is running; try again when it has finished.</source>
        <translation>Er loopt een import; probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Asking the ERP…</source>
        <translation>ERP wordt bevraagd…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The test order could not run: %1</source>
        <translation>De testorder kon niet worden uitgevoerd: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none) — %1</source>
        <translation>(geen) — %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>guest</source>
        <translation>gast</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The first %n; type more to narrow.</source>
        <translation>
            <numerusform>De eerste; typ verder om te verfijnen.</numerusform>
            <numerusform>De eerste %n; typ verder om te verfijnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick the customer: search by e-mail or name, or enter the shop customer ID.</source>
        <translation>Kies de klant: zoek op e-mail of naam, of voer de shopklant-ID in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the e-mail address of the customer who has not ordered yet.</source>
        <translation>Voer het e-mailadres in van de klant die nog niet heeft besteld.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter at least one SKU.</source>
        <translation>Voer minstens één SKU in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link for real?</source>
        <translation>Echt koppelen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This changes the ERP. As a first order would, it links %1 (%2) to an ERP customer found by the matching rules, or creates an ERP customer from a template and links it, or books them to the default customer. No sales order is submitted; the link is audited.</source>
        <translation>Dit wijzigt het ERP. Zoals een eerste order zou doen, koppelt het %1 (%2) aan een ERP-klant die de matchregels vinden, of maakt het een ERP-klant aan uit een sjabloon en koppelt die, of boekt op de standaardklant. Er wordt geen verkooporder ingediend; de koppeling wordt in het auditlog vastgelegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link %1 for real?</source>
        <translation>%1 echt koppelen?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Linking in the ERP…</source>
        <translation>Bezig met koppelen in het ERP…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(none yet): %1</source>
        <translation>(nog geen): %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Link for real did not run: %1</source>
        <translation>Echt koppelen is niet uitgevoerd: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not linked — %1</source>
        <translation>Niet gekoppeld — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created ERP customer %1 and linked it; no sales order was submitted.</source>
        <translation>ERP-klant %1 aangemaakt en gekoppeld; er is geen verkooporder ingediend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2); no sales order was submitted.</source>
        <translation>%1 (%2); er is geen verkooporder ingediend.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent without a price: the ERP applies its own price for %1 (line_price_source: erp).</source>
        <translation>Zonder prijs verstuurd: het ERP past zijn eigen prijs voor %1 toe (line_price_source: erp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer</source>
        <translation>de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent with the price the customer paid in the shop (line_price_source: shop).</source>
        <translation>Verstuurd met de prijs die de klant in de shop betaalde (line_price_source: shop).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERP price (%1)</source>
        <translation>ERP-prijs (%1)</translation>
    </message>
</context>
<context>
    <name>linkdesk::TharsternClient</name>
    <message>
        <location filename="../app/erp/tharsternclient.cpp" line="+148"/>
        <source>Tharstern: no HTTP client.</source>
        <translation>Tharstern: geen HTTP-client.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the answer carries no token</source>
        <translation>het antwoord bevat geen token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tharstern sign-in failed for %1: %2 Check the user e-mail and password.</source>
        <translation>Aanmelden bij Tharstern mislukt voor %1: %2 Controleer het e-mailadres van de gebruiker en het wachtwoord.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tharstern: %1 failed: %2</source>
        <translation>Tharstern: %1 mislukt: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the server reports no success</source>
        <translation>de server meldt geen succes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is not a Tharstern response</source>
        <translation>het antwoord is geen Tharstern-antwoord</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>on stop in Tharstern</source>
        <translation>in Tharstern geblokkeerd (On Stop)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>looking up customer %1</source>
        <translation>klant %1 opzoeken</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/erp/tharsternsearch.cpp" line="+187"/>
        <source>looking up product %1</source>
        <translation>product %1 opzoeken</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsterncustomers.cpp" line="+48"/>
        <source>Tharstern: a new customer needs a name.</source>
        <translation>Tharstern: een nieuwe klant heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creating customer %1</source>
        <translation>klant %1 aanmaken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> The customer may have been created: look it up before creating it again.</source>
        <translation> De klant is mogelijk aangemaakt: zoek deze op voordat u hem opnieuw aanmaakt.</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsternorders.cpp" line="+80"/>
        <source>Tharstern: an order needs a UniqueSubmitOrderID, an invoice customer and at least one item (order &apos;%1&apos;).</source>
        <translation>Tharstern: een order heeft een UniqueSubmitOrderID, een factuurklant en minstens één artikel nodig (order &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>submitting order %1</source>
        <translation>order %1 indienen</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>reading the estimate request example of product %1</source>
        <translation>voorbeeld-calculatieaanvraag van product %1 lezen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>pricing product %1 for customer %2</source>
        <translation>prijs bepalen van product %1 voor klant %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tharstern: the estimate for product %1 has no price.</source>
        <translation>Tharstern: de calculatie voor product %1 bevat geen prijs.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Tharstern: product %1 was not found.</source>
        <translation>Tharstern: product %1 is niet gevonden.</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsterndirectory.cpp" line="+75"/>
        <source>Tharstern: no e-mail to search for.</source>
        <translation>Tharstern: geen e-mailadres om op te zoeken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>searching customers by e-mail %1</source>
        <translation>klanten zoeken op e-mail %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Set [erp] customer_search_path to the site&apos;s e-mail search, or customer_search=contacts.</source>
        <translation> Stel [erp] customer_search_path in op de e-mailzoekopdracht van de locatie, of customer_search=contacts.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of its %2 rows carry another e-mail (%3, say): the server ignores the parameter %4.</source>
        <translation>%1 van haar %2 rijen hebben een ander e-mailadres (bijvoorbeeld %3): de server negeert de parameter %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of its %2 rows carry no e-mail, so whether they match cannot be checked.</source>
        <translation>%1 van haar %2 rijen hebben geen e-mailadres, dus kan niet worden gecontroleerd of ze overeenkomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tharstern&apos;s e-mail search (%1%2) cannot be trusted: %3 Nothing is created for it. Set [erp] customer_search_path and customer_search_parameter to the site&apos;s e-mail search, or customer_search=contacts.</source>
        <translation>De e-mailzoekopdracht van Tharstern (%1%2) is niet te vertrouwen: %3 Er wordt niets voor aangemaakt. Stel [erp] customer_search_path en customer_search_parameter in op de e-mailzoekopdracht van de locatie, of customer_search=contacts.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>reading the customer directory</source>
        <translation>lezen van de klantenlijst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the contact directory</source>
        <translation>lezen van de contactpersonenlijst</translation>
    </message>
    <message>
        <location line="+98"/>
        <location filename="../app/erp/tharsternsearch.cpp" line="-66"/>
        <source>Tharstern: the customer search has no page “%1”.</source>
        <translation>Tharstern: de klantzoekopdracht heeft geen pagina ‘%1’.</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsternclient.cpp" line="-153"/>
        <source>the server answered an empty token (wrong user, password or application id)</source>
        <translation>de server gaf een leeg token (verkeerde gebruiker, wachtwoord of applicatie-ID)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Tharstern: %1: page %2 is the first page again, so the server does not page with %3= and %4=; it answered %5 of %6 items.</source>
        <translation>Tharstern: %1: pagina %2 is weer de eerste pagina, dus de server bladert niet met %3= en %4=; hij gaf %5 van %6 items.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tharstern: %1: still more after %2 pages of %3.</source>
        <translation>Tharstern: %1: nog steeds meer na %2 pagina&apos;s van %3.</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsterncustomers.cpp" line="+2"/>
        <source> Set [erp] customer_create_path to the site&apos;s customer create.</source>
        <translation> Stel [erp] customer_create_path in op het pad van de locatie voor het aanmaken van klanten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tharstern: creating customer %1: the answer names no customer code, so it may have been created: look it up before creating it again.</source>
        <translation>Tharstern: aanmaken van klant %1: het antwoord noemt geen klantcode, dus hij is mogelijk aangemaakt: zoek hem op voordat u hem opnieuw aanmaakt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>adding contact %1 to customer %2</source>
        <translation>toevoegen van contactpersoon %1 aan klant %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>looking up the contacts of customer %1</source>
        <translation>opzoeken van de contactpersonen van klant %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tharstern: the contact %1 of customer %2 could not be confirmed.</source>
        <translation>Tharstern: contactpersoon %1 van klant %2 kon niet worden bevestigd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>adding the address of customer %1</source>
        <translation>toevoegen van het adres van klant %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tharstern: customer %1 was created, but: %2</source>
        <translation>Tharstern: klant %1 is aangemaakt, maar: %2</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsternorders.cpp" line="-166"/>
        <source>Tharstern may already have this order: UniqueSubmitOrderID %1</source>
        <translation>Tharstern heeft deze bestelling mogelijk al: UniqueSubmitOrderID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tharstern: orders cannot be looked up by UniqueSubmitOrderID (%1).</source>
        <translation>Tharstern: bestellingen kunnen niet worden opgezocht op UniqueSubmitOrderID (%1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tharstern: order %1 has a G/L account line (%2), and Tharstern&apos;s orders take products only. Send shipping and fees as a product instead (shipping_line_type=item, fee_line_type=item, with a Tharstern product code).</source>
        <translation>Tharstern: order %1 heeft een grootboekrekeningregel (%2), en Tharstern-orders nemen alleen producten aan. Verstuur verzending en toeslagen in plaats daarvan als product (shipping_line_type=item, fee_line_type=item, met een Tharstern-productcode).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tharstern: product %1 of order %2 was not found.</source>
        <translation>Tharstern: product %1 van bestelling %2 is niet gevonden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (the answer to orders/submit names no order)</source>
        <translation> (het antwoord op orders/submit noemt geen bestelling)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server gave no reason</source>
        <translation>de server gaf geen reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tharstern refused order %1: %2</source>
        <translation>Tharstern heeft bestelling %1 geweigerd: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Tharstern: product %1 has no product type to estimate it by.</source>
        <translation>Tharstern: product %1 heeft geen producttype om een calculatie mee te maken.</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>answered (%n items).</source>
        <translation>
            <numerusform>geantwoord (%n item).</numerusform>
            <numerusform>geantwoord (%n items).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>signed in as %1.</source>
        <translation>aangemeld als %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered.</source>
        <translation>geantwoord.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>answered no customer for an e-mail nobody has, as an e-mail search should.</source>
        <translation>gaf geen klant voor een e-mailadres dat niemand heeft, zoals een e-mailzoekopdracht hoort te doen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered %1 customers for an e-mail nobody has: the server ignores %2. Set customer_search_path and customer_search_parameter, or customer_search=contacts.</source>
        <translation>gaf %1 klanten voor een e-mailadres dat niemand heeft: de server negeert %2. Stel customer_search_path en customer_search_parameter in, of customer_search=contacts.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not tried: it would create one in Tharstern.</source>
        <translation>niet geprobeerd: het zou iets aanmaken in Tharstern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tried: every estimate is stored in Tharstern.</source>
        <translation>niet geprobeerd: elke calculatie wordt in Tharstern opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tried; submit_deduplicates=true: an order whose submit outcome is unknown is sent again.</source>
        <translation>niet geprobeerd; submit_deduplicates=true: een bestelling met een onbekende uitkomst van de verzending wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not tried; an order whose submit outcome is unknown waits for staff (submit_deduplicates=false).</source>
        <translation>niet geprobeerd; een bestelling met een onbekende uitkomst van de verzending wacht op controle (submit_deduplicates=false).</translation>
    </message>
    <message>
        <location filename="../app/erp/tharsternsearch.cpp" line="-43"/>
        <source> Set [erp] %1 to the site&apos;s search by name.</source>
        <translation> Stel [erp] %1 in op de zoekopdracht op naam van de locatie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tharstern&apos;s search by name (%1%2) cannot be trusted: %3 of its %4 rows have “%2” in neither their code nor their name (%5, say), so the server ignores the parameter %6. Set [erp] %7 and %8 to the site&apos;s search by name.</source>
        <translation>De Tharstern-zoekopdracht op naam (%1%2) is niet te vertrouwen: %3 van de %4 rijen hebben ‘%2’ noch in hun code noch in hun naam (bijvoorbeeld %5), dus de server negeert de parameter %6. Stel [erp] %7 en %8 in op de zoekopdracht op naam van de locatie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+43"/>
        <source>Type a number or a name to search for.</source>
        <translation>Typ een nummer of een naam om op te zoeken.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>searching customers for “%1”</source>
        <translation>zoeken naar klanten voor ‘%1’</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tharstern: the product search has no page “%1”.</source>
        <translation>Tharstern: de productzoekopdracht heeft geen pagina ‘%1’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>searching products for “%1”</source>
        <translation>zoeken naar producten voor ‘%1’</translation>
    </message>
</context>
<context>
    <name>linkdesk::TharsternSettingsWidget</name>
    <message>
        <location filename="../ui/settings/tharsternsettingswidget.cpp" line="+16"/>
        <source>The site&apos;s e-mail search (endpoint)</source>
        <translation>De e-mailzoekopdracht van de locatie (endpoint)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A directory of all customers and contacts (contacts)</source>
        <translation>Een lijst van alle klanten en contactpersonen (contacts)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The API URL must be an http(s) address, like https://mis.example.com/TharsternAPI.</source>
        <translation>De API-URL moet een http(s)-adres zijn, zoals https://mis.example.com/TharsternAPI.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 mag niet leeg zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile could not be read: %1</source>
        <translation>Het profiel kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved to %1. Test connection and the next import use it.</source>
        <translation>Opgeslagen in %1. Verbinding testen en de volgende import gebruiken het.</translation>
    </message>
</context>
<context>
    <name>linkdesk::TraceDialog</name>
    <message>
        <location filename="../ui/orders/tracedialog.cpp" line="+19"/>
        <source>Match trace of order %1 (%2)</source>
        <translation>Matchverslag van order %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 (%2): %3</source>
        <translation>Order %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This order has not been matched yet.</source>
        <translation>Deze order is nog niet gematcht.</translation>
    </message>
</context>
<context>
    <name>linkdesk::WooShopSource</name>
    <message>
        <location filename="../app/shop/shopsources.cpp" line="-58"/>
        <source>A newer fetch replaced this one.</source>
        <translation>Een nieuwere ophaalactie heeft deze vervangen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WooCommerce answered and accepted the key (%1 orders).</source>
        <translation>WooCommerce heeft geantwoord en de sleutel geaccepteerd (%1 orders).</translation>
    </message>
</context>
<context>
    <name>linkdesk::csvtable</name>
    <message>
        <location filename="../ui/common/csvtable.cpp" line="+31"/>
        <source>Line %1 names no shop.</source>
        <translation>Regel %1 noemt geen shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: there is no shop &quot;%2&quot; in this profile (shops: %3).</source>
        <translation>Regel %1: er is geen shop &quot;%2&quot; in dit profiel (shops: %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not valid CSV: %1</source>
        <translation>Het bestand is geen geldige CSV: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first line must name the columns: %1.</source>
        <translation>De eerste regel moet de kolommen noemen: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported:
%1</source>
        <translation>Er is niets geïmporteerd:
%1</translation>
    </message>
</context>
<context>
    <name>linkdesk::productcsv</name>
    <message>
        <location filename="../ui/products/productcsv.cpp" line="+48"/>
        <source>Line %1 names no ERP item number.</source>
        <translation>Regel %1 noemt geen ERP-artikelnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the source must be manual, direct or import, not &quot;%2&quot;.</source>
        <translation>Regel %1: de bron moet manual, direct of import zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 needs a SKU or a product id (and a variation id of 0 or more).</source>
        <translation>Regel %1 heeft een SKU of een product-ID nodig (en een variant-ID van 0 of meer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 maps the same product as line %2.</source>
        <translation>Regel %1 wijst hetzelfde product toe als regel %2.</translation>
    </message>
</context>
<context>
    <name>linkdesk::relationcsv</name>
    <message>
        <location filename="../ui/relations/relationcsv.cpp" line="+42"/>
        <source>Line %1 names no shop customer.</source>
        <translation>Regel %1 noemt geen shopklant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: a contact relation is for a registered shop customer, not a guest.</source>
        <translation>Regel %1: een contactrelatie is voor een geregistreerde shopklant, niet voor een gast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 names no ERP customer.</source>
        <translation>Regel %1 noemt geen ERP-klant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 gives no reason.</source>
        <translation>Regel %1 geeft geen reden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 relates the same shop customer as line %2.</source>
        <translation>Regel %1 betreft dezelfde shopklant als regel %2.</translation>
    </message>
</context>
</TS>
