// alliance/detail/panel_years.hpp — a panel's years and reference days (see alliance/panel.hpp),
// free of the panel types so that every panel header may include it first.
#pragma once

#include <alliance/error.hpp>
#include <alliance/timeline.hpp>

#include <date/date.h>

#include <algorithm>
#include <string>
#include <utility>

namespace alliance {

namespace detail {

template <class = void>
date::sys_days checked_reference_day(int year, date::month_day day) {
    const date::year_month_day ymd{date::year{year}, day.month(), day.day()};
    if (year < 1 || year > 9999 || !ymd.ok())
        throw error(errc::invalid_date, "alliance.panel.reference_day",
                    "the panel's reference day " + std::to_string(static_cast<unsigned>(day.month())) + "-" +
                        std::to_string(static_cast<unsigned>(day.day())) + " does not exist in year " +
                        std::to_string(year));
    return date::sys_days{ymd};
}


// The stated years of a timeline's boundaries widen [lo, hi].
template <class = void>
void widen_years(const timeline& t, int& lo, int& hi) {
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
// (Options is panel_options: a template, so that this header needs not
// alliance/panel.hpp, which includes it.)
template <class Options>
std::pair<int, int> panel_years(int data_lo, int data_hi, const Options& options) {
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

template <class Timelines, class Options>
std::pair<int, int> panel_years(const Timelines& timelines, const Options& options) {
    int lo = 10000, hi = 0;
    if (!options.first_year || !options.last_year)
        for (const timeline* t : timelines) widen_years(*t, lo, hi);
    return panel_years(lo, hi, options);
}
}  // namespace detail


}  // namespace alliance
