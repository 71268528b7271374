// timeline: what is certain and what is possible for one party in one organisation.
#include <alliance/timeline.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

using namespace alliance::literals;
using alliance::boundary;
using alliance::period;
using alliance::status;
using alliance::status_reading;

using alliance_test::day;
using alliance_test::days;

namespace {
// Undecided with every standing possible: a value the sources mark as missing.
const status_reading unknown = status_reading::unknown();
}  // namespace

// --- synopsis ---------------------------------------------------------------------

static_assert(boost::icl::is_discrete<alliance::day_count>::value, "the ICL domain is discrete in C++17 and C++20");
static_assert(std::is_same_v<alliance::timeline::certain_map::domain_type, alliance::day_count>);
static_assert(std::is_same_v<alliance::timeline::certain_map::codomain_type, status>);
static_assert(alliance::bit(status::member) != alliance::bit(status::observer));
static_assert(alliance::bit(status::none) == 1u);

// --- runtime ------------------------------------------------------------------------

TEST_CASE("an empty timeline: no status on any day") {
    const alliance::timeline t;
    CHECK(t.empty());
    CHECK(t.status_on(day(2000, 1, 1)) == status::none);
    CHECK(t.certainly(status::member).empty());
}

TEST_CASE("exact boundaries: the day before and the day of each change") {
    alliance::timeline t;
    t.add({"CSTO", "UZB", status::member, "2006-08-16"_pd, "2012-06-28"_pd});
    CHECK(t.status_on(day(2006, 8, 15)) == status::none);
    CHECK(t.status_on(day(2006, 8, 16)) == status::member);  // the start day belongs to the period
    CHECK(t.status_on(day(2012, 6, 27)) == status::member);
    CHECK(t.status_on(day(2012, 6, 28)) == status::none);    // the end day belongs to what follows
    CHECK(t.certainly(status::member) == days(day(2006, 8, 16), day(2012, 6, 27)));
    CHECK(t.possibly(status::member) == t.certainly(status::member));
}

TEST_CASE("a start known to the year: unknown inside the year, certain after it") {
    alliance::timeline t;
    t.add({"X", "A", status::member, "1999"_pd, boundary::open()});
    CHECK(t.status_on(day(1998, 12, 31)) == status::none);
    CHECK(t.status_on(day(1999, 1, 1)) == status_reading::unknown({status::member, status::none}));
    CHECK(t.status_on(day(1999, 12, 30)) == status_reading::unknown({status::member, status::none}));
    // The start may be as late as 31 December, which then belongs to the period.
    CHECK(t.status_on(day(1999, 12, 31)) == status::member);
    CHECK(t.status_on(day(2030, 1, 1)) == status::member);
    CHECK(t.certainly(status::member) == days(day(1999, 12, 31), day(9999, 12, 31)));
    CHECK(t.possibly(status::member) == days(day(1999, 1, 1), day(9999, 12, 31)));
}

TEST_CASE("an end known to the month: unknown inside the month") {
    alliance::timeline t;
    t.add({"X", "A", status::observer, "2001-03-15"_pd, "2009-10"_pd});
    CHECK(t.status_on(day(2009, 9, 30)) == status::observer);
    // The end may be 1 October: that day then belongs to what follows.
    CHECK(t.status_on(day(2009, 10, 1)) == status_reading::unknown({status::observer, status::none}));
    CHECK(t.status_on(day(2009, 10, 30)) == status_reading::unknown({status::observer, status::none}));
    // The end is 31 October at the latest, and the end day belongs to what follows.
    CHECK(t.status_on(day(2009, 10, 31)) == status::none);
    CHECK(t.certainly(status::observer) == days(day(2001, 3, 15), day(2009, 9, 30)));
    CHECK(t.possibly(status::observer) == days(day(2001, 3, 15), day(2009, 10, 30)));
}

TEST_CASE("a narrowed boundary shrinks the unknown window") {
    alliance::timeline t;
    t.add({"X", "A", status::member, alliance::parse_boundary("1999[1999-04-02..1999-06-30]"), boundary::open()});
    CHECK(t.status_on(day(1999, 4, 1)) == status::none);
    CHECK(t.status_on(day(1999, 4, 2)) == status_reading::unknown({status::member, status::none}));
    CHECK(t.status_on(day(1999, 6, 29)) == status_reading::unknown({status::member, status::none}));
    CHECK(t.status_on(day(1999, 6, 30)) == status::member);
}

TEST_CASE("certain days lie within possible days") {
    for (const period& p : {period{"X", "A", status::member, "1999"_pd, "2004-05"_pd},
                            period{"X", "A", status::member, boundary::open(), "2004"_pd},
                            period{"X", "A", status::member, "1999"_pd, "1999"_pd}}) {
        CAPTURE(alliance::to_string(p.from) + "/" + alliance::to_string(p.to));
        CHECK(boost::icl::contains(alliance::possible_days(p), alliance::certain_days(p)));
    }
    // Joined and left within 1999: it may have held on any day of 1999 but the
    // last (an end on 31 December gives that day to what follows), and on none certainly.
    const period brief{"X", "A", status::member, "1999"_pd, "1999"_pd};
    CHECK(alliance::certain_days(brief).empty());
    CHECK(alliance::possible_days(brief) == days(day(1999, 1, 1), day(1999, 12, 30)));
}

TEST_CASE("back-to-back periods of one status joined at one stated boundary are certain across it") {
    alliance::timeline t;
    // Two member periods as a source might list them: "until 1999", "from 1999".
    t.add({"X", "A", status::member, "1992-05-15"_pd, "1999"_pd, alliance::basis::de_jure});
    t.add({"X", "A", status::member, "1999"_pd, "2012-06-28"_pd, alliance::basis::de_facto});
    for (auto d = day(1998, 12, 31); d <= day(2000, 1, 1); d += date::days{1}) {
        CAPTURE(alliance::to_string(d));
        REQUIRE(t.status_on(d) == status::member);
    }
    CHECK(t.certainly(status::member) == days(day(1992, 5, 15), day(2012, 6, 27)));
    CHECK(t.periods().size() == 2);
}

TEST_CASE("the join does not depend on the order the periods are added in") {
    alliance::timeline t;
    t.add({"X", "A", status::member, "1999"_pd, "2012-06-28"_pd});
    t.add({"X", "A", status::member, "1992-05-15"_pd, "1999"_pd});
    CHECK(t.status_on(day(1999, 7, 1)) == status::member);
    // periods() are ordered by earliest start whatever the order of adding.
    CHECK(t.periods().front().from == boundary{"1992-05-15"_pd});
}

TEST_CASE("back-to-back periods of one status at different boundaries are not joined") {
    alliance::timeline t;
    t.add({"X", "A", status::member, "1992"_pd, "1999"_pd});
    t.add({"X", "A", status::member, "1999-06"_pd, "2005"_pd});
    // Between the two stated boundaries nothing says the status held.
    CHECK(t.status_on(day(1999, 3, 1)) == status_reading::unknown({status::member, status::none}));
}

TEST_CASE("a change of status at a year boundary leaves the year unknown") {
    alliance::timeline t;
    t.add({"X", "A", status::member, "1992-05-15"_pd, "1999"_pd});
    t.add({"X", "A", status::withdrawn, "1999"_pd, boundary::open()});
    CHECK(t.status_on(day(1998, 12, 31)) == status::member);
    CHECK(t.status_on(day(1999, 1, 1)) == status_reading::unknown({status::member, status::withdrawn}));
    CHECK(t.status_on(day(1999, 12, 30)) == status_reading::unknown({status::member, status::withdrawn}));
    CHECK(t.status_on(day(1999, 12, 31)) == status::withdrawn);
    CHECK(t.status_on(day(1999, 1, 1)).is(status::member) == alliance::answer::unknown);
    CHECK(t.status_on(day(1999, 12, 31)).is(status::member) == alliance::answer::no);
}

TEST_CASE("periods that certainly hold on a common day with different statuses contradict each other") {
    alliance::timeline t;
    t.add({"CSTO", "UZB", status::member, "2006-08-16"_pd, "2012-06-28"_pd});
    try {
        t.add({"CSTO", "UZB", status::suspended, "2008"_pd, "2013"_pd}, {"periods.csv", 12, ""});
        FAIL("accepted a contradiction");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::contradiction);
        CHECK(e.id() == "alliance.period.contradiction");
        const std::string what = e.what();
        CHECK(what.find("periods.csv:12") != std::string::npos);
        CHECK(what.find("CSTO UZB suspended 2008/2013") != std::string::npos);       // the new period
        CHECK(what.find("CSTO UZB member 2006-08-16/2012-06-28") != std::string::npos);  // the one it clashes with
        CHECK(what.find("2008-12-31") != std::string::npos);  // the first day both certainly hold
    }
    // The rejected period left no trace.
    CHECK(t.periods().size() == 1);
    CHECK(t.possibly(status::suspended).empty());
}

TEST_CASE("periods that only possibly overlap are accepted, and the overlap is unknown") {
    alliance::timeline t;
    t.add({"X", "A", status::member, "1992"_pd, "1999"_pd});
    t.add({"X", "A", status::suspended, "1999"_pd, "2000"_pd});
    CHECK(t.status_on(day(1999, 6, 1)) == status_reading::unknown({status::member, status::suspended}));
    CHECK(t.status_on(day(1999, 12, 31)) == status::suspended);
}

TEST_CASE("an ill-formed period never enters a timeline") {
    alliance::timeline t;
    CHECK_THROWS_AS(t.add({"X", "A", status::member, "2000"_pd, "1990"_pd}), alliance::error);
    CHECK(t.empty());
    CHECK(t.possible().empty());
}

TEST_CASE("days the sources mark as missing read unknown, unless a period makes them certain") {
    alliance::timeline t;
    t.add_unknown(alliance::days_from_to(day(2000, 1, 1), day(2001, 12, 31)));
    CHECK_FALSE(t.empty());
    CHECK(t.status_on(day(1999, 12, 31)) == status::none);
    CHECK(t.status_on(day(2000, 1, 1)) == unknown);
    CHECK(t.status_on(day(2001, 12, 31)) == unknown);
    CHECK(t.status_on(day(2002, 1, 1)) == status::none);
    t.add({"X", "A", status::member, "2001-01-01"_pd, boundary::open()});
    CHECK(t.status_on(day(2000, 6, 1)) == unknown);
    CHECK(t.status_on(day(2001, 6, 1)) == status::member);
    CHECK(t.unknown() == days(day(2000, 1, 1), day(2001, 12, 31)));
}

TEST_CASE("many periods of one party, in any order: the same timeline, joins included, and no quadratic cost") {
    // Year-precise memberships back to back at one stated year each ("member 1801-1803",
    // "member 1803-1805", ...: joined) with an observer year between every tenth pair;
    // added in order and shuffled, the two timelines must read alike on every day.
    std::vector<period> ps;
    int y = 1001;
    for (int i = 0; i < 3000; ++i) {
        const bool observer = i % 10 == 9;
        ps.push_back({"X", "A", observer ? status::observer : status::member,
                      alliance::partial_date{date::year{y}}, boundary{alliance::partial_date{date::year{y + 2}}}});
        y += observer ? 3 : 2;  // an observer period is followed by a gap year
    }
    alliance::timeline in_order, shuffled;
    for (const auto& p : ps) in_order.add(p);
    std::vector<period> mixed = ps;
    for (std::size_t i = 0; i < mixed.size(); ++i) std::swap(mixed[i], mixed[(i * 7919) % mixed.size()]);
    for (const auto& p : mixed) shuffled.add(p);
    CHECK(shuffled.period_count() == ps.size());
    CHECK((in_order.certain() == shuffled.certain()));
    CHECK((in_order.possible() == shuffled.possible()));
    // The join: a member year shared by two member periods is certain throughout.
    CHECK(shuffled.status_on(day(1003, 1, 1)) == status::member);
    // Where a member period meets an observer period the shared year is undecided.
    CHECK(shuffled.status_on(day(1019, 6, 1)) == status_reading::unknown({status::member, status::observer}));
    // periods() is ordered by earliest start, whatever the order of adding.
    const auto listed = shuffled.periods();
    REQUIRE(listed.size() == ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i) CHECK(listed[i].from == ps[i].from);
}
