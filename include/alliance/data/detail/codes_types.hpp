// alliance/data/detail/codes_types.hpp — the row type of the crosswalk's
// generated table (codes_table.hpp); the interface is alliance/data/codes.hpp.
#pragma once

#include <cstdint>
#include <string_view>

namespace alliance::data::codes::detail {

// The three code systems: each gives a country a number and letters.
enum class family : std::uint8_t { cow, gw, iso };

// A code a country held over a span of days, both included. Days are
// written YYYYMMDD; 99991231 is an open end (the code is still held).
struct code_spell {
    std::uint16_t country;    // index into country_names
    family system;
    std::uint16_t number;     // 255, 260, 276
    std::string_view letters; // "GFR", "DEU"; empty for COW (alliance/data/cow_states.hpp has them)
    std::uint32_t first;
    std::uint32_t last;
};

inline constexpr std::uint32_t open_end = 99991231;

}  // namespace alliance::data::codes::detail
