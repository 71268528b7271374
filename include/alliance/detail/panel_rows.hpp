// alliance/detail/panel_rows.hpp — the rows of a panel, as for_each_panel_row() computes them (see alliance/panel.hpp).
//
// Each row's state (a party, or a frame's state) is read once into spans of
// its standing; each period (a year, a month) is then one walk over them
// (detail/panel_rules.hpp), for a pair over the spans of "both members".
#pragma once

#include <alliance/detail/panel_rules.hpp>
#include <alliance/detail/panel_years.hpp>
#include <alliance/panel.hpp>
#include <alliance/registry.hpp>
#include <alliance/timeline.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance {

template <class>
date::sys_days reference_day(int year, date::month_day day) { return detail::checked_reference_day(year, day); }


constexpr std::string_view to_string(panel_unit u) noexcept {
    switch (u) {
        case panel_unit::state_year: return "state-year";
        case panel_unit::state_month: return "state-month";
        case panel_unit::dyad_year: return "dyad-year";
        case panel_unit::directed_dyad_year: return "directed-dyad-year";
    }
    return "state-year";
}

constexpr std::optional<panel_unit> parse_panel_unit(std::string_view text) noexcept {
    for (const auto u : {panel_unit::state_year, panel_unit::state_month, panel_unit::dyad_year,
                         panel_unit::directed_dyad_year})
        if (to_string(u) == text) return u;
    return std::nullopt;
}

constexpr std::string_view to_string(panel_rule r) noexcept {
    switch (r) {
        case panel_rule::end_of_year: return "end-of-year";
        case panel_rule::any_day: return "any-day";
        case panel_rule::first_day: return "first-day";
        case panel_rule::majority: return "majority";
        case panel_rule::share: return "share";
    }
    return "end-of-year";
}

constexpr std::optional<panel_rule> parse_panel_rule(std::string_view text) noexcept {
    for (const auto r : {panel_rule::end_of_year, panel_rule::any_day, panel_rule::first_day, panel_rule::majority,
                         panel_rule::share})
        if (to_string(r) == text) return r;
    return std::nullopt;
}

template <class>
panel_unit panel_unit_named(std::string_view text) {
    if (const auto u = parse_panel_unit(text)) return *u;
    throw error(errc::malformed_input, "alliance.panel.unit",
                "unknown panel unit '" + std::string(text) +
                    "' (units: state-year, state-month, dyad-year, directed-dyad-year)");
}

template <class>
panel_rule panel_rule_named(std::string_view text) {
    if (const auto r = parse_panel_rule(text)) return *r;
    throw error(errc::malformed_input, "alliance.panel.rule",
                "unknown panel rule '" + std::string(text) + "' (rules: end-of-year, any-day, first-day, majority, share)");
}

template <class>
panel_options dyad_count_options(std::string_view unit, std::string_view rule) {
    panel_options options;
    options.unit = panel_unit_named(unit);
    options.rule = panel_rule_named(rule);
    if (options.unit != panel_unit::dyad_year && options.unit != panel_unit::directed_dyad_year)
        throw error(errc::malformed_input, "alliance.panel.unit",
                    "dyad counts are by pair: unit dyad-year or directed-dyad-year, not '" + std::string(unit) + "'");
    if (options.rule != panel_rule::end_of_year && options.rule != panel_rule::first_day)
        throw error(errc::malformed_input, "alliance.panel.rule",
                    "dyad counts read each year on one day: rule end-of-year or first-day, not '" + std::string(rule) + "'");
    if (options.rule == panel_rule::first_day) options.reference_day = date::January / date::day{1};
    return options;
}

namespace detail {

// The rule's answer from a period's tally.
constexpr answer rule_answer(panel_rule rule, const period_tally& t) noexcept {
    switch (rule) {
        case panel_rule::end_of_year: return t.on_reference;
        case panel_rule::first_day: return t.on_first;
        case panel_rule::any_day: return t.yes > 0 ? answer::yes : t.maybe == 0 ? answer::no : answer::unknown;
        case panel_rule::majority:
            return 2 * std::uint64_t{t.yes} > t.days                ? answer::yes
                   : 2 * (std::uint64_t{t.yes} + t.maybe) <= t.days ? answer::no
                                                                    : answer::unknown;
        case panel_rule::share: return t.maybe > 0 ? answer::unknown : t.yes > 0 ? answer::yes : answer::no;
    }
    return answer::unknown;
}

// The day whose standing a state row shows under the rule.
constexpr std::int32_t status_day(panel_rule rule, const panel_period& p) noexcept {
    return rule == panel_rule::first_day ? p.first : rule == panel_rule::end_of_year ? p.reference : p.last;
}

template <class = void>
std::int32_t day_number(date::sys_days d) noexcept { return static_cast<std::int32_t>(d.time_since_epoch().count()); }

// The rows' periods, years lo..hi, by month when the unit asks.
template <class = void>
std::vector<panel_period> panel_periods(int lo, int hi, const panel_options& options) {
    std::vector<panel_period> out;
    if (lo > hi) return out;
    const bool monthly = options.unit == panel_unit::state_month;
    out.reserve(static_cast<std::size_t>(hi - lo + 1) * (monthly ? 12u : 1u));
    for (int y = lo; y <= hi; ++y) {
        const date::year year{y};
        if (!monthly) {
            out.push_back({y, 0, day_number(date::sys_days{year / date::January / 1}),
                           day_number(date::sys_days{year / date::December / 31}),
                           day_number(checked_reference_day(y, options.reference_day))});
            continue;
        }
        for (unsigned m = 1; m <= 12; ++m) {
            const auto last = day_number(date::sys_days{year / date::month{m} / date::last});
            out.push_back({y, m, day_number(date::sys_days{year / date::month{m} / 1}), last, last});
        }
    }
    return out;
}

// A row's state: a party of the organisation, or a frame's state.
struct panel_entity {
    std::string_view key;
    std::optional<party_id> party;
    std::vector<const frame_entry*> spells;  // in a frame: its entries, by first day; empty: always there
    std::vector<std::pair<std::int32_t, status_reading>> standing;  // spans, as detail::readings() gives them
    answer_spans member;                                             // the same spans read as "member?"
    std::vector<const frame_entry*> present;  // per period: the spell in the frame then (null: none); frames only
};

template <class = void>
void read_spans(const registry& r, organisation_id o, panel_entity& e,
                       std::vector<std::pair<std::int32_t, layered_reading>>& spans, std::vector<std::int32_t>& points) {
    static const timeline nothing{};
    const timeline* t = e.party ? r.find_timeline(o, *e.party) : nullptr;
    readings(t ? *t : nothing, r.coverage(o), std::numeric_limits<std::int32_t>::min(), spans, points);
    e.standing.clear();
    e.member.clear();
    for (const auto& [day, reading] : spans) {
        e.standing.emplace_back(day, reading.standing);
        const answer a = reading.standing.is(status::member);
        if (e.member.empty() || e.member.back().second != a) e.member.emplace_back(day, a);
    }
}

template <class = void>
status_reading standing_on(const panel_entity& e, std::int32_t day) {
    const auto it = std::upper_bound(e.standing.begin(), e.standing.end(), day,
                                     [](std::int32_t d, const auto& span) { return d < span.first; });
    return it == e.standing.begin() ? status_reading::unknown() : std::prev(it)->second;
}

// Visits every row over the entities (in row order already).
template <class Visit>
void visit_panel(const registry& r, organisation_id o, std::vector<panel_entity>& entities, int lo, int hi,
                 const panel_options& options, bool framed, Visit& visit) {
    const std::vector<panel_period> periods = panel_periods(lo, hi, options);
    if (periods.empty()) return;
    std::vector<std::pair<std::int32_t, layered_reading>> spans;
    std::vector<std::int32_t> points;
    for (auto& e : entities) {
        read_spans(r, o, e, spans, points);
        if (!framed) continue;
        e.present.assign(periods.size(), nullptr);
        for (std::size_t k = 0; k < periods.size(); ++k)
            for (const frame_entry* f : e.spells)
                if (day_number(f->first) <= periods[k].last && periods[k].first <= day_number(f->last)) e.present[k] = f;
    }
    const auto in_frame = [&](const panel_entity& e, std::size_t k) { return !framed || e.present[k] != nullptr; };
    const auto entry = [&](const panel_entity& e, std::size_t k) { return framed ? e.present[k] : nullptr; };
    const std::string_view org = r.key(o);
    panel_row row;
    row.organisation = org;
    const auto fill = [&](const panel_period& p, const period_tally& t) {
        row.year = p.year;
        row.month = p.month;
        row.member = rule_answer(options.rule, t);
        row.share_low = static_cast<double>(t.yes) / t.days;
        row.share_high = static_cast<double>(t.yes + t.maybe) / t.days;
    };
    if (options.unit == panel_unit::state_year || options.unit == panel_unit::state_month) {
        for (const auto& e : entities) {
            row.party1 = e.key;
            row.id1 = e.party;
            tally_periods(e.member, periods, [&](std::size_t k, const period_tally& t) {
                if (!in_frame(e, k)) return;
                fill(periods[k], t);
                row.entry1 = entry(e, k);
                row.status = standing_on(e, status_day(options.rule, periods[k]));
                visit(static_cast<const panel_row&>(row));
            });
        }
        return;
    }
    const bool directed = options.unit == panel_unit::directed_dyad_year;
    answer_spans pair;
    for (std::size_t i = 0; i < entities.size(); ++i)
        for (std::size_t j = directed ? 0 : i + 1; j < entities.size(); ++j) {
            if (i == j) continue;
            const auto& a = entities[i];
            const auto& b = entities[j];
            combine(a.member, b.member, pair);
            row.party1 = a.key;
            row.party2 = b.key;
            row.id1 = a.party;
            row.id2 = b.party;
            tally_periods(pair, periods, [&](std::size_t k, const period_tally& t) {
                if (!in_frame(a, k) || !in_frame(b, k)) return;
                fill(periods[k], t);
                row.entry1 = entry(a, k);
                row.entry2 = entry(b, k);
                visit(static_cast<const panel_row&>(row));
            });
        }
}

// The years of an organisation's panel: the options', else those its periods state.
template <class = void>
std::pair<int, int> organisation_years(const registry& r, organisation_id o, const panel_options& options) {
    std::vector<const timeline*> lines;
    for (const party_id p : r.parties_of(o))
        if (const timeline* t = r.find_timeline(o, p)) lines.push_back(t);
    return panel_years(lines, options);
}

}  // namespace detail

template <class Visit>
void for_each_panel_row(const registry& r, std::string_view organisation, const panel_options& options, Visit&& visit) {
    const organisation_id o = r.organisation(organisation);
    const auto [lo, hi] = detail::organisation_years(r, o, options);
    std::vector<detail::panel_entity> entities;
    for (const party_id p : r.parties_of(o)) entities.push_back({r.key(p), p, {}, {}, {}, {}});
    detail::visit_panel(r, o, entities, lo, hi, options, false, visit);
}

template <class Visit>
void for_each_panel_row(const registry& r, std::string_view organisation, const panel_frame& frame,
                        const panel_options& options, Visit&& visit) {
    const organisation_id o = r.organisation(organisation);
    const auto [lo, hi] = detail::organisation_years(r, o, options);
    std::vector<const frame_entry*> sorted;
    for (const auto& e : frame.entries) sorted.push_back(&e);
    // One row per state of the frame: its key and number (two states of one
    // key, West Germany and Germany under ISO's DEU in 1990, keep a row each).
    std::stable_sort(sorted.begin(), sorted.end(), [](const frame_entry* a, const frame_entry* b) {
        return a->key != b->key ? a->key < b->key : a->code != b->code ? a->code < b->code : a->first < b->first;
    });
    std::vector<detail::panel_entity> entities;
    for (const frame_entry* e : sorted) {
        if (entities.empty() || entities.back().key != e->key || entities.back().spells.front()->code != e->code)
            entities.push_back({e->key, e->party, {}, {}, {}, {}});
        if (e->party && !entities.back().party) entities.back().party = e->party;
        entities.back().spells.push_back(e);
    }
    detail::visit_panel(r, o, entities, lo, hi, options, true, visit);
}

template <class>
std::vector<state_year_row> state_year_panel(const registry& r, std::string_view organisation,
                                                    const panel_options& options) {
    panel_options yearly = options;
    yearly.unit = panel_unit::state_year;
    std::vector<state_year_row> rows;
    for_each_panel_row(r, organisation, yearly, [&](const panel_row& row) {
        rows.push_back({row.organisation, row.party1, row.year, row.status, row.member});
    });
    return rows;
}

template <class>
std::vector<dyad_year_row> dyad_year_panel(const registry& r, std::string_view organisation,
                                                  const panel_options& options) {
    panel_options yearly = options;
    yearly.unit = panel_unit::dyad_year;
    std::vector<dyad_year_row> rows;
    for_each_panel_row(r, organisation, yearly, [&](const panel_row& row) {
        rows.push_back({row.organisation, row.party1, row.party2, row.year, row.member});
    });
    return rows;
}

}  // namespace alliance
