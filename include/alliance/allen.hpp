// alliance/allen.hpp — Allen's thirteen relations between two spans of days.
//
// For exact spans the relation is one of thirteen. For periods whose
// boundaries are known only to the year or month the relation may be several:
// relate() then returns every relation that each endpoint comparison allows.
#pragma once

#include <alliance/days.hpp>
#include <alliance/period.hpp>
#include <alliance/timeline.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

enum class allen : std::uint8_t {
    before, meets, overlaps, starts, during, finishes, equals,
    finished_by, contains, started_by, overlapped_by, met_by, after,
};
inline constexpr std::size_t allen_count = 13;

[[nodiscard]] constexpr std::string_view to_string(allen a) noexcept;
[[nodiscard]] constexpr allen converse(allen a) noexcept;  // before <-> after, meets <-> met_by, ...

// A span of days [first, end): `end` is the first day after it, as for periods.
struct day_span {
    date::sys_days first;
    date::sys_days end;
};

// The relation of two non-empty exact spans.
[[nodiscard]] constexpr allen relate(day_span a, day_span b) noexcept;

// A set of relations, for periods with imprecise boundaries.
class allen_set {
public:
    constexpr allen_set() noexcept = default;
    constexpr void insert(allen a) noexcept { bits_ = static_cast<std::uint16_t>(bits_ | (1u << static_cast<unsigned>(a))); }
    [[nodiscard]] constexpr bool contains(allen a) const noexcept { return (bits_ >> static_cast<unsigned>(a)) & 1u; }
    [[nodiscard]] constexpr std::size_t size() const noexcept;
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    // The one relation when size() == 1.
    [[nodiscard]] constexpr allen only() const noexcept;
    friend constexpr bool operator==(allen_set a, allen_set b) noexcept { return a.bits_ == b.bits_; }
    friend constexpr bool operator!=(allen_set a, allen_set b) noexcept { return a.bits_ != b.bits_; }

private:
    std::uint16_t bits_ = 0;
};

// Every relation the two periods' boundaries allow (open ends are the edges of time).
[[nodiscard]] constexpr allen_set relate(const period& a, const period& b) noexcept;

// --- implementation -----------------------------------------------------------

constexpr std::string_view to_string(allen a) noexcept {
    constexpr std::array<std::string_view, allen_count> names{
        "before", "meets", "overlaps", "starts", "during", "finishes", "equals",
        "finished-by", "contains", "started-by", "overlapped-by", "met-by", "after"};
    return names[static_cast<std::size_t>(a)];
}

constexpr allen converse(allen a) noexcept {
    return static_cast<allen>(allen_count - 1 - static_cast<std::size_t>(a));
}

namespace detail {
// Possible outcomes of comparing two endpoints: bit 0 less, bit 1 equal, bit 2 greater.
enum : unsigned { lt = 1, eq = 2, gt = 4 };

constexpr unsigned compare(date::sys_days a_lo, date::sys_days a_hi, date::sys_days b_lo, date::sys_days b_hi) noexcept {
    unsigned out = 0;
    if (a_lo < b_hi) out |= lt;
    if (a_hi > b_lo) out |= gt;
    if (a_lo <= b_hi && b_lo <= a_hi) out |= eq;
    return out;
}

// Signature of each relation: (start a ? start b, start a ? end b, end a ? start b, end a ? end b).
struct allen_signature {
    unsigned ss, se, es, ee;
};
inline constexpr std::array<allen_signature, allen_count> allen_signatures{{
    {lt, lt, lt, lt},  // before
    {lt, lt, eq, lt},  // meets
    {lt, lt, gt, lt},  // overlaps
    {eq, lt, gt, lt},  // starts
    {gt, lt, gt, lt},  // during
    {gt, lt, gt, eq},  // finishes
    {eq, lt, gt, eq},  // equals
    {lt, lt, gt, eq},  // finished_by
    {lt, lt, gt, gt},  // contains
    {eq, lt, gt, gt},  // started_by
    {gt, lt, gt, gt},  // overlapped_by
    {gt, eq, gt, gt},  // met_by
    {gt, gt, gt, gt},  // after
}};

struct endpoint_window {
    date::sys_days lo, hi;
};
constexpr endpoint_window start_window(const boundary& b) noexcept {
    return b.is_open() ? endpoint_window{beginning_of_time, beginning_of_time} : endpoint_window{b.earliest(), b.latest()};
}
constexpr endpoint_window end_window(const boundary& b) noexcept {
    return b.is_open() ? endpoint_window{end_of_time, end_of_time} : endpoint_window{b.earliest(), b.latest()};
}
}  // namespace detail

constexpr std::size_t allen_set::size() const noexcept {
    std::size_t n = 0;
    for (unsigned b = bits_; b != 0; b &= b - 1) ++n;
    return n;
}

constexpr allen allen_set::only() const noexcept {
    for (std::size_t i = 0; i < allen_count; ++i)
        if (contains(static_cast<allen>(i))) return static_cast<allen>(i);
    return allen::equals;
}

constexpr allen relate(day_span a, day_span b) noexcept {
    const auto cmp = [](date::sys_days x, date::sys_days y) { return x < y ? detail::lt : x == y ? detail::eq : detail::gt; };
    const detail::allen_signature got{cmp(a.first, b.first), cmp(a.first, b.end), cmp(a.end, b.first), cmp(a.end, b.end)};
    for (std::size_t i = 0; i < allen_count; ++i) {
        const auto& s = detail::allen_signatures[i];
        if (s.ss == got.ss && s.se == got.se && s.es == got.es && s.ee == got.ee) return static_cast<allen>(i);
    }
    return allen::equals;  // unreachable for non-empty spans
}

constexpr allen_set relate(const period& a, const period& b) noexcept {
    const auto as = detail::start_window(a.from), ae = detail::end_window(a.to);
    const auto bs = detail::start_window(b.from), be = detail::end_window(b.to);
    const unsigned ss = detail::compare(as.lo, as.hi, bs.lo, bs.hi);
    const unsigned se = detail::compare(as.lo, as.hi, be.lo, be.hi);
    const unsigned es = detail::compare(ae.lo, ae.hi, bs.lo, bs.hi);
    const unsigned ee = detail::compare(ae.lo, ae.hi, be.lo, be.hi);
    allen_set out;
    for (std::size_t i = 0; i < allen_count; ++i) {
        const auto& s = detail::allen_signatures[i];
        if ((s.ss & ss) && (s.se & se) && (s.es & es) && (s.ee & ee)) out.insert(static_cast<allen>(i));
    }
    return out;
}

}  // namespace alliance
