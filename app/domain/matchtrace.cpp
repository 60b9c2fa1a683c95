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

QString MatchTrace::Step::text() const {
    switch (argCount) {
    case 1:
        return sentence.arg(args[0]);
    case 2:
        return sentence.arg(args[0], args[1]);
    case 3:
        return sentence.arg(args[0], args[1], args[2]);
    case 4:
        return sentence.arg(args[0], args[1], args[2], args[3]);
    default:
        return sentence;
    }
}

QStringList MatchTrace::sentences() const {
    QStringList result;
    for (const Step& step : m_steps)
        if (!step.sentence.isEmpty())
            result.append(step.text());
    return result;
}

QByteArray MatchTrace::toJson() const {
    QJsonArray steps;
    for (const Step& step : m_steps) {
        QJsonObject o{{QStringLiteral("rule"), step.rule},
                      {QStringLiteral("lookup"), step.lookup},
                      {QStringLiteral("result"), step.result},
                      {QStringLiteral("decision"), step.decision},
                      {QStringLiteral("sentence"), step.text()}};
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
        Step step;
        step.rule = o.value(QStringLiteral("rule")).toString();
        step.lookup = o.value(QStringLiteral("lookup")).toString();
        step.result = o.value(QStringLiteral("result")).toString();
        step.decision = o.value(QStringLiteral("decision")).toString();
        step.sentence = o.value(QStringLiteral("sentence")).toString();
        const QString cache = o.value(QStringLiteral("cache")).toString();
        step.cache = cache == QLatin1String("hit")    ? Cache::Hit
                     : cache == QLatin1String("miss") ? Cache::Miss
                                                      : Cache::None;
        trace.append(std::move(step));
    }
    return trace;
}

} // namespace linkdesk
