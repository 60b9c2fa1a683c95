#!/usr/bin/env python3
"""Writes resources/demo-seed.json: the linkdesk-sandbox seed for the demo (format: tests/sandbox/SEED.md).

Deterministic (fixed random seed, no clock): running it again gives the same file byte for byte.
Besides a few hundred ordinary WooCommerce orders it holds the cases Linkdesk must get right;
each is listed in TRICKY below and in resources/README.md.

    python3 resources/make-demo-seed.py [OUTPUT]
"""
import datetime
import json
import random
import sys

rng = random.Random(20261123)

# ------------------------------------------------------------------ ERP items (print products)
ITEMS = [
    ("BC-350-STD", "Business cards 350gsm silk, 250", 24.00),
    ("BC-400-UNC", "Business cards 400gsm uncoated, 250", 31.50),
    ("BC-450-SFT", "Business cards 450gsm soft touch, 250", 42.00),
    ("FL-A5-130", "Flyers A5 130gsm gloss, 1000", 58.00),
    ("FL-A4-170", "Flyers A4 170gsm silk, 500", 74.50),
    ("FL-DL-150", "Flyers DL 150gsm, 2500", 96.00),
    ("LF-A4-2F", "Leaflets A4 folded to DL, 1000", 118.00),
    ("BR-A4-8P", "Brochures A4 8 pages stapled, 250", 212.00),
    ("BR-A5-16P", "Brochures A5 16 pages stapled, 500", 265.00),
    ("PO-A2-170", "Posters A2 170gsm, 10", 39.00),
    ("PO-A1-200", "Posters A1 200gsm, 5", 44.00),
    ("PO-A0-200", "Posters A0 200gsm, 2", 36.00),
    ("RU-850-STD", "Roll-up banner 850 x 2000 mm", 79.00),
    ("RU-1000-PRM", "Roll-up banner 1000 x 2000 mm premium", 129.00),
    ("BN-PVC-3X1", "PVC banner 3 x 1 m with eyelets", 54.00),
    ("ST-ROUND-50", "Stickers round 50 mm, 500", 37.50),
    ("ST-SQ-75", "Stickers square 75 mm, 500", 45.00),
    ("LB-ROLL-100", "Roll labels 100 x 50 mm, 1000", 62.00),
    ("NP-A5-50", "Notepads A5 50 sheets, 25", 88.00),
    ("LH-A4-120", "Letterheads A4 120gsm, 1000", 69.00),
    ("CS-C5-WIN", "Envelopes C5 window printed, 500", 97.00),
    ("PC-A6-350", "Postcards A6 350gsm, 500", 41.00),
    ("FO-A4-2P", "Presentation folders A4, 250", 189.00),
    ("CA-A3-WALL", "Wall calendars A3 13 pages, 50", 245.00),
    ("CA-DESK", "Desk calendars, 50", 198.00),
    ("MU-CER-WHT", "Printed mugs white ceramic, 36", 142.00),
    ("TS-COT-WHT", "T-shirts white cotton printed, 25", 187.50),
    ("BG-COT-NAT", "Cotton tote bags natural, 100", 215.00),
    ("CB-A4-5MM", "Correx boards A4 5 mm, 10", 48.00),
    ("FB-A1-5MM", "Foamex boards A1 5 mm, 5", 66.00),
    ("WB-DIBOND", "Dibond sign 600 x 400 mm", 38.00),
    ("CV-30X40", "Canvas print 30 x 40 cm", 29.00),
    ("MN-DL-6P", "Menus DL 6 pages folded, 250", 104.00),
    ("TK-RAFFLE", "Raffle tickets numbered, 1000", 35.00),
    ("IN-A4-NCR", "NCR invoice pads A4 duplicate, 10", 112.00),
    ("LP-A5-LAM", "Laminated price cards A5, 50", 27.50),
]
# Products the shop sells that the ERP does not know: with the blocked check on, their orders
# are Blocked until a product mapping exists.
SHOP_ONLY = [
    ("BC-FOIL-GOLD", "Business cards gold foil, 250", 59.00),   # new in the shop, not yet in the ERP
    ("SAMPLE-PACK", "Free sample pack", 0.00),
    ("GIFT-CARD-25", "Gift card £25", 25.00),
]
# Shop products without a SKU (common in WooCommerce): matched by product id + variation id.
NO_SKU = [
    (9001, 0, "Custom quote (artwork service)", 45.00),
    (9002, 9102, "Wedding invitations - Ivory", 3.20),
    (9002, 9103, "Wedding invitations - White", 3.20),
]
# An ERP item that exists but is blocked for sale.
ERP_BLOCKED_ITEM = ("PO-A0-GLOSS-OLD", "Posters A0 gloss (discontinued)", 40.00)

FIRST = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Freya", "Lily", "Grace", "Zoë", "Sophie", "Noah", "Oliver",
         "George", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Theo", "Samuel", "Priya", "Aisha", "Mateusz",
         "Lukas", "Sven", "Anouk", "Daan", "Emma", "Chloé", "Siobhán", "Rhys", "Ewan", "Niamh", "Hamish"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
        "Walker", "Evans", "Thomas", "Roberts", "Khan", "Lewis", "Hughes", "Müller", "de Vries", "Jansen",
        "Kowalski", "Nowak", "Murphy", "Kelly", "Campbell", "Stewart", "MacDonald", "Ferguson", "Bakker"]
PREFIX = ["Harbour", "Oak", "Northgate", "Bluebell", "Castle", "Riverside", "Summit", "Granite", "Meadow",
          "Kingfisher", "Copper", "Beacon", "Foxglove", "Lighthouse", "Redbrick", "Willow", "Ironbridge",
          "Saffron", "Thistle", "Juniper", "Pennine", "Cobalt", "Heron", "Marlow", "Ashdown", "Bramble"]
SUFFIX = [("Print", "Ltd"), ("Design", "Ltd"), ("Events", "Ltd"), ("Dental Practice", ""), ("Estate Agents", ""),
          ("Brewery", "Ltd"), ("Coffee Co", ""), ("Marketing", "LLP"), ("Architects", ""), ("Joinery", "Ltd"),
          ("Yoga Studio", ""), ("Vets", ""), ("Solicitors", "LLP"), ("Bakery", ""), ("Signs", "Ltd")]
CITIES = {"GB": [("London", "EC1A 1BB"), ("Manchester", "M1 1AE"), ("Leeds", "LS1 4AP"), ("Bristol", "BS1 5TR"),
                 ("Edinburgh", "EH1 1YZ"), ("Cardiff", "CF10 1EP"), ("York", "YO1 7HH")],
          "NL": [("Amsterdam", "1012 JS"), ("Utrecht", "3511 LX"), ("Rotterdam", "3011 AD")],
          "IE": [("Dublin", "D02 X285"), ("Cork", "T12 W8DR")],
          "DE": [("Berlin", "10117"), ("Hamburg", "20095")],
          "US": [("Boston", "02108"), ("Portland", "97201")]}
CURRENCY = {"GB": "GBP", "NL": "EUR", "IE": "EUR", "DE": "EUR", "US": "USD"}
STREETS = ["High Street", "Station Road", "Church Lane", "Mill Road", "Victoria Street", "Kerkstraat",
           "Main Street", "Market Place", "Hauptstraße", "Quay Street"]

erp_customers = []   # seed "erp.customers"
shop_customers = []  # registered shop customers: dict with id, billing, currency
prices = []
TRICKY = []


def slug(text):
    return "".join(ch for ch in text.lower().replace(" ", "") if ch.isalnum() or ch == "-")


def vat(country, n):
    return {"GB": "GB%09d", "NL": "NL%09dB01", "IE": "IE%07dT", "DE": "DE%09d", "US": ""}[country].replace(
        "%09d", "%09d" % (100000000 + n)).replace("%07d", "%07d" % (1000000 + n)) if country != "US" else ""


def billing(first, last, company, email, country, phone=None):
    city, postcode = rng.choice(CITIES[country])
    return {"first_name": first, "last_name": last, "company": company,
            "address_1": "%d %s" % (rng.randint(1, 180), rng.choice(STREETS)), "address_2": "",
            "city": city, "state": "", "postcode": postcode, "country": country, "email": email,
            "phone": phone or "+%d %d %d" % (rng.choice([44, 31, 353, 49, 1]), rng.randint(20, 999),
                                            rng.randint(1000000, 9999999))}


def add_erp(number, name, email, country, currency=None, blocked=False):
    erp_customers.append({"number": number, "displayName": name, "email": email,
                          "currencyCode": currency or CURRENCY[country], "country": country,
                          "vatNumber": vat(country, len(erp_customers) + 1), "blocked": blocked})


def add_shop(shop_id, first, last, company, email, country, currency=None):
    shop_customers.append({"id": shop_id, "billing": billing(first, last, company, email, country),
                           "currency": currency or CURRENCY[country]})


# ------------------------------------------------------------------ ordinary customers
used = set()
next_number = 1
next_shop_id = 101
for i in range(70):
    while True:
        prefix, (kind, form) = rng.choice(PREFIX), rng.choice(SUFFIX)
        company = " ".join(x for x in (prefix, kind, form) if x)
        if company not in used:
            used.add(company)
            break
    country = rng.choices(["GB", "NL", "IE", "DE", "US"], [60, 15, 10, 10, 5])[0]
    first, last = rng.choice(FIRST), rng.choice(LAST)
    domain = slug(prefix + kind) + {"GB": ".co.uk", "NL": ".nl", "IE": ".ie", "DE": ".de", "US": ".com"}[country]
    email = rng.choice(["orders@", "info@", "accounts@", "%s@" % slug(first)]) + domain
    number = "C%05d" % next_number
    next_number += 1
    add_erp(number, company, email, country)
    if i < 60:  # ten ERP customers never order from the shop
        add_shop(next_shop_id, first, last, company, email, country)
        next_shop_id += 1

# ------------------------------------------------------------------ the tricky ones
def tricky(number, what):
    TRICKY.append({"erp": number, "case": what})


# The default customer (default_customer_code=WEB in the demo): guests under guest_policy
# default_customer, and orders whose customer could not be matched, are booked to it.
add_erp("WEB", "Web shop sales", "webshop@linkdesk-demo.example", "GB")


n = "C%05d" % next_number; next_number += 1
add_erp(n, "Harbourside Print Ltd", "Orders@HarboursidePrint.co.uk", "GB")
add_shop(next_shop_id, "Tom", "Baxter", "Harbourside Print Ltd", "orders@harboursideprint.co.uk", "GB"); next_shop_id += 1
tricky(n, "ERP email in mixed case; the shop has it in lower case")

n = "C%05d" % next_number; next_number += 1
add_erp(n, "Mossley Design Studio", "  accounts@mossley-design.com ", "GB")
add_shop(next_shop_id, "Zoë", "Hart", "Mossley Design Studio", "Accounts@Mossley-Design.com", "GB"); next_shop_id += 1
tricky(n, "ERP email with surrounding spaces; the shop's in mixed case")

n = "C%05d" % next_number; next_number += 1
add_erp(n, "O'Brien Joinery", "o'brien@obrienjoinery.ie", "IE")
add_shop(next_shop_id, "Seán", "O'Brien", "O'Brien Joinery", "o'brien@obrienjoinery.ie", "IE"); next_shop_id += 1
tricky(n, "apostrophe in the email: OData quoting ('' inside the literal)")

n = "C%05d" % next_number; next_number += 1
add_erp(n, "Jane Doe Photography", "jane.doe.studio@gmail.com", "GB")
add_shop(next_shop_id, "Jane", "Doe", "", "janedoestudio+orders@gmail.com", "GB"); next_shop_id += 1
tricky(n, "gmail: the shop email has no dots and a +tag; equal only under provider_rules")

n1 = "C%05d" % next_number; next_number += 1
n2 = "C%05d" % next_number; next_number += 1
add_erp(n1, "Nordic Packaging B.V.", "purchasing@nordicpack.eu", "NL", "EUR")
add_erp(n2, "Nordic Packaging UK Ltd", "purchasing@nordicpack.eu", "GB", "GBP")
add_shop(next_shop_id, "Lars", "Bakker", "Nordic Packaging", "purchasing@nordicpack.eu", "NL", "EUR"); next_shop_id += 1
add_shop(next_shop_id, "Lars", "Bakker", "Nordic Packaging UK", "PURCHASING@nordicpack.eu", "GB", "GBP"); next_shop_id += 1
tricky(n1 + "," + n2, "two ERP customers share one email in EUR and GBP: Needs review unless match_fields has currency_code")

n = "C%05d" % next_number; next_number += 1
add_erp(n, "Brightsign Displays Ltd", "finance@brightsign-displays.co.uk", "GB", blocked=True)
add_shop(next_shop_id, "Priya", "Shah", "Brightsign Displays Ltd", "finance@brightsign-displays.co.uk", "GB"); next_shop_id += 1
tricky(n, "blocked ERP customer (blocked: All): never used, Needs review with the reason")

n = "C%05d" % next_number; next_number += 1
add_erp(n, "Kestrel Events Ltd", "bookings@kestrel-events.co.uk", "GB", blocked="Invoice")
add_shop(next_shop_id, "Ewan", "Reid", "Kestrel Events Ltd", "bookings@kestrel-events.co.uk", "GB"); next_shop_id += 1
tricky(n, "ERP customer blocked for invoicing (blocked: Invoice)")

n = "C%05d" % next_number; next_number += 1
add_erp(n, "Wren & Co Solicitors LLP", "office@wren-co.law", "GB")
add_shop(next_shop_id, "Amelia", "Wren", "Wren & Co Solicitors LLP", "office@wren-co.law", "GB"); next_shop_id += 1
tricky(n, "ampersand in the name, a new top-level domain in the email")

# Shop customers that the ERP does not know yet (create_missing_customers).
for i in range(20):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    country = rng.choices(["GB", "NL", "IE", "DE"], [70, 10, 10, 10])[0]
    email = "%s.%s%d@%s" % (slug(first), slug(last), i, rng.choice(["outlook.com", "icloud.com", "btinternet.com",
                                                                   "gmail.com", "proton.me"]))
    add_shop(next_shop_id, first, last, "", email, country)
    next_shop_id += 1

# Guests (customer_id 0), two of them ordering twice with the email written differently.
GUESTS = [("Mateusz", "Kowalski", "m.kowalski@example.pl", "GB"),
          ("Mateusz", "Kowalski", "M.Kowalski@example.pl ", "GB"),
          ("Sam", "Taylor", "sam.taylor@example.com", "GB"),
          ("Sam", "Taylor", "Sam.Taylor@Example.com", "GB"),
          ("Anouk", "de Vries", "anouk@devries-yoga.nl", "NL"),
          ("Emma", "Walker", "emma.walker@btinternet.com", "GB"),
          ("Harry", "Evans", "harry.evans@gmail.com", "GB")]
# A guest whose email is a registered ERP customer's, in another case.
GUESTS.append(("Tom", "Baxter", "ORDERS@harboursideprint.co.uk", "GB"))
TRICKY.append({"erp": "", "case": "guests: m.kowalski@ and sam.taylor@ order twice (case and spaces differ); "
                                 "one guest uses a registered customer's email"})

# ------------------------------------------------------------------ customer-specific prices
by_number = {c["number"]: c for c in erp_customers}
for c in rng.sample([c for c in erp_customers if not c["blocked"]], 18):
    for sku, _, base in rng.sample(ITEMS, rng.randint(1, 4)):
        prices.append({"customerNumber": c["number"], "itemNumber": sku,
                       "unitPrice": round(base * rng.choice([0.8, 0.85, 0.9, 0.95]), 2)})
harbour = [c for c in erp_customers if c["displayName"] == "Harbourside Print Ltd"][0]["number"]
prices.append({"customerNumber": harbour, "itemNumber": "BC-350-STD", "unitPrice": 18.50})
prices.append({"customerNumber": harbour, "itemNumber": "FL-A5-130", "unitPrice": 49.00})

# ------------------------------------------------------------------ orders
item_price = {sku: p for sku, _, p in ITEMS + SHOP_ONLY}
item_name = {sku: name for sku, name, _ in ITEMS + SHOP_ONLY}
product_id = {sku: 200 + i for i, (sku, _, _) in enumerate(ITEMS + SHOP_ONLY)}
STATUSES = ["processing"] * 6 + ["completed"] * 3 + ["on-hold"]
orders = []
when = datetime.datetime(2026, 9, 1, 7, 30, 0)
order_id = 4101
ORDER_COUNT = 320
guest_slots = {int(ORDER_COUNT * k / len(GUESTS)) + 3 for k in range(len(GUESTS))}
guest_iter = iter(GUESTS)


def line(line_id, sku=None, no_sku=None, quantity=1):
    if no_sku:
        pid, vid, name, unit = no_sku
        sku_text = ""
    else:
        pid, vid, name, unit, sku_text = product_id[sku], 0, item_name[sku], item_price[sku], sku
    return {"id": line_id, "name": name, "product_id": pid, "variation_id": vid, "sku": sku_text,
            "quantity": quantity, "price": unit, "subtotal": "%.2f" % (unit * quantity),
            "total": "%.2f" % (unit * quantity), "total_tax": "%.2f" % (unit * quantity * 0.2)}


for i in range(ORDER_COUNT):
    # Mostly a few minutes apart; every 25th order modified in the same second as the one before,
    # the case the import cursor's overlap is for.
    if i % 25 != 24:
        when += datetime.timedelta(minutes=rng.randint(3, 240), seconds=rng.randint(0, 59))
    if i in guest_slots:
        first, last, email, country = next(guest_iter)
        customer_id, bill, currency = 0, billing(first, last, "", email, country), CURRENCY[country]
    else:
        c = shop_customers[(i * 7 + rng.randint(0, 3)) % len(shop_customers)]
        customer_id, bill, currency = c["id"], dict(c["billing"]), c["currency"]
    lines = []
    for l in range(rng.choices([1, 2, 3, 4], [55, 25, 15, 5])[0]):
        line_id = order_id * 10 + l
        roll = rng.random()
        if roll < 0.04:
            lines.append(line(line_id, sku=rng.choice(SHOP_ONLY)[0]))
        elif roll < 0.07:
            no_sku = rng.choice(NO_SKU)
            lines.append(line(line_id, no_sku=no_sku, quantity=rng.choice([1, 50, 80, 120]) if no_sku[1] else 1))
        else:
            lines.append(line(line_id, sku=rng.choice(ITEMS)[0], quantity=rng.choice([1, 1, 1, 2, 3, 5, 10])))
    total = sum(float(x["total"]) for x in lines)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S")
    created = (when - datetime.timedelta(minutes=rng.randint(0, 30))).strftime("%Y-%m-%dT%H:%M:%S")
    order = {"id": order_id, "number": str(order_id), "status": STATUSES[rng.randrange(len(STATUSES))],
             "currency": currency, "date_created_gmt": created, "date_modified_gmt": stamp,
             "customer_id": customer_id, "billing": bill, "shipping_total": "%.2f" % rng.choice([0, 4.95, 9.95]),
             "total": "%.2f" % (total * 1.2), "payment_method": rng.choice(["stripe", "paypal", "bacs"]),
             "customer_note": rng.choice([""] * 8 + ["Please deliver before Friday", "Rush — event on Saturday!"]),
             "line_items": lines}
    orders.append(order)
    order_id += 1

# One order whose only line is a shop-only SKU, and one mixing a known SKU with an unknown one,
# so the demo always shows a Blocked order naming the SKU.
orders[10]["line_items"] = [line(orders[10]["id"] * 10, sku="BC-FOIL-GOLD", quantity=2)]
orders[11]["line_items"] = [line(orders[11]["id"] * 10, sku="FL-A5-130"),
                            line(orders[11]["id"] * 10 + 1, sku="SAMPLE-PACK")]

seed = {
    "_comment": "Demo seed for linkdesk-sandbox, written by resources/make-demo-seed.py; see resources/README.md.",
    "_tricky": TRICKY,
    "woocommerce": {"consumer_key": "ck_demo", "consumer_secret": "cs_demo", "orders": orders},
    "erp": {"client_id": "linkdesk", "client_secret": "bc-secret", "tharstern_user": "api@example.com",
            "tharstern_password": "th-secret", "customers": erp_customers,
            "items": [{"number": s, "displayName": n, "unitPrice": p} for s, n, p in ITEMS] +
                     [{"number": ERP_BLOCKED_ITEM[0], "displayName": ERP_BLOCKED_ITEM[1],
                       "unitPrice": ERP_BLOCKED_ITEM[2], "blocked": True}],
            "prices": prices,
            # G/L accounts for shipping and fee lines (shipping_line_type=account, fee_line_type=account).
            "accounts": [{"number": "6110", "displayName": "Freight income"},
                         {"number": "6120", "displayName": "Order fees"}]},
}

out = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/demo-seed.json"
with open(out, "w", encoding="utf-8") as f:
    # One order or customer per line: small, and readable in a diff.
    f.write("{\n")
    top = list(seed.items())
    for k, (key, value) in enumerate(top):
        comma = "," if k + 1 < len(top) else ""
        if isinstance(value, dict):
            f.write(' "%s": {\n' % key)
            inner = list(value.items())
            for j, (ik, iv) in enumerate(inner):
                ic = "," if j + 1 < len(inner) else ""
                if isinstance(iv, list):
                    f.write('  "%s": [\n' % ik)
                    for m, entry in enumerate(iv):
                        f.write("   " + json.dumps(entry, ensure_ascii=False, separators=(",", ":")) +
                                ("," if m + 1 < len(iv) else "") + "\n")
                    f.write("  ]%s\n" % ic)
                else:
                    f.write('  "%s": %s%s\n' % (ik, json.dumps(iv, ensure_ascii=False), ic))
            f.write(" }%s\n" % comma)
        else:
            f.write(' "%s": %s%s\n' % (key, json.dumps(value, ensure_ascii=False, indent=None), comma))
    f.write("}\n")
print("%s: %d orders, %d ERP customers, %d shop customers, %d items, %d prices" %
      (out, len(orders), len(erp_customers), len(shop_customers), len(seed["erp"]["items"]), len(prices)))
