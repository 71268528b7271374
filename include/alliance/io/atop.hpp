// alliance/io/atop.hpp — reader for the ATOP (Alliance Treaty Obligations and Provisions) member file.
//
// Layout: one row per member of an alliance per phase, with at least the columns
//   atopid, member, yrent, moent, dayent, yrexit, moexit, dayexit, phase
// in any order. `member` is a COW state code. `yrexit` 0 means the
// membership is still in force at the end of coverage; a month or day of 0
// (or an empty field) is not known. Of any further columns, the obligation
// flags defense, offense, neutral, nonagg and consul (0/1) are kept; the
// others are checked only for the field count.
//
// What becomes of it:
//  - organisation key "ATOP-<atopid>" (e.g. ATOP-1005), name "ATOP alliance
//    <atopid>"; the obligation flags present become attributes, as for COW
//    alliances: one value when all member rows agree, else "RUS=1;FRN=0".
//  - party: the COW abbreviation of `member` (found by code too).
//  - one member period per row, from the entry date to the exit date with
//    the precision given ("1815-11", "1815"), the exit day belonging to what
//    follows; yrexit 0 gives an open end. The note says the phase. Phases of
//    one membership that follow each other make one continuous membership.
//
// Rejected rows: wrong field count, a member code not in the COW state list,
// an atopid or phase that is not a positive number, a flag other than 0/1, an
// impossible date, an exit before the entry, the same (atopid, member, phase)
// twice.
#pragma once

#include <alliance/data/cow_states.hpp>
#include <alliance/error.hpp>
#include <alliance/io/cow_alliance.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/member_dates.hpp>
#include <alliance/io/report.hpp>
#include <alliance/registry.hpp>

#include <array>
#include <map>
#include <string>
#include <string_view>

namespace alliance::io::detail {

void read_atop_member(csv_reader& csv, registry& into, read_report& report, const read_options& options);

// --- implementation -----------------------------------------------------------

inline void read_atop_member(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    constexpr std::string_view format = "atop-member";
    const std::size_t id_at = required_column(csv, "atopid", format);
    const std::size_t member_at = required_column(csv, "member", format);
    const date_columns entry{required_column(csv, "yrent", format), required_column(csv, "moent", format),
                             required_column(csv, "dayent", format)};
    const date_columns exit{required_column(csv, "yrexit", format), required_column(csv, "moexit", format),
                            required_column(csv, "dayexit", format)};
    const std::size_t phase_at = required_column(csv, "phase", format);
    constexpr std::array<std::string_view, 5> flag_names{"defense", "offense", "neutral", "nonagg", "consul"};
    std::array<std::size_t, 5> flag_at{};
    for (std::size_t k = 0; k < flag_names.size(); ++k) flag_at[k] = csv.column(flag_names[k]);

    const std::size_t width = csv.header().size();
    member_flags flags;
    std::map<std::string, long> seen;  // "ATOP-1005 RUS 1" -> line
    std::string key;
    while (csv.next()) {
        ++report.rows;
        try {
            csv.expect_fields(width);
            const int id = read_positive(csv, id_at, "an ATOP alliance number");
            const data::cow::state* st = &read_cow_state(csv, member_at);
            const int phase = read_positive(csv, phase_at, "a phase number (1, 2, ...)");
            std::array<int, 5> flag_values{};
            for (std::size_t k = 0; k < flag_names.size(); ++k)
                if (flag_at[k] != csv_reader::npos) flag_values[k] = read_flag(csv, flag_at[k]) ? 1 : 0;
            const auto from = read_split_date(csv, entry, 0);
            const auto to = read_split_date(csv, exit, 0, 0);
            if (!from)
                throw error(errc::malformed_input, "alliance.date.invalid", "the entry has no year", csv.where(entry.year));

            key = "ATOP-" + std::to_string(id);
            period p;
            p.organisation = key;
            p.party = st->abbreviation;
            p.status = status::member;
            p.from = *from;
            p.to = to ? boundary{*to} : boundary::open();
            p.source = "ATOP member file";
            const std::string note = "phase " + std::to_string(phase);
            p.note = note;
            if (const char* problem = check(p))
                throw error(errc::invalid_period, "alliance.period.invalid",
                            std::string(problem) + " (" + to_string(p.from) + " to " + to_string(p.to) + ")",
                            csv.where(exit.year));
            const std::string identity = key + " " + std::string(st->abbreviation) + " " + note;
            if (const auto it = seen.find(identity); it != seen.end())
                throw error(errc::malformed_input, "alliance.row.duplicate",
                            "a second row for " + identity + " (the first is on line " + std::to_string(it->second) + ")",
                            csv.where());

            into.add_organisation(key, "ATOP alliance " + std::to_string(id));
            data::cow::add_state(into, *st);
            into.add(p, csv.where());
            seen.emplace(identity, csv.line());
            for (std::size_t k = 0; k < flag_names.size(); ++k)
                if (flag_at[k] != csv_reader::npos) flags.add(key, flag_names[k], st->abbreviation, flag_values[k] ? "1" : "0");
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
