#include "creationintent.h"

namespace linkdesk {

QString toString(CreationIntent::State state) {
    return state == CreationIntent::State::Created ? QStringLiteral("created") : QStringLiteral("pending");
}

bool parseCreationIntentState(const QString& text, CreationIntent::State* state) {
    if (text == QLatin1String("pending"))
        *state = CreationIntent::State::Pending;
    else if (text == QLatin1String("created"))
        *state = CreationIntent::State::Created;
    else
        return false;
    return true;
}

} // namespace linkdesk
