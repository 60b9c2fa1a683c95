#pragma once

// Access keys (the underlined letter of "&Save", pressed with Alt): two visible controls of one
// window with the same key make Alt+key ambiguous, and Qt then triggers neither. Header-only, for
// the GUI tests.
#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>

namespace linkdesk::test {

// The access key of a text ("Re&try" -> 't'), or a null QChar; "&&" is a literal ampersand.
inline QChar accessKey(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every access key the visible controls of window's top level answer to, and the texts that carry
// it: buttons, check boxes, labels with a buddy, group boxes, tab titles and the menu bar's menus.
inline QMap<QChar, QStringList> accessKeys(QWidget* window) {
    QMap<QChar, QStringList> keys;
    const auto add = [&keys](const QString& text) {
        if (const QChar key = accessKey(text); !key.isNull())
            keys[key] << text;
    };
    const auto visible = [window](const QWidget* w) {
        return w->isVisibleTo(window);
    }; // enabled or not: selections enable them
    for (const QAbstractButton* b : window->findChildren<QAbstractButton*>())
        if (visible(b))
            add(b->text());
    for (const QLabel* l : window->findChildren<QLabel*>())
        if (visible(l) && l->buddy())
            add(l->text());
    for (const QGroupBox* g : window->findChildren<QGroupBox*>())
        if (visible(g))
            add(g->title());
    for (const QTabBar* t : window->findChildren<QTabBar*>())
        if (visible(t))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
    for (const QMenuBar* m : window->findChildren<QMenuBar*>())
        if (visible(m))
            for (const QAction* a : m->actions())
                add(a->text());
    return keys;
}

// "t: Re&try, Open &trace" for each key two or more visible controls share; empty when none do.
inline QStringList accessKeyClashes(QWidget* window) {
    QStringList clashes;
    const QMap<QChar, QStringList> keys = accessKeys(window);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key()).arg(it.value().join(QStringLiteral(", ")));
    return clashes;
}

} // namespace linkdesk::test
