// alliance/days.hpp — the day axis that Boost.ICL containers are built on.
//
// ICL needs a domain it knows to be discrete. `date::sys_days` is not one in
// C++17 (time_point has no ++ before C++20), so the interval type would
// silently change between standards. A day count, `date::days` since
// 1970-01-01, is discrete in both; the public API speaks `date::sys_days` and
// converts at the edge.
#pragma once

#include <alliance/detail/period_rules.hpp>

#include <boost/icl/discrete_interval.hpp>
#include <boost/icl/interval_set.hpp>
#include <date/date.h>

#include <string>

namespace alliance {

using day_count = date::days;  // days since 1970-01-01
static_assert(boost::icl::is_discrete<day_count>::value, "the ICL domain must be discrete in C++17 and C++20");

using day_interval = boost::icl::discrete_interval<day_count>;  // right-open: [lower, upper)
using day_set = boost::icl::interval_set<day_count>;
static_assert(boost::icl::is_discrete_interval<day_interval>::value, "day intervals are discrete");

[[nodiscard]] constexpr day_count to_day_count(date::sys_days d) noexcept { return d.time_since_epoch(); }
[[nodiscard]] constexpr date::sys_days to_sys_days(day_count c) noexcept { return date::sys_days{c}; }

// beginning_of_time and end_of_time, the edges of the axis, are defined with
// the period rules (detail/period_rules.hpp).

// The days [first, last], both included. Throws errc::invalid_period when last < first.
template <class = void>
[[nodiscard]] day_interval days_from_to(date::sys_days first, date::sys_days last);
// First and last day of a non-empty interval, whatever its bound type.
[[nodiscard]] inline date::sys_days first_day(const day_interval& i) { return to_sys_days(boost::icl::first(i)); }
[[nodiscard]] inline date::sys_days last_day(const day_interval& i) { return to_sys_days(boost::icl::last(i)); }

// Every day the axis holds, [beginning_of_time, end_of_time): the universe
// that complements are taken in.
[[nodiscard]] inline day_interval all_days() {
    return day_interval::right_open(to_day_count(beginning_of_time), to_day_count(end_of_time));
}
// The days of the axis that are not in `s`: s and its complement are disjoint
// and together cover all_days().
template <class = void>
[[nodiscard]] day_set complement(const day_set& s);

// "2002-10-07/2012-06-27", inclusive days; an interval running to the end of
// time prints as "2002-10-07/..".
template <class = void>
[[nodiscard]] std::string to_string(const day_interval& i);
// The intervals of a set, joined by ", "; "(none)" for the empty set.
template <class = void>
[[nodiscard]] std::string to_string(const day_set& s);

// --- implementation -----------------------------------------------------------

}  // namespace alliance

#include <alliance/error.hpp>
#include <alliance/partial_date.hpp>

namespace alliance {
template <class>
day_interval days_from_to(date::sys_days first, date::sys_days last) {
    if (last < first)
        throw error(errc::invalid_period, "alliance.period.invalid",
                    "the span " + to_string(first) + " to " + to_string(last) + " ends before it starts");
    return day_interval::right_open(to_day_count(first), to_day_count(last) + date::days{1});
}

template <class>
day_set complement(const day_set& s) {
    day_set out;
    out.add(all_days());
    out -= s;
    return out;
}

template <class>
std::string to_string(const day_interval& i) {
    const auto last = last_day(i);
    return to_string(first_day(i)) + "/" + (last + date::days{1} >= end_of_time ? std::string("..") : to_string(last));
}

template <class>
std::string to_string(const day_set& s) {
    if (s.empty()) return "(none)";
    std::string out;
    for (const auto& i : s) {
        if (!out.empty()) out += ", ";
        out += to_string(i);
    }
    return out;
}
}  // namespace alliance
