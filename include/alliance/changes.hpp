// alliance/changes.hpp — what changed in an organisation between two days.
#pragma once

#include <alliance/period.hpp>
#include <alliance/queries.hpp>
#include <alliance/registry.hpp>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

enum class change_kind : std::uint8_t {
    joined, left, suspended, reinstated, froze, unfroze, withdrew, rejoined,
    became_observer, ceased_observer, became_associate, became_signatory, ended,
};
[[nodiscard]] constexpr std::string_view to_string(change_kind k) noexcept;  // "joined", "became observer", …
// The kind of change from one status to the next.
[[nodiscard]] constexpr change_kind classify(status before, status after) noexcept;

struct change {
    std::string_view party;
    boundary when;      // the boundary at which it happened, with its precision
    status before;
    status after;
    change_kind kind;
    // True when every day the boundary may fall on lies within the asked span;
    // false when only some do (a change "in 2012" asked about from June 2012).
    bool certainly_within;
};

// The changes of status whose day may fall after `from` and on or before
// `to`: exactly those that can make the status on `to` differ from the status
// on `from`. Ordered by earliest possible day, then party key.
template <class = void>
[[nodiscard]] std::vector<change> changes_between(const registry& r, std::string_view organisation,
                                                  date::sys_days from, date::sys_days to);

// --- implementation -----------------------------------------------------------

constexpr std::string_view to_string(change_kind k) noexcept {
    switch (k) {
        case change_kind::joined: return "joined";
        case change_kind::left: return "left";
        case change_kind::suspended: return "suspended";
        case change_kind::reinstated: return "reinstated";
        case change_kind::froze: return "froze";
        case change_kind::unfroze: return "unfroze";
        case change_kind::withdrew: return "withdrew";
        case change_kind::rejoined: return "rejoined";
        case change_kind::became_observer: return "became observer";
        case change_kind::ceased_observer: return "ceased observer";
        case change_kind::became_associate: return "became associate";
        case change_kind::became_signatory: return "signed";
        case change_kind::ended: return "ended";
    }
    return "ended";
}

constexpr change_kind classify(status before, status after) noexcept {
    switch (after) {
        case status::member:
            return before == status::suspended ? change_kind::reinstated
                   : before == status::frozen  ? change_kind::unfroze
                   : before == status::withdrawn ? change_kind::rejoined
                                                 : change_kind::joined;
        case status::suspended: return change_kind::suspended;
        case status::frozen: return change_kind::froze;
        case status::withdrawn: return change_kind::withdrew;
        case status::observer: return change_kind::became_observer;
        case status::associate: return change_kind::became_associate;
        case status::signatory: return change_kind::became_signatory;
        case status::none: break;
    }
    return before == status::member     ? change_kind::left
           : before == status::observer ? change_kind::ceased_observer
           : before == status::frozen   ? change_kind::unfroze
                                        : change_kind::ended;
}

namespace detail {
// Two boundaries that may be the same day: the end of one period and the
// start of the next are then one change, not two.
template <class = void>
bool may_coincide(const boundary& a, const boundary& b) {
    return !a.is_open() && !b.is_open() && a.earliest() <= b.latest() && b.earliest() <= a.latest();
}
// Periods of one layer follow each other; a participation does not end a standing.
template <class = void>
bool may_follow(const period& earlier, const period& later) {
    return layer_of(earlier.status) == layer_of(later.status) && may_coincide(earlier.to, later.from);
}
}  // namespace detail

template <class>
std::vector<change> changes_between(const registry& r, std::string_view organisation, date::sys_days from,
                                           date::sys_days to) {
    if (to < from)
        throw error(errc::invalid_period, "alliance.period.invalid",
                    "the span " + to_string(from) + " to " + to_string(to) + " ends before it starts");
    const auto o = r.organisation(organisation);
    std::vector<change> out;
    const auto consider = [&](std::string_view party, const boundary& when, status before, status after) {
        if (when.is_open() || when.latest() <= from || when.earliest() > to) return;
        out.push_back({party, when, before, after, classify(before, after), when.earliest() > from && when.latest() <= to});
    };
    for (const party_id p : r.parties_of(o)) {
        const auto& ps = r.find_timeline(o, p)->periods();
        for (std::size_t i = 0; i < ps.size(); ++i) {
            status before = status::none;
            for (std::size_t j = 0; j < ps.size(); ++j)
                if (j != i && detail::may_follow(ps[j], ps[i])) before = ps[j].status;
            if (before != ps[i].status) consider(r.key(p), ps[i].from, before, ps[i].status);
            bool followed = false;
            for (std::size_t j = 0; j < ps.size(); ++j)
                if (j != i && detail::may_follow(ps[i], ps[j])) followed = true;
            if (!followed) consider(r.key(p), ps[i].to, ps[i].status, status::none);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const change& a, const change& b) {
        if (a.when.earliest() != b.when.earliest()) return a.when.earliest() < b.when.earliest();
        return a.party < b.party;
    });
    return out;
}

}  // namespace alliance
