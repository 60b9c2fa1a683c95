#pragma once

#include "domain/stagedorder.h"

#include <QColor>
#include <QIcon>

namespace linkdesk {

// How a state looks wherever it is shown (order tables, the sidebar's counts): a colour that says
// whether it waits for a person, drawn as a dot beside the words so it reads on any theme and the
// words still carry the meaning for those who do not see the colour.
enum class Tone { Neutral, Good, Waiting, Problem };

Tone toneOf(OrderStatus status);
QColor colorOf(Tone tone);
// A dot of the tone's colour, sized for a table row or a list item.
QIcon markOf(Tone tone);

// Orders sorted by what needs a person first: quarantined, failed, needs review, blocked, then the
// ones on their way, then submitted.
int attentionRank(OrderStatus status);

} // namespace linkdesk
