// Shared by the CSTO dataset tests: days, the registry, and a reading helper.
#pragma once

#include <alliance/alliance.hpp>
#include <alliance/data/csto.hpp>

#include <date/date.h>
#include <doctest/doctest.h>

#include <string_view>

namespace csto_test {

namespace csto = alliance::data::csto;
using alliance::status;
using alliance::status_reading;

// A day, written as in the documents' order of year, month, day.
constexpr date::sys_days day(int y, unsigned m, unsigned d) noexcept { return alliance::data::day_of(y, m, d); }
constexpr date::sys_days day_before(date::sys_days d) noexcept { return d - date::days{1}; }

// The status from the constexpr table (primary readings); the party by key, name or alias.
constexpr status_reading table_status(std::string_view organisation, std::string_view party, date::sys_days d) noexcept {
    return csto::status_of(organisation, party, d);
}

// The registry is built once per test program.
inline const alliance::registry& registry() {
    static const alliance::registry r = alliance::data::csto_registry();
    return r;
}

// The status from the Boost.ICL registry.
inline status_reading registry_status(std::string_view organisation, std::string_view party, date::sys_days d) {
    return alliance::status_of(registry(), organisation, party, d);
}

// The participation, from the table and from the registry.
constexpr status_reading table_participation(std::string_view organisation, std::string_view party,
                                             date::sys_days d) noexcept {
    return csto::participation_of(organisation, party, d);
}
inline status_reading registry_participation(std::string_view organisation, std::string_view party, date::sys_days d) {
    return alliance::participation_of(registry(), organisation, party, d);
}

}  // namespace csto_test

// Prints readings in failure messages ("member", "unknown (member|none)").
namespace doctest {
template <>
struct StringMaker<alliance::status_reading> {
    static String convert(alliance::status_reading r) {
        const auto text = alliance::describe(r);
        return String(text.data(), static_cast<String::size_type>(text.size()));
    }
};
}  // namespace doctest

// The constexpr table and the registry built from it must both give `expected`.
#define CHECK_STATUS(organisation, party, on_day, expected)                                      \
    do {                                                                                         \
        CHECK(csto_test::table_status(organisation, party, on_day) == (expected));               \
        CHECK(csto_test::registry_status(organisation, party, on_day) == (expected));            \
    } while (false)

// The same for the participation layer.
#define CHECK_PARTICIPATION(organisation, party, on_day, expected)                               \
    do {                                                                                         \
        CHECK(csto_test::table_participation(organisation, party, on_day) == (expected));        \
        CHECK(csto_test::registry_participation(organisation, party, on_day) == (expected));     \
    } while (false)
