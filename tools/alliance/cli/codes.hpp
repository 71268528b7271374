// cli/codes.hpp — the program's country codes: `--codes LIST` adds, to every
// table it prints, the code of each party in each scheme named, and the
// `cite` command says how to cite the library and each source it read.
//
// Code columns follow each party column, one per scheme in the order given:
// `party_cown`, `party_iso3c` in the state-year panel; `party1_cown`,
// `party2_cown` in the dyad-year panel; upper-cased (`PARTY_COWN`) under the
// upper-case headers of `timeline`; unnamed after each key in the lists of
// `members`, `common`, `parties` and `changes`. The code is the one the
// party's country held on the row's day: the DATE asked, 31 December of a
// panel's year, the earliest day a period or a change may start; `parties`
// has no day and gives every code the party held, oldest first,
// '/'-separated. A party that is no country on that day (GMY in 1960, a
// parliamentary assembly) has none: NA in CSV, '-' in text.
#pragma once

#include "cli/support.hpp"

#include <alliance/data/codes.hpp>

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance_cli {

// The code columns of one party column: their names and, for a party on a
// day, their cells. The codes come from the library's codes::row_codes,
// which remembers each state's country on each day asked.
class code_columns {
public:
    code_columns(const dataset& d, std::string_view missing);
    [[nodiscard]] bool empty() const noexcept { return schemes_.empty(); }
    // Adds a column for the frame's system number (cown or gwn), first,
    // unless --codes asked for it; frame entries' codes are read by it.
    void ensure(alliance::data::codes::scheme system);
    // "party_cown", ... for the prefix "party".
    [[nodiscard]] std::vector<std::string> names(std::string_view prefix, bool upper = false) const;
    // The code in each scheme on the day: of a frame's state (by its number
    // in the frame's system), else of the party.
    [[nodiscard]] std::vector<std::string> cells(std::optional<alliance::party_id> p, const alliance::frame_entry* entry,
                                                 date::sys_days day);
    [[nodiscard]] std::vector<std::string> cells(alliance::party_id p, date::sys_days day) { return cells(p, nullptr, day); }
    // Every code the party held in each scheme, oldest first, '/'-separated.
    [[nodiscard]] std::vector<std::string> cells(alliance::party_id p);

private:
    const dataset& d_;
    std::vector<alliance::data::codes::scheme> schemes_;
    std::string missing_;
    std::optional<alliance::data::codes::row_codes> codes_;  // over schemes_
};

}  // namespace alliance_cli
