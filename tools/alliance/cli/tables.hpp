// cli/tables.hpp — the program's file outputs: the periods in the library's
// own CSV format or as JSON, and state-year / dyad-year panels as CSV.
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

enum class panel_unit { state_year, dyad_year };
// CSV with a header, one row per party-year (organisation,party,year,status,member)
// or per pair-year (organisation,party1,party2,year,both_members). The status
// is read on 31 December of each year (see alliance/panel.hpp for why);
// member and both_members are 1, 0, or NA where the sources leave it undecided.
// With --codes, each party column is followed by its code columns
// (party_cown, party1_iso3c...), read on the same 31 December (cli/codes.hpp).
void panel_csv(const dataset& d, std::string_view org, panel_unit unit, std::optional<int> first_year,
               std::optional<int> last_year, std::ostream& out);

}  // namespace alliance_cli
