// alliance/io/cow_alliance.hpp — reader for the COW Formal Alliances v4.1 member-level file.
//
// Layout (alliance_v4.1_by_member.csv), one row per member of an alliance:
//   version4id, ccode, state_name,
//   all_st_day, all_st_month, all_st_year, all_end_day, all_end_month, all_end_year,
//   ss_type, mem_st_day, mem_st_month, mem_st_year, mem_end_day, mem_end_month, mem_end_year,
//   left_censor, right_censor, defense, neutrality, nonaggression, entente, version
//
// What becomes of it:
//  - organisation key "COW-ALLIANCE-<version4id>" (e.g. COW-ALLIANCE-7), name
//    "COW formal alliance <version4id>"; attributes: ss_type, alliance_start,
//    alliance_end ("" when in force at the end of coverage), version, and the
//    type flags defense, neutrality, nonaggression, entente. A flag that every
//    member's row gives the same value is that value ("1"); when members'
//    rows differ (asymmetric obligations) it lists them: "GMY=1;ITA=0".
//  - party: the COW abbreviation of `ccode` (data::cow::add_state; found by
//    code too). `state_name` is not checked against the COW list's names
//    (the alliance data spell some differently).
//  - one member period per row: from the membership start, to the
//    membership end, each with the precision the file gives (a day or month
//    of -9, 0 or empty is unknown: "1879-06", "1879"). The end day is the
//    day the membership ended: it belongs to what follows (periods are
//    half-open). A blank end (all three fields empty) is a membership in
//    force at the end of coverage: an open end. The note records the
//    member's type and censoring ("Type I: Defense Pact; left-censored").
//
// Rejected rows: wrong field count, a ccode not in the COW state list, an
// ss_type other than the four types, a flag other than 0/1, an impossible
// date, a membership that ends before it starts, the same membership twice.
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
#include <string_view>
#include <utility>
#include <vector>

namespace alliance::io::detail {

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

inline void read_cow_alliance_member(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    constexpr std::string_view format = "cow-alliance-member";
    const std::size_t id_at = required_column(csv, "version4id", format);
    const std::size_t ccode_at = required_column(csv, "ccode", format);
    const date_columns all_start{required_column(csv, "all_st_year", format), required_column(csv, "all_st_month", format),
                                 required_column(csv, "all_st_day", format)};
    const date_columns all_end{required_column(csv, "all_end_year", format), required_column(csv, "all_end_month", format),
                               required_column(csv, "all_end_day", format)};
    const date_columns mem_start{required_column(csv, "mem_st_year", format), required_column(csv, "mem_st_month", format),
                                 required_column(csv, "mem_st_day", format)};
    const date_columns mem_end{required_column(csv, "mem_end_year", format), required_column(csv, "mem_end_month", format),
                               required_column(csv, "mem_end_day", format)};
    const std::size_t type_at = required_column(csv, "ss_type", format);
    const std::size_t left_at = required_column(csv, "left_censor", format);
    const std::size_t right_at = required_column(csv, "right_censor", format);
    const std::size_t version_at = csv.column("version");
    constexpr std::array<std::string_view, 4> flag_names{"defense", "neutrality", "nonaggression", "entente"};
    std::array<std::size_t, 4> flag_at{};
    for (std::size_t k = 0; k < flag_names.size(); ++k) flag_at[k] = required_column(csv, flag_names[k], format);
    constexpr std::array<std::string_view, 4> types{"Type I: Defense Pact", "Type IIa: Neutrality Pact",
                                                    "Type IIb: Nonaggression Pact", "Type III: Entente"};

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
            if (std::find(types.begin(), types.end(), type) == types.end())
                throw error(errc::malformed_input, "alliance.code.invalid",
                            "'" + std::string(type) +
                                "' is not an alliance type (Type I: Defense Pact, Type IIa: Neutrality Pact, Type IIb: "
                                "Nonaggression Pact, Type III: Entente)",
                            csv.where(type_at));
            const bool left = read_flag(csv, left_at);
            const bool right = read_flag(csv, right_at);
            std::array<bool, 4> flag_values{};
            for (std::size_t k = 0; k < flag_names.size(); ++k) flag_values[k] = read_flag(csv, flag_at[k]);
            const auto alliance_from = read_split_date(csv, all_start, -9);
            const auto alliance_to = read_split_date(csv, all_end, -9);
            const auto from = read_split_date(csv, mem_start, -9);
            const auto to = read_split_date(csv, mem_end, -9);
            if (!alliance_from)
                throw error(errc::malformed_input, "alliance.date.invalid", "the alliance has no start year",
                            csv.where(all_start.year));
            if (!from)
                throw error(errc::malformed_input, "alliance.date.invalid", "the membership has no start year",
                            csv.where(mem_start.year));

            key = "COW-ALLIANCE-" + std::to_string(id);
            period p;
            p.organisation = key;
            p.party = st->abbreviation;
            p.status = status::member;
            p.from = *from;
            p.to = to ? boundary{*to} : boundary::open();
            p.source = "COW Formal Alliances v4.1";
            std::string note(type);
            if (left) note += "; left-censored";
            if (right) note += "; right-censored";
            p.note = note;
            if (const char* problem = check(p))
                throw error(errc::invalid_period, "alliance.period.invalid",
                            std::string(problem) + " (" + to_string(p.from) + " to " + to_string(p.to) + ")",
                            csv.where(mem_end.year));
            const std::string identity = key + " " + std::string(st->abbreviation) + " " + to_string(p.from) + " " + to_string(p.to);
            if (const auto it = seen.find(identity); it != seen.end())
                throw error(errc::malformed_input, "alliance.row.duplicate",
                            "the same membership as on line " + std::to_string(it->second) + " (" + identity + ")", csv.where());

            // Everything is checked: register and add.
            const organisation_id o = into.add_organisation(key, "COW formal alliance " + std::to_string(id));
            data::cow::add_state(into, *st);
            const std::string alliance_start_text = to_string(*alliance_from);
            const std::string alliance_end_text = alliance_to ? to_string(*alliance_to) : std::string{};
            for (const auto& [name, value] : {std::pair<std::string_view, std::string_view>{"ss_type", type},
                                              {"alliance_start", alliance_start_text},
                                              {"alliance_end", alliance_end_text}}) {
                const std::string_view before = into.attribute(o, name);
                if (!before.empty() && before != value)
                    throw error(errc::malformed_input, "alliance.row.inconsistent",
                                "the alliance's " + std::string(name) + " '" + std::string(value) +
                                    "' differs from '" + std::string(before) + "' given by an earlier row",
                                csv.where(name == "ss_type" ? type_at : name == "alliance_start" ? all_start.year : all_end.year));
                into.set_attribute(o, name, value);
            }
            if (version_at != csv_reader::npos && !csv[version_at].empty()) into.set_attribute(o, "version", csv[version_at]);
            into.add(p, csv.where());
            seen.emplace(identity, csv.line());
            for (std::size_t k = 0; k < flag_names.size(); ++k)
                flags.add(key, flag_names[k], st->abbreviation, flag_values[k] ? "1" : "0");
            ++report.periods;
            ++report.rows_with_periods;
        } catch (const error& e) {
            if (!options.lenient || e.code() == errc::io) throw;
            report.reject(e.where().file.empty() ? std::string(e.what()) + " (" + csv.file() + ":" + std::to_string(csv.line()) + ")"
                                                 : std::string(e.what()));
        }
    }
    flags.apply(into);
}

}  // namespace alliance::io::detail
