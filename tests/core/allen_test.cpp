// allen: the thirteen relations between spans of days, and sets of them for imprecise periods.
#include <alliance/allen.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>

using namespace alliance::literals;
using alliance::allen;
using alliance::boundary;
using alliance::day_span;
using alliance::period;
using alliance::status;

namespace {
constexpr date::sys_days d(int n) { return date::sys_days{date::days{n}}; }
constexpr day_span span(int first, int end) { return {d(first), d(end)}; }
}  // namespace

// --- constexpr: each of the thirteen, with a = [10, 20) -----------------------------------

constexpr day_span a = span(10, 20);
static_assert(alliance::relate(a, span(25, 30)) == allen::before);
static_assert(alliance::relate(a, span(20, 30)) == allen::meets);
static_assert(alliance::relate(a, span(15, 30)) == allen::overlaps);
static_assert(alliance::relate(a, span(10, 30)) == allen::starts);
static_assert(alliance::relate(a, span(5, 30)) == allen::during);
static_assert(alliance::relate(a, span(5, 20)) == allen::finishes);
static_assert(alliance::relate(a, span(10, 20)) == allen::equals);
static_assert(alliance::relate(a, span(15, 20)) == allen::finished_by);
static_assert(alliance::relate(a, span(12, 18)) == allen::contains);
static_assert(alliance::relate(a, span(10, 15)) == allen::started_by);
static_assert(alliance::relate(a, span(5, 15)) == allen::overlapped_by);
static_assert(alliance::relate(a, span(5, 10)) == allen::met_by);
static_assert(alliance::relate(a, span(1, 5)) == allen::after);

static_assert(alliance::converse(allen::before) == allen::after);
static_assert(alliance::converse(allen::meets) == allen::met_by);
static_assert(alliance::converse(allen::starts) == allen::started_by);
static_assert(alliance::converse(allen::during) == allen::contains);
static_assert(alliance::converse(allen::equals) == allen::equals);
static_assert(alliance::to_string(allen::finished_by) == "finished-by");

constexpr period exact_a{"O", "A", status::member, "2000-01-01"_pd, "2005-01-01"_pd};
constexpr period exact_b{"O", "B", status::member, "2005-01-01"_pd, "2010-01-01"_pd};
static_assert(alliance::relate(exact_a, exact_b).size() == 1);
static_assert(alliance::relate(exact_a, exact_b).only() == allen::meets);

// --- runtime ----------------------------------------------------------------------------

TEST_CASE("every pair of small spans has exactly one relation, and its converse the other way") {
    std::array<int, alliance::allen_count> seen{};
    for (int af = 0; af < 6; ++af)
        for (int ae = af + 1; ae <= 6; ++ae)
            for (int bf = 0; bf < 6; ++bf)
                for (int be = bf + 1; be <= 6; ++be) {
                    const auto ab = alliance::relate(span(af, ae), span(bf, be));
                    const auto ba = alliance::relate(span(bf, be), span(af, ae));
                    CAPTURE(std::to_string(af) + "," + std::to_string(ae) + " " + std::to_string(bf) + "," +
                            std::to_string(be));
                    REQUIRE(ba == alliance::converse(ab));
                    REQUIRE((ab == allen::equals) == (af == bf && ae == be));
                    ++seen[static_cast<std::size_t>(ab)];
                    // The period form agrees with the span form when boundaries are exact.
                    const period pa{"O", "A", status::member, boundary{alliance::partial_date{date::year_month_day{d(af)}}},
                                    boundary{alliance::partial_date{date::year_month_day{d(ae)}}}};
                    const period pb{"O", "B", status::member, boundary{alliance::partial_date{date::year_month_day{d(bf)}}},
                                    boundary{alliance::partial_date{date::year_month_day{d(be)}}}};
                    const auto set = alliance::relate(pa, pb);
                    REQUIRE(set.size() == 1);
                    REQUIRE(set.only() == ab);
                }
    for (std::size_t i = 0; i < alliance::allen_count; ++i) {
        CAPTURE(alliance::to_string(static_cast<allen>(i)));
        CHECK(seen[i] > 0);
    }
}

TEST_CASE("imprecise periods give several relations") {
    // A ended in 2005, B started in 2005: A may end before, on, or after B's start.
    const period a_{"O", "A", status::member, "2000-01-01"_pd, "2005"_pd};
    const period b_{"O", "B", status::member, "2005"_pd, "2010-01-01"_pd};
    const auto set = alliance::relate(a_, b_);
    CHECK(set.size() == 3);
    CHECK(set.contains(allen::before));
    CHECK(set.contains(allen::meets));
    CHECK(set.contains(allen::overlaps));
    CHECK_FALSE(set.contains(allen::during));

    // Started in the same year: A may start before, with, or after B.
    const period c_{"O", "C", status::member, "1994"_pd, "2010-01-01"_pd};
    const period e_{"O", "E", status::member, "1994"_pd, boundary::open()};
    const auto starts = alliance::relate(c_, e_);
    CHECK(starts.size() == 3);
    CHECK(starts.contains(allen::overlaps));
    CHECK(starts.contains(allen::starts));
    CHECK(starts.contains(allen::during));
}

TEST_CASE("the relation set of the converse pair is the converse of the set") {
    const std::array<period, 5> ps{{{"O", "A", status::member, "2000-01-01"_pd, "2005"_pd},
                                    {"O", "B", status::member, "2005"_pd, "2010-01-01"_pd},
                                    {"O", "C", status::member, "1994"_pd, boundary::open()},
                                    {"O", "D", status::member, boundary::open(), "2005-06"_pd},
                                    {"O", "E", status::member, "2000-01"_pd, "2005-06-15"_pd}}};
    for (const auto& x : ps)
        for (const auto& y : ps) {
            const auto xy = alliance::relate(x, y);
            const auto yx = alliance::relate(y, x);
            CAPTURE(std::string(x.party) + " " + std::string(y.party));
            REQUIRE_FALSE(xy.empty());
            for (std::size_t i = 0; i < alliance::allen_count; ++i) {
                const auto r = static_cast<allen>(i);
                REQUIRE(xy.contains(r) == yx.contains(alliance::converse(r)));
            }
        }
}

TEST_CASE("open ends are the edges of time") {
    const period always{"O", "A", status::member, boundary::open(), boundary::open()};
    const period once{"O", "B", status::member, "2000-01-01"_pd, "2001-01-01"_pd};
    CHECK(alliance::relate(always, once).only() == allen::contains);
    CHECK(alliance::relate(always, always).only() == allen::equals);
}
