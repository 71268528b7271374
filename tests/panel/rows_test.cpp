// Panels: the reference-day rule, unknown kept honest, and dyad-year counts
// equal to asking the model organisation by organisation.
#include <alliance/alliance.hpp>
#include <alliance/io/panel_csv.hpp>
#include <alliance/panel.hpp>

#include <synthetic_data.hpp>

#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <tuple>

using namespace alliance::literals;
using alliance::answer;
using alliance::status;

namespace {

alliance::registry small_registry() {
    alliance::registry r;
    r.add_organisation("IGO", "An organisation coded by year");
    r.add_organisation("PACT", "A pact with exact dates");
    for (const char* k : {"AAA", "BBB", "CCC", "DDD"}) r.add_party(k, std::string("Party ") + k);
    // Coded by year, "member 1950 to 1985": read as a period from 1950 to 1986.
    r.add({"IGO", "AAA", status::member, "1950"_pd, "1986"_pd});
    r.add({"IGO", "BBB", status::member, "1960-07-01"_pd, "1970-12"_pd});
    r.add({"IGO", "CCC", status::observer, "1955"_pd, "1990"_pd});
    r.add({"IGO", "DDD", status::member, "1958-03"_pd, "1975"_pd});
    r.add({"PACT", "AAA", status::member, "1949-04-04"_pd, alliance::boundary::open()});
    r.add({"PACT", "BBB", status::member, "1955-05-09"_pd, "1966-07-01"_pd});
    return r;
}

const alliance::state_year_row* find(const std::vector<alliance::state_year_row>& rows, std::string_view party, int year) {
    for (const auto& row : rows)
        if (row.party == party && row.year == year) return &row;
    return nullptr;
}

}  // namespace

TEST_CASE("the reference day gives back exactly the years a year-coded source lists") {
    const auto r = small_registry();
    alliance::panel_options years;
    years.first_year = 1945;
    years.last_year = 1995;
    const auto rows = alliance::state_year_panel(r, "IGO", years);
    CHECK(rows.size() == 4 * 51);
    for (int y = 1945; y <= 1995; ++y) {
        const auto* row = find(rows, "AAA", y);
        REQUIRE(row != nullptr);
        CHECK(row->organisation == "IGO");
        CHECK(row->status == (y >= 1950 && y <= 1985 ? alliance::status_reading{status::member}
                                                     : alliance::status_reading{status::none}));
    }
}

TEST_CASE("31 December is decided by any date stated to the year or the month") {
    const auto r = small_registry();
    const auto rows = alliance::state_year_panel(r, "IGO");
    // BBB left in December 1970: whatever the day, it had left by the end of 31 December.
    REQUIRE(find(rows, "BBB", 1970) != nullptr);
    CHECK(find(rows, "BBB", 1970)->status == alliance::status_reading{status::none});
    CHECK(find(rows, "BBB", 1969)->status == alliance::status_reading{status::member});
    CHECK(find(rows, "BBB", 1960)->status == alliance::status_reading{status::member});
    CHECK(find(rows, "CCC", 1960)->status == alliance::status_reading{status::observer});
    CHECK(find(rows, "DDD", 1958)->status == alliance::status_reading{status::member});
    CHECK(find(rows, "DDD", 1975)->status == alliance::status_reading{status::none});
    for (const auto& row : rows) CHECK(row.status.known());
    // Default years: those the stated boundaries mention, 1950 to 1990.
    CHECK(rows.front().year == 1950);
    CHECK(rows.back().year == 1990);
}

TEST_CASE("another reference day is honoured, and may be undecided") {
    const auto r = small_registry();
    alliance::panel_options mid_year;
    mid_year.reference_day = date::July / date::day{1};
    const auto rows = alliance::state_year_panel(r, "IGO", mid_year);
    // On 1 July 1950 the year-coded membership may not have begun yet.
    CHECK_FALSE(find(rows, "AAA", 1950)->status.known());
    CHECK(find(rows, "AAA", 1951)->status == alliance::status_reading{status::member});
    CHECK(find(rows, "BBB", 1960)->status == alliance::status_reading{status::member});  // joined that very day
    CHECK(find(rows, "BBB", 1959)->status == alliance::status_reading{status::none});
    CHECK(find(rows, "BBB", 1961)->status == alliance::status_reading{status::member});
    CHECK_FALSE(find(rows, "DDD", 1975)->status.known());
}

TEST_CASE("bad panel options are rejected with a message") {
    const auto r = small_registry();
    alliance::panel_options leap;
    leap.reference_day = date::February / date::day{29};
    CHECK_THROWS_WITH_AS(alliance::state_year_panel(r, "IGO", leap),
                         doctest::Contains("does not exist in year"), alliance::error);
    alliance::panel_options backwards;
    backwards.first_year = 1990;
    backwards.last_year = 1980;
    CHECK_THROWS_WITH_AS(alliance::dyad_year_panel(r, "IGO", backwards), doctest::Contains("is after its last year"),
                         alliance::error);
    CHECK_THROWS_AS(alliance::state_year_panel(r, "NOPE"), alliance::error);
}

TEST_CASE("a dyad-year panel answers yes, no and unknown") {
    const auto r = small_registry();
    alliance::panel_options mid_year;
    mid_year.reference_day = date::July / date::day{1};
    const auto rows = alliance::dyad_year_panel(r, "IGO", mid_year);
    const auto at = [&](std::string_view a, std::string_view b, int y) {
        for (const auto& row : rows)
            if (row.party1 == a && row.party2 == b && row.year == y) return row.both_members;
        FAIL("no row for " << a << " " << b << " " << y);
        return answer::unknown;
    };
    CHECK(rows.size() == 6 * (1990 - 1950 + 1));
    CHECK(at("AAA", "BBB", 1965) == answer::yes);
    CHECK(at("AAA", "DDD", 1975) == answer::unknown);  // DDD's end undecided, AAA certainly a member
    CHECK(at("AAA", "BBB", 1975) == answer::no);
    CHECK(at("AAA", "CCC", 1965) == answer::no);  // CCC is an observer
    CHECK(at("BBB", "DDD", 1975) == answer::no);  // BBB certainly no longer a member beats DDD's unknown end
    for (const auto& row : rows) CHECK(row.party1 < row.party2);
}

TEST_CASE("dyad-year counts equal asking the model organisation by organisation") {
    alliance::synthetic::shape s;
    s.organisations = 9;
    s.parties = 14;
    s.coverage = 0.6;
    s.first_year = 1950;
    s.last_year = 2000;
    const date::month_day reference_days[] = {date::December / date::day{31}, date::July / date::day{1}};
    for (std::uint32_t seed : {1u, 2u, 3u}) for (const auto md : reference_days) {
        const auto r = alliance::synthetic::make_registry(seed, s);
        alliance::panel_options years;
        years.first_year = 1945;
        years.last_year = 2010;
        years.reference_day = md;
        const auto rows = alliance::dyad_year_counts(r, years);

        std::map<std::tuple<std::string_view, std::string_view, int>, std::pair<unsigned, unsigned>> expected;
        const auto parties = r.parties();
        for (const auto o : r.organisations())
            for (int y = 1945; y <= 2010; ++y) {
                const auto day = alliance::reference_day(y, md);
                for (std::size_t i = 0; i < parties.size(); ++i)
                    for (std::size_t j = i + 1; j < parties.size(); ++j) {
                        const auto a = alliance::is_member(r, r.key(o), r.key(parties[i]), day);
                        const auto b = alliance::is_member(r, r.key(o), r.key(parties[j]), day);
                        if (a == answer::no || b == answer::no) continue;
                        auto& e = expected[{r.key(parties[i]), r.key(parties[j]), y}];
                        ++e.second;
                        if (a == answer::yes && b == answer::yes) ++e.first;
                    }
            }
        CAPTURE(seed);
        CAPTURE(static_cast<unsigned>(md.month()));
        REQUIRE(rows.size() == expected.size());
        const auto by_id = alliance::dyad_year_counts_by_id(r, years);
        REQUIRE(by_id.size() == rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            CHECK(r.key(by_id[i].party1) == rows[i].party1);
            CHECK(r.key(by_id[i].party2) == rows[i].party2);
            CHECK(by_id[i].year == rows[i].year);
            CHECK(by_id[i].certain == rows[i].certain);
            CHECK(by_id[i].possible == rows[i].possible);
        }
        // The same table from a query index, compiled from the registry or built straight from its periods
        // (which numbers parties in its own order: compared by key).
        const auto compiled = alliance::query_index::from(r);
        CHECK(alliance::dyad_year_counts_by_id(compiled, years) == by_id);
        CHECK(alliance::dyad_year_counts(compiled, years) == rows);
        const auto built = alliance::query_index::build(r.periods());
        CHECK(alliance::dyad_year_counts(built, years) == rows);
        // Default years: those the data states, the same for the registry and both indexes.
        alliance::panel_options defaults;
        defaults.reference_day = md;
        const auto by_default = alliance::dyad_year_counts_by_id(r, defaults);
        CHECK_FALSE(by_default.empty());
        CHECK(alliance::dyad_year_counts_by_id(compiled, defaults) == by_default);
        CHECK(alliance::dyad_year_counts(built, defaults).size() == by_default.size());
        CHECK(built.stated_years() == compiled.stated_years());
        int previous_year = 0;
        for (const auto& row : rows) {
            const auto it = expected.find({row.party1, row.party2, row.year});
            REQUIRE(it != expected.end());
            CHECK(row.certain == it->second.first);
            CHECK(row.possible == it->second.second);
            CHECK(row.party1 < row.party2);
            CHECK(row.year >= previous_year);
            previous_year = row.year;
        }
    }
}

TEST_CASE("panels are written as CSV with the expected columns") {
    const auto r = small_registry();
    alliance::panel_options one_year;
    one_year.first_year = 1965;
    one_year.last_year = 1965;
    std::ostringstream states, dyads, counts;
    alliance::write_csv(states, alliance::state_year_panel(r, "PACT", one_year));
    alliance::write_csv(dyads, alliance::dyad_year_panel(r, "PACT", one_year));
    alliance::write_csv(counts, alliance::dyad_year_counts(r, one_year));
    CHECK(states.str() == "organisation,party,year,status\nPACT,AAA,1965,member\nPACT,BBB,1965,member\n");
    CHECK(dyads.str() == "organisation,party1,party2,year,both_members\nPACT,AAA,BBB,1965,yes\n");
    // AAA and BBB are members of both IGO and PACT in 1965, DDD of IGO only; CCC is only an observer.
    CHECK(counts.str() ==
          "party1,party2,year,dyadigos,dyadigos_possible\nAAA,BBB,1965,2,2\nAAA,DDD,1965,1,1\nBBB,DDD,1965,1,1\n");
}

TEST_CASE("31 December is decided on random data, and counts then need no second column") {
    alliance::synthetic::shape s;
    s.organisations = 5;
    s.parties = 10;
    const auto r = alliance::synthetic::make_registry(11, s);
    for (const auto o : r.organisations())
        for (const auto& row : alliance::state_year_panel(r, r.key(o))) CHECK(row.status.known());
    const auto counts = alliance::dyad_year_counts(r);
    CHECK_FALSE(counts.empty());
    for (const auto& row : counts) CHECK(row.certain == row.possible);
}
