// alliance/timeline.hpp — the statuses of one party in one organisation over time.
//
// A timeline keeps two Boost.ICL maps over days:
//  - certain:  the days on which a status certainly holds (between the latest
//              possible start and the earliest possible end of its period);
//  - possible: for each day, the set of statuses that may hold (between the
//              earliest possible start and the latest possible end).
// A day in `certain` has a known status. A day only in `possible` is unknown.
// A day in neither has no status.
//
// ICL policies, chosen on purpose:
//  - `certain` absorbs the identity (status::none never enters it) and joins
//    neighbouring intervals with the same status (two back-to-back member
//    periods read as one membership). Two different statuses on one day are
//    rejected before they are added, so its combiner (inplace_max) only ever
//    combines equal values.
//  - `possible` holds a bit mask of statuses, combined with bitwise or.
#pragma once

#include <alliance/days.hpp>
#include <alliance/error.hpp>
#include <alliance/period.hpp>
#include <alliance/status.hpp>

#include <boost/icl/interval_map.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

class timeline {
public:
    using certain_map = boost::icl::interval_map<day_count, status, boost::icl::partial_absorber, std::less,
                                                 boost::icl::inplace_max>;
    using possible_map = boost::icl::interval_map<day_count, unsigned, boost::icl::partial_absorber, std::less,
                                                  boost::icl::inplace_bit_add>;

    // Adds a period. Throws alliance::error when it is ill-formed
    // (invalid_period, invalid_date) or when, on some day, it certainly holds
    // while another period of a different status certainly holds
    // (contradiction). The timeline keeps a copy of the period; its string
    // views must outlive the timeline (a registry owns them for you).
    void add(const period& p, const location& where = {});
    // Marks days on which the sources give no status at all (a dataset's
    // "missing" code): every status, `none` included, may hold there, so the
    // days read unknown unless a period makes them certain. Kept apart from
    // the periods so that it can be written out again (unknown()).
    void add_unknown(const day_interval& days);
    [[nodiscard]] const day_set& unknown() const noexcept { return unknown_; }

    [[nodiscard]] status_reading status_on(date::sys_days d) const;
    // Days on which the status certainly holds / may hold.
    [[nodiscard]] day_set certainly(status s) const;
    [[nodiscard]] day_set possibly(status s) const;

    [[nodiscard]] const certain_map& certain() const noexcept { return certain_; }
    [[nodiscard]] const possible_map& possible() const noexcept { return possible_; }
    // The periods, ordered by their earliest possible start (periods with the
    // same earliest start in the order they were added). A copy: the timeline
    // keeps them in the order added, so that adding is not quadratic.
    [[nodiscard]] std::vector<period> periods() const;
    [[nodiscard]] std::size_t period_count() const noexcept { return periods_.size(); }
    [[nodiscard]] bool empty() const noexcept { return periods_.empty() && unknown_.empty(); }

private:
    // A stated boundary with its status, for finding back-to-back periods of
    // one status in O(log n): (status, stated first day, stated precision,
    // earliest, latest) — equal keys, equal boundaries.
    using joint_key = std::tuple<std::uint8_t, std::int32_t, std::uint8_t, std::int32_t, std::int32_t>;
    static joint_key key_of(status s, const boundary& b) noexcept;

    certain_map certain_;
    possible_map possible_;
    std::vector<period> periods_;  // in the order added
    // Periods by their stated end: the latest possible start of each (for
    // one ending where another begins); and by their stated start: the
    // earliest possible end of each (for one beginning where another ends).
    std::multimap<joint_key, date::sys_days> by_end_;
    std::multimap<joint_key, date::sys_days> by_start_;
    day_set unknown_;
};

// The days a period certainly covers, and the days it may cover (empty sets
// where there are none).
[[nodiscard]] day_set certain_days(const period& p);
[[nodiscard]] day_set possible_days(const period& p);

[[nodiscard]] constexpr unsigned bit(status s) noexcept { return 1u << static_cast<unsigned>(s); }

// --- implementation -----------------------------------------------------------

namespace detail {
inline date::sys_days start_latest(const boundary& b) { return b.is_open() ? beginning_of_time : b.latest(); }
inline date::sys_days start_earliest(const boundary& b) { return b.is_open() ? beginning_of_time : b.earliest(); }
inline date::sys_days end_earliest(const boundary& b) { return b.is_open() ? end_of_time : b.earliest(); }
inline date::sys_days end_latest(const boundary& b) { return b.is_open() ? end_of_time : b.latest(); }

inline day_set right_open(date::sys_days lo, date::sys_days hi) {
    day_set s;
    if (lo < hi) s.add(day_interval::right_open(to_day_count(lo), to_day_count(hi)));
    return s;
}

inline std::string describe(const period& p) {
    return std::string(p.organisation) + " " + std::string(p.party) + " " + std::string(to_string(p.status)) + " " +
           to_string(p.from) + "/" + to_string(p.to);
}
}  // namespace detail

inline day_set certain_days(const period& p) {
    return detail::right_open(detail::start_latest(p.from), detail::end_earliest(p.to));
}

inline day_set possible_days(const period& p) {
    return detail::right_open(detail::start_earliest(p.from), detail::end_latest(p.to));
}

inline void timeline::add(const period& p, const location& where) {
    validate(p, where);

    day_set certain = certain_days(p);
    // Back-to-back periods of the same status joined at the very same stated
    // boundary: whichever day that boundary falls on, the status holds, so
    // the boundary's window is certain too.
    if (!p.from.is_open()) {  // an earlier period q ends where p starts
        const auto [lo, hi] = by_end_.equal_range(key_of(p.status, p.from));
        for (auto it = lo; it != hi; ++it)
            certain += detail::right_open(std::max(p.from.earliest(), it->second),
                                          std::min(p.from.latest(), detail::end_earliest(p.to)));
    }
    if (!p.to.is_open()) {  // a later period q starts where p ends
        const auto [lo, hi] = by_start_.equal_range(key_of(p.status, p.to));
        for (auto it = lo; it != hi; ++it)
            certain += detail::right_open(std::max(p.to.earliest(), detail::start_latest(p.from)),
                                          std::min(p.to.latest(), it->second));
    }

    for (const auto& span : certain) {
        for (auto it = certain_.find(span); it != certain_.end() && boost::icl::intersects(it->first, span); ++it) {
            if (it->second == p.status) continue;
            const auto clash = it->first & span;
            std::string other = "a " + std::string(to_string(it->second)) + " period";
            for (const period& q : periods_)
                if (q.status == it->second && boost::icl::intersects(certain_days(q), clash)) {
                    other = detail::describe(q);
                    break;
                }
            throw error(errc::contradiction, "alliance.period.contradiction",
                        detail::describe(p) + " contradicts " + other + ": both certainly hold on " +
                            to_string(first_day(clash)),
                        where);
        }
    }

    for (const auto& span : certain) certain_.add({span, p.status});
    for (const auto& span : possible_days(p)) possible_.add({span, bit(p.status)});

    periods_.push_back(p);
    if (!p.to.is_open()) by_end_.emplace(key_of(p.status, p.to), detail::start_latest(p.from));
    if (!p.from.is_open()) by_start_.emplace(key_of(p.status, p.from), detail::end_earliest(p.to));
}

inline timeline::joint_key timeline::key_of(status s, const boundary& b) noexcept {
    const auto count = [](date::sys_days d) { return static_cast<std::int32_t>(d.time_since_epoch().count()); };
    return {static_cast<std::uint8_t>(s), count(b.stated().earliest()), static_cast<std::uint8_t>(b.stated().precision()),
            count(b.earliest()), count(b.latest())};
}

inline std::vector<period> timeline::periods() const {
    std::vector<period> out = periods_;
    std::stable_sort(out.begin(), out.end(), [](const period& a, const period& b) {
        return detail::start_earliest(a.from) < detail::start_earliest(b.from);
    });
    return out;
}

inline void timeline::add_unknown(const day_interval& days) {
    if (boost::icl::is_empty(days)) return;
    unknown_.add(days);
    unsigned every = 0;
    for (std::size_t i = 0; i < status_count; ++i) every |= bit(static_cast<status>(i));
    possible_.add({days, every});
}

inline status_reading timeline::status_on(date::sys_days d) const {
    const auto c = to_day_count(d);
    const auto it = certain_.find(c);
    if (it != certain_.end()) return it->second;
    if (possible_(c) != 0u) return status_reading::unknown();
    return status::none;
}

inline day_set timeline::certainly(status s) const {
    day_set out;
    for (const auto& seg : certain_)
        if (seg.second == s) out.add(seg.first);
    return out;
}

inline day_set timeline::possibly(status s) const {
    day_set out;
    for (const auto& seg : possible_)
        if ((seg.second & bit(s)) != 0u) out.add(seg.first);
    return out;
}

}  // namespace alliance
