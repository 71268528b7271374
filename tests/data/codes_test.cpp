// The country-code crosswalk (alliance/data/codes.hpp) against the raw rows of
// the shared files: the COW list v2016 (states2016.csv), the states package's
// COW and G-W lists (cowstates.csv, gwstates.csv) and countrycode's code list
// (codelist.csv). The expected values come from the files, read here with a
// plain CSV split of the test's own; the hand-picked cases (Germany, Serbia,
// Yemen, Vietnam, Russia) are the rows of those files, copied in by hand.
#include "shared_data.hpp"

#include <alliance/data/codes.hpp>
#include <alliance/data/csto.hpp>
#include <alliance/io/read.hpp>
#include <alliance/panel.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace codes = alliance::data::codes;
using codes::scheme;

namespace {

constexpr date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

// --- synopsis: constexpr answers ------------------------------------------------

static_assert(codes::parse_scheme("iso3c") == scheme::iso3c && !codes::parse_scheme("ISO3C"));
static_assert(codes::to_string(scheme::gwn) == "gwn");
// cowstates.csv: 255,"GMY","Germany","1816-01-01","1945-05-08" and "1990-10-03","9999-12-31";
// 260,"GFR","German Federal Republic","1955-05-05","1990-10-02"; codelist.csv: Germany, DEU, 276.
constexpr auto germany = codes::find("DEU", scheme::iso3c, day(2000, 1, 1));
static_assert(germany && codes::name(*germany) == "Germany");
static_assert(codes::code_of(*germany, scheme::cown, day(2000, 1, 1))->number == 255);
static_assert(codes::code_of(*germany, scheme::cown, day(1960, 1, 1))->number == 260);
static_assert(codes::code_of(*germany, scheme::cowc, day(1960, 1, 1))->letters == "GFR");
static_assert(!codes::code_of(*germany, scheme::cown, day(1950, 1, 1)));
// gwstates.csv: 260,"GFR","German Federal Republic","1949-09-21","9999-12-31".
static_assert(codes::code_of(*germany, scheme::gwn, day(1950, 1, 1))->number == 260);
static_assert(codes::code_of(*germany, scheme::gwn, day(2000, 1, 1))->number == 260);
static_assert(codes::find("0703", scheme::cown, day(2010, 1, 1)) == codes::find("kgz", scheme::iso3c, day(2010, 1, 1)));

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (const char c : line) {
        if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

std::vector<std::map<std::string, std::string>> rows(const std::string& relative) {
    std::ifstream in(alliance_test::shared_path(relative));
    std::string line;
    std::getline(in, line);
    const auto header = split(line);
    std::vector<std::map<std::string, std::string>> out;
    while (std::getline(in, line)) {
        const auto cells = split(line);
        REQUIRE(cells.size() == header.size());
        auto& row = out.emplace_back();
        for (std::size_t i = 0; i < cells.size(); ++i) row[header[i]] = cells[i];
    }
    return out;
}

date::sys_days parse(const std::string& ymd) {
    return day(std::stoi(ymd.substr(0, 4)), static_cast<unsigned>(std::stoi(ymd.substr(5, 2))),
               static_cast<unsigned>(std::stoi(ymd.substr(8, 2))));
}

std::string text(const std::optional<std::string>& s) { return s ? *s : "(none)"; }

}  // namespace

TEST_CASE("states2016.csv: 217 states in 243 spells, each resolving by number to its letters on every spell's days") {
    const auto list = rows("data/cow-igo-v3/states2016.csv");
    CHECK(list.size() == 243);
    std::set<std::string> states;
    for (const auto& r : list) {
        states.insert(r.at("ccode"));
        const auto first = day(std::stoi(r.at("styear")), static_cast<unsigned>(std::stoi(r.at("stmonth"))),
                               static_cast<unsigned>(std::stoi(r.at("stday"))));
        const auto last = day(std::stoi(r.at("endyear")), static_cast<unsigned>(std::stoi(r.at("endmonth"))),
                              static_cast<unsigned>(std::stoi(r.at("endday"))));
        CAPTURE(r.at("ccode"));
        for (const auto d : {first, last}) {
            CHECK(text(codes::convert(r.at("ccode"), scheme::cown, scheme::cowc, d)) == r.at("stateabb"));
            CHECK(text(codes::convert(r.at("stateabb"), scheme::cowc, scheme::cown, d)) == r.at("ccode"));
        }
        // The day before a spell starts, the code is held only if another spell ends that day.
        const auto before = codes::convert(r.at("ccode"), scheme::cown, scheme::cowc, first - date::days{1});
        const bool back_to_back = std::any_of(list.begin(), list.end(), [&](const auto& o) {
            return o.at("ccode") == r.at("ccode") &&
                   day(std::stoi(o.at("endyear")), static_cast<unsigned>(std::stoi(o.at("endmonth"))),
                       static_cast<unsigned>(std::stoi(o.at("endday")))) == first - date::days{1};
        });
        CHECK(before.has_value() == back_to_back);
    }
    CHECK(states.size() == 217);
}

TEST_CASE("cowstates.csv: every COW code resolves to the same letters and name") {
    const auto list = rows("data/country-codes/cowstates.csv");
    CHECK(list.size() == 243);
    for (const auto& r : list) {
        CAPTURE(r.at("cowcode"));
        const auto first = parse(r.at("start"));
        CHECK(text(codes::convert(r.at("cowcode"), scheme::cown, scheme::cowc, first)) == r.at("cowc"));
        const auto* state = alliance::data::cow::find_state(std::stoi(r.at("cowcode")));
        REQUIRE(state);
        CHECK(state->name == r.at("country_name"));
        if (r.at("end") == "9999-12-31")  // still in the system: held at the end of the list and after
            CHECK(text(codes::convert(r.at("cowcode"), scheme::cown, scheme::cowc, day(2024, 1, 1))) == r.at("cowc"));
        else
            CHECK(text(codes::convert(r.at("cowcode"), scheme::cown, scheme::cowc, parse(r.at("end")))) == r.at("cowc"));
    }
}

TEST_CASE("gwstates.csv: every G-W spell resolves to its letters on its first and last day") {
    const auto list = rows("data/country-codes/gwstates.csv");
    CHECK(list.size() == 239);
    for (const auto& r : list) {
        CAPTURE(r.at("gwcode"));
        CAPTURE(r.at("start"));
        CHECK(text(codes::convert(r.at("gwcode"), scheme::gwn, scheme::gwc, parse(r.at("start")))) == r.at("gwc"));
        const auto last = r.at("end") == "9999-12-31" ? day(2030, 1, 1) : parse(r.at("end"));
        CHECK(text(codes::convert(r.at("gwcode"), scheme::gwn, scheme::gwc, last)) == r.at("gwc"));
        CHECK(text(codes::convert(r.at("gwc"), scheme::gwc, scheme::gwn, last)) == r.at("gwcode"));
    }
}

TEST_CASE("codelist.csv: on the last day of 2016, ISO codes convert to the COW and G-W codes the list gives") {
    // A country's code-list row gives its codes while it exists; the check is
    // made where the state lists have the code in the system on that day.
    // The crosswalk's ISO codes are those of the panel (codelist_panel.csv):
    // territories only in the code list (Aland Islands), and Vatican City,
    // whose panel rows stop in 1870, have none in 2016.
    std::set<std::string> in_panel, in_panel_2016;
    for (const auto& r : rows("data/country-codes/codelist_panel.csv")) {
        in_panel.insert(r.at("country.name.en"));
        if (r.at("year") == "2016" && !r.at("iso3c").empty()) in_panel_2016.insert(r.at("country.name.en"));
    }
    CHECK(in_panel.size() == 235);
    int checked = 0, territories = 0;
    for (const auto& r : rows("data/country-codes/codelist.csv")) {
        if (r.at("iso3c").empty()) continue;
        if (!in_panel_2016.count(r.at("country.name.en"))) {
            CHECK_FALSE(codes::find(r.at("iso3c"), scheme::iso3c, day(2016, 12, 31)));
            ++territories;
            continue;
        }
        CAPTURE(r.at("country.name.en"));
        const auto d = day(2016, 12, 31);
        CHECK(text(codes::convert(r.at("iso3c"), scheme::iso3c, scheme::iso3n, d)) == r.at("iso3n"));
        CHECK(text(codes::convert(r.at("iso3c"), scheme::iso3c, scheme::name, d)) == r.at("country.name.en"));
        if (!r.at("cown").empty() && alliance::data::cow::find_state(std::stoi(r.at("cown"))) &&
            codes::convert(r.at("cown"), scheme::cown, scheme::cown, d)) {
            CHECK(text(codes::convert(r.at("iso3c"), scheme::iso3c, scheme::cown, d)) == r.at("cown"));
            CHECK(text(codes::convert(r.at("iso3n"), scheme::iso3n, scheme::cowc, d)) == r.at("cowc"));
            ++checked;
        }
        if (!r.at("gwn").empty() && codes::convert(r.at("gwn"), scheme::gwn, scheme::gwn, d))
            CHECK(text(codes::convert(r.at("iso3c"), scheme::iso3c, scheme::gwc, d)) == r.at("gwc"));
    }
    CHECK(checked > 150);
    CHECK(territories > 0);
}

TEST_CASE("the codes of Germany, Serbia, Yemen, Vietnam and Russia over time") {
    const auto by_name = codes::find("Germany", scheme::name, day(2000, 1, 1));
    REQUIRE(by_name);
    CHECK(by_name == germany);
    const auto cow = codes::history(*by_name, scheme::cown);
    REQUIRE(cow.size() == 3);
    CHECK(cow[0].value.number == 255);
    CHECK(cow[0].first == day(1816, 1, 1));
    CHECK(cow[0].last == day(1945, 5, 8));
    CHECK(cow[1].value.number == 260);
    CHECK(cow[1].first == day(1955, 5, 5));
    CHECK(cow[1].last == day(1990, 10, 2));
    CHECK(cow[2].value.number == 255);
    CHECK(cow[2].first == day(1990, 10, 3));
    CHECK_FALSE(cow[2].last);
    CHECK(text(codes::convert("DEU", "iso3c", "gwc", day(2000, 1, 1))) == "GFR");
    CHECK(text(codes::convert("GFR", "gwc", "cowc", day(2000, 1, 1))) == "GMY");
    CHECK(text(codes::convert("GFR", "cowc", "iso3c", day(1970, 1, 1))) == "DEU");
    CHECK_FALSE(codes::convert("GFR", "cowc", "iso3c", day(2000, 1, 1)));  // COW's GFR ended 1990-10-02

    // Serbia: COW 345 YUG 1944-10-20 on; G-W 345 YUG to 2006-06-04, 340 SER from 2006-06-05.
    CHECK(text(codes::convert("345", "cown", "cowc", day(2010, 1, 1))) == "YUG");
    CHECK(text(codes::convert("345", "gwn", "gwc", day(2006, 6, 4))) == "YUG");
    CHECK_FALSE(codes::convert("345", "gwn", "gwc", day(2006, 6, 5)));
    CHECK(text(codes::convert("SRB", "iso3c", "gwn", day(2006, 6, 5))) == "340");
    CHECK(text(codes::convert("340", "gwn", "iso3n", day(2010, 1, 1))) == "688");

    // Yemen: COW 678 YAR to 1990-05-21, 679 YEM from 1990-05-22; G-W keeps 678 YEM.
    CHECK(text(codes::convert("YEM", "iso3c", "cown", day(1990, 5, 22))) == "679");
    CHECK_FALSE(codes::convert("YEM", "iso3c", "cown", day(1990, 5, 21)));
    CHECK(text(codes::convert("678", "cown", "cowc", day(1990, 5, 21))) == "YAR");
    CHECK(text(codes::convert("678", "gwn", "gwc", day(2000, 1, 1))) == "YEM");

    // Vietnam: G-W 815 VNM to 1893-01-01, 816 DRV from 1954-05-01; COW 816 DRV from 1954-07-21.
    CHECK(text(codes::convert("VNM", "iso3c", "gwn", day(1890, 1, 1))) == "815");
    CHECK(text(codes::convert("VNM", "iso3c", "gwn", day(1954, 6, 1))) == "816");
    CHECK_FALSE(codes::convert("VNM", "iso3c", "cown", day(1954, 6, 1)));
    CHECK(text(codes::convert("VNM", "iso3c", "cowc", day(1954, 7, 21))) == "DRV");

    // Russia / the Soviet Union: one code, 365 RUS, from 1816 in both lists.
    for (const auto d : {day(1816, 1, 1), day(1950, 1, 1), day(2020, 1, 1)}) {
        CHECK(text(codes::convert("643", "iso3n", "cown", d)) == "365");
        CHECK(text(codes::convert("365", "gwn", "iso3c", d)) == "RUS");
    }
}

TEST_CASE("find_all: a code names countries in every scheme it belongs to") {
    // 703: COW and G-W Kyrgyzstan (703 KYR), ISO Slovakia (SVK 703).
    const auto found = codes::find_all("703", day(2010, 1, 1));
    std::set<std::pair<std::string, std::string>> got;
    for (const auto& m : found) got.emplace(codes::name(m.country), codes::to_string(m.by));
    CHECK(got == std::set<std::pair<std::string, std::string>>{
                     {"Kyrgyzstan", "cown"}, {"Kyrgyzstan", "gwn"}, {"Slovakia", "iso3n"}});
    CHECK(codes::find_all("703", day(1980, 1, 1)).empty());  // neither existed as such
    CHECK(codes::find_all("no such code").empty());
}

TEST_CASE("scheme names: exactly countrycode's, anything else is an error naming them") {
    CHECK(codes::scheme_names() == "cown, cowc, gwn, gwc, iso3c, iso3n, name");
    try {
        (void)codes::convert("DEU", "iso3c", "iso2c", day(2000, 1, 1));
        FAIL("iso2c was accepted");
    } catch (const alliance::error& e) {
        CHECK(std::string(e.what()).find("unknown code scheme 'iso2c' (schemes: cown, cowc, gwn, gwc, iso3c, iso3n, name)") !=
              std::string::npos);
    }
}

TEST_CASE("find_party on the CSTO registry: KGZ answers to KYR, 703 and 417") {
    const auto r = alliance::data::csto_registry();
    const auto kgz = r.find_party("KGZ");
    REQUIRE(kgz);
    CHECK_FALSE(r.find_party("KYR"));
    for (const char* code : {"KYR", "703", "417", "kyr"}) {
        CAPTURE(code);
        CHECK(codes::find_party(r, code, day(2010, 1, 1)) == kgz);
        CHECK(codes::find_party(r, code) == kgz);
    }
    // Before Kyrgyzstan's COW spell (1991-12-26) KYR is no COW code, but still its G-W code (1991-08-31).
    CHECK(codes::find_party(r, "KYR", day(1991, 9, 1)) == kgz);
    CHECK_FALSE(codes::find_party(r, "KYR", day(1991, 8, 30)));
    CHECK_FALSE(codes::find_party(r, "XYZ", day(2010, 1, 1)));
}

TEST_CASE("find_party: a code naming two parties is an error naming both") {
    alliance::registry r;
    const auto kgz = r.add_party("KGZ", "Kyrgyzstan");
    r.add_party("SVK", "Slovakia");
    try {
        (void)codes::find_party(r, "703", day(2010, 1, 1));
        FAIL("703 was not found ambiguous");
    } catch (const alliance::error& e) {
        CHECK(e.id() == "alliance.codes.ambiguous");
        CHECK(std::string(e.what()).find("KGZ (Kyrgyzstan) and SVK (Slovakia)") != std::string::npos);
    }
    // KYR names only Kyrgyzstan.
    CHECK(codes::find_party(r, "KYR", day(2010, 1, 1)) == kgz);
}

TEST_CASE("find_party on the real COW IGO state-year file: DEU is GMY after 1990, GFR before, ambiguous without a day") {
    const auto r = alliance::io::read_file(alliance_test::shared_path("data/cow-igo-v3/state_year_formatv3.csv"));
    const auto gmy = r.find_party("GMY");
    const auto gfr = r.find_party("GFR");
    REQUIRE(gmy);
    REQUIRE(gfr);
    CHECK(codes::find_party(r, "DEU", day(2000, 1, 1)) == gmy);
    CHECK(codes::find_party(r, "276", day(2000, 1, 1)) == gmy);
    CHECK(codes::find_party(r, "DEU", day(1960, 1, 1)) == gfr);
    CHECK(codes::find_party(r, "KGZ", day(2010, 1, 1)) == r.find_party("KYR"));
    CHECK_THROWS_WITH_AS((void)codes::find_party(r, "DEU"), doctest::Contains("GMY (Germany) and GFR (Germany)"),
                         alliance::error);
    // NATO membership through the ISO code, as through COW's key.
    CHECK(alliance::status_of(r, "NATO", r.key(*codes::find_party(r, "DEU", day(2000, 1, 1))), day(2000, 1, 1)) ==
          alliance::status_of(r, "NATO", "GMY", day(2000, 1, 1)));
}

// --- system frames ---------------------------------------------------------------

namespace {
// Per year, how many codes of a state list have a spell touching it (COW's
// own state-year convention: in the system on any day of the year).
std::map<int, std::size_t> states_per_year(const std::vector<std::pair<int, std::pair<date::sys_days, date::sys_days>>>& spells,
                                           int first, int last) {
    std::map<int, std::set<int>> codes_in;
    for (const auto& [code, days] : spells)
        for (int y = first; y <= last; ++y)
            if (days.first <= day(y, 12, 31) && day(y, 1, 1) <= days.second) codes_in[y].insert(code);
    std::map<int, std::size_t> out;
    for (int y = first; y <= last; ++y) out[y] = codes_in[y].size();
    return out;
}
}  // namespace

TEST_CASE("system frames give each year's states a row: 191 COW states in 2000, as states2016.csv counts") {
    std::vector<std::pair<int, std::pair<date::sys_days, date::sys_days>>> cow, gw;
    for (const auto& row : rows("data/cow-igo-v3/states2016.csv")) {
        const auto when = [&](const char* y, const char* m, const char* d) {
            return day(std::stoi(row.at(y)), static_cast<unsigned>(std::stoi(row.at(m))),
                       static_cast<unsigned>(std::stoi(row.at(d))));
        };
        cow.push_back({std::stoi(row.at("ccode")), {when("styear", "stmonth", "stday"), when("endyear", "endmonth", "endday")}});
    }
    for (const auto& row : rows("data/country-codes/gwstates.csv"))
        gw.push_back({std::stoi(row.at("gwcode")), {parse(row.at("start")), parse(row.at("end"))}});
    const auto expected_cow = states_per_year(cow, 1816, 2016);
    const auto expected_gw = states_per_year(gw, 1816, 2016);
    CHECK(expected_cow.at(2000) == 191);

    const auto r = alliance::data::csto_registry();
    alliance::panel_options options;
    options.first_year = 1816;
    options.last_year = 2016;
    for (const auto system : {scheme::cown, scheme::gwn}) {
        CAPTURE(codes::to_string(system));
        const auto frame = codes::system_frame(r, system);
        std::map<int, std::size_t> per_year;
        alliance::for_each_panel_row(r, "CSTO", frame, options, [&](const alliance::panel_row& row) { ++per_year[row.year]; });
        CHECK(per_year == (system == scheme::cown ? expected_cow : expected_gw));
    }

    // In 2012: Russia is the party RUS and a member; Austria is no party, keyed
    // by its ISO code as CSTO's parties are, and not a member; Uzbekistan left.
    options.first_year = options.last_year = 2012;
    std::map<int, alliance::panel_row> by_code;
    std::map<int, std::string> keys;
    const auto frame = codes::system_frame(r, scheme::cown);
    alliance::for_each_panel_row(r, "CSTO", frame, options, [&](const alliance::panel_row& row) {
        by_code[row.entry1->code] = row;
        keys[row.entry1->code] = std::string(row.party1);
    });
    CHECK(keys.at(365) == "RUS");
    CHECK(by_code.at(365).id1 == r.find_party("RUS"));
    CHECK(by_code.at(365).member == alliance::answer::yes);
    CHECK(keys.at(305) == "AUT");
    CHECK(!by_code.at(305).id1);
    CHECK(by_code.at(305).member == alliance::answer::no);
    CHECK(keys.at(704) == "UZB");
    CHECK(by_code.at(704).member == alliance::answer::no);
    CHECK_THROWS_AS((void)codes::system_frame(r, scheme::iso3c), alliance::error);
}

TEST_CASE("a panel row's codes: on the rule's day, within the frame's spell; choices by name with the library's ids") {
    using alliance::panel_rule;
    CHECK(codes::code_day(2012, 0, panel_rule::end_of_year) == day(2012, 12, 31));
    CHECK(codes::code_day(2012, 0, panel_rule::first_day) == day(2012, 1, 1));
    CHECK(codes::code_day(2012, 2, panel_rule::share) == day(2012, 2, 29));
    CHECK(codes::code_day(2012, 6, panel_rule::first_day) == day(2012, 6, 1));

    // states2016.csv: GFR,260,German Federal Republic,1955,5,5,1990,10,2 — on 31
    // December 1990 COW 260 names no state, so the row's codes are read on its last day.
    const auto r = alliance::data::csto_registry();
    const auto frame = codes::system_frame(r, scheme::cown);
    const auto gfr = std::find_if(frame.entries.begin(), frame.entries.end(), [](const alliance::frame_entry& e) {
        return e.code == 260 && e.last == day(1990, 10, 2);
    });
    REQUIRE(gfr != frame.entries.end());
    const auto on = codes::code_day(1990, 0, panel_rule::end_of_year, &*gfr);
    CHECK(on == day(1990, 10, 2));
    codes::row_codes in_frame(r, {scheme::cown, scheme::cowc}, scheme::cown);
    const auto& west = in_frame.of(std::nullopt, &*gfr, on);
    REQUIRE(west.size() == 2);
    REQUIRE(west[0]);
    CHECK(west[0]->text() == "260");
    CHECK(west[1]->text() == "GFR");
    CHECK(!in_frame.of(std::nullopt, &*gfr, day(1990, 12, 31))[0]);

    // A party: Kyrgyzstan is COW 703 KYR, ISO KGZ; a row with neither party nor frame entry has none.
    codes::row_codes parties(r, {scheme::cown, scheme::cowc, scheme::iso3c});
    const auto& kgz = parties.of(r.find_party("KGZ"), nullptr, day(2012, 12, 31));
    REQUIRE(kgz.size() == 3);
    REQUIRE((kgz[0] && kgz[1] && kgz[2]));
    CHECK(kgz[0]->text() == "703");
    CHECK(kgz[1]->text() == "KYR");
    CHECK(kgz[2]->text() == "KGZ");
    const auto& nobody = parties.of(std::nullopt, nullptr, day(2012, 12, 31));
    CHECK(std::none_of(nobody.begin(), nobody.end(), [](const auto& c) { return c.has_value(); }));

    CHECK(!codes::frame_system("members"));
    CHECK(codes::frame_system("cow-system") == scheme::cown);
    CHECK(codes::frame_system("gw-system") == scheme::gwn);
    CHECK(alliance::panel_unit_named("state-month") == alliance::panel_unit::state_month);
    CHECK(alliance::panel_rule_named("majority") == panel_rule::majority);
    const auto options = alliance::dyad_count_options("directed-dyad-year", "first-day");
    CHECK(options.unit == alliance::panel_unit::directed_dyad_year);
    CHECK(options.reference_day == date::January / date::day{1});
    CHECK(alliance::dyad_count_options("dyad-year", "end-of-year").reference_day == date::December / date::day{31});
    const auto id_of = [](auto ask) {
        try {
            ask();
        } catch (const alliance::error& e) {
            return std::string(e.id());
        }
        return std::string("no error");
    };
    CHECK(id_of([] { (void)codes::frame_system("cow"); }) == "alliance.panel.frame");
    CHECK(id_of([] { (void)alliance::panel_unit_named("state-week"); }) == "alliance.panel.unit");
    CHECK(id_of([] { (void)alliance::panel_rule_named("mid-year"); }) == "alliance.panel.rule");
    CHECK(id_of([] { (void)alliance::dyad_count_options("state-year", "end-of-year"); }) == "alliance.panel.unit");
    CHECK(id_of([] { (void)alliance::dyad_count_options("dyad-year", "share"); }) == "alliance.panel.rule");
}
