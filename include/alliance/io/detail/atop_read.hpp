// alliance/io/detail/atop_read.hpp — reading the ATOP files
// (the definitions of what alliance/io/atop.hpp declares).
#pragma once

#include <alliance/io/atop.hpp>
#include <alliance/data/atop_members.hpp>
#include <alliance/data/cow_states.hpp>
#include <alliance/error.hpp>
#include <alliance/io/cow_alliance.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/member_dates.hpp>
#include <alliance/io/report.hpp>
#include <alliance/registry.hpp>

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace alliance::io::detail {

// Every documented non-COW code must really be outside the COW list, or the
// reader would never reach it.
static_assert([] {
    for (const auto& m : data::atop::non_cow_members)
        if (data::cow::find_state(m.code) != nullptr) return false;
    return true;
}());

// A date in ATOP's three columns, by the codebook's rules (see the leading
// comment). `may_be_absent`: an exit or end date, where 0, 0, 0 means "still
// in effect" (nullopt).
[[nodiscard]] inline std::optional<partial_date> read_atop_date(const csv_reader& csv, date_columns at, bool may_be_absent) {
    const auto number = [&](std::size_t column, int& out) {
        const std::string_view s = csv[column];
        if (!parse_int(s, out))
            throw error(errc::malformed_input, "alliance.date.field", "'" + std::string(s) + "' is not a whole number",
                        csv.where(column));
    };
    if (csv[at.year].empty())
        throw error(errc::malformed_input, "alliance.date.invalid",
                    may_be_absent ? "the year is empty (the codebook codes a date that does not exist yet as 0, 0, 0)"
                                  : "the year is empty (the codebook: it is never missing)",
                    csv.where(at.year));
    int y = 0;
    number(at.year, y);
    if (y == 0 && may_be_absent) {
        for (const std::size_t column : {at.month, at.day}) {
            const std::string_view s = csv[column];
            if (!s.empty() && s != "0")
                throw error(errc::malformed_input, "alliance.date.invalid",
                            "'" + std::string(s) + "' with a year of 0: an alliance still in effect has no end date (the "
                                "codebook codes all three 0)",
                            csv.where(column));
        }
        return std::nullopt;
    }
    if (y < 1 || y > 9999)
        throw error(errc::malformed_input, "alliance.date.invalid",
                    "year " + std::to_string(y) + " is out of range (1-9999)", csv.where(at.year));
    if (csv[at.month].empty() || csv[at.month] == "0")
        throw error(errc::malformed_input, "alliance.date.invalid",
                    "the month is missing (the codebook leaves only the day missing, as an empty field)",
                    csv.where(at.month));
    int m = 0;
    number(at.month, m);
    if (m < 1 || m > 12)
        throw error(errc::malformed_input, "alliance.date.invalid", "month " + std::to_string(m) + " is not 1-12",
                    csv.where(at.month));
    const date::year_month ym{date::year{y}, date::month{static_cast<unsigned>(m)}};
    if (csv[at.day].empty()) return partial_date{ym};  // "coded as missing": known to the month
    int d = 0;
    number(at.day, d);
    if (d == 0)
        throw error(errc::malformed_input, "alliance.date.invalid",
                    "day 0 is not a day (the codebook codes an unknown day as missing: an empty field)", csv.where(at.day));
    const date::year_month_day ymd{ym.year(), ym.month(), date::day{static_cast<unsigned>(d < 0 ? 0 : d)}};
    if (d < 1 || d > 31 || !ymd.ok())
        throw error(errc::malformed_input, "alliance.date.invalid",
                    "no day " + std::to_string(d) + " in " + to_string(partial_date{ym}), csv.where(at.day));
    return partial_date{ymd};
}

// The member of a row: a COW state, or a code the codebook documents outside the COW list.
struct atop_member {
    const data::cow::state* state = nullptr;
    const data::atop::non_cow_member* other = nullptr;
    [[nodiscard]] std::string_view key() const { return state ? state->abbreviation : other->key; }
};

[[nodiscard]] inline atop_member read_atop_member_code(const csv_reader& csv, std::size_t column) {
    int code = 0;
    atop_member m;
    if (parse_int(csv[column], code)) {
        m.state = data::cow::find_state(code);
        if (!m.state) m.other = data::atop::find_non_cow_member(code);
    }
    if (!m.state && !m.other)
        throw error(errc::malformed_input, "alliance.cow.state",
                    "'" + std::string(csv[column]) +
                        "' is not a code in the COW state list nor one the ATOP codebook documents (data/atop_members.hpp)",
                    csv.where(column));
    return m;
}

template <class = void>
void add_atop_member(registry& r, const atop_member& m) {
    if (m.state) data::cow::add_state(r, *m.state);
    else r.add_party(m.other->key, m.other->name, party_kind::state);
}

// Two values of one attribute of an ATOP alliance agree when they are equal,
// or when one is "1" and the other a per-member list ("GMY=1;ITA=0"): the
// alliance file codes a flag 1 "if any alliance member" has it, and the
// member file writes a list only when members differ, so some member has it.
[[nodiscard]] inline bool atop_values_agree(std::string_view a, std::string_view b) noexcept {
    const auto list = [](std::string_view v) { return v.find('=') != std::string_view::npos; };
    return a == b || (a == "1" && list(b)) || (b == "1" && list(a));
}
// Of two agreeing values, the more detailed one (the list).
[[nodiscard]] inline std::string_view atop_more_detailed(std::string_view a, std::string_view b) noexcept {
    return b.find('=') != std::string_view::npos ? b : a;
}

[[nodiscard]] inline error atop_inconsistent(std::string_view name, std::string_view value, std::string_view before,
                                             location where) {
    return error(errc::malformed_input, "alliance.row.inconsistent",
                 "the alliance's " + std::string(name) + " '" + std::string(value) + "' disagrees with '" +
                     std::string(before) + "' read before (the alliance file codes a flag 1 when any member has it)",
                 std::move(where));
}

// All fields of the current record, for recognising an identical row.
[[nodiscard]] inline std::string record_text(const csv_reader& csv) {
    std::string out;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        out += csv[i];
        out += '\0';  // the CSV reader rejects NUL bytes, so no field contains one
    }
    return out;
}

inline constexpr std::array<std::string_view, 7> atop_flag_names{"defense", "offense", "neutral", "nonagg",
                                                                 "consul",  "asymm",   "conditio"};

template <class>
void read_atop_member(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    constexpr std::string_view format = "atop-member";
    const std::size_t id_at = required_column(csv, "atopid", format);
    const std::size_t member_at = required_column(csv, "member", format);
    const date_columns entry = required_date_columns(csv, "yrent", "moent", "dayent", format);
    const date_columns exit = required_date_columns(csv, "yrexit", "moexit", "dayexit", format);
    const std::size_t phase_at = required_column(csv, "phase", format);
    const std::size_t maxphase_at = csv.column("maxphase");
    const std::size_t ineffect_at = csv.column("ineffect");
    std::array<std::size_t, atop_flag_names.size()> flag_at{};
    for (std::size_t k = 0; k < atop_flag_names.size(); ++k) flag_at[k] = csv.column(atop_flag_names[k]);

    const std::size_t width = csv.header().size();
    member_flags flags;
    // What one alliance's earlier rows said: its first line, whether it has
    // phases, its maxphase (-1 when the column is absent).
    struct alliance_seen {
        long line;
        bool phased;
        int maxphase;
    };
    std::map<int, alliance_seen> alliances;
    observed_years years;  // the years of the entries and exits read
    // The spells of one membership, "ATOP-3015 EGY phase 0" -> rows.
    struct spell {
        long line;
        std::string text;
        period p;
    };
    std::map<std::string, std::vector<spell>> spells;
    std::string key;
    while (csv.next()) {
        ++report.rows;
        try {
            csv.expect_fields(width);
            const int id = read_positive(csv, id_at, "an ATOP alliance number");
            const atop_member who = read_atop_member_code(csv, member_at);
            const int phase = read_number(csv, phase_at, 0, "a phase number (0: the alliance has no phases; else 1, 2, ...)");
            int maxphase = -1;
            if (maxphase_at != csv_reader::npos) {
                maxphase = read_number(csv, maxphase_at, 0, "a number of phases (0: none)");
                if ((phase == 0) != (maxphase == 0) || phase > maxphase)
                    throw error(errc::malformed_input, "alliance.code.invalid",
                                "phase " + std::to_string(phase) + " does not fit maxphase " + std::to_string(maxphase) +
                                    " (phase 0 goes with maxphase 0, else 1 <= phase <= maxphase)",
                                csv.where(phase_at));
            }
            if (const auto it = alliances.find(id); it != alliances.end()) {
                if (it->second.phased != (phase != 0))
                    throw error(errc::malformed_input, "alliance.row.inconsistent",
                                "phase " + std::to_string(phase) + " in an alliance whose line " +
                                    std::to_string(it->second.line) + (it->second.phased ? " has phases" : " has phase 0 (no phases)"),
                                csv.where(phase_at));
                if (it->second.maxphase != maxphase)
                    throw error(errc::malformed_input, "alliance.row.inconsistent",
                                "maxphase " + std::to_string(maxphase) + " differs from " +
                                    std::to_string(it->second.maxphase) + " on line " + std::to_string(it->second.line),
                                csv.where(maxphase_at));
            }
            std::array<int, atop_flag_names.size()> flag_values{};
            for (std::size_t k = 0; k < atop_flag_names.size(); ++k)
                if (flag_at[k] != csv_reader::npos) flag_values[k] = read_flag(csv, flag_at[k]) ? 1 : 0;
            const auto from = read_atop_date(csv, entry, false);
            const auto to = read_atop_date(csv, exit, true);
            if (ineffect_at != csv_reader::npos && read_flag(csv, ineffect_at) != !to)
                throw error(errc::malformed_input, "alliance.date.invalid",
                            to ? "ineffect is 1 but the member has an exit date (the codebook: the exit is 0, 0, 0 "
                                 "when INEFFECT=1)"
                               : "ineffect is 0 but yrexit is 0 (the codebook: 0, 0, 0 when the alliance is still in effect)",
                            csv.where(ineffect_at));

            key = "ATOP-" + std::to_string(id);
            const std::string note = phase == 0 ? "no phases (phase 0)" : "phase " + std::to_string(phase);
            period p;
            p.organisation = key;
            p.party = who.key();
            p.status = status::member;
            p.from = *from;
            p.to = to ? boundary{*to} : boundary::open();
            p.source = "ATOP member file";
            p.note = note;
            if (const char* problem = check(p))
                throw error(errc::invalid_period, "alliance.period.invalid",
                            std::string(problem) + " (" + to_string(p.from) + " to " + to_string(p.to) + ")",
                            csv.where(exit.year));
            const std::string identity = key + " " + std::string(who.key()) + " phase " + std::to_string(phase);
            std::string text = record_text(csv);
            auto& earlier = spells[identity];
            for (const spell& s : earlier) {
                if (s.text == text)
                    throw error(errc::malformed_input, "alliance.row.duplicate",
                                "a second row for " + identity + ", identical to line " + std::to_string(s.line), csv.where());
                if (boost::icl::intersects(certain_days(s.p), certain_days(p)))
                    throw error(errc::malformed_input, "alliance.row.overlap",
                                "this spell of " + identity + " (" + to_string(p.from) + " to " + to_string(p.to) +
                                    ") overlaps the one on line " + std::to_string(s.line) + " (" + to_string(s.p.from) +
                                    " to " + to_string(s.p.to) + ")",
                                csv.where(entry.year));
            }

            // Everything is checked: register and add.
            into.add_organisation(key, "ATOP alliance " + std::to_string(id));
            add_atop_member(into, who);
            into.add(p, csv.where());
            p.organisation = {};  // the spell keeps only the dates
            p.party = {};
            p.note = {};
            p.source = {};
            earlier.push_back({csv.line(), std::move(text), p});
            alliances.emplace(id, alliance_seen{csv.line(), phase != 0, maxphase});
            years.add(*from);
            if (to) years.add(*to);
            for (std::size_t k = 0; k < atop_flag_names.size(); ++k)
                if (flag_at[k] != csv_reader::npos)
                    flags.add(key, atop_flag_names[k], who.key(), flag_values[k] ? "1" : "0");
            ++report.periods;
            ++report.rows_with_periods;
        } catch (const error& e) {
            if (!options.lenient || e.code() == errc::io) throw;
            report.reject(e.where().file.empty() ? std::string(e.what()) + " (" + csv.file() + ":" + std::to_string(csv.line()) + ")"
                                                 : std::string(e.what()));
        }
    }

    // Flags an earlier read (the alliance file) set must agree with this file's.
    struct before_value {
        organisation_id o;
        std::size_t flag;
        std::string value;
        long line;
    };
    std::vector<before_value> before;
    for (const auto& [id, seen] : alliances) {
        const organisation_id o = into.organisation("ATOP-" + std::to_string(id));
        for (std::size_t k = 0; k < atop_flag_names.size(); ++k)
            if (flag_at[k] != csv_reader::npos)
                if (const std::string_view v = into.attribute(o, atop_flag_names[k]); !v.empty())
                    before.push_back({o, k, std::string(v), seen.line});
    }
    flags.apply(into);
    for (const auto& [id, seen] : alliances) observe(into, into.organisation("ATOP-" + std::to_string(id)), years);
    for (const auto& b : before) {
        const std::string now(into.attribute(b.o, atop_flag_names[b.flag]));
        if (!atop_values_agree(b.value, now))
            throw atop_inconsistent(atop_flag_names[b.flag], now, b.value,
                                    location{csv.file(), b.line, std::string(atop_flag_names[b.flag])});
        into.set_attribute(b.o, atop_flag_names[b.flag], atop_more_detailed(b.value, now));
    }
}

template <class>
void read_atop_alliance(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    constexpr std::string_view format = "atop-alliance";
    const std::size_t id_at = required_column(csv, "atopid", format);
    const date_columns begin = required_date_columns(csv, "begyr", "begmo", "begday", format);
    const date_columns end = required_date_columns(csv, "endyr", "endmo", "endday", format);
    const std::size_t ineffect_at = required_column(csv, "ineffect", format);
    std::array<std::size_t, atop_flag_names.size()> flag_at{};
    for (std::size_t k = 0; k < atop_flag_names.size(); ++k) flag_at[k] = required_column(csv, atop_flag_names[k], format);

    const std::size_t width = csv.header().size();
    std::map<int, long> seen;  // atopid -> line
    observed_years years;
    while (csv.next()) {
        ++report.rows;
        try {
            csv.expect_fields(width);
            const int id = read_positive(csv, id_at, "an ATOP alliance number");
            if (const auto it = seen.find(id); it != seen.end())
                throw error(errc::malformed_input, "alliance.row.duplicate",
                            "a second row for ATOPID " + std::to_string(id) + " (the first is on line " +
                                std::to_string(it->second) + ")",
                            csv.where(id_at));
            const auto from = read_atop_date(csv, begin, false);
            const auto to = read_atop_date(csv, end, true);
            const bool in_effect = read_flag(csv, ineffect_at);
            if (in_effect != !to)
                throw error(errc::malformed_input, "alliance.date.invalid",
                            to ? "ineffect is 1 but the alliance has an end date (the codebook: the end is 0, 0, 0 "
                                 "when INEFFECT=1)"
                               : "ineffect is 0 but endyr is 0 (the codebook: 0, 0, 0 when the alliance is still in effect)",
                            csv.where(ineffect_at));
            if (to && to->latest() <= from->earliest())
                throw error(errc::invalid_period, "alliance.period.invalid",
                            "the alliance ends before it begins (" + to_string(*from) + " to " + to_string(*to) + ")",
                            csv.where(end.year));

            // Name, value, column: checked against what an earlier read set, then set together.
            std::vector<std::tuple<std::string_view, std::string, std::size_t>> values;
            values.emplace_back("alliance_start", to_string(*from), begin.year);
            values.emplace_back("alliance_end", to ? to_string(*to) : std::string{}, end.year);
            values.emplace_back("ineffect", in_effect ? "1" : "0", ineffect_at);
            for (std::size_t k = 0; k < atop_flag_names.size(); ++k)
                values.emplace_back(atop_flag_names[k], read_flag(csv, flag_at[k]) ? "1" : "0", flag_at[k]);
            const std::string key = "ATOP-" + std::to_string(id);
            const std::string name = "ATOP alliance " + std::to_string(id);
            if (const auto o = into.find_organisation(key)) {
                if (into.name(*o) != name)
                    throw error(errc::duplicate_key, "alliance.key.duplicate",
                                "organisation '" + key + "' is already named '" + std::string(into.name(*o)) + "'",
                                csv.where(id_at));
                for (auto& [n, v, column] : values) {
                    const std::string_view b = into.attribute(*o, n);
                    if (b.empty()) continue;
                    if (!atop_values_agree(v, b)) throw atop_inconsistent(n, v, b, csv.where(column));
                    v = std::string(atop_more_detailed(v, b));
                }
            }
            const organisation_id o = into.add_organisation(key, name);
            for (const auto& value : values) into.set_attribute(o, std::get<0>(value), std::get<1>(value));
            seen.emplace(id, csv.line());
            years.add(*from);
            if (to) years.add(*to);
            ++report.rows_without_periods;
        } catch (const error& e) {
            if (!options.lenient || e.code() == errc::io) throw;
            report.reject(e.where().file.empty() ? std::string(e.what()) + " (" + csv.file() + ":" + std::to_string(csv.line()) + ")"
                                                 : std::string(e.what()));
        }
    }
    for (const auto& entry : seen) observe(into, into.organisation("ATOP-" + std::to_string(entry.first)), years);
}

}  // namespace alliance::io::detail
