// cli/panel.hpp — the program's `panel`: state-year, state-month and dyad
// panels of one organisation, by a year rule, over its members or a state
// system; or, with --all, the organisations every pair shares.
#pragma once

#include "cli/support.hpp"

#include <optional>
#include <ostream>
#include <string>

namespace alliance_cli {

// What `panel` was asked: one organisation (org) or every one (all), the
// unit, the year rule, the frame ("members", "cow-system", "gw-system") and
// the years.
struct panel_request {
    std::optional<std::string> org;
    bool all = false;
    std::string unit = "state-year";  // as alliance::parse_panel_unit reads it
    std::string rule = "end-of-year";  // as alliance::parse_panel_rule reads it
    std::string frame = "members";
    std::optional<int> first_year, last_year;
};

// CSV with a header, written row by row as the panel is computed (a panel of
// any size in bounded memory):
//   state-year   organisation,party,year,status,member[,attributes]
//   state-month  organisation,party,year,month,status,member[,attributes]
//   dyad-year, directed-dyad-year
//                organisation,party1,party2,year,both_members
//   --all        party1,party2,year,dyadigos,dyadigos_possible
// member and both_members are 1, 0, or NA where the sources leave it
// undecided (outside the coverage, inside a vague boundary); by the share
// rule they are the fraction of the days, NA unless decided, followed by
// member_min,member_max (both_members_min,both_members_max): the fraction
// certainly and possibly. A system frame adds the system's number column
// (party_cown or party_gwn) unless --codes names it. With --codes, each party
// column is followed by its code columns (party_cown, party1_iso3c...), read
// on the row's status day (cli/codes.hpp). When `progress` is given (stderr
// is a terminal), a line there counts the rows of long runs.
void panel_csv(const dataset& d, const panel_request& request, std::ostream& out, std::ostream* progress);

}  // namespace alliance_cli
