// The Boost.ICL registry built from the dataset: keys, names and aliases, and
// the law that it answers exactly as the constexpr table does.
#include "csto_fixture.hpp"

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using csto_test::day;
using alliance::reading;
using alliance::status;

TEST_CASE("csto_registry(): every organisation, party and period of the tables") {
    const auto& r = csto_test::registry();
    CHECK(r.organisation_count() == csto_test::csto::organisations.size());
    CHECK(r.party_count() == csto_test::csto::parties.size());
    CHECK(r.period_count() == csto_test::csto::periods.size());
    for (const char* key : {"CST", "CSTO", "CRRF", "CSTO-PA", "SCO", "GUAM", "EAEU"}) {
        CAPTURE(key);
        CHECK(r.find_organisation(key).has_value());
    }
    for (const char* key : {"ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB", "SRB", "AFG", "CHN"}) {
        CAPTURE(key);
        REQUIRE(r.find_party(key).has_value());
        CHECK(r.kind(*r.find_party(key)) == alliance::party_kind::state);
    }
}

TEST_CASE("states are found by ISO code, English name and aliases, in any case") {
    const auto& r = csto_test::registry();
    CHECK(r.key(r.party("kgz")) == "KGZ");
    CHECK(r.key(r.party("Kyrgyzstan")) == "KGZ");
    CHECK(r.key(r.party("kyrgyz republic")) == "KGZ");  // 001: "the Kyrgyz Republic"
    CHECK(r.key(r.party("Kirgizstan")) == "KGZ");       // 000: "Kirgizstan"
    CHECK(r.key(r.party("RUSSIAN FEDERATION")) == "RUS");
    CHECK(r.key(r.party("Kazahkstan")) == "KAZ");       // 001's spelling
    CHECK(r.key(r.party("uzbekistan")) == "UZB");
    CHECK(r.key(r.organisation("csto-pa")) == "CSTO-PA");
    CHECK_FALSE(r.find_party("Narnia").has_value());
    CHECK_THROWS_AS((void)alliance::status_of(r, "CSTO", "Narnia", day(2010, 1, 1)), alliance::error);
}

TEST_CASE("law: the registry and the constexpr table agree on every boundary day and its neighbours") {
    std::set<std::pair<std::string, std::string>> pairs;
    std::vector<date::sys_days> days;
    for (const auto& p : csto_test::csto::periods) {
        pairs.insert({std::string(p.organisation), std::string(p.party)});
        for (const auto* b : {&p.from, &p.to})
            if (!b->is_open())
                for (const auto d : {b->earliest(), b->latest()})
                    for (int shift = -1; shift <= 1; ++shift) days.push_back(d + date::days{shift});
    }
    for (int y = 1990; y <= 2025; ++y) days.push_back(day(y, 7, 1));
    std::size_t compared = 0;
    for (const auto& [organisation, party] : pairs)
        for (const auto d : days) {
            const auto from_table = csto_test::table_status(organisation, party, d);
            const auto from_registry = csto_test::registry_status(organisation, party, d);
            if (from_table != from_registry) {
                // A named local: CAPTURE is a lambda, and C++17 lambdas cannot capture structured bindings.
                const auto where = organisation + " " + party + " " + alliance::to_string(d);
                CAPTURE(where);
                CHECK(from_table == from_registry);
            }
            ++compared;
        }
    CHECK(compared > 1000);
}

TEST_CASE("alternative readings are kept beside the timelines, each with its conflict") {
    const auto& r = csto_test::registry();
    REQUIRE(!r.alternatives().empty());
    for (const auto& a : r.alternatives()) {
        CHECK(a.reading == reading::alternative);
        CHECK(!a.conflict.empty());
    }
    // They do not answer queries: Armenia was a member in mid-2023 whatever reference 69 says.
    CHECK(alliance::status_of(r, "CSTO", "ARM", day(2023, 6, 1)) == status::member);
}

TEST_CASE("every period cites its sources and starts its note with a quote") {
    for (const auto& p : csto_test::csto::periods) {
        CAPTURE(std::string(p.note));
        CHECK(!p.source.empty());
        CHECK(!alliance::data::quote_of(p.note).empty());
    }
}

TEST_CASE("docs/dataset.md: the example compiles and answers as the page says") {
    namespace csto = alliance::data::csto;
    static_assert(csto::status_of("CSTO", "Uzbekistan", alliance::data::day_of(2010, 1, 1)) == alliance::status::member);
    alliance::registry r = alliance::data::csto_registry();
    CHECK(alliance::status_of(r, "CSTO", "ARM", date::sys_days{date::year{2024} / 3 / 1}) == status::member);
    CHECK(alliance::participation_of(r, "CSTO", "ARM", date::sys_days{date::year{2024} / 3 / 1}) == status::frozen);
}

TEST_CASE("docs/dataset.md: the counts it states are the tables' sizes") {
    std::ifstream in(std::string(ALLIANCE_SOURCE_DIR) + "/docs/dataset.md");
    REQUIRE(in);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    for (char& c : text)
        if (c == '\n') c = ' ';
    std::size_t primary = 0;
    for (const auto& p : csto_test::csto::periods) primary += p.reading == reading::primary ? 1 : 0;
    const auto expect = [&](const std::string& phrase) {
        CAPTURE(phrase);
        CHECK(text.find(phrase) != std::string::npos);
    };
    expect(std::to_string(csto_test::csto::periods.size()) + " periods (" + std::to_string(primary) + " primary readings, " +
           std::to_string(csto_test::csto::periods.size() - primary) + " alternative readings)");
    expect(std::to_string(csto_test::csto::events.size()) + " events");
    expect(std::to_string(csto_test::csto::offices.size()) + " office terms");
    expect(std::to_string(csto_test::csto::figures.size()) + " figures");
    expect(std::to_string(csto_test::csto::conflicts.size()) + " conflicts");
    expect(std::to_string(csto_test::csto::parties.size()) + " parties");
    // And the conflicts table lists every conflict.
    for (const auto& c : csto_test::csto::conflicts) expect("| `" + std::string(c.key) + "` |");
}

TEST_CASE("every day-precise change: the day before and the day of, for every primary period") {
    std::size_t checked = 0;
    for (const auto& p : csto_test::csto::periods) {
        if (p.reading != reading::primary) continue;
        CAPTURE(std::string(p.organisation) + " " + std::string(p.party) + " " + std::string(alliance::to_string(p.status)));
        // Each period is read in its own layer: a participation (frozen) beside the standing.
        const auto in_layer = [&](date::sys_days d) {
            return alliance::layer_of(p.status) == alliance::layer::standing
                       ? csto_test::registry_status(std::string(p.organisation), std::string(p.party), d)
                       : csto_test::registry_participation(std::string(p.organisation), std::string(p.party), d);
        };
        if (!p.from.is_open() && p.from.exact()) {
            const auto first = p.from.earliest();
            CHECK(in_layer(first) == p.status);
            // The day before, something else held (the table has no back-to-back periods of one status at a day).
            CHECK(in_layer(first - date::days{1}) != p.status);
            ++checked;
        }
        if (!p.to.is_open() && p.to.exact()) {
            const auto end = p.to.earliest();
            CHECK(in_layer(end - date::days{1}) == p.status);
            CHECK(in_layer(end) != p.status);
            ++checked;
        }
    }
    CHECK(checked > 40);
}
