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
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance_cli {

// "cown,iso3c" -> the schemes; an unknown or empty name is a usage error naming the accepted ones.
[[nodiscard]] std::vector<alliance::data::codes::scheme> parse_code_schemes(std::string_view list);

// The code columns of one party column: their names and, for a party on a
// day, their cells. Remembers each party's country on each day asked.
class code_columns {
public:
    code_columns(const dataset& d, std::string_view missing);
    [[nodiscard]] bool empty() const noexcept { return schemes_.empty(); }
    // Adds a column for the scheme, first, unless --codes asked for it (a
    // system frame's number: cown or gwn).
    void ensure(alliance::data::codes::scheme s);
    // "party_cown", ... for the prefix "party".
    [[nodiscard]] std::vector<std::string> names(std::string_view prefix, bool upper = false) const;
    // The party's code in each scheme on the day.
    [[nodiscard]] std::vector<std::string> cells(alliance::party_id p, date::sys_days day);
    // Every code the party held in each scheme, oldest first, '/'-separated.
    [[nodiscard]] std::vector<std::string> cells(alliance::party_id p);
    // The codes of the state whose code in `in` is `number` on the day (a
    // frame's state, party or not).
    [[nodiscard]] std::vector<std::string> cells(alliance::data::codes::scheme in, std::uint16_t number,
                                                 date::sys_days day);

private:
    const dataset& d_;
    std::vector<alliance::data::codes::scheme> schemes_;
    std::string missing_;
    std::map<std::pair<std::uint32_t, std::int32_t>, std::optional<alliance::data::codes::country_id>> country_;
};

// How to cite the library, and each source this run read: the embedded CSTO
// documents or the files' data sets, and the crosswalk's lists when codes were used.
void cite_command(const dataset& d, std::ostream& out);

}  // namespace alliance_cli
