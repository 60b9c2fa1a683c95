#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

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
        QString sentence; // the step in plain words; with args, a pattern whose %1.. text() fills in
        Cache cache = Cache::None;
        // Filled into the sentence only when it is rendered, so a match that nobody reads costs no
        // formatting. argCount says how many of args the pattern uses.
        std::array<QString, 4> args{};
        int argCount = 0;

        // The sentence with its arguments filled in.
        QString text() const;
    };

    void append(Step step) { m_steps.append(std::move(step)); }
    void append(const MatchTrace& other) { m_steps.append(other.m_steps); }
    void reserve(qsizetype steps) { m_steps.reserve(steps); }
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
