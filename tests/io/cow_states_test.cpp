// The COW state-system table: codes, abbreviations, IGO column names, and the system as a membership timeline.
#include "shared_data.hpp"

#include <alliance/data/cow_states.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cow = alliance::data::cow;

// Lookups work in constant expressions.
static_assert(cow::find_state(2)->abbreviation == "USA");
static_assert(cow::find_state(255)->igo_column == "germany");
static_assert(cow::find_state("wgermany")->code == 260);
static_assert(cow::find_state("rus")->code == 365);
static_assert(cow::find_state(1) == nullptr);
static_assert(cow::states.size() == 217 && cow::spells.size() == 243);

namespace {
date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }
}  // namespace

TEST_CASE("parties are found by abbreviation, COW number, IGO column name and English name") {
    alliance::registry r;
    const auto gfr = cow::add_state(r, *cow::find_state(260));
    CHECK(r.key(gfr) == "GFR");
    CHECK(r.name(gfr) == "German Federal Republic");
    CHECK(r.find_party("260") == gfr);
    CHECK(r.find_party("wgermany") == gfr);
    CHECK(r.find_party("german federal republic") == gfr);
    CHECK(cow::add_state(r, *cow::find_state(260)) == gfr);  // adding twice is harmless
    CHECK(r.aliases(gfr) == std::vector<std::string_view>{"260", "wgermany"});
}

TEST_CASE("the state system is a membership timeline") {
    const auto r = cow::system_registry();
    CHECK(r.period_count() == cow::spells.size());
    // Germany left the system on 8 May 1945 and came back on 3 October 1990; the two German states between.
    CHECK(alliance::is_member(r, cow::system_key, "GMY", day(1945, 5, 8)) == alliance::answer::yes);
    CHECK(alliance::is_member(r, cow::system_key, "GMY", day(1945, 5, 9)) == alliance::answer::no);
    CHECK(alliance::is_member(r, cow::system_key, "GFR", day(1990, 10, 2)) == alliance::answer::yes);
    CHECK(alliance::is_member(r, cow::system_key, "GFR", day(1990, 10, 3)) == alliance::answer::no);
    CHECK(alliance::is_member(r, cow::system_key, "255", day(1990, 10, 3)) == alliance::answer::yes);
    // A spell that runs to the end of the list (2016-12-31) is still going on.
    CHECK(alliance::is_member(r, cow::system_key, "USA", day(2024, 1, 1)) == alliance::answer::yes);
    CHECK(alliance::members_on(r, cow::system_key, day(1816, 1, 1)).size() == 23);
}

TEST_CASE("the table is the COW list: every row of states2016.csv is in it") {
    std::ifstream in(alliance_test::shared_path("data/cow-igo-v3/states2016.csv"));
    REQUIRE(in);
    std::string line;
    std::getline(in, line);
    std::size_t rows = 0;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::vector<std::string> f;
        std::stringstream fields(line);
        for (std::string cell; std::getline(fields, cell, ',');) f.push_back(cell);
        REQUIRE(f.size() == 10);
        const auto* st = cow::find_state(std::stoi(f[1]));
        REQUIRE(st != nullptr);
        CHECK(st->abbreviation == f[0]);
        CHECK(st->name == f[2]);
        const date::year_month_day first{date::year{std::stoi(f[3])}, date::month{static_cast<unsigned>(std::stoi(f[4]))},
                                         date::day{static_cast<unsigned>(std::stoi(f[5]))}};
        bool found = false;
        for (const auto& s : cow::spells) found = found || (s.code == st->code && s.first == first);
        CHECK(found);
        ++rows;
    }
    CHECK(rows == cow::spells.size());
}
