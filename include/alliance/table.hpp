// alliance/table.hpp — a fixed table of periods, checked and queried in constant expressions.
//
// A dataset written in a header is an array of `period`s. check_table() finds
// its first problem (an invalid date, an ill-formed period, or two primary
// periods of one party in one organisation that certainly hold on the same
// day with different statuses of one layer) together with the index of the offending
// period. validate_table() turns that problem into a build failure when it is
// evaluated in a constant expression:
//
//     static_assert(alliance::validate_table(my_periods));
//
// status_of() answers "what was this party in this organisation on this day"
// straight from the array, with the same certain / possible semantics as
// alliance::timeline (timeline.hpp), so that a static_assert and a registry
// built from the same table give the same answer.
#pragma once

#include <alliance/detail/period_rules.hpp>
#include <alliance/error.hpp>
#include <alliance/period.hpp>
#include <alliance/status.hpp>

#include <date/date.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

// What is wrong with a table, coarsely (the sentence is in table_problem::what).
enum class table_problem_kind : std::uint8_t {
    none,
    missing_key,                   // a period without an organisation or party key
    ill_formed_period,             // check(period) failed: a bad date, no status, an end before the start
    alternative_without_conflict,  // an alternative reading that names no conflict
    contradiction,                 // two primary periods of one pair certainly hold on one day with different statuses of one layer
};

// The first problem of a table: `what` is null when there is none; `index` is
// the position of the offending period and, for a contradiction, `other` the
// position of the period it contradicts.
struct table_problem {
    const char* what = nullptr;
    std::size_t index = 0;
    std::size_t other = 0;
    table_problem_kind kind = table_problem_kind::none;
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return what != nullptr; }
};

template <std::size_t N>
[[nodiscard]] constexpr table_problem check_table(const std::array<period, N>& periods) noexcept;

// True when the table has no problem. In a constant expression a problem
// fails the build: evaluation reaches detail::table_error, which is not
// constexpr, and the compiler prints that call with the problem's sentence
// and the period's index. At run time it throws alliance::error.
template <std::size_t N>
constexpr bool validate_table(const std::array<period, N>& periods);

// The same check for a table with static storage, reporting the problem's
// kind and the period's index in the compiler's message:
//
//     static_assert(alliance::validated<my_periods>());
//     // error: call to non-constexpr function 'void alliance::detail::
//     //   invalid_table_at_period() [with Kind = table_problem_kind::contradiction;
//     //   Period = 27; Other = 21]'
template <const auto& Periods>
constexpr bool validated();

// Keys compare case-insensitively (ASCII), as in alliance::registry.
[[nodiscard]] constexpr bool same_key(std::string_view a, std::string_view b) noexcept;

// The status of `party` in `organisation` on `day` in one layer (by default
// the standing), from the primary periods of the table: known when a period
// certainly holds on that day, unknown with its candidates when periods only
// may hold (a boundary known to the year or month), none otherwise.
// Alternative readings are ignored, as in a registry's timelines.
template <std::size_t N>
[[nodiscard]] constexpr status_reading status_of(const std::array<period, N>& periods, std::string_view organisation,
                                                 std::string_view party, date::sys_days day,
                                                 layer l = layer::standing) noexcept;

// The number of periods of a table about one organisation (any reading).
template <std::size_t N>
[[nodiscard]] constexpr std::size_t count_in(const std::array<period, N>& periods,
                                             std::string_view organisation) noexcept;

// --- implementation -----------------------------------------------------------

constexpr bool same_key(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

namespace detail {
// The rules are detail/period_rules.hpp's, as in timeline.hpp.

constexpr bool same_pair(const period& a, const period& b) noexcept {
    return same_key(a.organisation, b.organisation) && same_key(a.party, b.party);
}

// A joint window of two periods of one status: certain for that status.
constexpr day_span join_window(const period& q, const period& p) noexcept {
    if (q.status != p.status || !ends_where_starts(q, p)) return {beginning_of_time, beginning_of_time};
    return joint_window(q, p);
}

// The certain days of period i: its own span widened by join windows. It is
// one span, because a join window always touches the span it widens.
template <std::size_t N>
constexpr day_span certain_span_joined(const std::array<period, N>& periods, std::size_t i) noexcept {
    const period& p = periods[i];
    day_span s = certain_span(p);
    for (std::size_t j = 0; j < N; ++j) {
        const period& q = periods[j];
        if (j == i || q.reading != reading::primary || !same_pair(p, q)) continue;
        const day_span before = join_window(q, p);
        if (!before.empty()) s.lo = earlier(s.lo, before.lo);
        const day_span after = join_window(p, q);
        if (!after.empty()) s.hi = later(s.hi, after.hi);
    }
    return s;
}

// Deliberately not constexpr (see error.hpp): a constant evaluation that
// reaches it fails, and the compiler prints this call with the problem's
// sentence and the index of the period. At run time it throws.
[[noreturn]] inline void table_error(const char* problem, std::size_t period_index, std::size_t other_index,
                                     std::string_view organisation, std::string_view party) {
    const bool contradiction = period_index != other_index;
    throw error(contradiction ? errc::contradiction : errc::invalid_period, "alliance.table.invalid",
                std::string(problem) + " (period " + std::to_string(period_index) +
                    (contradiction ? ", contradicting period " + std::to_string(other_index) : std::string()) + ": " +
                    std::string(organisation) + " " + std::string(party) + ")");
}
}  // namespace detail

template <std::size_t N>
constexpr table_problem check_table(const std::array<period, N>& periods) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        const period& p = periods[i];
        if (p.organisation.empty()) return {"a period has no organisation key", i, i, table_problem_kind::missing_key};
        if (p.party.empty()) return {"a period has no party key", i, i, table_problem_kind::missing_key};
        if (const char* problem = check(p)) return {problem, i, i, table_problem_kind::ill_formed_period};
        if (p.reading == reading::alternative && p.conflict.empty())
            return {"an alternative reading must name the conflict it belongs to", i, i,
                    table_problem_kind::alternative_without_conflict};
    }
    for (std::size_t i = 0; i < N; ++i) {
        if (periods[i].reading != reading::primary) continue;
        const detail::day_span a = detail::certain_span_joined(periods, i);
        if (a.empty()) continue;
        for (std::size_t j = i + 1; j < N; ++j) {
            const period& q = periods[j];
            if (q.reading != reading::primary || !detail::exclusive(periods[i], q) || !detail::same_pair(periods[i], q))
                continue;
            const detail::day_span b = detail::certain_span_joined(periods, j);
            if (detail::later(a.lo, b.lo) < detail::earlier(a.hi, b.hi))
                return {"two primary periods of one party in one organisation certainly hold on the same day "
                        "with different statuses",
                        j, i, table_problem_kind::contradiction};
        }
    }
    return {};
}

template <std::size_t N>
constexpr bool validate_table(const std::array<period, N>& periods) {
    const table_problem problem = check_table(periods);
    if (problem)
        detail::table_error(problem.what, problem.index, problem.other, periods[problem.index].organisation,
                            periods[problem.index].party);
    return true;
}

namespace detail {
// Never defined as constexpr, on purpose: see validated().
template <table_problem_kind Kind, std::size_t Period, std::size_t Other>
void invalid_table_at_period() noexcept {}
}  // namespace detail

template <const auto& Periods>
constexpr bool validated() {
    constexpr table_problem problem = check_table(Periods);
    if constexpr (problem.kind != table_problem_kind::none)
        detail::invalid_table_at_period<problem.kind, problem.index, problem.other>();
    return true;
}

template <std::size_t N>
constexpr status_reading status_of(const std::array<period, N>& periods, std::string_view organisation,
                                   std::string_view party, date::sys_days day, layer l) noexcept {
    unsigned possible = 0;
    bool covered = false;
    const auto of_pair = [&](const period& p) {
        return p.reading == reading::primary && layer_of(p.status) == l && same_key(p.organisation, organisation) &&
               same_key(p.party, party);
    };
    for (std::size_t i = 0; i < N; ++i) {
        const period& p = periods[i];
        if (!of_pair(p)) continue;
        if (detail::certain_span_joined(periods, i).holds(day)) return p.status;
        if (detail::possible_span(p).holds(day)) possible |= bit(p.status);
        for (std::size_t j = 0; j < N && !covered; ++j)
            if (of_pair(periods[j]) && detail::ends_where_starts(periods[j], p))
                covered = detail::joint_window(periods[j], p).holds(day);
    }
    return detail::reading_of(status_count, possible, covered);
}

template <std::size_t N>
constexpr std::size_t count_in(const std::array<period, N>& periods, std::string_view organisation) noexcept {
    std::size_t n = 0;
    for (const period& p : periods)
        if (same_key(p.organisation, organisation)) ++n;
    return n;
}

}  // namespace alliance
