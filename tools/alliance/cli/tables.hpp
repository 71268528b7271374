// cli/tables.hpp — the program's file outputs: the periods in the library's
// own CSV format (which --data reads back) or as JSON.
#pragma once

#include "cli/support.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace alliance_cli {

// The periods (of one organisation, or all) in the library's period CSV, which
// `--data` reads back: export, read, export again gives the same bytes.
void export_csv(const dataset& d, const std::optional<std::string>& org, std::ostream& out);
// The same as JSON: {"organisations": [...], "parties": [...], "periods": [...]},
// each boundary in the CSV's text form with its earliest and latest day.
void export_json(const dataset& d, const std::optional<std::string>& org, std::ostream& out);

}  // namespace alliance_cli
