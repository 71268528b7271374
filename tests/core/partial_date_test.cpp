// partial_date: a year, a month or a day as the sources state it.
#include <alliance/partial_date.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

using namespace alliance::literals;
using alliance::partial_date;
using alliance::precision;

using alliance_test::day;

// --- synopsis: what the type is and what it refuses to be ---------------------

static_assert(std::is_trivially_copyable_v<partial_date>);
static_assert(!std::is_default_constructible_v<partial_date>, "a date with no value is not a date");
static_assert(!std::is_convertible_v<partial_date, date::sys_days>, "a partial date is never a day in disguise");
static_assert(!std::is_convertible_v<date::sys_days, partial_date>, "a day becomes a partial date only explicitly");
static_assert(!std::is_convertible_v<date::year, partial_date>);
static_assert(std::is_constructible_v<partial_date, date::year_month_day>);

// --- constexpr values -------------------------------------------------------------

static_assert("1993"_pd.precision() == precision::year);
static_assert("2009-10"_pd.precision() == precision::month);
static_assert("2012-06-28"_pd.precision() == precision::day);
static_assert("1993"_pd.earliest() == day(1993, 1, 1));
static_assert("1993"_pd.latest() == day(1993, 12, 31));
static_assert("2009-10"_pd.earliest() == day(2009, 10, 1));
static_assert("2009-10"_pd.latest() == day(2009, 10, 31));
static_assert("2012-06-28"_pd.earliest() == "2012-06-28"_pd.latest());
static_assert("2000-02"_pd.latest() == day(2000, 2, 29), "2000 is a leap year (divisible by 400)");
static_assert("1900-02"_pd.latest() == day(1900, 2, 28), "1900 is not (divisible by 100)");
static_assert("2024-02"_pd.latest() == day(2024, 2, 29));
static_assert("2023-02"_pd.latest() == day(2023, 2, 28));
static_assert("1993"_pd.may_be(day(1993, 7, 1)) && !"1993"_pd.may_be(day(1994, 1, 1)));
static_assert(!alliance::try_parse_partial_date("2023-02-30"));
static_assert(alliance::try_parse_partial_date("2024-02-29"));
static_assert("1993"_pd != "1993-01"_pd, "precision is part of the value");
static_assert("1993-01"_pd != "1993-01-01"_pd);
static_assert(partial_date{date::year{1993}} == "1993"_pd);

// --- runtime --------------------------------------------------------------------

TEST_CASE("text round trip at every precision") {
    for (const char* text : {"1993", "2009-10", "2012-06-28", "0001", "9999-12-31", "2000-02-29", "1992-05-15"}) {
        CAPTURE(text);
        const auto d = alliance::parse_partial_date(text);
        CHECK(d.ok());
        CHECK(alliance::to_string(d) == text);
        CHECK(alliance::parse_partial_date(alliance::to_string(d)) == d);
    }
}

TEST_CASE("every day of a leap and a common year round-trips through text") {
    for (int y : {1900, 1999, 2000, 2024}) {
        const date::sys_days first = day(y, 1, 1);
        const date::sys_days last = day(y, 12, 31);
        int count = 0;
        for (auto d = first; d <= last; d += date::days{1}) {
            const partial_date p{date::year_month_day{d}};
            REQUIRE(p.ok());
            REQUIRE(p.earliest() == d);
            REQUIRE(alliance::parse_partial_date(alliance::to_string(p)) == p);
            ++count;
        }
        const bool leap = date::year{y}.is_leap();
        CHECK(count == (leap ? 366 : 365));
        CHECK(alliance::parse_partial_date(std::to_string(y)).latest() - first == date::days{leap ? 365 : 364});
    }
}

TEST_CASE("earliest and latest bound the stated date") {
    const auto year = alliance::parse_partial_date("1993");
    CHECK(year.earliest() == day(1993, 1, 1));
    CHECK(year.latest() == day(1993, 12, 31));
    CHECK(year.year() == date::year{1993});
    const auto month = alliance::parse_partial_date("2009-10");
    CHECK(month.month() == date::October);
    CHECK(month.latest() - month.earliest() == date::days{30});
    CHECK(month.may_be(day(2009, 10, 31)));
    CHECK_FALSE(month.may_be(day(2009, 11, 1)));
    CHECK_FALSE(month.may_be(day(2009, 9, 30)));
}

TEST_CASE("invalid dates are rejected with the text and the reason") {
    struct bad {
        const char* text;
        const char* reason;
    };
    for (const bad b : {bad{"2023-02-30", "no such day in that month"},
                        bad{"2023-02-29", "no such day in that month"},
                        bad{"1900-02-29", "no such day in that month"},
                        bad{"2023-13", "the month is not 01-12"},
                        bad{"2023-00", "the month is not 01-12"},
                        bad{"2023-04-31", "no such day in that month"},
                        bad{"2023-01-00", "no such day in that month"},
                        bad{"0000", "year 0000 is out of range"},
                        bad{"93", "expected YYYY, YYYY-MM or YYYY-MM-DD"},
                        bad{"", "expected YYYY, YYYY-MM or YYYY-MM-DD"},
                        bad{"19x3", "the year is not four digits"},
                        bad{"1993/10", "expected '-' after the year"},
                        bad{"1993-1a", "the month is not two digits"},
                        bad{"1993-10/01", "expected '-' after the month"},
                        bad{"1993-10-0x", "the day is not two digits"},
                        bad{"+993", "the year is not four digits"}}) {
        CAPTURE(b.text);
        const auto r = alliance::try_parse_partial_date(b.text);
        REQUIRE_FALSE(r);
        CHECK(std::string(r.problem).find(b.reason) == 0);
        try {
            (void)alliance::parse_partial_date(b.text);
            FAIL("parse_partial_date accepted ", b.text);
        } catch (const alliance::error& e) {
            CHECK(e.code() == alliance::errc::invalid_date);
            CHECK(e.id() == "alliance.date.invalid");
            const std::string what = e.what();
            CHECK(what.find("[alliance.date.invalid]") == 0);
            CHECK(what.find(std::string("'") + b.text + "'") != std::string::npos);
            CHECK(what.find(b.reason) != std::string::npos);
        }
    }
}

TEST_CASE("2023-02-30 is an error, not March 2nd") {
    CHECK_THROWS_WITH_AS((void)alliance::parse_partial_date("2023-02-30"),
                         "[alliance.date.invalid] invalid date '2023-02-30': no such day in that month",
                         alliance::error);
}

TEST_CASE("ok() checks values built from parts") {
    CHECK(partial_date{date::year{1993}}.ok());
    CHECK_FALSE(partial_date{date::year{0}}.ok());
    CHECK_FALSE(partial_date{date::year{10000}}.ok());
    CHECK_FALSE(partial_date{date::year{1993} / date::month{13}}.ok());
    CHECK_FALSE(partial_date{date::year{1993} / date::month{0}}.ok());
    CHECK_FALSE(partial_date{date::year{2023} / date::February / date::day{30}}.ok());
    // Day 0 and month 0 do not exist: they must not turn into a coarser precision.
    CHECK_FALSE(partial_date{date::year{2023} / date::February / date::day{0}}.ok());
    CHECK(partial_date{date::year{2023} / date::February / date::day{0}}.precision() == precision::day);
    CHECK_FALSE(partial_date{date::year_month{date::year{1993}, date::month{0}}}.ok());
    CHECK(partial_date{date::year_month{date::year{1993}, date::month{0}}}.precision() == precision::month);
    CHECK(partial_date{date::year{2024} / date::February / date::day{29}}.ok());
}

TEST_CASE("a bad _pd literal throws when it is not constant-evaluated") {
    // In a constant expression a bad literal does not compile (see the
    // compile-fail tests); evaluated at run time it throws.
    const auto make = [] { return "2023-02-30"_pd; };
    CHECK_THROWS_AS((void)make(), alliance::error);
}

TEST_CASE("day-precise text of a sys_days") {
    CHECK(alliance::to_string(day(2002, 10, 7)) == "2002-10-07");
    CHECK(alliance::to_string(day(1, 1, 1)) == "0001-01-01");
}
