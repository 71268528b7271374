// alliance/io/member_dates.hpp — dates split over year, month and day columns, as alliance files write them.
//
// COW Formal Alliances and ATOP give each date as three integer columns and
// mark an unknown day or month as -9 (COW), 0 (ATOP) or an empty field. The
// date then keeps the precision that is known: "1879-06" when the day is
// missing, "1879" when the month is. A day without a month, a month 13 or a
// 30 February is an error naming the field.
//
// Some files give a membership's end as its last day (COW: "Membership end
// days are the last day of membership"); the library's periods are
// half-open, so end_after_last_day() turns that last day into the first day
// not covered, keeping what a month or year precision leaves open.
#pragma once

#include <alliance/data/cow_states.hpp>
#include <alliance/error.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/partial_date.hpp>
#include <alliance/registry.hpp>
#include <alliance/period.hpp>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace alliance::io::detail {

// An integer field, whole: digits with an optional '-', no spaces, no decimals.
[[nodiscard]] inline bool parse_int(std::string_view s, int& out) noexcept {
    if (s.empty()) return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc{} && r.ptr == s.data() + s.size();
}

// A whole number of at least `least` (an alliance's number: 1; ATOP's phase,
// where 0 has a meaning of its own: 0), or an error naming the field:
// "'x' is not <what>".
[[nodiscard]] inline int read_number(const csv_reader& csv, std::size_t column, int least, std::string_view what) {
    int n = 0;
    if (!parse_int(csv[column], n) || n < least)
        throw error(errc::malformed_input, "alliance.code.invalid",
                    "'" + std::string(csv[column]) + "' is not " + std::string(what), csv.where(column));
    return n;
}

// A whole number of at least 1 (an alliance's number, a phase).
[[nodiscard]] inline int read_positive(const csv_reader& csv, std::size_t column, std::string_view what) {
    return read_number(csv, column, 1, what);
}

// A state by its COW code, which must be in the state list, or an error naming the field.
[[nodiscard]] inline const data::cow::state& read_cow_state(const csv_reader& csv, std::size_t column) {
    int code = 0;
    const data::cow::state* st = nullptr;
    if (!parse_int(csv[column], code) || (st = data::cow::find_state(code)) == nullptr)
        throw error(errc::malformed_input, "alliance.cow.state",
                    "'" + std::string(csv[column]) + "' is not a code in the COW state list", csv.where(column));
    return *st;
}

// The three columns of one date, by index in the record.
struct date_columns {
    std::size_t year, month, day;
};

// The date, or nullopt when the year is `absent` (empty, or equal to
// `absent_year` when given: ATOP's yrexit 0). `unknown` is the code for an
// unknown day or month besides the empty field.
[[nodiscard]] inline std::optional<partial_date> read_split_date(const csv_reader& csv, date_columns at, int unknown,
                                                                 std::optional<int> absent_year = std::nullopt) {
    const auto number = [&](std::size_t column, int& out) {
        const std::string_view s = csv[column];
        if (!parse_int(s, out))
            throw error(errc::malformed_input, "alliance.date.field",
                        "'" + std::string(s) + "' is not a whole number", csv.where(column));
    };
    const std::string_view ytext = csv[at.year];
    if (ytext.empty()) {
        if (!csv[at.month].empty() || !csv[at.day].empty())
            throw error(errc::malformed_input, "alliance.date.invalid", "a month or day is given without a year",
                        csv.where(at.year));
        return std::nullopt;
    }
    int y = 0;
    number(at.year, y);
    if (absent_year && y == *absent_year) return std::nullopt;
    if (y < 1 || y > 9999)
        throw error(errc::malformed_input, "alliance.date.invalid",
                    "year " + std::to_string(y) + " is out of range (1-9999)", csv.where(at.year));
    int m = unknown;
    int d = unknown;
    if (!csv[at.month].empty()) number(at.month, m);
    if (!csv[at.day].empty()) number(at.day, d);
    const bool month_known = m != unknown;
    const bool day_known = d != unknown;
    if (month_known && (m < 1 || m > 12))
        throw error(errc::malformed_input, "alliance.date.invalid",
                    "month " + std::to_string(m) + " is not 1-12 (unknown: " + std::to_string(unknown) + " or empty)",
                    csv.where(at.month));
    if (!month_known) {
        if (day_known)
            throw error(errc::malformed_input, "alliance.date.invalid", "a day is given without a month",
                        csv.where(at.day));
        return partial_date{date::year{y}};
    }
    const date::year_month ym{date::year{y}, date::month{static_cast<unsigned>(m)}};
    if (!day_known) return partial_date{ym};
    const date::year_month_day ymd{ym.year(), ym.month(), date::day{static_cast<unsigned>(d < 0 ? 0 : d)}};
    if (d < 1 || d > 31 || !ymd.ok())
        throw error(errc::malformed_input, "alliance.date.invalid",
                    "no day " + std::to_string(d) + " in " + to_string(partial_date{ym}), csv.where(at.day));
    return partial_date{ymd};
}

// Years a file observes, widened row by row: [first, second], empty while first > second.
struct observed_years {
    int first = 10000;
    int second = 0;
    void add(int year) noexcept {
        first = std::min(first, year);
        second = std::max(second, year);
    }
    void add(const partial_date& d) noexcept { add(static_cast<int>(d.year())); }
};

// Sets an organisation's coverage to the years a file observes, 1 January of
// the first to 31 December of the last, or widens what an earlier file of the
// same source set (an ATOP member file and its alliance file) to both.
template <class = void>
void observe(registry& into, organisation_id o, const observed_years& years) {
    if (years.first > years.second) return;
    date::sys_days first{date::year{years.first} / 1 / 1};
    date::sys_days last{date::year{years.second} / 12 / 31};
    if (const auto before = into.coverage(o)) {
        first = std::min(first, before->first);
        last = std::max(last, before->last);
    }
    into.set_coverage(o, first, last);
}

// The index of a required column, or a header error naming it.
[[nodiscard]] inline std::size_t required_column(const csv_reader& csv, std::string_view name, std::string_view format) {
    const std::size_t i = csv.column(name);
    if (i == csv_reader::npos)
        throw error(errc::malformed_input, "alliance.csv.header",
                    "missing column '" + std::string(name) + "' (required in the " + std::string(format) + " format)",
                    location{csv.file(), csv.line(), {}});
    return i;
}

// The three columns of a date, each required, named year, month, day.
[[nodiscard]] inline date_columns required_date_columns(const csv_reader& csv, std::string_view year, std::string_view month,
                                                        std::string_view day, std::string_view format) {
    return {required_column(csv, year, format), required_column(csv, month, format), required_column(csv, day, format)};
}

// A 0/1 flag field.
[[nodiscard]] inline bool read_flag(const csv_reader& csv, std::size_t column) {
    const std::string_view s = csv[column];
    if (s == "0") return false;
    if (s == "1") return true;
    throw error(errc::malformed_input, "alliance.code.invalid", "'" + std::string(s) + "' is not a 0/1 flag",
                csv.where(column));
}

// A 0/1 flag field that may be empty: nullopt when the file does not give it.
[[nodiscard]] inline std::optional<bool> read_flag_or_blank(const csv_reader& csv, std::size_t column) {
    const std::string_view s = csv[column];
    if (s.empty()) return std::nullopt;
    if (s == "0") return false;
    if (s == "1") return true;
    throw error(errc::malformed_input, "alliance.code.invalid",
                "'" + std::string(s) + "' is not a 0/1 flag (or empty: not given)", csv.where(column));
}

// The half-open end of a membership whose last day is `last`: the first day
// no longer covered.
//  - A day D: D + 1, exact ("1990-10-02" -> "1990-10-03").
//  - A month M of year Y (the last day is somewhere in M): the end is one of
//    the 2nd of M .. the 1st of M + 1. A boundary narrows a stated date, so
//    that range is held as the year narrowed to it: "1890-06" ->
//    "1890[1890-06-02..1890-07-01]", exact.
//  - December of Y, or only a year Y: the end is one of the 2nd of December
//    (of January) of Y .. 1 January of Y + 1, which no stated date holds
//    whole (a boundary stays inside its stated date). It is held as
//    "Y-12[Y-12-02..]" (or "Y[Y-01-02..]"): the earliest end is exact, so
//    the days certainly covered are right; the latest end is 31 December,
//    one day short, so 31 December of Y — possibly the last day — reads as
//    not covered. That is the nearest boundary that keeps every day it calls
//    certain certain; ending at 1 January of Y + 1 instead would call a whole
//    month or year certain that the file leaves open.
//    last_day_note() says so in the period's note.
[[nodiscard]] inline boundary end_after_last_day(partial_date last) {
    const date::sys_days first_end = last.earliest() + date::days{1};
    const date::sys_days last_end = last.latest() + date::days{1};
    if (last.precision() == precision::day) return boundary{partial_date{date::year_month_day{first_end}}};
    if (date::year_month_day{last_end}.year() == last.year())
        return boundary{partial_date{last.year()}}.narrowed(first_end, last_end);
    return boundary{last}.narrowed(first_end, last.latest());
}

// For the period's note: what end_after_last_day() made of a last day known
// to the month or year only (empty for a day, which converts exactly).
[[nodiscard]] inline std::string last_day_note(partial_date last) {
    if (last.precision() == precision::day) return {};
    std::string out = "last day of membership in " + to_string(last) + ": the end falls on one of " +
                      to_string(last.earliest() + date::days{1}) + ".." + to_string(last.latest() + date::days{1});
    if (last.precision() == precision::year || last.month() == date::December)
        out += " (held as .." + to_string(last.latest()) + ")";
    return out;
}

}  // namespace alliance::io::detail
