// alliance/timeline.hpp — the statuses of one party in one organisation over time.
//
// A timeline keeps two layers (status.hpp): the formal standing and the de
// facto participation, each in two Boost.ICL maps over days:
//  - certain:  the days on which a status certainly holds (between the latest
//              possible start and the earliest possible end of its period);
//  - possible: for each day, the set of statuses that may hold (between the
//              earliest possible start and the latest possible end);
// and a set of days that some status certainly holds on without the layer
// knowing which (two periods joined at one stated boundary, "member to 2012"
// then "withdrawn from 2012": in 2012 it is one or the other, never none).
// A day in `certain` has a known status. A day only in `possible` is unknown,
// and its reading names the statuses it may be. A day in neither has none.
// The rules themselves are detail/period_rules.hpp's.
//
// ICL policies, chosen on purpose:
//  - `certain` absorbs the identity (status::none never enters it) and joins
//    neighbouring intervals with the same status (two back-to-back member
//    periods read as one membership). Two different statuses of one layer on
//    one day are rejected before they are added, so its combiner
//    (inplace_max) only ever combines equal values.
//  - `possible` holds a bit set of statuses, combined with bitwise or.
#pragma once

#include <alliance/days.hpp>
#include <alliance/detail/period_rules.hpp>
#include <alliance/error.hpp>
#include <alliance/period.hpp>
#include <alliance/status.hpp>

#include <boost/icl/interval_map.hpp>

#include <algorithm>
#include <array>
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

    // Adds a period to the layer of its status. Throws alliance::error when
    // it is ill-formed (invalid_period, invalid_date) or when, on some day, it
    // certainly holds while another period of the same layer and a different
    // status certainly holds (contradiction). The timeline keeps a copy of the
    // period; its string views must outlive the timeline (a registry owns them
    // for you).
    template <class = void>
    void add(const period& p, const location& where = {});
    // Marks days on which the sources give no standing at all (a dataset's
    // "missing" code): every standing, `none` included, may hold there, so the
    // days read unknown unless a period makes them certain. Kept apart from
    // the periods so that it can be written out again (unknown()).
    template <class = void>
    void add_unknown(const day_interval& days);
    [[nodiscard]] const day_set& unknown() const noexcept { return unknown_; }

    // The standing on a day, and the participation (frozen, none or unknown).
    template <class = void>
    [[nodiscard]] status_reading status_on(date::sys_days d) const;
    template <class = void>
    [[nodiscard]] status_reading participation_on(date::sys_days d) const;
    // Days on which the status certainly holds / may hold (in its layer).
    template <class = void>
    [[nodiscard]] day_set certainly(status s) const;
    template <class = void>
    [[nodiscard]] day_set possibly(status s) const;

    [[nodiscard]] const certain_map& certain(layer l = layer::standing) const noexcept { return layer_at(l).certain; }
    [[nodiscard]] const possible_map& possible(layer l = layer::standing) const noexcept { return layer_at(l).possible; }
    // Appends to `out` every day on which some reading of either layer may
    // change (unsorted, with repeats): between two of them, status_on() and
    // participation_on() are constant.
    template <class = void>
    void change_days(std::vector<std::int32_t>& out) const;
    // The periods, ordered by their earliest possible start (periods with the
    // same earliest start in the order they were added). A copy: the timeline
    // keeps them in the order added, so that adding is not quadratic.
    template <class = void>
    [[nodiscard]] std::vector<period> periods() const;
    [[nodiscard]] std::size_t period_count() const noexcept { return periods_.size(); }
    [[nodiscard]] bool empty() const noexcept { return periods_.empty() && unknown_.empty(); }

private:
    // A stated boundary, for finding back-to-back periods in O(log n):
    // (stated first day, stated precision, earliest, latest) — equal keys,
    // equal boundaries.
    using joint_key = std::tuple<std::int32_t, std::uint8_t, std::int32_t, std::int32_t>;
    template <class = void>
    static joint_key key_of(const boundary& b) noexcept;

    struct layer_maps {
        certain_map certain;
        possible_map possible;
        day_set covered;  // joint windows of periods of different statuses
        // Periods by their stated end, and by their stated start (indexes into periods_).
        std::multimap<joint_key, std::size_t> by_end;
        std::multimap<joint_key, std::size_t> by_start;
    };
    [[nodiscard]] const layer_maps& layer_at(layer l) const noexcept { return layers_[static_cast<std::size_t>(l)]; }
    template <class = void>
    [[nodiscard]] status_reading reading_in(const layer_maps& m, date::sys_days d) const;

    std::array<layer_maps, 2> layers_;
    std::vector<period> periods_;  // in the order added
    day_set unknown_;
};

// The days a period certainly covers, and the days it may cover (empty sets
// where there are none).
template <class = void>
[[nodiscard]] day_set certain_days(const period& p);
template <class = void>
[[nodiscard]] day_set possible_days(const period& p);


// --- implementation -----------------------------------------------------------

namespace detail {
template <class = void>
day_set to_day_set(const day_span& span) {
    day_set s;
    if (!span.empty()) s.add(day_interval::right_open(to_day_count(span.lo), to_day_count(span.hi)));
    return s;
}

template <class = void>
std::string describe(const period& p) {
    return std::string(p.organisation) + " " + std::string(p.party) + " " + std::string(to_string(p.status)) + " " +
           to_string(p.from) + "/" + to_string(p.to);
}
}  // namespace detail

template <class>
day_set certain_days(const period& p) { return detail::to_day_set(detail::certain_span(p)); }

template <class>
day_set possible_days(const period& p) { return detail::to_day_set(detail::possible_span(p)); }

template <class>
void timeline::add(const period& p, const location& where) {
    validate(p, where);
    layer_maps& m = layers_[static_cast<std::size_t>(layer_of(p.status))];

    // Periods of the layer joined to p at one stated boundary: of p's status
    // their joint window is certain for that status; of another status, it is
    // covered by one of the two.
    day_set certain = certain_days(p);
    day_set covered;
    const auto join = [&](const period& q, const period& r) {
        const day_set window = detail::to_day_set(detail::joint_window(q, r));
        (q.status == r.status ? certain : covered) += window;
    };
    if (!p.from.is_open()) {  // an earlier period q ends where p starts
        const auto [lo, hi] = m.by_end.equal_range(key_of(p.from));
        for (auto it = lo; it != hi; ++it)
            if (detail::ends_where_starts(periods_[it->second], p)) join(periods_[it->second], p);
    }
    if (!p.to.is_open()) {  // a later period q starts where p ends
        const auto [lo, hi] = m.by_start.equal_range(key_of(p.to));
        for (auto it = lo; it != hi; ++it)
            if (detail::ends_where_starts(p, periods_[it->second])) join(p, periods_[it->second]);
    }

    for (const auto& span : certain) {
        for (auto it = m.certain.find(span); it != m.certain.end() && boost::icl::intersects(it->first, span); ++it) {
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

    for (const auto& span : certain) m.certain.add({span, p.status});
    for (const auto& span : possible_days(p)) m.possible.add({span, bit(p.status)});
    m.covered += covered;

    const std::size_t at = periods_.size();
    periods_.push_back(p);
    if (!p.to.is_open()) m.by_end.emplace(key_of(p.to), at);
    if (!p.from.is_open()) m.by_start.emplace(key_of(p.from), at);
}

template <class>
timeline::joint_key timeline::key_of(const boundary& b) noexcept {
    const auto count = [](date::sys_days d) { return static_cast<std::int32_t>(d.time_since_epoch().count()); };
    return {count(b.stated().earliest()), static_cast<std::uint8_t>(b.stated().precision()), count(b.earliest()),
            count(b.latest())};
}

template <class>
std::vector<period> timeline::periods() const {
    std::vector<period> out = periods_;
    std::stable_sort(out.begin(), out.end(), [](const period& a, const period& b) {
        return detail::start_earliest(a.from) < detail::start_earliest(b.from);
    });
    return out;
}

template <class>
void timeline::add_unknown(const day_interval& days) {
    if (boost::icl::is_empty(days)) return;
    unknown_.add(days);
    layers_[0].possible.add({days, statuses_of(layer::standing)});
}

template <class>
status_reading timeline::reading_in(const layer_maps& m, date::sys_days d) const {
    const auto c = to_day_count(d);
    const auto it = m.certain.find(c);
    if (it != m.certain.end()) return it->second;
    return detail::reading_of(status_count, m.possible(c), boost::icl::contains(m.covered, c));
}

template <class>
status_reading timeline::status_on(date::sys_days d) const { return reading_in(layers_[0], d); }
template <class>
status_reading timeline::participation_on(date::sys_days d) const { return reading_in(layers_[1], d); }

template <class>
void timeline::change_days(std::vector<std::int32_t>& out) const {
    const auto both_ends = [&](const day_interval& i) {
        out.push_back(boost::icl::first(i).count());
        out.push_back(boost::icl::last_next(i).count());
    };
    for (const layer_maps& m : layers_) {
        for (const auto& seg : m.certain) both_ends(seg.first);
        for (const auto& seg : m.possible) both_ends(seg.first);
        for (const auto& i : m.covered) both_ends(i);
    }
}

template <class>
day_set timeline::certainly(status s) const {
    day_set out;
    for (const auto& seg : layer_at(layer_of(s)).certain)
        if (seg.second == s) out.add(seg.first);
    return out;
}

template <class>
day_set timeline::possibly(status s) const {
    day_set out;
    for (const auto& seg : layer_at(layer_of(s)).possible)
        if ((seg.second & bit(s)) != 0u) out.add(seg.first);
    return out;
}

}  // namespace alliance
