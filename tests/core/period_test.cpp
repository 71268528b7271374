// boundary and period: where a status starts and ends, and when a period is well formed.
#include <alliance/period.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

using namespace alliance::literals;
using alliance::boundary;
using alliance::period;
using alliance::status;

using alliance_test::day;

// --- synopsis -----------------------------------------------------------------------

static_assert(std::is_convertible_v<alliance::partial_date, boundary>, "a stated date is a boundary");
static_assert(!std::is_convertible_v<boundary, date::sys_days>);
static_assert(!std::is_default_constructible_v<boundary>, "an open end is asked for by name: boundary::open()");

// --- constexpr ------------------------------------------------------------------------

static_assert(boundary::open().is_open());
static_assert(!boundary::open().exact());
static_assert(boundary{"2012-06-28"_pd}.exact());
static_assert(!boundary{"2012"_pd}.exact());
static_assert(boundary{"1999"_pd}.narrowed(day(1999, 4, 2), day(2000, 6, 1)).earliest() == day(1999, 4, 2));
static_assert(boundary{"1999"_pd}.narrowed(day(1999, 4, 2), day(2000, 6, 1)).latest() == day(1999, 12, 31),
              "narrowing never widens");
static_assert(boundary{"1999"_pd}.narrowed(day(1999, 4, 2), day(2000, 6, 1)).is_narrowed());
static_assert(!boundary{"1999"_pd}.is_narrowed());
static_assert(boundary{"1999"_pd} != boundary{"1999"_pd}.narrowed(day(1999, 4, 2), day(1999, 12, 31)));
static_assert(boundary::open() == boundary::open());

constexpr period armenia{"CSTO", "ARM", status::member, "2002-10-07"_pd, boundary::open()};
static_assert(alliance::check(armenia) == nullptr);
constexpr period backwards{"CSTO", "UZB", status::member, "2012"_pd, "2006"_pd};
static_assert(alliance::check(backwards) != nullptr);
constexpr period nothing{"CSTO", "UZB", status::none, "2006"_pd, "2012"_pd};
static_assert(alliance::check(nothing) != nullptr);

// --- runtime ---------------------------------------------------------------------------

TEST_CASE("boundary text round trip") {
    for (const char* text : {"..", "1999", "1999-04", "1999-04-02", "1999[1999-04-02..]", "1999[..1999-06-30]",
                             "1999[1999-04-02..1999-06-30]", "2009-10[2009-10-15..]"}) {
        CAPTURE(text);
        const auto b = alliance::parse_boundary(text);
        CHECK(alliance::to_string(b) == text);
        CHECK(alliance::parse_boundary(alliance::to_string(b)) == b);
    }
}

TEST_CASE("a narrowed boundary keeps its stated date and its window") {
    const auto b = alliance::parse_boundary("1999[1999-04-02..1999-06-30]");
    CHECK(b.stated() == "1999"_pd);
    CHECK(b.earliest() == day(1999, 4, 2));
    CHECK(b.latest() == day(1999, 6, 30));
    CHECK(b.is_narrowed());
    CHECK_FALSE(b.exact());
    CHECK(alliance::parse_boundary("1999-04-02").exact());
}

TEST_CASE("bad boundaries are rejected with the text and the reason") {
    struct bad {
        const char* text;
        const char* reason;
    };
    for (const bad b : {bad{"1999[1999-04-02..", "must end with ']'"},
                        bad{"1999[1999-04-02]", "[FROM..TO]"},
                        bad{"1999[1999-04..]", "limits are days"},
                        bad{"1999[1998-12-31..]", "within the stated date"},
                        bad{"1999[..2000-01-01]", "within the stated date"},
                        bad{"1999[1999-06-01..1999-05-01]", "not be empty"},
                        bad{"1999[..]", "narrows nothing"},
                        bad{"1999[1999-01-01..1999-12-31]", "narrows nothing"},
                        bad{"1999-02-30", "no such day"},
                        bad{"...", "expected YYYY"},
                        bad{"", "expected YYYY"}}) {
        CAPTURE(b.text);
        try {
            (void)alliance::parse_boundary(b.text);
            FAIL("accepted ", b.text);
        } catch (const alliance::error& e) {
            CHECK(e.code() == alliance::errc::invalid_date);
            const std::string what = e.what();
            CHECK(what.find(b.text) != std::string::npos);
            CHECK(what.find(b.reason) != std::string::npos);
        }
    }
}

TEST_CASE("a period that ends before it starts is rejected, naming the period and where it came from") {
    const period p{"CSTO", "UZB", status::member, "2012-06-28"_pd, "2006-08-16"_pd};
    try {
        alliance::validate(p, {"periods.csv", 7, "to"});
        FAIL("accepted a period that ends before it starts");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::invalid_period);
        CHECK(e.id() == "alliance.period.invalid");
        CHECK(e.where().file == "periods.csv");
        CHECK(e.where().line == 7);
        CHECK(std::string(e.what()) ==
              "[alliance.period.invalid] periods.csv:7: field 'to': the period ends before it starts "
              "(CSTO UZB member 2012-06-28/2006-08-16)");
    }
}

TEST_CASE("a period may not end on the day it starts: it would hold on no day") {
    const period p{"CSTO", "UZB", status::member, "2012-06-28"_pd, "2012-06-28"_pd};
    CHECK(alliance::check(p) != nullptr);
    CHECK_THROWS_AS(alliance::validate(p), alliance::error);
}

TEST_CASE("imprecise boundaries in the same year are a valid period") {
    // Joined and left in 1999: the period may hold for 1 to 364 days.
    const period p{"X", "A", status::observer, "1999"_pd, "1999"_pd};
    CHECK(alliance::check(p) == nullptr);
}

TEST_CASE("a period must have a status") {
    const period p{"CSTO", "UZB", status::none, "2006"_pd, "2012"_pd};
    CHECK_THROWS_WITH_AS(alliance::validate(p),
                         "[alliance.period.invalid] a period must have a status other than 'none' "
                         "(CSTO UZB none 2006/2012)",
                         alliance::error);
}

TEST_CASE("invalid stated dates inside a period are date errors") {
    const period p{"X", "A", status::member, boundary{alliance::partial_date{date::year{2023} / date::February / date::day{30}}},
                   boundary::open()};
    try {
        alliance::validate(p);
        FAIL("accepted 2023-02-30");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::invalid_date);
        CHECK(std::string(e.what()).find("the start date is not a valid date") != std::string::npos);
    }
}

TEST_CASE("open ends make valid periods") {
    CHECK(alliance::check(period{"X", "A", status::member, boundary::open(), boundary::open()}) == nullptr);
    CHECK(alliance::check(period{"X", "A", status::member, boundary::open(), "1992"_pd}) == nullptr);
}
