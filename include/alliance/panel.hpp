// alliance/panel.hpp — state-year and dyad-year panels, the tables political scientists merge with event data.
//
// A panel asks one question per year: "what was the status on the REFERENCE
// DAY of that year?". The reference day is 31 December by default (set
// panel_options::reference_day to change it), so that
//
//     a party counts as a member in year Y  <=>  it is certainly a member on
//                                                 31 December of Y.
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
#include <alliance/detail/panel_rules.hpp>
#include <alliance/error.hpp>
#include <alliance/index.hpp>
#include <alliance/io/csv.hpp>  // write_csv_field
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
[[nodiscard]] panel_unit panel_unit_named(std::string_view text);
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
[[nodiscard]] std::vector<dyad_year_count> dyad_year_counts_by_id(const registry& r, const panel_options& options = {});
// Into `out` (cleared first): a table rebuilt in a loop reuses its storage.
void dyad_year_counts_by_id(const registry& r, const panel_options& options, std::vector<dyad_year_count>& out);
// The same tables from a query index (query_index::from(registry) or
// query_index::build(periods)), with its keys and ids: the same rows as from
// the registry the index was compiled from, without walking its ICL trees.
// Build the index once for many tables.
[[nodiscard]] std::vector<dyad_year_count_row> dyad_year_counts(const query_index& ix, const panel_options& options = {});
// Rows with keys hold views of the registry's or index's keys: from a
// temporary they would dangle, so those calls do not compile.
std::vector<state_year_row> state_year_panel(const registry&&, std::string_view, const panel_options& = {}) = delete;
std::vector<dyad_year_row> dyad_year_panel(const registry&&, std::string_view, const panel_options& = {}) = delete;
std::vector<dyad_year_count_row> dyad_year_counts(const registry&&, const panel_options& = {}) = delete;
std::vector<dyad_year_count_row> dyad_year_counts(const query_index&&, const panel_options& = {}) = delete;
[[nodiscard]] std::vector<dyad_year_count> dyad_year_counts_by_id(const query_index& ix, const panel_options& options = {});
void dyad_year_counts_by_id(const query_index& ix, const panel_options& options, std::vector<dyad_year_count>& out);

// CSV with a header line, RFC 4180 (keys are quoted when they hold a comma or a quote):
//   organisation,party,year,status
//   organisation,party1,party2,year,both_members
//   party1,party2,year,dyadigos,dyadigos_possible
void write_csv(std::ostream& out, const std::vector<state_year_row>& rows);
void write_csv(std::ostream& out, const std::vector<dyad_year_row>& rows);
void write_csv(std::ostream& out, const std::vector<dyad_year_count_row>& rows);

// The reference day of a year. Throws errc::invalid_date when the day does not exist that year.
[[nodiscard]] date::sys_days reference_day(int year, date::month_day day);

// --- implementation -----------------------------------------------------------

namespace detail {

inline date::sys_days checked_reference_day(int year, date::month_day day) {
    const date::year_month_day ymd{date::year{year}, day.month(), day.day()};
    if (year < 1 || year > 9999 || !ymd.ok())
        throw error(errc::invalid_date, "alliance.panel.reference_day",
                    "the panel's reference day " + std::to_string(static_cast<unsigned>(day.month())) + "-" +
                        std::to_string(static_cast<unsigned>(day.day())) + " does not exist in year " +
                        std::to_string(year));
    return date::sys_days{ymd};
}


// The stated years of a timeline's boundaries widen [lo, hi].
inline void widen_years(const timeline& t, int& lo, int& hi) {
    for (const period& p : t.periods())
        for (const boundary* b : {&p.from, &p.to})
            if (!b->is_open()) {
                const int y = static_cast<int>(b->stated().year());
                lo = std::min(lo, y);
                hi = std::max(hi, y);
            }
}

// The years of the panel: the options', or [data_lo, data_hi], the years
// the data mentions. Empty (first > last) when no stated boundary exists
// (data_lo > data_hi) and none were given.
inline std::pair<int, int> panel_years(int data_lo, int data_hi, const panel_options& options) {
    const int lo = options.first_year ? *options.first_year : data_lo;
    const int hi = options.last_year ? *options.last_year : data_hi;
    const bool given = options.first_year || options.last_year;
    if (given && (lo < 1 || lo > 9999 || hi < 1 || hi > 9999))
        throw error(errc::invalid_date, "alliance.panel.years",
                    "the panel's years must lie within 1-9999 (asked " + std::to_string(lo) + " to " +
                        std::to_string(hi) + ")");
    if (options.first_year && options.last_year && lo > hi)
        throw error(errc::invalid_date, "alliance.panel.years",
                    "the panel's first year " + std::to_string(lo) + " is after its last year " + std::to_string(hi));
    // Check the reference day once, in a year where it may be missing (a leap year is the lenient case).
    (void)checked_reference_day(2001, options.reference_day);
    return {lo, hi};
}

template <class Timelines>
std::pair<int, int> panel_years(const Timelines& timelines, const panel_options& options) {
    int lo = 10000, hi = 0;
    if (!options.first_year || !options.last_year)
        for (const timeline* t : timelines) widen_years(*t, lo, hi);
    return panel_years(lo, hi, options);
}

// Bits set in a word. Written out because, without a -m flag for the CPU,
// __builtin_popcountll becomes a library call; this compiles to a dozen
// instructions and vectorises.
constexpr std::uint32_t bits_set(std::uint64_t v) noexcept {
    v = v - ((v >> 1) & 0x5555555555555555ull);
    v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return static_cast<std::uint32_t>((v * 0x0101010101010101ull) >> 56);
}
static_assert(bits_set(0) == 0 && bits_set(~std::uint64_t{0}) == 64 && bits_set(0x8000000000000101ull) == 3);

}  // namespace detail


inline date::sys_days reference_day(int year, date::month_day day) { return detail::checked_reference_day(year, day); }

constexpr std::string_view to_string(panel_unit u) noexcept {
    switch (u) {
        case panel_unit::state_year: return "state-year";
        case panel_unit::state_month: return "state-month";
        case panel_unit::dyad_year: return "dyad-year";
        case panel_unit::directed_dyad_year: return "directed-dyad-year";
    }
    return "state-year";
}

constexpr std::optional<panel_unit> parse_panel_unit(std::string_view text) noexcept {
    for (const auto u : {panel_unit::state_year, panel_unit::state_month, panel_unit::dyad_year,
                         panel_unit::directed_dyad_year})
        if (to_string(u) == text) return u;
    return std::nullopt;
}

constexpr std::string_view to_string(panel_rule r) noexcept {
    switch (r) {
        case panel_rule::end_of_year: return "end-of-year";
        case panel_rule::any_day: return "any-day";
        case panel_rule::first_day: return "first-day";
        case panel_rule::majority: return "majority";
        case panel_rule::share: return "share";
    }
    return "end-of-year";
}

constexpr std::optional<panel_rule> parse_panel_rule(std::string_view text) noexcept {
    for (const auto r : {panel_rule::end_of_year, panel_rule::any_day, panel_rule::first_day, panel_rule::majority,
                         panel_rule::share})
        if (to_string(r) == text) return r;
    return std::nullopt;
}

inline panel_unit panel_unit_named(std::string_view text) {
    if (const auto u = parse_panel_unit(text)) return *u;
    throw error(errc::malformed_input, "alliance.panel.unit",
                "unknown panel unit '" + std::string(text) +
                    "' (units: state-year, state-month, dyad-year, directed-dyad-year)");
}

inline panel_rule panel_rule_named(std::string_view text) {
    if (const auto r = parse_panel_rule(text)) return *r;
    throw error(errc::malformed_input, "alliance.panel.rule",
                "unknown panel rule '" + std::string(text) + "' (rules: end-of-year, any-day, first-day, majority, share)");
}

inline panel_options dyad_count_options(std::string_view unit, std::string_view rule) {
    panel_options options;
    options.unit = panel_unit_named(unit);
    options.rule = panel_rule_named(rule);
    if (options.unit != panel_unit::dyad_year && options.unit != panel_unit::directed_dyad_year)
        throw error(errc::malformed_input, "alliance.panel.unit",
                    "dyad counts are by pair: unit dyad-year or directed-dyad-year, not '" + std::string(unit) + "'");
    if (options.rule != panel_rule::end_of_year && options.rule != panel_rule::first_day)
        throw error(errc::malformed_input, "alliance.panel.rule",
                    "dyad counts read each year on one day: rule end-of-year or first-day, not '" + std::string(rule) + "'");
    if (options.rule == panel_rule::first_day) options.reference_day = date::January / date::day{1};
    return options;
}

namespace detail {

// The rule's answer from a period's tally.
constexpr answer rule_answer(panel_rule rule, const period_tally& t) noexcept {
    switch (rule) {
        case panel_rule::end_of_year: return t.on_reference;
        case panel_rule::first_day: return t.on_first;
        case panel_rule::any_day: return t.yes > 0 ? answer::yes : t.maybe == 0 ? answer::no : answer::unknown;
        case panel_rule::majority:
            return 2 * std::uint64_t{t.yes} > t.days                ? answer::yes
                   : 2 * (std::uint64_t{t.yes} + t.maybe) <= t.days ? answer::no
                                                                    : answer::unknown;
        case panel_rule::share: return t.maybe > 0 ? answer::unknown : t.yes > 0 ? answer::yes : answer::no;
    }
    return answer::unknown;
}

// The day whose standing a state row shows under the rule.
constexpr std::int32_t status_day(panel_rule rule, const panel_period& p) noexcept {
    return rule == panel_rule::first_day ? p.first : rule == panel_rule::end_of_year ? p.reference : p.last;
}

inline std::int32_t day_number(date::sys_days d) noexcept { return static_cast<std::int32_t>(d.time_since_epoch().count()); }

// The rows' periods, years lo..hi, by month when the unit asks.
inline std::vector<panel_period> panel_periods(int lo, int hi, const panel_options& options) {
    std::vector<panel_period> out;
    if (lo > hi) return out;
    const bool monthly = options.unit == panel_unit::state_month;
    out.reserve(static_cast<std::size_t>(hi - lo + 1) * (monthly ? 12u : 1u));
    for (int y = lo; y <= hi; ++y) {
        const date::year year{y};
        if (!monthly) {
            out.push_back({y, 0, day_number(date::sys_days{year / date::January / 1}),
                           day_number(date::sys_days{year / date::December / 31}),
                           day_number(checked_reference_day(y, options.reference_day))});
            continue;
        }
        for (unsigned m = 1; m <= 12; ++m) {
            const auto last = day_number(date::sys_days{year / date::month{m} / date::last});
            out.push_back({y, m, day_number(date::sys_days{year / date::month{m} / 1}), last, last});
        }
    }
    return out;
}

// A row's state: a party of the organisation, or a frame's state.
struct panel_entity {
    std::string_view key;
    std::optional<party_id> party;
    std::vector<const frame_entry*> spells;  // in a frame: its entries, by first day; empty: always there
    std::vector<std::pair<std::int32_t, status_reading>> standing;  // spans, as detail::readings() gives them
    answer_spans member;                                             // the same spans read as "member?"
    std::vector<const frame_entry*> present;  // per period: the spell in the frame then (null: none); frames only
};

inline void read_spans(const registry& r, organisation_id o, panel_entity& e,
                       std::vector<std::pair<std::int32_t, layered_reading>>& spans, std::vector<std::int32_t>& points) {
    static const timeline nothing{};
    const timeline* t = e.party ? r.find_timeline(o, *e.party) : nullptr;
    readings(t ? *t : nothing, r.coverage(o), std::numeric_limits<std::int32_t>::min(), spans, points);
    e.standing.clear();
    e.member.clear();
    for (const auto& [day, reading] : spans) {
        e.standing.emplace_back(day, reading.standing);
        const answer a = reading.standing.is(status::member);
        if (e.member.empty() || e.member.back().second != a) e.member.emplace_back(day, a);
    }
}

inline status_reading standing_on(const panel_entity& e, std::int32_t day) {
    const auto it = std::upper_bound(e.standing.begin(), e.standing.end(), day,
                                     [](std::int32_t d, const auto& span) { return d < span.first; });
    return it == e.standing.begin() ? status_reading::unknown() : std::prev(it)->second;
}

// Visits every row over the entities (in row order already).
template <class Visit>
void visit_panel(const registry& r, organisation_id o, std::vector<panel_entity>& entities, int lo, int hi,
                 const panel_options& options, bool framed, Visit& visit) {
    const std::vector<panel_period> periods = panel_periods(lo, hi, options);
    if (periods.empty()) return;
    std::vector<std::pair<std::int32_t, layered_reading>> spans;
    std::vector<std::int32_t> points;
    for (auto& e : entities) {
        read_spans(r, o, e, spans, points);
        if (!framed) continue;
        e.present.assign(periods.size(), nullptr);
        for (std::size_t k = 0; k < periods.size(); ++k)
            for (const frame_entry* f : e.spells)
                if (day_number(f->first) <= periods[k].last && periods[k].first <= day_number(f->last)) e.present[k] = f;
    }
    const auto in_frame = [&](const panel_entity& e, std::size_t k) { return !framed || e.present[k] != nullptr; };
    const auto entry = [&](const panel_entity& e, std::size_t k) { return framed ? e.present[k] : nullptr; };
    const std::string_view org = r.key(o);
    panel_row row;
    row.organisation = org;
    const auto fill = [&](const panel_period& p, const period_tally& t) {
        row.year = p.year;
        row.month = p.month;
        row.member = rule_answer(options.rule, t);
        row.share_low = static_cast<double>(t.yes) / t.days;
        row.share_high = static_cast<double>(t.yes + t.maybe) / t.days;
    };
    if (options.unit == panel_unit::state_year || options.unit == panel_unit::state_month) {
        for (const auto& e : entities) {
            row.party1 = e.key;
            row.id1 = e.party;
            tally_periods(e.member, periods, [&](std::size_t k, const period_tally& t) {
                if (!in_frame(e, k)) return;
                fill(periods[k], t);
                row.entry1 = entry(e, k);
                row.status = standing_on(e, status_day(options.rule, periods[k]));
                visit(static_cast<const panel_row&>(row));
            });
        }
        return;
    }
    const bool directed = options.unit == panel_unit::directed_dyad_year;
    answer_spans pair;
    for (std::size_t i = 0; i < entities.size(); ++i)
        for (std::size_t j = directed ? 0 : i + 1; j < entities.size(); ++j) {
            if (i == j) continue;
            const auto& a = entities[i];
            const auto& b = entities[j];
            combine(a.member, b.member, pair);
            row.party1 = a.key;
            row.party2 = b.key;
            row.id1 = a.party;
            row.id2 = b.party;
            tally_periods(pair, periods, [&](std::size_t k, const period_tally& t) {
                if (!in_frame(a, k) || !in_frame(b, k)) return;
                fill(periods[k], t);
                row.entry1 = entry(a, k);
                row.entry2 = entry(b, k);
                visit(static_cast<const panel_row&>(row));
            });
        }
}

// The years of an organisation's panel: the options', else those its periods state.
inline std::pair<int, int> organisation_years(const registry& r, organisation_id o, const panel_options& options) {
    std::vector<const timeline*> lines;
    for (const party_id p : r.parties_of(o))
        if (const timeline* t = r.find_timeline(o, p)) lines.push_back(t);
    return panel_years(lines, options);
}

}  // namespace detail

template <class Visit>
void for_each_panel_row(const registry& r, std::string_view organisation, const panel_options& options, Visit&& visit) {
    const organisation_id o = r.organisation(organisation);
    const auto [lo, hi] = detail::organisation_years(r, o, options);
    std::vector<detail::panel_entity> entities;
    for (const party_id p : r.parties_of(o)) entities.push_back({r.key(p), p, {}, {}, {}, {}});
    detail::visit_panel(r, o, entities, lo, hi, options, false, visit);
}

template <class Visit>
void for_each_panel_row(const registry& r, std::string_view organisation, const panel_frame& frame,
                        const panel_options& options, Visit&& visit) {
    const organisation_id o = r.organisation(organisation);
    const auto [lo, hi] = detail::organisation_years(r, o, options);
    std::vector<const frame_entry*> sorted;
    for (const auto& e : frame.entries) sorted.push_back(&e);
    // One row per state of the frame: its key and number (two states of one
    // key, West Germany and Germany under ISO's DEU in 1990, keep a row each).
    std::stable_sort(sorted.begin(), sorted.end(), [](const frame_entry* a, const frame_entry* b) {
        return a->key != b->key ? a->key < b->key : a->code != b->code ? a->code < b->code : a->first < b->first;
    });
    std::vector<detail::panel_entity> entities;
    for (const frame_entry* e : sorted) {
        if (entities.empty() || entities.back().key != e->key || entities.back().spells.front()->code != e->code)
            entities.push_back({e->key, e->party, {}, {}, {}, {}});
        if (e->party && !entities.back().party) entities.back().party = e->party;
        entities.back().spells.push_back(e);
    }
    detail::visit_panel(r, o, entities, lo, hi, options, true, visit);
}

inline std::vector<state_year_row> state_year_panel(const registry& r, std::string_view organisation,
                                                    const panel_options& options) {
    panel_options yearly = options;
    yearly.unit = panel_unit::state_year;
    std::vector<state_year_row> rows;
    for_each_panel_row(r, organisation, yearly, [&](const panel_row& row) {
        rows.push_back({row.organisation, row.party1, row.year, row.status, row.member});
    });
    return rows;
}

inline std::vector<dyad_year_row> dyad_year_panel(const registry& r, std::string_view organisation,
                                                  const panel_options& options) {
    panel_options yearly = options;
    yearly.unit = panel_unit::dyad_year;
    std::vector<dyad_year_row> rows;
    for_each_panel_row(r, organisation, yearly, [&](const panel_row& row) {
        rows.push_back({row.organisation, row.party1, row.party2, row.year, row.member});
    });
    return rows;
}

namespace detail {
// Calls out.add(party1, party2, year, certain, possible) per row, party ids
// in key order, after out.reserve(rows) when out.fresh() (its storage holds
// nothing yet). The data comes from for_each_span(mark), which calls
// mark(bits, first, end, party, organisation, on) to set (on) or clear the
// bit of (party, organisation) on the reference days in [first, end), in
// the `certain` or the `possible` bit sets (bits: pick::certain or pick::possible).
enum class pick { certain, possible };

template <class ForEachSpan, class Out>
void dyad_year_scan(std::size_t organisation_count, const std::vector<party_id>& by_key, int lo, int hi,
                    const panel_options& options, const ForEachSpan& for_each_span, Out& out) {
    if (lo > hi) return;

    // Parties ranked in key order, so that pairs come out sorted by key
    // (by_key holds every party id once).
    std::vector<std::uint32_t> rank(by_key.size());
    for (std::uint32_t k = 0; k < by_key.size(); ++k) rank[by_key[k].value] = k;
    const std::size_t party_total = by_key.size();
    const std::size_t words = (organisation_count + 63) / 64;

    // Per year and party, two bit sets over organisations: certainly a member
    // on the reference day, and possibly one. A pair's counts are then the
    // popcounts of ANDed bit sets, independent of how many members an
    // organisation has. Years are processed in blocks to bound the memory.
    const std::size_t per_year = party_total * words;
    const std::size_t budget_words = std::size_t{1} << 22;  // 2 sets x 32 MiB at most
    const int block = static_cast<int>(std::max<std::size_t>(1, budget_words / std::max<std::size_t>(per_year, 1)));
    std::vector<std::uint64_t> certain, possible;
    std::vector<std::uint32_t> active;
    std::vector<char> decided;  // per active party: no organisation where it is only possibly a member

    // The reference day of each year as a day count, so that a segment's
    // years are found by two binary searches instead of date arithmetic.
    std::vector<day_count> refs;
    for (int y = lo; y <= hi; ++y) refs.push_back(to_day_count(checked_reference_day(y, options.reference_day)));

    for (int block_lo = lo; block_lo <= hi; block_lo += block) {
        const int block_hi = std::min(hi, block_lo + block - 1);
        const auto block_years = static_cast<std::size_t>(block_hi - block_lo + 1);
        certain.assign(block_years * per_year, 0);
        possible.assign(block_years * per_year, 0);
        const auto block_first = static_cast<std::size_t>(block_lo - lo);
        // Sets (or clears) the bit of (party, org) in every year of the block whose reference day is in [first, end).
        const auto mark = [&](pick which, day_count first, day_count end, party_id p, organisation_id o, bool on) {
            std::vector<std::uint64_t>& bits = which == pick::certain ? certain : possible;
            const auto from = static_cast<std::size_t>(std::lower_bound(refs.begin(), refs.end(), first) - refs.begin());
            const auto to = static_cast<std::size_t>(std::lower_bound(refs.begin(), refs.end(), end) - refs.begin());
            const std::size_t party = rank[p.value];
            const std::uint64_t one = std::uint64_t{1} << (o.value % 64);
            for (std::size_t k = std::max(from, block_first); k < std::min(to, block_first + block_years); ++k) {
                std::uint64_t& word = bits[(k - block_first) * per_year + party * words + o.value / 64];
                word = on ? word | one : word & ~one;
            }
        };
        for_each_span(mark);
        // Into fresh storage, when the years fit one block, a first pass counts
        // the rows so that the table is allocated once: a table of millions of
        // rows grown by doubling is copied and its pages touched twice over.
        // Storage kept from an earlier table is filled straight away.
        const bool count_first = block_lo == lo && block_hi == hi && out.fresh();
        for (const bool counting : {true, false}) {
            if (counting && !count_first) continue;
            std::size_t counted = 0;
            for (std::size_t k = 0; k < block_years; ++k) {
                const std::uint64_t* c = certain.data() + k * per_year;
                const std::uint64_t* p = possible.data() + k * per_year;
                active.clear();
                decided.clear();
                for (std::uint32_t a = 0; a < party_total; ++a) {
                    bool any = false, same = true;
                    for (std::size_t w = 0; w < words; ++w) {
                        any = any || p[a * words + w] != 0u;
                        same = same && p[a * words + w] == c[a * words + w];
                    }
                    if (any) {
                        active.push_back(a);
                        decided.push_back(same ? 1 : 0);
                    }
                }
                const int y = block_lo + static_cast<int>(k);
                for (std::size_t i = 0; i < active.size(); ++i) {
                    const std::uint64_t* ci = c + active[i] * words;
                    const std::uint64_t* pi = p + active[i] * words;
                    for (std::size_t j = i + 1; j < active.size(); ++j) {
                        const std::uint64_t* pj = p + active[j] * words;
                        // Most pairs share nothing: an OR tells, cheaper than counting bits.
                        std::uint64_t shared = 0;
                        for (std::size_t w = 0; w < words; ++w) shared |= pi[w] & pj[w];
                        if (shared == 0u) continue;
                        if (counting) {
                            ++counted;
                            continue;
                        }
                        std::uint32_t n_possible = 0;
                        for (std::size_t w = 0; w < words; ++w) n_possible += bits_set(pi[w] & pj[w]);
                        // Where neither party has an undecided organisation, certain = possible.
                        std::uint32_t n_certain = n_possible;
                        if (!(decided[i] && decided[j])) {
                            const std::uint64_t* cj = c + active[j] * words;
                            n_certain = 0;
                            for (std::size_t w = 0; w < words; ++w) n_certain += bits_set(ci[w] & cj[w]);
                        }
                        out.add(by_key[active[i]], by_key[active[j]], y, n_certain, n_possible);
                    }
                }
            }
            if (counting) out.reserve(counted);
        }
    }
}

// Over a registry's timelines. Possibly a member: the standing is `member`,
// or unknown with member among its candidates (as status_on() says).
template <class Out>
void dyad_year_scan(const registry& r, const panel_options& options, Out& out) {
    std::vector<const timeline*> lines;
    lines.reserve(r.timelines().size());
    for (const auto& entry : r.timelines()) lines.push_back(&entry.second);
    const auto [lo, hi] = panel_years(lines, options);
    dyad_year_scan(r.organisation_count(), r.parties(), lo, hi, options, [&](const auto& mark) {
        std::vector<std::pair<std::int32_t, layered_reading>> spans;
        std::vector<std::int32_t> points;
        for (const auto& [ids, t] : r.timelines()) {
            readings(t, r.coverage(ids.first), std::numeric_limits<std::int32_t>::min(), spans, points);
            for (std::size_t k = 0; k < spans.size(); ++k) {
                const day_count first{spans[k].first};
                const day_count end{k + 1 < spans.size() ? spans[k + 1].first : std::numeric_limits<std::int32_t>::max()};
                const answer member = spans[k].second.standing.is(status::member);
                if (member == answer::yes) mark(pick::certain, first, end, ids.second, ids.first, true);
                if (member != answer::no) mark(pick::possible, first, end, ids.second, ids.first, true);
            }
        }
    }, out);
}

// Over a query index's compiled segments, which read as status_on() does.
template <class Out>
void dyad_year_scan(const query_index& ix, const panel_options& options, Out& out) {
    const auto data_years = ix.stated_years();
    const auto [lo, hi] = panel_years(data_years.first, data_years.second, options);
    dyad_year_scan(ix.organisation_count(), ix.parties(), lo, hi, options, [&](const auto& mark) {
        for (std::uint32_t o = 0; o < ix.organisation_count(); ++o)
            for (std::uint32_t p = 0; p < ix.party_count(); ++p)
                ix.for_each_segment(organisation_id{o}, party_id{p}, [&](day_count first, day_count end, status_reading reading) {
                    const answer member = reading.is(status::member);
                    if (member == answer::yes) mark(pick::certain, first, end, party_id{p}, organisation_id{o}, true);
                    if (member != answer::no) mark(pick::possible, first, end, party_id{p}, organisation_id{o}, true);
                });
    }, out);
}

// The rows' sinks: with keys, or with ids into a table that is reused.
struct key_row_sink {
    std::vector<dyad_year_count_row> rows;
    std::vector<std::string_view> keys;  // by party id
    [[nodiscard]] bool fresh() const noexcept { return rows.capacity() == 0; }
    void reserve(std::size_t n) { rows.reserve(n); }
    void add(party_id a, party_id b, int y, std::uint32_t certain, std::uint32_t possible) {
        rows.push_back({keys[a.value], keys[b.value], y, certain, possible});
    }
};
struct id_row_sink {
    std::vector<dyad_year_count>& rows;
    [[nodiscard]] bool fresh() const noexcept { return rows.capacity() == 0; }
    void reserve(std::size_t n) { rows.reserve(n); }
    void add(party_id a, party_id b, int y, std::uint32_t certain, std::uint32_t possible) {
        rows.push_back({a, b, y, certain, possible});
    }
};

template <class Visit>
struct visiting_sink {
    std::vector<std::string_view> keys;  // by party id
    Visit& visit;
    [[nodiscard]] static bool fresh() noexcept { return false; }
    static void reserve(std::size_t) noexcept {}
    void add(party_id a, party_id b, int y, std::uint32_t certain, std::uint32_t possible) {
        visit(static_cast<const dyad_year_count_row&>(dyad_year_count_row{keys[a.value], keys[b.value], y, certain, possible}));
    }
};

template <class Source>
std::vector<dyad_year_count_row> dyad_year_counts(const Source& source, const panel_options& options) {
    key_row_sink out;
    for (std::uint32_t p = 0; p < source.party_count(); ++p) out.keys.push_back(source.key(party_id{p}));
    dyad_year_scan(source, options, out);
    return std::move(out.rows);
}

template <class Source>
void dyad_year_counts_by_id(const Source& source, const panel_options& options, std::vector<dyad_year_count>& out) {
    id_row_sink into{out};
    out.clear();
    dyad_year_scan(source, options, into);
}

}  // namespace detail

inline std::vector<dyad_year_count_row> dyad_year_counts(const registry& r, const panel_options& options) {
    return detail::dyad_year_counts(r, options);
}

template <class Visit>
void for_each_dyad_year_count(const registry& r, const panel_options& options, Visit&& visit) {
    detail::visiting_sink<Visit> out{{}, visit};
    for (std::uint32_t p = 0; p < r.party_count(); ++p) out.keys.push_back(r.key(party_id{p}));
    detail::dyad_year_scan(r, options, out);
}

inline void dyad_year_counts_by_id(const registry& r, const panel_options& options, std::vector<dyad_year_count>& out) {
    detail::dyad_year_counts_by_id(r, options, out);
}

inline std::vector<dyad_year_count_row> dyad_year_counts(const query_index& ix, const panel_options& options) {
    return detail::dyad_year_counts(ix, options);
}

inline void dyad_year_counts_by_id(const query_index& ix, const panel_options& options, std::vector<dyad_year_count>& out) {
    detail::dyad_year_counts_by_id(ix, options, out);
}

inline std::vector<dyad_year_count> dyad_year_counts_by_id(const query_index& ix, const panel_options& options) {
    std::vector<dyad_year_count> out;
    dyad_year_counts_by_id(ix, options, out);
    return out;
}

inline std::vector<dyad_year_count> dyad_year_counts_by_id(const registry& r, const panel_options& options) {
    std::vector<dyad_year_count> out;
    dyad_year_counts_by_id(r, options, out);
    return out;
}

inline void write_csv(std::ostream& out, const std::vector<state_year_row>& rows) {
    out << "organisation,party,year,status\n";
    for (const auto& row : rows) {
        io::write_csv_field(out, row.organisation);
        out << ',';
        io::write_csv_field(out, row.party);
        out << ',' << row.year << ',' << to_string(row.status) << '\n';
    }
}

inline void write_csv(std::ostream& out, const std::vector<dyad_year_row>& rows) {
    out << "organisation,party1,party2,year,both_members\n";
    for (const auto& row : rows) {
        io::write_csv_field(out, row.organisation);
        out << ',';
        io::write_csv_field(out, row.party1);
        out << ',';
        io::write_csv_field(out, row.party2);
        out << ',' << row.year << ',' << to_string(row.both_members) << '\n';
    }
}

inline void write_csv(std::ostream& out, const std::vector<dyad_year_count_row>& rows) {
    out << "party1,party2,year,dyadigos,dyadigos_possible\n";
    for (const auto& row : rows) {
        io::write_csv_field(out, row.party1);
        out << ',';
        io::write_csv_field(out, row.party2);
        out << ',' << row.year << ',' << row.certain << ',' << row.possible << '\n';
    }
}

}  // namespace alliance
