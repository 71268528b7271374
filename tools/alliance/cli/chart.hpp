// cli/chart.hpp — a Gantt-style timeline of an organisation as a self-contained SVG.
//
// One row per party; a solid bar where the sources make a status certain, a
// hatched bar where a boundary is known only to the year or month (split
// into one band per status that may hold there), a dashed outline around a
// de facto period, and a thin bar under the row for an alternative reading. No scripts, no external fonts or links: the file
// opens in any browser and prints as it shows (the colours are Okabe and
// Ito's, distinguishable with the common colour-vision deficiencies).
#pragma once

#include "cli/support.hpp"

#include <date/date.h>

#include <optional>
#include <ostream>
#include <string_view>

namespace alliance_cli {

struct chart_options {
    std::optional<date::sys_days> from;  // default: 1 January of the earliest year a boundary states
    std::optional<date::sys_days> to;    // default: 31 December of the latest stated year, or of the
                                         // current year when a period is ongoing and today is later
};

// The chart's pixel size is fixed by its content: chart_width wide, and as
// tall as its rows, legend and notes need.
inline constexpr int chart_width = 1000;

void chart_svg(const dataset& d, std::string_view org, const chart_options& options, std::ostream& out);

}  // namespace alliance_cli
