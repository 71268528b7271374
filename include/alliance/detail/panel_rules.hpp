// alliance/detail/panel_rules.hpp — how a panel turns days into one cell per year or month.
//
// A panel row stands for a period of days (a year, a month). Each party's
// standing is first flattened into spans, (first day, reading) pairs as
// detail::readings() gives them (unknown outside the coverage window); a pair
// of parties combines two such lists into "both members?" spans. One walk
// over the spans per period then counts the days on which the answer is
// certainly yes, possibly yes and no, and reads it on the period's first
// day, last day and reference day: every rule decides from those counts.
//
// Why counts rather than a status per day: a year holds 365 days, a span list
// a handful of entries; a 40-party, 9,999-year dyad panel is 7.8 million
// cells, each decided in a few steps.
#pragma once

#include <alliance/status.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace alliance::detail {

// The days of one panel row, as day counts since 1970-01-01, both included.
struct panel_period {
    int year;
    unsigned month;        // 1-12 for a monthly row, 0 for a yearly one
    std::int32_t first;
    std::int32_t last;
    std::int32_t reference;  // the day end-of-year reads (31 December, or the month's last day)
};

// What the spans say over one period.
struct period_tally {
    std::uint32_t days = 0;    // in the period
    std::uint32_t yes = 0;     // days the answer is certainly yes
    std::uint32_t maybe = 0;   // days it is unknown, yes among its candidates
    answer on_first = answer::unknown;
    answer on_last = answer::unknown;
    answer on_reference = answer::unknown;
};

// Spans of answers: (first day, answer) ascending, the first at the smallest
// int32, each holding until the next one's first day.
using answer_spans = std::vector<std::pair<std::int32_t, answer>>;

// Both members: no when either certainly is not, yes when both certainly
// are, unknown otherwise.
constexpr answer both(answer a, answer b) noexcept {
    if (a == answer::no || b == answer::no) return answer::no;
    if (a == answer::yes && b == answer::yes) return answer::yes;
    return answer::unknown;
}

// The spans of "both" for two span lists, into `out` (cleared first).
template <class = void>
void combine(const answer_spans& a, const answer_spans& b, answer_spans& out) {
    out.clear();
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        std::int32_t at;
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) at = a[i].first;
        else at = b[j].first;
        while (i < a.size() && a[i].first == at) ++i;
        while (j < b.size() && b[j].first == at) ++j;
        // i and j now point past the spans starting at or before `at`.
        const answer x = i == 0 ? answer::unknown : a[i - 1].second;
        const answer y = j == 0 ? answer::unknown : b[j - 1].second;
        const answer v = both(x, y);
        if (out.empty() || out.back().second != v) out.emplace_back(at, v);
    }
}

// Calls tally(k, period_tally) for each period k of `periods` (ascending,
// not overlapping), walking `spans` once.
template <class Tally>
void tally_periods(const answer_spans& spans, const std::vector<panel_period>& periods, Tally&& tally) {
    std::size_t s = 0;  // the span holding the current period's first day
    for (std::size_t k = 0; k < periods.size(); ++k) {
        const panel_period& p = periods[k];
        while (s + 1 < spans.size() && spans[s + 1].first <= p.first) ++s;
        period_tally t;
        t.days = static_cast<std::uint32_t>(p.last - p.first + 1);
        for (std::size_t i = s; i < spans.size() && spans[i].first <= p.last; ++i) {
            const std::int32_t from = std::max(spans[i].first, p.first);
            const std::int32_t to = i + 1 < spans.size() ? std::min(spans[i + 1].first - 1, p.last) : p.last;
            if (to < from) continue;
            const auto n = static_cast<std::uint32_t>(to - from + 1);
            const answer v = spans[i].second;
            if (v == answer::yes) t.yes += n;
            else if (v == answer::unknown) t.maybe += n;
            if (from <= p.first && p.first <= to) t.on_first = v;
            if (from <= p.last && p.last <= to) t.on_last = v;
            if (from <= p.reference && p.reference <= to) t.on_reference = v;
        }
        tally(k, t);
    }
}

}  // namespace alliance::detail
