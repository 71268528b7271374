// The query index gives the registry's answers: on random registries (fixed
// seeds), on the CSTO dataset, compiled from the registry or built straight
// from shuffled periods.
#include <alliance/alliance.hpp>
#include <alliance/index.hpp>

#include <synthetic_data.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <random>

#if __has_include(<alliance/data/csto.hpp>)
#include <alliance/data/csto.hpp>
#define ALLIANCE_HAVE_CSTO 1
#endif

using namespace alliance::literals;
using alliance::status;

namespace {

// Random days, half of them on or next to a day where some reading changes
// (where an off-by-one would show).
std::vector<date::sys_days> probe_days(const alliance::registry& r, std::mt19937& rng, std::size_t count) {
    std::vector<std::int32_t> changes;
    for (const auto& entry : r.timelines()) entry.second.change_days(changes);
    std::vector<date::sys_days> edges;
    for (const std::int32_t c : changes) edges.push_back(date::sys_days{date::days{c}});
    std::vector<date::sys_days> days;
    const date::sys_days lo{date::year{1890} / 1 / 1};
    for (std::size_t i = 0; i < count; ++i) {
        if (i % 2 == 0 && !edges.empty()) {
            const auto e = edges[rng() % edges.size()];
            days.push_back(e + date::days{static_cast<int>(rng() % 3) - 1});
        } else {
            days.push_back(lo + date::days{static_cast<int>(rng() % 50000)});
        }
    }
    days.push_back(alliance::beginning_of_time);
    days.push_back(alliance::end_of_time - date::days{1});
    return days;
}

// Every answer of the index against the registry's query functions.
void check_same_answers(const alliance::registry& r, const alliance::query_index& ix, std::uint32_t seed) {
    CAPTURE(seed);
    std::mt19937 rng{seed};
    const auto days = probe_days(r, rng, 400);
    const auto organisations = r.organisations();
    const auto parties = r.parties();
    std::size_t checked = 0;
    for (const auto o : organisations) {
        const auto org = r.key(o);
        if (!ix.find_organisation(org)) {  // built from periods: an organisation with none is unknown to it
            CHECK(r.parties_of(o).empty());
            continue;
        }
        for (const auto day : days) {
            CAPTURE(alliance::to_string(day));
            CHECK(ix.members_on(org, day) == alliance::members_on(r, org, day));
            for (std::size_t k = 0; k < 6; ++k) {
                const auto p = r.key(parties[rng() % parties.size()]);
                CAPTURE(org);
                CAPTURE(p);
                if (!ix.find_party(p)) {  // a party with no primary period anywhere
                    CHECK(alliance::status_of(r, org, p, day) == alliance::status_reading{status::none});
                    continue;
                }
                CHECK(ix.status_of(org, p, day) == alliance::status_of(r, org, p, day));
                CHECK(ix.participation_of(ix.organisation(org), ix.party(p), day) ==
                      alliance::participation_of(r, org, p, day));
                ++checked;
            }
        }
        for (std::size_t k = 0; k < 30; ++k) {
            const auto a = r.key(parties[rng() % parties.size()]);
            const auto b = r.key(parties[rng() % parties.size()]);
            if (!ix.find_party(a) || !ix.find_party(b)) continue;
            CAPTURE(org);
            CAPTURE(a);
            CAPTURE(b);
            const auto fast = ix.overlap(org, a, b);
            const auto model = alliance::overlap(r, org, a, b);
            INFO("index: " << alliance::to_string(fast) << "; registry: " << alliance::to_string(model));
            CHECK((fast == model));
        }
    }
    CHECK(checked > 0);

    // Each cell's segments: contiguous over all days, neighbours differing,
    // each reading what status_of says on its first and its last day.
    std::size_t segments = 0;
    for (const auto& entry : r.timelines()) {
        const auto org = r.key(entry.first.first), p = r.key(entry.first.second);
        if (!ix.find_organisation(org) || !ix.find_party(p)) continue;
        CAPTURE(org);
        CAPTURE(p);
        std::optional<alliance::day_count> previous_end;
        std::optional<alliance::status_reading> previous;
        ix.for_each_segment(ix.organisation(org), ix.party(p), [&](alliance::day_count first, alliance::day_count end,
                                                                  alliance::status_reading reading) {
            CHECK(first < end);
            if (previous_end) CHECK(first == *previous_end);
            else CHECK(first == alliance::day_count::min());
            if (previous) CHECK_FALSE(reading == *previous);
            for (const auto d : {first, end - alliance::day_count{1}}) {
                const auto day = alliance::to_sys_days(d);
                if (day >= alliance::beginning_of_time && day < alliance::end_of_time)
                    CHECK(reading == alliance::status_of(r, org, p, day));
            }
            previous_end = end;
            previous = reading;
            ++segments;
        });
        CHECK(previous_end == alliance::day_count::max());
    }
    CHECK(segments > 0);
}

std::vector<alliance::period> shuffled_periods(const alliance::registry& r, std::uint32_t seed) {
    auto periods = r.periods();
    std::shuffle(periods.begin(), periods.end(), std::mt19937{seed});
    return periods;
}

}  // namespace

TEST_CASE("the branch-free search counts the elements not after a value") {
    const std::int32_t b[] = {-5, 0, 0, 3, 9, 12};
    for (std::int32_t x = -8; x <= 14; ++x) {
        const auto expected = static_cast<std::size_t>(std::upper_bound(std::begin(b), std::end(b), x) - std::begin(b));
        for (std::size_t n = 0; n <= 6; ++n) {
            const auto within = static_cast<std::size_t>(std::upper_bound(b, b + n, x) - b);
            CHECK(alliance::detail::count_not_after(b, n, x) == within);
        }
        CHECK(alliance::detail::count_not_after(b, 6, x) == expected);
    }
}

TEST_CASE("compiled from a registry, the index answers as the registry does") {
    for (const std::uint32_t seed : {1u, 2u, 3u, 4u}) {
        alliance::synthetic::shape s;
        s.organisations = 7;
        s.parties = 40 + static_cast<int>(seed) * 20;  // more than 64 parties: several bit-set words
        s.coverage = 0.7;
        s.max_periods = 6;
        const auto r = alliance::synthetic::make_registry(seed, s);
        const auto ix = alliance::query_index::from(r);
        CHECK(ix.period_count() == r.period_count());
        CHECK(ix.parties() == r.parties());  // both in key order
        check_same_answers(r, ix, seed);
    }
}

TEST_CASE("built from shuffled periods, the index answers as the registry does") {
    for (const std::uint32_t seed : {5u, 6u, 7u}) {
        alliance::synthetic::shape s;
        s.organisations = 6;
        s.parties = 70;
        s.coverage = 0.5;
        const auto r = alliance::synthetic::make_registry(seed, s);
        const auto ix = alliance::query_index::build(shuffled_periods(r, seed));
        check_same_answers(r, ix, seed);
    }
}

TEST_CASE("days marked unknown by a dataset stay unknown in the index") {
    alliance::registry r;
    r.add_organisation("IGO", "An organisation");
    r.add_party("AAA", "A");
    r.add_party("BBB", "B");
    r.add({"IGO", "AAA", status::member, "1950"_pd, "1960"_pd});
    r.add({"IGO", "BBB", status::member, "1950"_pd, "1960"_pd});
    r.add_unknown("IGO", "AAA", date::sys_days{date::year{1955} / 1 / 1}, date::sys_days{date::year{1962} / 12 / 31});
    const auto ix = alliance::query_index::from(r);
    for (const int y : {1954, 1955, 1958, 1961, 1962, 1963}) {
        const date::sys_days day{date::year{y} / 6 / 1};
        CAPTURE(y);
        CHECK(ix.status_of("IGO", "AAA", day) == alliance::status_of(r, "IGO", "AAA", day));
    }
    CHECK_FALSE(ix.status_of("IGO", "aaa", date::sys_days{date::year{1961} / 6 / 1}).known());
    CHECK(ix.status_of("IGO", "AAA", date::sys_days{date::year{1958} / 6 / 1}) == alliance::status_reading{status::member});
    check_same_answers(r, ix, 1);
}

TEST_CASE("cells with one to twenty changes of reading answer as the registry does") {
    // The branch-free search runs a number of steps set by the cell's length:
    // probe cells of every length up to twenty changes. Periods alternate
    // member and observer, two years each with a gap year between, so k
    // periods make at least 2k changes; year-precision boundaries add
    // unknown stretches, and with them more.
    for (int periods = 1; periods <= 10; ++periods) {
        alliance::registry r;
        r.add_organisation("IGO", "An organisation");
        r.add_party("AAA", "A");
        for (int k = 0; k < periods; ++k) {
            const int y = 1950 + 4 * k;
            const auto from = k % 2 == 0 ? alliance::partial_date{date::year{y} / 3 / 1} : alliance::partial_date{date::year{y}};
            r.add({"IGO", "AAA", k % 2 == 0 ? status::member : status::observer, from, alliance::partial_date{date::year{y + 2}}});
        }
        const auto ix = alliance::query_index::from(r);
        CAPTURE(periods);
        for (int y = 1948; y <= 1950 + 4 * periods + 1; ++y)
            for (const unsigned m : {1u, 3u, 6u, 12u}) {
                const date::sys_days day{date::year{y} / date::month{m} / 1};
                CAPTURE(y);
                CHECK(ix.status_of("IGO", "AAA", day) == alliance::status_of(r, "IGO", "AAA", day));
            }
        check_same_answers(r, ix, static_cast<std::uint32_t>(periods));
    }
}

TEST_CASE("build refuses what a registry refuses") {
    const std::vector<alliance::period> contradicting{
        {"PACT", "AAA", status::member, "1950"_pd, "1970"_pd},
        {"PACT", "AAA", status::observer, "1965"_pd, "1980"_pd},
    };
    alliance::registry r;
    r.add_organisation("PACT", "A pact");
    r.add_party("AAA", "A");
    r.add(contradicting[0]);
    CHECK_THROWS_AS(r.add(contradicting[1]), alliance::error);
    try {
        (void)alliance::query_index::build(contradicting);
        FAIL("a contradiction was accepted");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::contradiction);
        CHECK(std::string(e.what()).find("both certainly hold on 1965-12-31") != std::string::npos);
    }
    const std::vector<alliance::period> backwards{{"PACT", "AAA", status::member, "1990"_pd, "1980"_pd}};
    CHECK_THROWS_WITH_AS((void)alliance::query_index::build(backwards), doctest::Contains("ends before it starts"),
                         alliance::error);
}

TEST_CASE("back-to-back periods at one stated boundary read as one membership") {
    const std::vector<alliance::period> periods{
        {"PACT", "AAA", status::member, "1950"_pd, "1960"_pd},
        {"PACT", "AAA", status::member, "1960"_pd, "1970"_pd},
        {"PACT", "BBB", status::member, "1950"_pd, "1960"_pd},
        {"PACT", "BBB", status::suspended, "1960"_pd, "1970"_pd},
    };
    const auto ix = alliance::query_index::build(periods);
    const date::sys_days mid_1960{date::year{1960} / 6 / 1};
    CHECK(ix.status_of("pact", "AAA", mid_1960) == alliance::status_reading{status::member});
    CHECK_FALSE(ix.status_of("PACT", "BBB", mid_1960).known());
    alliance::registry r;
    r.add_organisation("PACT", "A pact");
    r.add_party("AAA", "A");
    r.add_party("BBB", "B");
    for (const auto& p : periods) r.add(p);
    check_same_answers(r, ix, 2);
}


TEST_CASE("the index stays small") {
    const auto r = alliance::synthetic::make_registry(9);
    const auto ix = alliance::query_index::build(shuffled_periods(r, 9));
    CHECK(ix.period_count() > 250000);
    const double per_period = static_cast<double>(ix.memory_bytes()) / static_cast<double>(ix.period_count());
    MESSAGE("bytes per period: " << per_period);
    CHECK(per_period <= 64.0);
}

#ifdef ALLIANCE_HAVE_CSTO
TEST_CASE("on the CSTO dataset the index answers as the registry does") {
    const auto r = alliance::data::csto_registry();
    check_same_answers(r, alliance::query_index::from(r), 3);
    // Periods carry no coverage: an index built from them answers as the same
    // data observed on every day.
    namespace csto = alliance::data::csto;
    const auto everywhere = alliance::data::build_registry(csto::organisations, csto::parties, csto::periods,
                                                           "alliance/data/csto.hpp", std::nullopt);
    check_same_answers(everywhere, alliance::query_index::build(shuffled_periods(everywhere, 3)), 4);
}
#endif

TEST_CASE("unknown keys are refused by name") {
    const auto ix = alliance::query_index::build({{"PACT", "AAA", status::member, "1950"_pd, "1960"_pd}});
    CHECK_THROWS_WITH_AS((void)ix.status_of("NOPE", "AAA", date::sys_days{date::year{1955} / 1 / 1}),
                         doctest::Contains("unknown organisation 'NOPE'"), alliance::error);
    CHECK_THROWS_WITH_AS((void)ix.status_of("PACT", "ZZZ", date::sys_days{date::year{1955} / 1 / 1}),
                         doctest::Contains("unknown party 'ZZZ'"), alliance::error);
}

// --- ids that cannot mix, results that cannot dangle ---------------------------

namespace {
alliance::registry two_parties(std::string_view first, std::string_view second) {
    alliance::registry r;
    r.add_organisation("ORG", "An organisation");
    r.add_party(first, "First");
    r.add_party(second, "Second");
    r.add({"ORG", first, status::member, "2000"_pd, "2010"_pd});
    return r;
}
}  // namespace

TEST_CASE("an id of one registry is refused by another registry and by an index built apart") {
    const auto a = two_parties("AAA", "BBB");
    const auto b = two_parties("BBB", "AAA");  // the same numbers, for other parties
    const auto in_a = a.party("AAA");
    CHECK(b.key(b.party("BBB")) == "BBB");
    CHECK_THROWS_WITH_AS(b.key(in_a), doctest::Contains("alliance.id.foreign"), alliance::error);
    CHECK_THROWS_AS((void)b.find_timeline(b.organisation("ORG"), in_a), alliance::error);
    CHECK_THROWS_AS((void)b.parties_of(a.organisation("ORG")), alliance::error);

    // An index built from periods numbers its own keys: the registry's id would
    // name BBB there, so it is refused rather than answered for BBB.
    const auto built = alliance::query_index::build(b.periods());
    const date::sys_days day = date::sys_days{date::year{2005} / 6 / 1};
    try {
        (void)built.status_of(built.organisation("ORG"), in_a, day);
        FAIL("a registry's id was taken by an index built apart");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::foreign_id);
    }
    CHECK_THROWS_AS((void)built.status_of(a.organisation("ORG"), built.party("BBB"), day), alliance::error);
    CHECK(built.status_of(built.organisation("ORG"), built.party("BBB"), day) == status::member);

    // A number never given is refused too, not read past the end of an array.
    CHECK_THROWS_WITH_AS((void)built.status_of(built.organisation("ORG"), alliance::party_id{7}, day),
                         doctest::Contains("alliance.party.unknown"), alliance::error);
    CHECK_THROWS_AS((void)b.key(alliance::organisation_id{3}), alliance::error);
}

TEST_CASE("a registry, its copies and an index compiled from it accept each other's ids") {
    const auto r = two_parties("AAA", "BBB");
    const auto copy = r;  // NOLINT(performance-unnecessary-copy-initialization): the copy is the point
    const auto ix = alliance::query_index::from(r);
    const auto aaa = r.party("AAA");
    const date::sys_days day = date::sys_days{date::year{2005} / 6 / 1};
    CHECK(copy.key(aaa) == "AAA");
    CHECK(ix.status_of(r.organisation("ORG"), aaa, day) == status::member);
    CHECK(r.key(ix.party("BBB")) == "BBB");
    std::vector<alliance::party_id> members;
    ix.members_on(ix.organisation("ORG"), day, members);
    REQUIRE(members.size() == 1);
    CHECK(r.key(members.front()) == "AAA");  // the index's ids name the registry's parties
    // Hand-made ids are taken at their word.
    CHECK(ix.key(alliance::party_id{aaa.value}) == "AAA");
}

TEST_CASE("a copy of a registry and an index outlive the registry they come from") {
    auto original = std::make_unique<alliance::registry>(two_parties("AAA", "BBB"));
    const auto copy = *original;
    const auto ix = alliance::query_index::from(*original);
    const auto views = copy.periods();
    original.reset();  // under AddressSanitizer, a view into its text would be a use after free
    CHECK(copy.key(copy.party("AAA")) == "AAA");
    CHECK(copy.find_party("first").has_value());
    CHECK(views.front().organisation == "ORG");
    CHECK(ix.key(ix.party("BBB")) == "BBB");
    CHECK(ix.members_on("ORG", date::sys_days{date::year{2005} / 6 / 1}) == std::vector<std::string_view>{"AAA"});
    // An index of a temporary registry is whole too.
    const auto of_temporary = alliance::query_index::from(two_parties("CCC", "DDD"));
    CHECK(of_temporary.key(of_temporary.party("ccc")) == "CCC");
}
