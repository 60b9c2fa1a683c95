#include "matchtrace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linkdesk {

namespace {
QString cacheName(MatchTrace::Cache cache) {
    switch (cache) {
    case MatchTrace::Cache::Hit:
        return QStringLiteral("hit");
    case MatchTrace::Cache::Miss:
        return QStringLiteral("miss");
    case MatchTrace::Cache::None:
        break;
    }
    return {};
}
} // namespace

QStringList MatchTrace::sentences() const {
    QStringList result;
    for (const Step& step : m_steps)
        if (!step.sentence.isEmpty())
            result.append(step.sentence);
    return result;
}

QByteArray MatchTrace::toJson() const {
    QJsonArray steps;
    for (const Step& step : m_steps) {
        QJsonObject o{{QStringLiteral("rule"), step.rule},
                      {QStringLiteral("lookup"), step.lookup},
                      {QStringLiteral("result"), step.result},
                      {QStringLiteral("decision"), step.decision},
                      {QStringLiteral("sentence"), step.sentence}};
        if (step.cache != Cache::None)
            o.insert(QStringLiteral("cache"), cacheName(step.cache));
        steps.append(o);
    }
    return QJsonDocument(steps).toJson(QJsonDocument::Compact);
}

MatchTrace MatchTrace::fromJson(const QByteArray& json) {
    MatchTrace trace;
    const QJsonArray steps = QJsonDocument::fromJson(json).array();
    for (const auto& value : steps) {
        const QJsonObject o = value.toObject();
        Step step{
            o.value(QStringLiteral("rule")).toString(),     o.value(QStringLiteral("lookup")).toString(),
            o.value(QStringLiteral("result")).toString(),   o.value(QStringLiteral("decision")).toString(),
            o.value(QStringLiteral("sentence")).toString(), Cache::None};
        const QString cache = o.value(QStringLiteral("cache")).toString();
        step.cache = cache == QLatin1String("hit")    ? Cache::Hit
                     : cache == QLatin1String("miss") ? Cache::Miss
                                                      : Cache::None;
        trace.append(std::move(step));
    }
    return trace;
}

} // namespace linkdesk
