// alliance/panel.hpp — panels: the tables political scientists merge with event data.
//
// A panel gives one answer per state and year (or month), or per pair of
// states and year: was it a member? How the days of a year become one
// answer is the panel's RULE (panel_rule):
//
//     end_of_year  the status on the REFERENCE DAY (31 December by default;
//                  panel_options::reference_day changes it; a month's last day)
//     first_day    the status on 1 January (a month's first day)
//     any_day      a member on at least one day of the year
//     majority     a member on more than half of its days
//     share        the fraction of its days on which it was a member
//
// Each rule decides from the days the sources make certain and the days they
// leave open (detail/panel_rules.hpp): any_day is yes as soon as one day is
// certainly a member day, no when no day may be one, unknown otherwise; a
// share is known when no day is undecided, and otherwise lies between
// panel_row::share_low and share_high. Uzbekistan, a CSTO member until 28
// June 2012, is 0 for 2012 by end_of_year, 1 by first_day and any_day, 0 by
// majority (179 of 366 days) and 0.489 by share.
//
// The rows are the organisation's parties, or the states of a FRAME
// (panel_frame: every state of a state system in each year, non-members 0:
// codes::system_frame in data/codes.hpp builds those of the Correlates of War
// and Gleditsch-Ward lists). for_each_panel_row() hands the rows over as it
// computes them, so that a panel of any size runs in bounded memory;
// state_year_panel() and dyad_year_panel() collect them for small tables;
// dyad_year_counts() and for_each_dyad_year_count() count, over every
// organisation, those two states share.
//
// Why 31 December: data coded by year (the Correlates of War IGO data says
// "member in 1950, 1951, …, 1985") is read into the library as a period from
// "1950" to "1986" with year precision — it began on an unknown day of 1950
// and ended on an unknown day of 1986. The member certainly holds from the
// last possible start (1950-12-31) to the first possible end (1986-01-01),
// so 31 December is the one day of the year on which each coded year
// 1950…1985 is certainly a membership year and 1986 is not: the panel gives
// back exactly the years the source coded. (Any other day would drop 1950:
// on 1 July 1950 the membership might not have begun yet.) For day-precise
// data the reference day is the status at the end of the year.
//
// A consequence worth knowing: a boundary stated to the year or the month
// never leaves 31 December undecided. A status that begins "in 1950" or "in
// December 1950" has begun by 31 December 1950 (at the latest on that day),
// and one that ends "in 1970" has ended by then (the day a status ends
// belongs to what follows). Every stated date lies within one year, so the
// status on 31 December is decided by every period; `unknown` appears there
// only on days a dataset marks as missing (registry::add_unknown), or when
// another reference day is chosen.
//
// Unknown stays unknown: a status that the sources leave undecided on the
// reference day reads `unknown` in a state-year panel and makes a dyad-year
// answer `unknown` unless the other party certainly was not a member.
// dyad_year_counts() counts an organisation only where both parties were
// certainly members (as peacesciencer's add_igos() counts full memberships),
// and says beside it how many more it could be where the sources are vague.
//
// Coverage: a year whose reference day is outside the organisation's
// coverage window (registry::coverage) reads `unknown` for every party, and
// counts as "possibly" shared in dyad-year counts: a source that stopped
// observing cannot say 0.
//
// Years: from panel_options::first_year to last_year, both included. When
// not given, they are the earliest and the latest year that any stated
// (non-open) boundary of the panel's periods mentions: an ongoing membership
// with no recorded end is paneled up to the last year the data speaks of,
// not to the present day.
#pragma once

#include <alliance/days.hpp>
#include <alliance/error.hpp>
#include <alliance/index.hpp>
#include <alliance/registry.hpp>
#include <alliance/status.hpp>
#include <alliance/timeline.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

// What a row stands for: a state in a year or a month, or a pair of states
// in a year (undirected: party1 < party2 by key, one row per pair; directed:
// both orders, as in the directed-dyad data of the field).
enum class panel_unit : std::uint8_t { state_year, state_month, dyad_year, directed_dyad_year };
// How the days of a row's year (or month) become one answer:
//   end_of_year  the status on the reference day (31 December; a month's last day)
//   first_day    the status on the first day (1 January; a month's first day)
//   any_day      member on at least one day
//   majority     member on more than half of the days
//   share        the fraction of the days on which it was a member (a number)
// Each is decided from the days certainly and possibly a member: any_day is
// yes when one day is certain, no when no day is possible, unknown between.
enum class panel_rule : std::uint8_t { end_of_year, any_day, first_day, majority, share };
// "state-year", "state-month", "dyad-year", "directed-dyad-year"; parse_* gives none for other text.
[[nodiscard]] constexpr std::string_view to_string(panel_unit u) noexcept;
[[nodiscard]] constexpr std::optional<panel_unit> parse_panel_unit(std::string_view text) noexcept;
// "end-of-year", "any-day", "first-day", "majority", "share".
[[nodiscard]] constexpr std::string_view to_string(panel_rule r) noexcept;
[[nodiscard]] constexpr std::optional<panel_rule> parse_panel_rule(std::string_view text) noexcept;
// The unit or rule `text` names; else errc::malformed_input, id "alliance.panel.unit"
// ("alliance.panel.rule"), naming the accepted ones.
template <class = void>
[[nodiscard]] panel_unit panel_unit_named(std::string_view text);
template <class = void>
[[nodiscard]] panel_rule panel_rule_named(std::string_view text);

struct panel_options {
    std::optional<int> first_year;  // inclusive; default: the earliest year a stated boundary mentions
    std::optional<int> last_year;   // inclusive; default: the latest year a stated boundary mentions
    // The day of each year on which end_of_year reads the status. Must exist
    // in every year (29 February does not): else errc::invalid_date.
    date::month_day reference_day = date::December / date::day{31};
    panel_unit unit = panel_unit::state_year;  // for for_each_panel_row; the named panels fix their own
    panel_rule rule = panel_rule::end_of_year;
};

// A frame: the states that get a row whatever their membership (a regression
// needs the non-members as 0), with the days each is in it. One entry per
// spell; entries of one key and code are one state. data/codes.hpp builds the
// Correlates of War and Gleditsch-Ward system frames (codes::system_frame).
struct frame_entry {
    std::string key;               // the row's party column: the registry's key for a party, else the state's code
    std::optional<party_id> party;  // the registry's party it is, if any
    date::sys_days first;          // in the frame from this day...
    date::sys_days last;           // ...to this one, both included
    std::uint16_t code = 0;        // the state's number in the frame's system (COW or G-W), 0 if none
};
struct panel_frame {
    std::string name;  // "cow-system"
    std::vector<frame_entry> entries;
};

// One row of any panel, as for_each_panel_row() hands it over. In state
// units party2 is empty and status holds the standing on the rule's day (the
// first day for first_day, the reference day for end_of_year, the last day
// otherwise); in dyad units status is unused. Outside the organisation's
// coverage every day is unknown: member is unknown, the shares 0 and 1.
struct panel_row {
    std::string_view organisation;
    std::string_view party1;  // the party (state units) or the first of the pair
    std::string_view party2;
    std::optional<party_id> id1, id2;  // none for a frame's state that is no party of the registry
    const frame_entry* entry1 = nullptr;  // in a frame panel, the entry (spell) in the frame in this period
    const frame_entry* entry2 = nullptr;
    int year = 0;
    unsigned month = 0;  // 1-12 in state-month panels, 0 otherwise
    answer member = answer::unknown;  // by the rule (dyads: both members); share: yes/no once decided
    double share_low = 0;   // the fraction of the period's days certainly a member (dyads: both)
    double share_high = 0;  // ...possibly a member; share_low == share_high when decided
    status_reading status = status_reading::unknown();
};

// Calls visit(const panel_row&) for every row of the organisation's panel,
// as it is computed: nothing is kept, a panel of any size runs in the memory
// of its parties' timelines. Rows go by party1 (key order; in a frame, then the state's number), party2, then
// year and month. Without a frame the rows are the organisation's parties
// (every party with a period there); with one, the frame's states in the
// periods they are in it (a party of the organisation outside the frame has
// no row). The row's views live until visit returns.
template <class Visit>
void for_each_panel_row(const registry& r, std::string_view organisation, const panel_options& options, Visit&& visit);
template <class Visit>
void for_each_panel_row(const registry& r, std::string_view organisation, const panel_frame& frame,
                        const panel_options& options, Visit&& visit);

// One row per party of the organisation (every party with a period there,
// in key order) per year, ascending: the status on the reference day, and
// whether it was a member by options.rule (for_each_panel_row has the rest).
struct state_year_row {
    std::string_view organisation;
    std::string_view party;
    int year;
    status_reading status;
    answer member = answer::unknown;  // by options.rule (end_of_year: status.is(member))
};
template <class = void>
[[nodiscard]] std::vector<state_year_row> state_year_panel(const registry& r, std::string_view organisation,
                                                           const panel_options& options = {});

// One row per unordered pair of the organisation's parties (party1 < party2
// by key) per year: were both members (on the reference day, or by
// options.rule)? yes when both
// certainly were, no when at least one certainly was not (its status is
// known and is not `member`), unknown otherwise. Ordered by party1, party2, year.
struct dyad_year_row {
    std::string_view organisation;
    std::string_view party1;
    std::string_view party2;
    int year;
    answer both_members;
};
template <class = void>
[[nodiscard]] std::vector<dyad_year_row> dyad_year_panel(const registry& r, std::string_view organisation,
                                                         const panel_options& options = {});

// Over every organisation of the registry: per unordered pair of parties
// (party1 < party2 by key) per year, `certain` = the number of organisations
// in which both were certainly members on the reference day (peacesciencer's
// `dyadigos`), `possible` = the number in which neither certainly was not
// (each one's standing on the day is `member`, or unknown with member among
// its candidates; possible >= certain). Only pairs and years with
// possible > 0 are listed — a pair absent in a year shares no organisation
// then (fill 0 when merging with a full dyad-year frame). Ordered by year,
// then party1, then party2.
struct dyad_year_count_row {
    std::string_view party1;
    std::string_view party2;
    int year;
    std::uint32_t certain;
    std::uint32_t possible;
    friend bool operator==(const dyad_year_count_row& a, const dyad_year_count_row& b) noexcept {
        return a.party1 == b.party1 && a.party2 == b.party2 && a.year == b.year && a.certain == b.certain &&
               a.possible == b.possible;
    }
    friend bool operator!=(const dyad_year_count_row& a, const dyad_year_count_row& b) noexcept { return !(a == b); }
};
template <class = void>
[[nodiscard]] std::vector<dyad_year_count_row> dyad_year_counts(const registry& r, const panel_options& options = {});
// The same rows handed to visit(const dyad_year_count_row&) as they are
// counted, in the same order, none kept: the memory of a block of years'
// bit sets (at most 64 MiB), whatever the size of the table.
template <class Visit>
void for_each_dyad_year_count(const registry& r, const panel_options& options, Visit&& visit);
// The options of those counts for a unit and rule named as the program's
// `panel --all` takes them: unit "dyad-year" or "directed-dyad-year" (the
// counts are the same; directed tables list each pair both ways), rule
// "end-of-year" or "first-day" (reference_day 1 January). Another unit or
// rule is errc::malformed_input, id "alliance.panel.unit" or "alliance.panel.rule".
template <class = void>
[[nodiscard]] panel_options dyad_count_options(std::string_view unit, std::string_view rule);

// The same table with party ids instead of keys (28 bytes a row instead of
// 48): for tables of millions of rows that are merged by id, not printed.
struct dyad_year_count {
    party_id party1;
    party_id party2;
    std::int32_t year;
    std::uint32_t certain;
    std::uint32_t possible;
    friend bool operator==(const dyad_year_count& a, const dyad_year_count& b) noexcept {
        return a.party1 == b.party1 && a.party2 == b.party2 && a.year == b.year && a.certain == b.certain &&
               a.possible == b.possible;
    }
    friend bool operator!=(const dyad_year_count& a, const dyad_year_count& b) noexcept { return !(a == b); }
};
template <class = void>
[[nodiscard]] std::vector<dyad_year_count> dyad_year_counts_by_id(const registry& r, const panel_options& options = {});
// Into `out` (cleared first): a table rebuilt in a loop reuses its storage.
template <class = void>
void dyad_year_counts_by_id(const registry& r, const panel_options& options, std::vector<dyad_year_count>& out);
// The same tables from a query index (query_index::from(registry) or
// query_index::build(periods)), with its keys and ids: the same rows as from
// the registry the index was compiled from, without walking its ICL trees.
// Build the index once for many tables.
template <class = void>
[[nodiscard]] std::vector<dyad_year_count_row> dyad_year_counts(const query_index& ix, const panel_options& options = {});
// Rows with keys hold views of the registry's or index's keys: from a
// temporary they would dangle, so those calls do not compile.
std::vector<state_year_row> state_year_panel(const registry&&, std::string_view, const panel_options& = {}) = delete;
std::vector<dyad_year_row> dyad_year_panel(const registry&&, std::string_view, const panel_options& = {}) = delete;
std::vector<dyad_year_count_row> dyad_year_counts(const registry&&, const panel_options& = {}) = delete;
std::vector<dyad_year_count_row> dyad_year_counts(const query_index&&, const panel_options& = {}) = delete;
template <class = void>
[[nodiscard]] std::vector<dyad_year_count> dyad_year_counts_by_id(const query_index& ix, const panel_options& options = {});
template <class = void>
void dyad_year_counts_by_id(const query_index& ix, const panel_options& options, std::vector<dyad_year_count>& out);

// The named panels and the counts are written as CSV by alliance::write_csv
// in <alliance/io/panel_csv.hpp>.

// The reference day of a year. Throws errc::invalid_date when the day does not exist that year.
template <class = void>
[[nodiscard]] date::sys_days reference_day(int year, date::month_day day);


}  // namespace alliance

// The definitions: the rows and their rules, then the counts over every organisation.
#include <alliance/detail/panel_rows.hpp>
#include <alliance/detail/panel_counts.hpp>
