// alliance/detail/period_rules.hpp — what a period says about days: the rules, once.
//
// The timeline (Boost.ICL), the constexpr table and the compiled index each
// answer from these functions, so that the three engines cannot drift apart:
//  - a period certainly holds on [latest start, earliest end) and may hold
//    on [earliest start, latest end); an open start is the beginning of
//    time, an open end the end of time;
//  - two periods of one layer joined at the very same stated boundary (q
//    ends where p starts: "member to 2012", "withdrawn from 2012") leave no
//    day between them, whichever day that boundary falls on: the boundary's
//    window is covered. Of one status, the status certainly holds there;
//  - two periods of one layer with different statuses may not both hold for
//    certain on one day (a contradiction); the layers never contradict each
//    other (a member whose participation is frozen).
// Constexpr and free of Boost.ICL, so that a table is checked at compile time.
#pragma once

#include <alliance/period.hpp>
#include <alliance/status.hpp>

#include <date/date.h>

namespace alliance {

// Open ends map to the edges of the day axis: an open start to 0001-01-01, an
// ongoing end to 10000-01-01 (exclusive), one day past the last valid date.
inline constexpr date::sys_days beginning_of_time = date::sys_days{date::year{1} / 1 / 1};
inline constexpr date::sys_days end_of_time = date::sys_days{date::year{10000} / 1 / 1};

namespace detail {

// Days [lo, hi), hi exclusive; empty when hi <= lo.
struct day_span {
    date::sys_days lo;
    date::sys_days hi;
    [[nodiscard]] constexpr bool empty() const noexcept { return !(lo < hi); }
    [[nodiscard]] constexpr bool holds(date::sys_days d) const noexcept { return lo <= d && d < hi; }
};

constexpr date::sys_days later(date::sys_days a, date::sys_days b) noexcept { return a < b ? b : a; }
constexpr date::sys_days earlier(date::sys_days a, date::sys_days b) noexcept { return a < b ? a : b; }

constexpr date::sys_days start_latest(const boundary& b) noexcept { return b.is_open() ? beginning_of_time : b.latest(); }
constexpr date::sys_days start_earliest(const boundary& b) noexcept { return b.is_open() ? beginning_of_time : b.earliest(); }
constexpr date::sys_days end_earliest(const boundary& b) noexcept { return b.is_open() ? end_of_time : b.earliest(); }
constexpr date::sys_days end_latest(const boundary& b) noexcept { return b.is_open() ? end_of_time : b.latest(); }

constexpr day_span certain_span(const period& p) noexcept { return {start_latest(p.from), end_earliest(p.to)}; }
constexpr day_span possible_span(const period& p) noexcept { return {start_earliest(p.from), end_latest(p.to)}; }

// Does q end where p starts, at the very same stated boundary, in one layer?
constexpr bool ends_where_starts(const period& q, const period& p) noexcept {
    return !q.to.is_open() && q.to == p.from && layer_of(q.status) == layer_of(p.status);
}

// The days between q and p that are covered whichever day their shared
// boundary falls on: the part of the boundary's window after q certainly
// started and before p certainly ended. Precondition: ends_where_starts(q, p).
constexpr day_span joint_window(const period& q, const period& p) noexcept {
    return {later(q.to.earliest(), start_latest(q.from)), earlier(q.to.latest(), end_earliest(p.to))};
}

// Two periods that may not both certainly hold on one day.
constexpr bool exclusive(const period& a, const period& b) noexcept {
    return a.status != b.status && layer_of(a.status) == layer_of(b.status);
}

// A layer's reading of a day from what holds there: the status that
// certainly holds (status_count: none does), the statuses that may
// (`possible`, a set of bit(s)), and whether some period or joint window
// covers the day for certain.
constexpr status_reading reading_of(unsigned certain, unsigned possible, bool covered) noexcept {
    if (certain < status_count) return static_cast<status>(certain);
    if (possible == 0u) return status::none;
    return status_reading::unknown(covered ? possible : possible | bit(status::none));
}

}  // namespace detail
}  // namespace alliance
