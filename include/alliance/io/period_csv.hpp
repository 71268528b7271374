// alliance/io/period_csv.hpp — the library's own file format: one period per row.
//
// A registry written with write_period_csv() and read back with
// read_period_csv() is the same registry, and writing it again gives the same
// bytes: organisations, parties (name, kind, aliases), organisation
// attributes, and every period with all it holds (status, both boundaries
// with their precision and narrowing, basis, source, note, reading, conflict).
//
// Columns (header row first; the order of columns is free, names are exact):
//
//   organisation  organisation key                         "CSTO"
//   party         party key                                "ARM"
//   status        member | associate | observer | signatory | suspended | frozen | withdrawn
//                 (the status names its layer: frozen is a participation,
//                 held beside the standing; every other one a standing)
//   from, to      boundaries: "1993", "2009-10", "2012-06-28", ".." (open),
//                 or narrowed "1999[1999-04-02..]"; half-open: the `to` day
//                 belongs to whatever follows
//   basis         de_jure | de_facto                       (empty: de_jure)
//   source        source keys separated by ';'             "001;004"
//   note          a quote or remark
//   reading       primary | alternative                    (empty: primary)
//   conflict      key of the conflict an alternative belongs to
//   record        what the row is (empty: period):
//                   period        a status period (the columns above)
//                   organisation  declares `organisation` with English `name`
//                   party         declares `party` with English `name` and `kind`
//                                 (state | organisation | body | other; empty: state)
//                   alias         another `name` by which `party` is found
//                   attribute     an attribute `name` = `value` of `organisation`
//                   coverage      the days [from, to) that the sources of
//                                 `organisation` observe (both YYYY-MM-DD, `to`
//                                 excluded as for periods, or ".." through
//                                 9999-12-31); outside them every answer about
//                                 it is unknown. At most one per organisation.
//                   unknown       the sources give no status for `party` in
//                                 `organisation` on the days [from, to): both
//                                 are days (YYYY-MM-DD), `to` excluded as for
//                                 periods. Such days read `unknown`.
//   name, kind, value   used by the declaration rows, empty in period rows
//
// Only organisation, party, status, from and to are required columns, so a
// hand-written five-column file is valid. A period may name an organisation
// or party that no row declares: it is registered with its key and an empty
// name. A declaration must come before the first period that uses the key
// (write_period_csv puts all declarations first).
//
// A row's fields must fit its record: a period row with a `name`, or an
// organisation row with a `status`, is an error, so a shifted column cannot
// pass unnoticed.
//
// Nothing is given twice: a period row, an `attribute` row for the same
// organisation and name, or an `unknown` row for the same organisation,
// party and days that repeats an earlier row is an error ("the same ... as
// on line N"; keys compared as the registry holds them, so a party named by
// an alias is the same party), and an `attribute` row that gives an
// attribute another value is an error naming the `value` field: a later row
// never replaces an earlier one in silence.
#pragma once

#include <alliance/error.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/report.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace alliance::io {

// --- synopsis -----------------------------------------------------------------

// The columns write_period_csv() writes, in order.
inline constexpr std::array<std::string_view, 14> period_csv_columns{
    "organisation", "party", "status", "from", "to", "basis", "source", "note",
    "reading", "conflict", "record", "name", "kind", "value"};

// Writes every declaration and period of the registry. Deterministic: the
// same registry always gives the same bytes.
template <class = void>
void write_period_csv(std::ostream& out, const registry& r);

// Reads a period CSV into a new registry. `file` names the input in errors.
template <class = void>
[[nodiscard]] registry read_period_csv(std::istream& in, const std::string& file = "<input>",
                                       read_report* report = nullptr, read_options options = {});

// Whether a header row is the library's own format: it has the five required columns.
template <class = void>
[[nodiscard]] bool is_period_csv_header(const std::vector<std::string>& header) noexcept;

namespace detail {
// Reads the rows after the header (already read by `csv`) into `into`.
template <class = void>
void read_period_rows(csv_reader& csv, registry& into, read_report& report, const read_options& options);
}  // namespace detail

}  // namespace alliance::io

// The definitions.
#include <alliance/io/detail/period_csv_rw.hpp>
