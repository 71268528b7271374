// coverage: outside the days an organisation's sources observe, every answer is unknown —
// from the registry's queries, from a query index compiled from it, and in panels.
#include <alliance/index.hpp>
#include <alliance/panel.hpp>
#include <alliance/queries.hpp>
#include <alliance/registry.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

using alliance::answer;
using alliance::status;
using alliance::status_reading;
using alliance_test::day;
using alliance_test::days;
using names = std::vector<std::string_view>;

namespace {

// An alliance observed from 1950 to 2014, like a COW file: A joined in 1950
// and never left; B was a member from 1960-03-01 to 1970-06-30 (inclusive);
// C is a party of another organisation only.
alliance::registry observed_registry() {
    alliance::registry r;
    const auto org = r.add_organisation("ORG", "An organisation");
    r.add_organisation("OTHER", "Another organisation");
    for (const auto* k : {"A", "B", "C"}) r.add_party(k, k);
    alliance::period p;
    p.organisation = "ORG";
    p.party = "A";
    p.status = status::member;
    p.from = alliance::partial_date{date::year{1950} / 1 / 1};
    p.to = alliance::boundary::open();
    r.add(p);
    p.party = "B";
    p.from = alliance::partial_date{date::year{1960} / 3 / 1};
    p.to = alliance::boundary{alliance::partial_date{date::year{1970} / 7 / 1}};
    r.add(p);
    p.organisation = "OTHER";
    p.party = "C";
    p.from = alliance::partial_date{date::year{1950} / 1 / 1};
    p.to = alliance::boundary::open();
    r.add(p);
    r.set_coverage(org, day(1950, 1, 1), day(2014, 12, 31));
    return r;
}

}  // namespace

TEST_CASE("a registry keeps each organisation's coverage window") {
    auto r = observed_registry();
    const auto org = r.organisation("ORG");
    REQUIRE(r.coverage(org).has_value());
    CHECK(r.coverage(org)->first == day(1950, 1, 1));
    CHECK(r.coverage(org)->last == day(2014, 12, 31));
    CHECK(r.covers(org, day(2014, 12, 31)));
    CHECK_FALSE(r.covers(org, day(2015, 1, 1)));
    CHECK_FALSE(r.covers(org, day(1949, 12, 31)));
    // Without a window an organisation is observed on every day.
    CHECK_FALSE(r.coverage(r.organisation("OTHER")).has_value());
    CHECK(r.covers(r.organisation("OTHER"), day(3000, 1, 1)));
    // A window that ends before it starts is refused, naming the organisation.
    CHECK(alliance_test::error_of([&] { r.set_coverage(org, day(2000, 1, 2), day(2000, 1, 1)); })
              .find("the coverage of 'ORG' ends") != std::string::npos);
    // Setting it again widens it on purpose.
    r.set_coverage(org, day(1950, 1, 1), day(2020, 12, 31));
    CHECK(alliance::status_of(r, "ORG", "A", day(2018, 6, 1)) == status::member);
}

TEST_CASE("status_of: unknown past the coverage, for members and non-members alike") {
    const auto r = observed_registry();
    CHECK(alliance::status_of(r, "ORG", "A", day(2014, 12, 31)) == status::member);
    CHECK(alliance::status_of(r, "ORG", "A", day(2015, 1, 1)) == status_reading::unknown());
    CHECK(alliance::status_of(r, "ORG", "B", day(2000, 1, 1)) == status::none);
    CHECK(alliance::status_of(r, "ORG", "B", day(2018, 6, 1)) == status_reading::unknown());
    // C never had a period in ORG: inside coverage that is a definite none, outside it is not known.
    CHECK(alliance::status_of(r, "ORG", "C", day(2000, 1, 1)) == status::none);
    CHECK(alliance::status_of(r, "ORG", "C", day(2018, 6, 1)) == status_reading::unknown());
    CHECK(alliance::status_of(r, "ORG", "C", day(1900, 6, 1)) == status_reading::unknown());
    CHECK(alliance::is_member(r, "ORG", "A", day(2016, 1, 1)) == answer::unknown);
    // Another organisation without a window answers as before.
    CHECK(alliance::status_of(r, "OTHER", "C", day(2018, 6, 1)) == status::member);
}

TEST_CASE("lists: nobody is listed past the coverage, and every party is undecided there") {
    const auto r = observed_registry();
    CHECK(alliance::members_on(r, "ORG", day(1965, 1, 1)) == names{"A", "B"});
    CHECK(alliance::members_on(r, "ORG", day(2014, 12, 31)) == names{"A"});
    CHECK(alliance::members_on(r, "ORG", day(2015, 1, 1)).empty());
    CHECK(alliance::undecided_on(r, "ORG", day(2014, 12, 31)).empty());
    CHECK(alliance::undecided_on(r, "ORG", day(2015, 1, 1)) == names{"A", "B"});
    // Throughout a span that leaves the coverage: not certain; at any time in it: certain.
    CHECK(alliance::members_throughout(r, "ORG", day(2010, 1, 1), day(2016, 1, 1)).empty());
    CHECK(alliance::members_throughout(r, "ORG", day(2010, 1, 1), day(2014, 12, 31)) == names{"A"});
    CHECK(alliance::members_at_any_time(r, "ORG", day(2014, 12, 31), day(2016, 1, 1)) == names{"A"});
    CHECK(alliance::members_at_any_time(r, "ORG", day(2015, 1, 1), day(2016, 1, 1)).empty());
}

TEST_CASE("overlaps and days_with hold only covered days") {
    const auto r = observed_registry();
    CHECK(alliance::days_with(r, "ORG", "A", status::member) == days(day(1950, 1, 1), day(2014, 12, 31)));
    CHECK(alliance::overlap(r, "ORG", "A", "B") == days(day(1960, 3, 1), day(1970, 6, 30)));
}

TEST_CASE("a query index compiled from the registry answers as the registry does, coverage included") {
    const auto r = observed_registry();
    const auto ix = alliance::query_index::from(r);
    for (const auto* party : {"A", "B", "C"})
        for (const auto d : {day(1900, 6, 1), day(1949, 12, 31), day(1950, 1, 1), day(1965, 1, 1), day(2014, 12, 31),
                             day(2015, 1, 1), day(2018, 6, 1)}) {
            CAPTURE(party);
            CAPTURE(d);
            CHECK(ix.status_of("ORG", party, d) == alliance::status_of(r, "ORG", party, d));
            CHECK(ix.members_on("ORG", d) == alliance::members_on(r, "ORG", d));
            CHECK(ix.status_of("OTHER", party, d) == alliance::status_of(r, "OTHER", party, d));
        }
    CHECK(ix.overlap("ORG", "A", "B") == alliance::overlap(r, "ORG", "A", "B"));
    CHECK(ix.status_of("ORG", "A", day(2015, 1, 1)) == status_reading::unknown());
    CHECK(ix.members_on("ORG", day(2015, 1, 1)).empty());
}

TEST_CASE("panels: years past the coverage are unknown, in state-year, dyad-year and dyad counts") {
    const auto r = observed_registry();
    alliance::panel_options options;
    options.first_year = 2013;
    options.last_year = 2016;
    const auto rows = alliance::state_year_panel(r, "ORG", options);
    REQUIRE(rows.size() == 8);  // A and B, 2013-2016
    CHECK(rows[0].status == status::member);                 // A 2013
    CHECK(rows[1].status == status::member);                 // A 2014
    CHECK(rows[2].status == status_reading::unknown());      // A 2015
    CHECK(rows[4].status == status::none);                   // B 2013
    CHECK(rows[7].status == status_reading::unknown());      // B 2016
    const auto dyads = alliance::dyad_year_panel(r, "ORG", options);
    REQUIRE(dyads.size() == 4);
    CHECK(dyads[1].both_members == answer::no);       // 2014: B is not a member
    CHECK(dyads[2].both_members == answer::unknown);  // 2015: nobody is observed
    // Counts: A and B possibly share ORG in 2015 and 2016, and certainly in no year here.
    const auto counts = alliance::dyad_year_counts(r, options);
    const auto ix = alliance::query_index::from(r);
    CHECK(counts == alliance::dyad_year_counts(ix, options));
    std::vector<int> possible_years;
    for (const auto& row : counts) {
        if (row.party1 == "A" && row.party2 == "B") {
            CHECK(row.certain == 0);
            if (row.possible == 1) possible_years.push_back(row.year);
        }
    }
    CHECK(possible_years == std::vector<int>{2015, 2016});
}
