#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace linkdesk {

// The steps a match took: what each rule looked up, what came back and what it decided.
// Stored as JSON with the staged order and shown to staff as plain sentences.
class MatchTrace {
public:
    enum class Cache { None, Hit, Miss };
    struct Step {
        QString rule;     // e.g. "existing-link", "email", "item-mapping"
        QString lookup;   // what was looked up
        QString result;   // what came back
        QString decision; // what the step decided ("linked", "next", "needs_review", ...)
        QString sentence; // the step in plain words
        Cache cache = Cache::None;
    };

    void append(Step step) { m_steps.append(std::move(step)); }
    const QList<Step>& steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    void clear() { m_steps.clear(); }

    QStringList sentences() const;
    QString text() const { return sentences().join(QLatin1Char(' ')); }

    QByteArray toJson() const;
    static MatchTrace fromJson(const QByteArray& json);

private:
    QList<Step> m_steps;
};

} // namespace linkdesk
