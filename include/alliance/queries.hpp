// alliance/queries.hpp — point-in-time and overlap questions over a registry.
//
// Every question names organisations and parties by key (case-insensitive;
// a party also by name). An unknown key throws alliance::error
// (unknown_organisation / unknown_party). Lists of parties are sorted by key
// and hold only parties whose status is certain: a party whose status on the
// day is unknown is not listed as a member — ask status_of() or undecided_on()
// for it.
//
// Coverage: on a day outside an organisation's coverage window
// (registry::coverage) every party's status is unknown, so no party is listed
// as a member and every party with a timeline there is undecided; overlaps
// and days_with() hold only covered days.
#pragma once

#include <alliance/days.hpp>
#include <alliance/registry.hpp>
#include <alliance/status.hpp>

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

// Point in time. status_of answers the standing (member, suspended, …),
// participation_of the de facto participation that qualifies it (frozen, or
// none when nothing is said of it): Armenia in the CSTO on 2024-05-12 is a
// member, and its participation is frozen.
template <class = void>
[[nodiscard]] status_reading status_of(const registry& r, std::string_view organisation, std::string_view party,
                                       date::sys_days day);
template <class = void>
[[nodiscard]] status_reading participation_of(const registry& r, std::string_view organisation,
                                              std::string_view party, date::sys_days day);
// The same by ids, looked up once (registry::organisation, registry::party).
template <class = void>
[[nodiscard]] status_reading status_of(const registry& r, organisation_id o, party_id p, date::sys_days day);
template <class = void>
[[nodiscard]] status_reading participation_of(const registry& r, organisation_id o, party_id p, date::sys_days day);
template <class = void>
[[nodiscard]] answer is_member(const registry& r, std::string_view organisation, std::string_view party,
                               date::sys_days day);
template <class = void>
[[nodiscard]] std::vector<std::string_view> members_on(const registry& r, std::string_view organisation,
                                                       date::sys_days day);
// The parties certainly holding `s` on the day, in its layer (frozen: the participation).
template <class = void>
[[nodiscard]] std::vector<std::string_view> parties_with(const registry& r, std::string_view organisation, status s,
                                                         date::sys_days day);
// The members whose participation is certainly not qualified (not frozen).
template <class = void>
[[nodiscard]] std::vector<std::string_view> active_members_on(const registry& r, std::string_view organisation,
                                                              date::sys_days day);
// Parties whose status on the day is undecided by the sources.
template <class = void>
[[nodiscard]] std::vector<std::string_view> undecided_on(const registry& r, std::string_view organisation,
                                                         date::sys_days day);

// Overlap.
// The days on which both parties were certainly members.
template <class = void>
[[nodiscard]] day_set overlap(const registry& r, std::string_view organisation, std::string_view party_a,
                              std::string_view party_b);
// The days on which the party was certainly a member of both organisations.
template <class = void>
[[nodiscard]] day_set overlap_between(const registry& r, std::string_view organisation_a,
                                      std::string_view organisation_b, std::string_view party);
// The parties certainly members of both organisations on the day.
template <class = void>
[[nodiscard]] std::vector<std::string_view> common_members(const registry& r, std::string_view organisation_a,
                                                           std::string_view organisation_b, date::sys_days day);
// Members certainly on at least one day of [first, last], and on every day of it.
template <class = void>
[[nodiscard]] std::vector<std::string_view> members_at_any_time(const registry& r, std::string_view organisation,
                                                                date::sys_days first, date::sys_days last);
template <class = void>
[[nodiscard]] std::vector<std::string_view> members_throughout(const registry& r, std::string_view organisation,
                                                               date::sys_days first, date::sys_days last);

// The days on which the party certainly held status `s` (empty when it has no
// period in the organisation). For the days it possibly held it, ask the
// timeline: registry::find_timeline(...)->possibly(s).
template <class = void>
[[nodiscard]] day_set days_with(const registry& r, std::string_view organisation, std::string_view party, status s);

// Lists hold views of the registry's keys: asking a temporary registry
// (members_on(csto_registry(), ...)) would return views into freed memory,
// so those calls do not compile. Keep the registry in a variable.
std::vector<std::string_view> members_on(const registry&&, std::string_view, date::sys_days) = delete;
std::vector<std::string_view> parties_with(const registry&&, std::string_view, status, date::sys_days) = delete;
std::vector<std::string_view> active_members_on(const registry&&, std::string_view, date::sys_days) = delete;
std::vector<std::string_view> undecided_on(const registry&&, std::string_view, date::sys_days) = delete;
std::vector<std::string_view> common_members(const registry&&, std::string_view, std::string_view,
                                             date::sys_days) = delete;
std::vector<std::string_view> members_at_any_time(const registry&&, std::string_view, date::sys_days,
                                                  date::sys_days) = delete;
std::vector<std::string_view> members_throughout(const registry&&, std::string_view, date::sys_days,
                                                 date::sys_days) = delete;

// --- implementation -----------------------------------------------------------

namespace detail {
// A timeline's reading of a day in one layer.
template <class = void>
status_reading reading_on(const timeline& t, layer l, date::sys_days day) {
    return l == layer::standing ? t.status_on(day) : t.participation_on(day);
}

template <class = void>
status_reading status_in(const registry& r, organisation_id o, party_id p, date::sys_days day,
                                layer l = layer::standing) {
    if (!r.covers(o, day)) return status_reading::unknown(statuses_of(l));
    const timeline* t = r.find_timeline(o, p);
    return t ? reading_on(*t, l, day) : status_reading{status::none};
}

template <class Keep>
std::vector<std::string_view> parties_where(const registry& r, organisation_id o, Keep keep) {
    std::vector<std::string_view> out;
    for (const party_id p : r.parties_of(o))
        if (keep(*r.find_timeline(o, p))) out.push_back(r.key(p));
    return out;
}

// The days of `s` that the organisation's sources observe.
template <class = void>
day_set covered(const registry& r, organisation_id o, day_set s) {
    if (const auto window = r.coverage(o)) s &= days_from_to(window->first, window->last);
    return s;
}

template <class = void>
day_set certain_members(const registry& r, organisation_id o, party_id p) {
    const timeline* t = r.find_timeline(o, p);
    return t ? covered(r, o, t->certainly(status::member)) : day_set{};
}
}  // namespace detail

template <class>
status_reading status_of(const registry& r, std::string_view organisation, std::string_view party,
                                date::sys_days day) {
    return detail::status_in(r, r.organisation(organisation), r.party(party), day);
}

template <class>
status_reading participation_of(const registry& r, std::string_view organisation, std::string_view party,
                                       date::sys_days day) {
    return detail::status_in(r, r.organisation(organisation), r.party(party), day, layer::participation);
}

template <class>
status_reading status_of(const registry& r, organisation_id o, party_id p, date::sys_days day) {
    return detail::status_in(r, o, p, day);
}

template <class>
status_reading participation_of(const registry& r, organisation_id o, party_id p, date::sys_days day) {
    return detail::status_in(r, o, p, day, layer::participation);
}

template <class>
answer is_member(const registry& r, std::string_view organisation, std::string_view party, date::sys_days day) {
    return status_of(r, organisation, party, day).is(status::member);
}

template <class>
std::vector<std::string_view> parties_with(const registry& r, std::string_view organisation, status s,
                                                  date::sys_days day) {
    const auto o = r.organisation(organisation);
    if (!r.covers(o, day)) return {};
    return detail::parties_where(r, o, [&](const timeline& t) {
        return detail::reading_on(t, layer_of(s), day) == status_reading{s};
    });
}

template <class>
std::vector<std::string_view> active_members_on(const registry& r, std::string_view organisation,
                                                       date::sys_days day) {
    const auto o = r.organisation(organisation);
    if (!r.covers(o, day)) return {};
    return detail::parties_where(r, o, [&](const timeline& t) {
        return t.status_on(day) == status_reading{status::member} &&
               t.participation_on(day) == status_reading{status::none};
    });
}

template <class>
std::vector<std::string_view> members_on(const registry& r, std::string_view organisation, date::sys_days day) {
    return parties_with(r, organisation, status::member, day);
}

template <class>
std::vector<std::string_view> undecided_on(const registry& r, std::string_view organisation, date::sys_days day) {
    const auto o = r.organisation(organisation);
    const bool observed = r.covers(o, day);
    return detail::parties_where(r, o, [&](const timeline& t) { return !observed || !t.status_on(day).known(); });
}

template <class>
day_set overlap(const registry& r, std::string_view organisation, std::string_view party_a,
                       std::string_view party_b) {
    const auto o = r.organisation(organisation);
    return detail::certain_members(r, o, r.party(party_a)) & detail::certain_members(r, o, r.party(party_b));
}

template <class>
day_set overlap_between(const registry& r, std::string_view organisation_a, std::string_view organisation_b,
                               std::string_view party) {
    const auto p = r.party(party);
    return detail::certain_members(r, r.organisation(organisation_a), p) &
           detail::certain_members(r, r.organisation(organisation_b), p);
}

template <class>
std::vector<std::string_view> common_members(const registry& r, std::string_view organisation_a,
                                                    std::string_view organisation_b, date::sys_days day) {
    const auto a = members_on(r, organisation_a, day);
    const auto b = members_on(r, organisation_b, day);
    std::vector<std::string_view> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

template <class>
std::vector<std::string_view> members_at_any_time(const registry& r, std::string_view organisation,
                                                         date::sys_days first, date::sys_days last) {
    const auto span = days_from_to(first, last);
    const auto o = r.organisation(organisation);
    return detail::parties_where(r, o, [&](const timeline& t) {
        return boost::icl::intersects(detail::covered(r, o, t.certainly(status::member)), span);
    });
}

template <class>
std::vector<std::string_view> members_throughout(const registry& r, std::string_view organisation,
                                                        date::sys_days first, date::sys_days last) {
    const auto span = days_from_to(first, last);
    const auto o = r.organisation(organisation);
    return detail::parties_where(r, o, [&](const timeline& t) {
        return boost::icl::contains(detail::covered(r, o, t.certainly(status::member)), span);
    });
}

template <class>
day_set days_with(const registry& r, std::string_view organisation, std::string_view party, status s) {
    const auto o = r.organisation(organisation);
    const timeline* t = r.find_timeline(o, r.party(party));
    return t ? detail::covered(r, o, t->certainly(s)) : day_set{};
}

}  // namespace alliance
