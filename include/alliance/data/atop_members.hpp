// alliance/data/atop_members.hpp — ATOP member codes outside the Correlates of War state list.
//
// ATOP's MEMBER variable is a COW country code, but ATOP admits a state when
// it is independent "according to either COW or Gleditsch and Ward"
// (codebook, section 1.3), so a few members have no COW code. ATOP 5.1 gives
// them a code of its own, which the codebook documents by the alliance that
// uses it. Each such code is listed here with the codebook's words; the ATOP
// reader makes it a party keyed by the code itself ("8152", as COW states are
// found by their numeric code too) and named as the codebook names it. A
// member code that is neither in the COW list nor here is an error.
//
// Source: ATOP 5.1 codebook (Leeds et al.), footnotes 18 and 19 (sections 2.6
// and 2.7). In atop5_1m.csv the code 8152 appears on one row only, the
// non-French member of ATOPID 1320 (the other member is 220, France).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace alliance::data::atop {

// --- synopsis -----------------------------------------------------------------

struct non_cow_member {
    std::uint16_t code;        // the code in ATOP's MEMBER column
    std::string_view key;      // the party's key in a registry: the code as text
    std::string_view name;     // the codebook's name for the member
    std::uint16_t atopid;      // the alliance the codebook documents it by
    std::string_view codebook; // the codebook's words
};

inline constexpr std::array<non_cow_member, 1> non_cow_members{{
    {8152, "8152", "Annam", 1320,
     "ATOPID 1320 is an alliance between France and Annam. Annam is a member of the state-system according to "
     "Gleditsch and Ward, but not according to COW, and thus has no 3 digit COW country code."},
}};

// The documented member with that code, or null. Usable in constant expressions.
[[nodiscard]] constexpr const non_cow_member* find_non_cow_member(int code) noexcept;

// --- implementation -----------------------------------------------------------

constexpr const non_cow_member* find_non_cow_member(int code) noexcept {
    for (const auto& m : non_cow_members)
        if (m.code == code) return &m;
    return nullptr;
}

// (Compared through the name only: GCC warns that the address of an element is never null.)
static_assert(find_non_cow_member(8152)->name == "Annam");
static_assert(find_non_cow_member(220) == nullptr);

}  // namespace alliance::data::atop
