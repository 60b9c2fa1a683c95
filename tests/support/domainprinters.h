#pragma once

// QCOMPARE of Linkdesk's enums, printed by name ("needs_review"). Plain QCOMPARE cannot print them:
// argument-dependent lookup finds linkdesk::toString(enum) -> QString before QTest's char* overloads.
#include <QTest>

#define QCOMPARE_NAMED(actual, expected) QCOMPARE(linkdesk::toString(actual), linkdesk::toString(expected))
