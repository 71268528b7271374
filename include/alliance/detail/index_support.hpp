// alliance/detail/index_support.hpp — small helpers of the query index (see alliance/index.hpp):
// a branch-free count in a sorted array, case-folded hashing and comparison of
// keys, and the reading of unobserved days. Free of the index's class, so that
// each index header may include it first.
#pragma once

#include <alliance/registry.hpp>  // layered_reading
#include <alliance/status.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace alliance {

namespace detail {

// The number of elements of the sorted array b[0, n) that are <= x, with no
// data-dependent branch: the loop runs log2(n) times whatever x is, and the
// step is a conditional move. Precondition for the result to be exact when
// n > 0: none (the last comparison settles whether b[0] itself counts).
[[nodiscard]] inline std::size_t count_not_after(const std::int32_t* b, std::size_t n, std::int32_t x) noexcept {
    if (n == 0) return 0;
    const std::int32_t* base = b;
    while (n > 1) {
        const std::size_t half = n / 2;
        base = base[half] <= x ? base + half : base;
        n -= half;
    }
    return static_cast<std::size_t>(base - b) + (*base <= x ? 1u : 0u);
}

// What every cell reads outside its organisation's coverage.
inline const layered_reading unobserved_reading{status_reading::unknown(statuses_of(layer::standing)),
                                                status_reading::unknown(statuses_of(layer::participation))};

inline char fold_char(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace detail

namespace detail {

[[nodiscard]] inline std::size_t fold_hash(std::string_view s) noexcept {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the case-folded bytes
    for (const char c : s) h = (h ^ static_cast<unsigned char>(fold_char(c))) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));  // the low bits pick the slot: fold the high ones in
}

[[nodiscard]] inline bool fold_equal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (fold_char(a[i]) != fold_char(b[i])) return false;
    return true;
}

}  // namespace detail

}  // namespace alliance
