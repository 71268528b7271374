// alliance/io/cow_alliance.hpp — reader for the COW Formal Alliances v4.1 member-level file.
//
// Layout (alliance_v4.1_by_member.csv), one row per state's membership in an alliance:
//   version4id, ccode, state_name,
//   all_st_day, all_st_month, all_st_year, all_end_day, all_end_month, all_end_year,
//   ss_type, mem_st_day, mem_st_month, mem_st_year, mem_end_day, mem_end_month, mem_end_year,
//   left_censor, right_censor, defense, neutrality, nonaggression, entente, version
//
// What becomes of it:
//  - organisation key "COW-ALLIANCE-<version4id>" (e.g. COW-ALLIANCE-227),
//    name "COW formal alliance <version4id>"; attributes: ss_type (the
//    file's spelling), alliance_start, alliance_end (the file's dates as
//    given; "" when in force at the end of coverage), version, and the type
//    flags defense, neutrality, nonaggression, entente.
//  - ss_type: the published file writes "Type I: Defense Pact", "Type IIa:
//    Non-Aggression Pact", "Type IIb: Non-Aggression Pact", "Type II:
//    Neutrality", "Type III: Entente"; the codebook's "Type IIa: Neutrality
//    Pact" and "Type IIb: Nonaggression Pact" are accepted too. Nothing else.
//  - Type flags are the member's obligations and may differ between members
//    (asymmetric obligations). A flag every member's row gives the same value
//    is that value ("1"); otherwise the attribute lists the members: "GMY=1;
//    ITA=0" (a member whose rows differ: "RUS=0/1").
//  - A blank flag (defense, neutrality, nonaggression, entente, left_censor)
//    is not given: the published file has five such cells (nonaggression of
//    UKG in alliance 6, entente of both members of alliance 122, left_censor
//    of the 2004 rows of alliance 304). Nothing else in the row says what
//    they would be — ss_type does not fix the flags (Type I rows have
//    defense 0 and nonaggression 0 or 1; Type IIa rows entente 0 or 1), and
//    other members may differ — so they stay not given: an empty value in
//    the attribute ("" when no member gives it, "GMY=0;UKG=" when some do),
//    and "<flag> not given" in the period's note. right_censor is given on
//    every row, and is 1 exactly when the membership end is blank (the data
//    README: "Empty end fields mean the membership continues past the data's
//    last year (right_censor = 1)").
//  - party: the COW abbreviation of `ccode` (data::cow::add_state; found by
//    code too). `state_name` is not checked against the COW list's names
//    (the alliance data spell some differently).
//  - one member period per row, from the membership start to the end, each
//    with the precision the file gives (a day or month of -9 or empty is
//    unknown: "1879-06", "1879"; the published file has none). The start day
//    is the first day of membership. The end day is the LAST day of
//    membership (data README: "Membership end days are the last day of
//    membership": West Germany in NATO ends 1990-10-02, Germany starts
//    1990-10-03); periods are half-open, so the period ends the day after
//    (1990-10-03). An end known to the month or year only becomes the range
//    of days the half-open end can be (see end_after_last_day in
//    member_dates.hpp: "1890-06" -> "1890[1890-06-02..1890-07-01]"; for
//    December or a year alone, 31 December is as late as a boundary can
//    reach, and the note says so). A blank end (all three fields empty) is a
//    membership in force at the end of coverage: an open end. The note
//    records the member's type, censoring, flags not given and any inexact
//    end ("Type I: Defense Pact; left-censored").
//  - The alliance's ss_type, start and end are the same on every row of it,
//    and the version is one for the whole file: a row that differs is an
//    error naming the line that said otherwise. A blank version is not given.
//
// Coverage (registry::coverage): every alliance of the file is observed
// from 1 January of the first year a membership starts in to 31 December of
// the latest year any date of the file mentions — 1816-01-01 to 2012-12-31
// for v4.1, the span its README gives ("1816–2012"). Outside it every
// answer is unknown: a membership with a blank end is not "ongoing today".
//
// Rejected rows: wrong field count, a ccode not in the COW state list, an
// ss_type not listed above, a flag other than 0/1/blank (right_censor: 0/1,
// and matching the end), an impossible date, a membership whose last day is
// before its first, the same membership twice, alliance facts or a version
// that differ from an earlier row's.
#pragma once

#include <alliance/data/cow_states.hpp>
#include <alliance/error.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/member_dates.hpp>
#include <alliance/io/report.hpp>
#include <alliance/registry.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <optional>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace alliance::io {

// One member's value of an alliance attribute that the readers write per
// member when members differ ("GMY=1;ITA=0": GMY's is "1"); the value itself
// when it holds for every member ("1"); empty when the member is not listed.
template <class = void>
[[nodiscard]] std::string_view member_value(std::string_view attribute, std::string_view member) noexcept;

template <class>
std::string_view member_value(std::string_view attribute, std::string_view member) noexcept {
    // Per-member lists are "KEY=value" items joined by ';'; a plain value has no '='.
    if (attribute.find('=') == std::string_view::npos) return attribute;
    while (!attribute.empty()) {
        const std::size_t end = std::min(attribute.find(';'), attribute.size());
        const std::string_view item = attribute.substr(0, end);
        const std::size_t eq = item.find('=');
        if (eq != std::string_view::npos && item.substr(0, eq) == member) return item.substr(eq + 1);
        attribute.remove_prefix(std::min(end + 1, attribute.size()));
    }
    return {};
}

}  // namespace alliance::io

namespace alliance::io::detail {

template <class = void>
void read_cow_alliance_member(csv_reader& csv, registry& into, read_report& report, const read_options& options);

// --- implementation -----------------------------------------------------------


// Flags that members of one organisation give, collected to set one
// attribute per flag once the file is read. A flag every row agrees on is
// that value ("1"); otherwise the attribute lists each member's value, sorted
// by member: "GMY=1;ITA=0" (a member whose rows differ: "RUS=0/1").
class member_flags {
public:
    void add(std::string_view organisation, std::string_view flag, std::string_view member, std::string_view value) {
        values_[{std::string(organisation), std::string(flag)}][std::string(member)].insert(std::string(value));
    }
    void apply(registry& r) const {
        for (const auto& [key, by_member] : values_) {
            std::set<std::string> all;
            for (const auto& entry : by_member) all.insert(entry.second.begin(), entry.second.end());
            std::string value;
            if (all.size() == 1) {
                value = *all.begin();
            } else {
                for (const auto& [member, vs] : by_member) {
                    value += (value.empty() ? "" : ";") + member + "=";
                    bool first = true;
                    for (const auto& v : vs) {
                        value += (first ? "" : "/") + v;
                        first = false;
                    }
                }
            }
            r.set_attribute(r.organisation(key.first), key.second, value);
        }
    }

private:
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::set<std::string>>> values_;
};

// The ss_type spellings accepted. The published file (v4.1, 1,221 rows)
// writes "Type I: Defense Pact", "Type IIa: Non-Aggression Pact", "Type IIb:
// Non-Aggression Pact", "Type II: Neutrality" and "Type III: Entente"; the
// codebook's names for types IIa and IIb ("Neutrality Pact", "Nonaggression
// Pact") are accepted too. The attribute keeps the file's own spelling.
inline constexpr std::array<std::string_view, 7> cow_alliance_types{
    "Type I: Defense Pact",          "Type IIa: Neutrality Pact",     "Type IIa: Non-Aggression Pact",
    "Type IIb: Nonaggression Pact",  "Type IIb: Non-Aggression Pact", "Type II: Neutrality",
    "Type III: Entente"};

template <class>
void read_cow_alliance_member(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    constexpr std::string_view format = "cow-alliance-member";
    const std::size_t id_at = required_column(csv, "version4id", format);
    const std::size_t ccode_at = required_column(csv, "ccode", format);
    const date_columns all_start = required_date_columns(csv, "all_st_year", "all_st_month", "all_st_day", format);
    const date_columns all_end = required_date_columns(csv, "all_end_year", "all_end_month", "all_end_day", format);
    const date_columns mem_start = required_date_columns(csv, "mem_st_year", "mem_st_month", "mem_st_day", format);
    const date_columns mem_end = required_date_columns(csv, "mem_end_year", "mem_end_month", "mem_end_day", format);
    const std::size_t type_at = required_column(csv, "ss_type", format);
    const std::size_t left_at = required_column(csv, "left_censor", format);
    const std::size_t right_at = required_column(csv, "right_censor", format);
    const std::size_t version_at = csv.column("version");
    constexpr std::array<std::string_view, 4> flag_names{"defense", "neutrality", "nonaggression", "entente"};
    std::array<std::size_t, 4> flag_at{};
    for (std::size_t k = 0; k < flag_names.size(); ++k) flag_at[k] = required_column(csv, flag_names[k], format);
    std::string type_list;
    for (const auto t : cow_alliance_types) type_list += (type_list.empty() ? "" : ", ") + std::string(t);

    // What the first row of an alliance says about the whole alliance, to
    // hold every later row of it to the same.
    struct alliance_facts {
        long line;
        std::string ss_type, start, end;
    };
    std::map<std::string, alliance_facts> alliances;
    // The file's version (one per file: the data set's release), and its line.
    std::string version;
    long version_line = 0;
    observed_years observed;  // the first membership year, the latest year of any date

    const std::size_t width = csv.header().size();
    member_flags flags;
    std::map<std::string, long> seen;  // a membership's identity -> its line
    std::string key;
    while (csv.next()) {
        ++report.rows;
        try {
            csv.expect_fields(width);
            const int id = read_positive(csv, id_at, "an alliance number");
            const data::cow::state* st = &read_cow_state(csv, ccode_at);
            const std::string_view type = csv[type_at];
            if (std::find(cow_alliance_types.begin(), cow_alliance_types.end(), type) == cow_alliance_types.end())
                throw error(errc::malformed_input, "alliance.code.invalid",
                            "'" + std::string(type) + "' is not an alliance type (" + type_list + ")", csv.where(type_at));
            // left_censor and the type flags may be empty in the published
            // file (5 rows): not given. right_censor is given on every row.
            const std::optional<bool> left = read_flag_or_blank(csv, left_at);
            const bool right = read_flag(csv, right_at);
            std::array<std::optional<bool>, 4> flag_values{};
            for (std::size_t k = 0; k < flag_names.size(); ++k) flag_values[k] = read_flag_or_blank(csv, flag_at[k]);
            const auto alliance_from = read_split_date(csv, all_start, -9);
            const auto alliance_to = read_split_date(csv, all_end, -9);
            const auto from = read_split_date(csv, mem_start, -9);
            const auto last = read_split_date(csv, mem_end, -9);
            if (!alliance_from)
                throw error(errc::malformed_input, "alliance.date.invalid", "the alliance has no start year",
                            csv.where(all_start.year));
            if (!from)
                throw error(errc::malformed_input, "alliance.date.invalid", "the membership has no start year",
                            csv.where(mem_start.year));
            // "Empty end fields mean the membership continues past the data's
            // last year (right_censor = 1)": the two must agree.
            if (right != !last)
                throw error(errc::malformed_input, "alliance.row.inconsistent",
                            right ? "right_censor is 1 but the membership has an end date"
                                  : "right_censor is 0 but the membership has no end date",
                            csv.where(right_at));
            std::string_view row_version;
            if (version_at != csv_reader::npos && !csv[version_at].empty()) {
                row_version = csv[version_at];
                if (version_line != 0 && row_version != version) {
                    throw error(errc::malformed_input, "alliance.row.inconsistent",
                                "version '" + std::string(row_version) + "' differs from '" + version + "' given on line " +
                                    std::to_string(version_line) + " (one version per file)",
                                csv.where(version_at));
                }
            }

            key = "COW-ALLIANCE-" + std::to_string(id);
            period p;
            p.organisation = key;
            p.party = st->abbreviation;
            p.status = status::member;
            p.from = *from;
            // The file's end is the last day of membership; the period's end
            // is the first day after it.
            p.to = last ? end_after_last_day(*last) : boundary::open();
            p.source = "COW Formal Alliances v4.1";
            std::string note(type);
            if (left && *left) note += "; left-censored";
            if (!left) note += "; left_censor not given";
            if (right) note += "; right-censored";
            for (std::size_t k = 0; k < flag_names.size(); ++k)
                if (!flag_values[k]) note += "; " + std::string(flag_names[k]) + " not given";
            if (last && last->precision() != precision::day) note += "; " + last_day_note(*last);
            p.note = note;
            if (const char* problem = check(p))
                throw error(errc::invalid_period, "alliance.period.invalid",
                            std::string(problem) + " (" + to_string(p.from) + " to last day " +
                                (last ? to_string(*last) : std::string("..")) + ")",
                            csv.where(mem_end.year));
            // As the file gives it: from the first to the last day.
            const std::string identity = key + " " + std::string(st->abbreviation) + " " + to_string(p.from) + " " +
                                         (last ? to_string(*last) : std::string(".."));
            if (const auto it = seen.find(identity); it != seen.end())
                throw error(errc::malformed_input, "alliance.row.duplicate",
                            "the same membership as on line " + std::to_string(it->second) + " (" + identity + ")", csv.where());

            // The alliance's own facts: the same on every row of it.
            const std::string alliance_start_text = to_string(*alliance_from);
            const std::string alliance_end_text = alliance_to ? to_string(*alliance_to) : std::string{};
            const auto known = alliances.find(key);
            if (known != alliances.end()) {
                const alliance_facts& f = known->second;
                for (const auto& [name, value, before, column] :
                     {std::tuple<std::string_view, std::string_view, std::string_view, std::size_t>{"ss_type", type, f.ss_type, type_at},
                      {"alliance_start", alliance_start_text, f.start, all_start.year},
                      {"alliance_end", alliance_end_text, f.end, all_end.year}}) {
                    if (value != before) {
                        const auto shown = [](std::string_view v) { return v.empty() ? std::string("(none)") : "'" + std::string(v) + "'"; };
                        throw error(errc::malformed_input, "alliance.row.inconsistent",
                                    "the alliance's " + std::string(name) + " " + shown(value) + " differs from " +
                                        shown(before) + " given on line " + std::to_string(f.line),
                                    csv.where(column));
                    }
                }
            }

            // Everything is checked: register and add.
            const organisation_id o = into.add_organisation(key, "COW formal alliance " + std::to_string(id));
            data::cow::add_state(into, *st);
            if (known == alliances.end()) {
                alliances.emplace(key, alliance_facts{csv.line(), std::string(type), alliance_start_text, alliance_end_text});
                into.set_attribute(o, "ss_type", type);
                into.set_attribute(o, "alliance_start", alliance_start_text);
                into.set_attribute(o, "alliance_end", alliance_end_text);
            }
            if (!row_version.empty()) {
                into.set_attribute(o, "version", row_version);
                if (version_line == 0) {
                    version = std::string(row_version);
                    version_line = csv.line();
                }
            }
            into.add(p, csv.where());
            seen.emplace(identity, csv.line());
            // Not the alliance's start: COW alliances older than 1816 (1386) are observed from 1816.
            observed.add(*from);
            for (const auto& d : {last, alliance_to})
                if (d) observed.second = std::max(observed.second, static_cast<int>(d->year()));
            for (std::size_t k = 0; k < flag_names.size(); ++k)
                flags.add(key, flag_names[k], st->abbreviation,
                          !flag_values[k] ? std::string_view{} : *flag_values[k] ? std::string_view{"1"} : std::string_view{"0"});
            ++report.periods;
            ++report.rows_with_periods;
        } catch (const error& e) {
            if (!options.lenient || e.code() == errc::io) throw;
            report.reject(e.where().file.empty() ? std::string(e.what()) + " (" + csv.file() + ":" + std::to_string(csv.line()) + ")"
                                                 : std::string(e.what()));
        }
    }
    flags.apply(into);
    // Coverage: the file observes from the first year a membership starts in
    // (1816, where COW's state system begins: earlier starts are
    // left-censored) to the latest year any of its dates mention (v4.1: 2012,
    // "1816–2012" in the data's README). A membership with a blank end is in
    // force on 31 December of that year, and unknown after it.
    for (const auto& entry : alliances) observe(into, into.organisation(entry.first), observed);
}

}  // namespace alliance::io::detail
