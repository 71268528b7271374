// queries: point-in-time and overlap questions, answered yes / no / unknown.
#include <alliance/queries.hpp>

#include "fixture.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using alliance::answer;
using alliance::status;
using alliance::status_reading;
using alliance_test::day;
using alliance_test::days;
using alliance_test::fixture;
using names = std::vector<std::string_view>;

TEST_CASE("status_of: known statuses, no status, and unknown") {
    const auto& r = fixture();
    CHECK(alliance::status_of(r, "CSTO", "UZB", day(2012, 6, 27)) == status::member);
    CHECK(alliance::status_of(r, "CSTO", "UZB", day(2012, 6, 28)) == status::suspended);
    CHECK(alliance::status_of(r, "CSTO", "UZB", day(2012, 12, 18)) == status::suspended);
    CHECK(alliance::status_of(r, "CSTO", "UZB", day(2012, 12, 19)) == status::withdrawn);
    CHECK(alliance::status_of(r, "CSTO", "UZB", day(2000, 1, 1)) == status::none);
    CHECK(alliance::status_of(r, "CSTO", "ARM", day(2024, 1, 31)) == status::member);
    // The freeze is a participation: the standing stays member, and the
    // participation is undecided within the month it is known to.
    CHECK(alliance::status_of(r, "CSTO", "ARM", day(2024, 2, 10)) == status::member);
    CHECK(alliance::participation_of(r, "CSTO", "ARM", day(2024, 1, 31)) == status::none);
    CHECK(alliance::participation_of(r, "CSTO", "ARM", day(2024, 2, 10)) ==
          status_reading::unknown({status::frozen, status::none}));
    CHECK(alliance::status_of(r, "CSTO", "ARM", day(2024, 2, 29)) == status::member);
    CHECK(alliance::participation_of(r, "CSTO", "ARM", day(2024, 2, 29)) == status::frozen);
    // A boundary known to the year: member, or not yet (AZE) / no longer (GEO) anything.
    CHECK(alliance::status_of(r, "CSTO", "AZE", day(1999, 6, 1)) == status_reading::unknown({status::member, status::none}));
    // A party with no period in the organisation has no status there: a definite no.
    CHECK(alliance::status_of(r, "CSTO", "BLR", day(2000, 1, 1)) == status::none);
    CHECK(alliance::status_of(r, "CIS", "KGZ", day(2000, 1, 1)) == status::none);
    // Keys are case-insensitive; names work too.
    CHECK(alliance::status_of(r, "csto", "Uzbekistan", day(2012, 7, 1)) == status::suspended);
}

TEST_CASE("is_member: yes, no and unknown") {
    const auto& r = fixture();
    CHECK(alliance::is_member(r, "CSTO", "AZE", day(1998, 12, 31)) == answer::yes);
    CHECK(alliance::is_member(r, "CSTO", "AZE", day(1999, 1, 1)) == answer::unknown);
    CHECK(alliance::is_member(r, "CSTO", "AZE", day(1999, 12, 30)) == answer::unknown);
    CHECK(alliance::is_member(r, "CSTO", "AZE", day(1999, 12, 31)) == answer::no);
    CHECK(alliance::is_member(r, "CSTO", "GEO", day(1993, 12, 31)) == answer::no);
    CHECK(alliance::is_member(r, "CSTO", "GEO", day(1994, 6, 1)) == answer::unknown);
    CHECK(alliance::is_member(r, "CSTO", "GEO", day(1994, 12, 31)) == answer::yes);
    CHECK(alliance::is_member(r, "CSTO", "UZB", day(2012, 7, 1)) == answer::no);  // suspended is not member
    CHECK(alliance::is_member(r, "CSTO", "ARM", day(2024, 3, 1)) == answer::yes);  // frozen, and still a member
}

TEST_CASE("members_on lists only certain members; undecided_on lists the rest") {
    const auto& r = fixture();
    CHECK(alliance::members_on(r, "CSTO", day(1995, 1, 1)) == names{"ARM", "AZE", "GEO", "KGZ", "UZB"});
    CHECK(alliance::members_on(r, "CSTO", day(1994, 6, 1)) == names{"ARM", "AZE", "KGZ", "UZB"});
    CHECK(alliance::undecided_on(r, "CSTO", day(1994, 6, 1)) == names{"GEO"});
    CHECK(alliance::members_on(r, "CSTO", day(1999, 6, 1)) == names{"ARM", "KGZ"});
    CHECK(alliance::undecided_on(r, "CSTO", day(1999, 6, 1)) == names{"AZE"});
    CHECK(alliance::undecided_on(r, "CSTO", day(2010, 1, 1)).empty());
    CHECK(alliance::members_on(r, "CSTO", day(2025, 1, 1)) == names{"ARM", "KGZ"});
    CHECK(alliance::active_members_on(r, "CSTO", day(2025, 1, 1)) == names{"KGZ"});
    // Within the month of the freeze, Armenia is not certainly active.
    CHECK(alliance::active_members_on(r, "CSTO", day(2024, 2, 10)) == names{"KGZ"});
    CHECK(alliance::active_members_on(r, "CSTO", day(2024, 1, 31)) == names{"ARM", "KGZ"});
    CHECK(alliance::members_on(r, "CSTO", day(1980, 1, 1)).empty());
}

TEST_CASE("parties_with a given status") {
    const auto& r = fixture();
    CHECK(alliance::parties_with(r, "CSTO", status::suspended, day(2012, 7, 1)) == names{"UZB"});
    CHECK(alliance::parties_with(r, "CSTO", status::withdrawn, day(2020, 1, 1)) == names{"UZB"});
    CHECK(alliance::parties_with(r, "CSTO", status::frozen, day(2024, 2, 10)).empty());  // not yet certain
    CHECK(alliance::parties_with(r, "CSTO", status::frozen, day(2024, 3, 1)) == names{"ARM"});
    CHECK(alliance::parties_with(r, "CSTO", status::observer, day(2024, 3, 1)).empty());
}

TEST_CASE("the lists agree with status_of on every day of a span") {
    const auto& r = fixture();
    const names all{"ARM", "AZE", "BLR", "GEO", "KGZ", "UZB"};
    for (auto d = day(1993, 12, 1); d <= day(2000, 1, 31); d += date::days{7}) {
        names members, undecided, suspended;
        for (auto p : all) {
            const auto s = alliance::status_of(r, "CSTO", p, d);
            if (s.is(status::member) == answer::yes) members.push_back(p);
            if (!s.known()) undecided.push_back(p);
            if (s == status::suspended) suspended.push_back(p);
        }
        CAPTURE(alliance::to_string(d));
        REQUIRE(alliance::members_on(r, "CSTO", d) == members);
        REQUIRE(alliance::undecided_on(r, "CSTO", d) == undecided);
        REQUIRE(alliance::parties_with(r, "CSTO", status::suspended, d) == suspended);
    }
}

static_assert(std::is_same_v<decltype(alliance::overlap(std::declval<const alliance::registry&>(), "", "", "")),
                             boost::icl::interval_set<alliance::day_count>>,
              "overlaps are Boost.ICL interval sets over day counts");

TEST_CASE("overlap: the spans when two parties were both certainly members (an ICL interval_set)") {
    const auto& r = fixture();
    const alliance::day_set both = alliance::overlap(r, "CSTO", "ARM", "UZB");
    CHECK(both == (days(day(1994, 4, 20), day(1999, 4, 1)) + days(day(2006, 8, 16), day(2012, 6, 27))));
    CHECK(boost::icl::interval_count(both) == 2);
    CHECK(alliance::to_string(both) == "1994-04-20/1999-04-01, 2006-08-16/2012-06-27");
    // Only certain days: AZE's year of leaving is not included.
    CHECK(alliance::overlap(r, "CSTO", "ARM", "AZE") == days(day(1994, 4, 20), day(1998, 12, 31)));
    CHECK(alliance::overlap(r, "CSTO", "ARM", "UZB") == alliance::overlap(r, "CSTO", "UZB", "ARM"));
    CHECK(alliance::overlap(r, "CSTO", "ARM", "BLR").empty());
    CHECK(alliance::overlap(r, "CSTO", "KGZ", "KGZ") == alliance::days_with(r, "CSTO", "KGZ", status::member));
}

TEST_CASE("overlap_between: the days a party was a member of both organisations") {
    const auto& r = fixture();
    CHECK(alliance::overlap_between(r, "CSTO", "CIS", "GEO") == days(day(1994, 12, 31), day(1999, 4, 1)));
    CHECK(alliance::overlap_between(r, "CSTO", "CIS", "KGZ").empty());
    CHECK(alliance::overlap_between(r, "CIS", "CSTO", "UZB") == alliance::overlap_between(r, "CSTO", "CIS", "UZB"));
}

TEST_CASE("common_members of two organisations on a day") {
    const auto& r = fixture();
    CHECK(alliance::common_members(r, "CSTO", "CIS", day(2010, 1, 1)) == names{"ARM", "UZB"});
    CHECK(alliance::common_members(r, "CSTO", "CIS", day(1995, 1, 1)) == names{"ARM", "AZE", "GEO", "UZB"});
    CHECK(alliance::common_members(r, "CSTO", "CIS", day(2013, 1, 1)) == names{"ARM"});
}

TEST_CASE("members at any time during a span, and throughout it") {
    const auto& r = fixture();
    CHECK(alliance::members_at_any_time(r, "CSTO", day(1999, 1, 1), day(2006, 12, 31)) ==
          names{"ARM", "GEO", "KGZ", "UZB"});
    CHECK(alliance::members_throughout(r, "CSTO", day(1999, 1, 1), day(2006, 12, 31)) == names{"ARM", "KGZ"});
    // Both ends of the span are included.
    CHECK(alliance::members_at_any_time(r, "CSTO", day(2012, 6, 27), day(2012, 6, 27)) ==
          names{"ARM", "KGZ", "UZB"});
    CHECK(alliance::members_at_any_time(r, "CSTO", day(2012, 6, 28), day(2012, 12, 31)) == names{"ARM", "KGZ"});
    CHECK(alliance::members_throughout(r, "CSTO", day(1994, 4, 20), day(1999, 4, 1)) ==
          names{"ARM", "KGZ", "UZB"});
    CHECK(alliance::members_throughout(r, "CSTO", day(1994, 4, 19), day(1999, 4, 1)) == names{"ARM", "KGZ"});
}

TEST_CASE("a span that ends before it starts is an error") {
    const auto& r = fixture();
    CHECK_THROWS_WITH_AS((void)alliance::members_throughout(r, "CSTO", day(2000, 1, 2), day(2000, 1, 1)),
                         "[alliance.period.invalid] the span 2000-01-02 to 2000-01-01 ends before it starts",
                         alliance::error);
    CHECK_THROWS_AS((void)alliance::members_at_any_time(r, "CSTO", day(2000, 1, 2), day(2000, 1, 1)), alliance::error);
    CHECK_THROWS_AS((void)alliance::days_from_to(day(2000, 1, 2), day(2000, 1, 1)), alliance::error);
}

TEST_CASE("days_with: the days a status certainly held") {
    const auto& r = fixture();
    CHECK(alliance::days_with(r, "CSTO", "UZB", status::suspended) == days(day(2012, 6, 28), day(2012, 12, 18)));
    CHECK(alliance::days_with(r, "CSTO", "BLR", status::member).empty());
}

TEST_CASE("every query rejects an unknown organisation and an unknown party, naming the key") {
    const auto& r = fixture();
    const auto d = day(2000, 1, 1);
    using check = std::function<void(std::string_view organisation, std::string_view party)>;
    const std::vector<std::pair<const char*, check>> queries{
        {"status_of", [&](auto o, auto p) { (void)alliance::status_of(r, o, p, d); }},
        {"is_member", [&](auto o, auto p) { (void)alliance::is_member(r, o, p, d); }},
        {"overlap (first party)", [&](auto o, auto p) { (void)alliance::overlap(r, o, p, "ARM"); }},
        {"overlap (second party)", [&](auto o, auto p) { (void)alliance::overlap(r, o, "ARM", p); }},
        {"overlap_between (first)", [&](auto o, auto p) { (void)alliance::overlap_between(r, o, "CIS", p); }},
        {"overlap_between (second)", [&](auto o, auto p) { (void)alliance::overlap_between(r, "CIS", o, p); }},
        {"days_with", [&](auto o, auto p) { (void)alliance::days_with(r, o, p, status::member); }},
    };
    // (No structured bindings: CAPTURE is a lambda, and clang 14 cannot capture them.)
    for (const auto& entry : queries) {
        const char* name = entry.first;
        const check& query = entry.second;
        CAPTURE(name);
        CHECK_THROWS_WITH_AS(query("NATO", "ARM"), "[alliance.organisation.unknown] unknown organisation 'NATO'",
                             alliance::error);
        CHECK_THROWS_WITH_AS(query("CSTO", "Ruritania"), "[alliance.party.unknown] unknown party 'Ruritania'",
                             alliance::error);
    }
    using org_check = std::function<void(std::string_view organisation)>;
    const std::vector<std::pair<const char*, org_check>> organisation_queries{
        {"members_on", [&](auto o) { (void)alliance::members_on(r, o, d); }},
        {"parties_with", [&](auto o) { (void)alliance::parties_with(r, o, status::observer, d); }},
        {"undecided_on", [&](auto o) { (void)alliance::undecided_on(r, o, d); }},
        {"common_members (first)", [&](auto o) { (void)alliance::common_members(r, o, "CIS", d); }},
        {"common_members (second)", [&](auto o) { (void)alliance::common_members(r, "CIS", o, d); }},
        {"members_at_any_time", [&](auto o) { (void)alliance::members_at_any_time(r, o, d, d); }},
        {"members_throughout", [&](auto o) { (void)alliance::members_throughout(r, o, d, d); }},
    };
    for (const auto& entry : organisation_queries) {
        const char* name = entry.first;
        const org_check& query = entry.second;
        CAPTURE(name);
        CHECK_THROWS_WITH_AS(query("NATO"), "[alliance.organisation.unknown] unknown organisation 'NATO'",
                             alliance::error);
    }
}
