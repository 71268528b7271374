// alliance/io/cow_igo.hpp — readers for the Correlates of War IGO data, version 3.
//
// Two layouts of the same data:
//   cow-igo-state-year  ccode,year,state,<one column per IGO: aaaid ... wassen>
//   cow-igo-igo-year    ioname,orgname,year,<one column per state: afghanistan ...
//                       zimbabwe>,<metadata: sdate,deaddate,...>
//
// IGO-year columns. After ioname,orgname,year, each column is, by its exact
// name, either a state (its igo_column in data::cow::states) or one of the
// 15 metadata columns of the data's README (data::cow_igo::igo_year_metadata:
// sdate, deaddate, dead, integrated, replaced, longorgname, ionum, igocode,
// version, accuracyofpre1965membershipdates, sourcesandnotes, imputed,
// political, social, economic), states first. Any other column (`Zimbabwe`,
// `notes`) is an error naming it: its cells are never dropped in silence.
//
// Codes (COW IGO v3 codebook):
//    1 full membership   -> status member
//    2 associate         -> status associate
//    3 observer          -> status observer
//    0 no membership     -> no status (none)
//   -1 state not in the system (IGO-year) / IGO not in existence (state-year)
//                       -> no status (none)
//   -9 missing data     -> unknown: the days read `unknown`, never `none`
//   empty cell          -> state-year: missing (unknown). IGO-year: the state
//                          has no state-year row ("not in the system") when it
//                          was not in the COW state system on 31 December of
//                          that year (data::cow::spells); otherwise missing.
//                          (Of the 1,294,458 empty cells of the v3 IGO-year
//                          file, exactly 2 are missing by this rule.)
//
// Years to periods. The codes are annual; the library reads the code for
// year Y as the status on 31 December of Y. A run of consecutive years
// Y1..Y2 with the same code becomes one period with year precision:
//     from "Y1"  (it began on an unknown day of Y1)
//     to   "Y2+1" (it ended on an unknown day of the first year coded otherwise)
// so the status is certain from 31 December of Y1 through 31 December of
// Y2, and the days of Y1 before 31 December and of Y2+1 before 31 December
// read `unknown`. A run that reaches the last year of the file (2014 in v3)
// is still going on when the data end: its `to` is open (".."), and the
// file's coverage (registry::coverage: 1 January of its first year to
// 31 December of its last, 1816-01-01 to 2014-12-31 in v3) ends it: after
// 2014 every answer is unknown, not "member" or "none". A run of -9
// (missing) years Y1..Y2 makes the days 1 January Y1 .. 31 December Y2
// unknown. A year with no row (a state outside the system, an IGO with a gap
// in its years) ends every run.
//
// Keys. Parties are COW state abbreviations (USA, UKG, GFR, RUS), found by
// numeric code ("2") and by the IGO-year column name ("usa") too
// (data::cow::add_state). Organisations are the IGO's `ioname` as the
// IGO-year file writes it (NATO, WPact); the state-year file's lower-case
// columns are mapped to it through data::cow_igo::igos, and a column that is not in
// that table becomes an organisation keyed by the column name. Organisation
// attributes: "ionum", "sdate" and, when the IGO ended, "deaddate".
//
// Memory. The reader keeps one run per row entity (an IGO in the IGO-year
// layout, a state in the state-year layout) and code column of the header,
// so it grows with the cells of the file, not with the 217 COW states.
//
// Strictness. A header is rejected when a column is not known (above), or a
// state, an IGO or a metadata column appears twice. A row is rejected
// (stopping the read, or reported in a lenient read) when it has the wrong
// number of fields, a code not in the codebook,
// a state code or column not in the COW state list, a `state` name that does
// not match its `ccode`, a year outside 1..9998, or a year not after the
// previous row of the same state (state-year) or IGO (IGO-year) — duplicate
// rows included. A rejected row whose state (or IGO) and year are known and
// in order makes that year unknown for all its cells rather than a gap.
#pragma once

#include <alliance/data/cow_states.hpp>
#include <alliance/error.hpp>
#include <alliance/data/cow_igos.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/member_dates.hpp>
#include <alliance/io/report.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace alliance::io::detail {

// --- synopsis -----------------------------------------------------------------

template <class = void>
void read_cow_igo_state_year(csv_reader& csv, registry& into, read_report& report, const read_options& options);
template <class = void>
void read_cow_igo_igo_year(csv_reader& csv, registry& into, read_report& report, const read_options& options);

// A cell's code: one of the codebook's, or `empty`, or `invalid`.
enum class cow_code : std::int8_t { missing = -9, outside = -1, none = 0, member = 1, associate = 2, observer = 3, empty = 9, invalid = 10 };
[[nodiscard]] constexpr cow_code parse_cow_code(std::string_view cell) noexcept;

}  // namespace alliance::io::detail

// The definitions.
#include <alliance/io/detail/cow_igo_read.hpp>
