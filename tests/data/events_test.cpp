// Events, office terms and figures: summits, missions, Article 4 invocations,
// exercises, Secretaries General, the rotating chair and the personnel table.
#include "csto_fixture.hpp"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

using csto_test::day;
using alliance::reading;
namespace data = alliance::data;

namespace {
std::vector<const data::event*> events_on(date::sys_days d, data::event_kind kind) {
    std::vector<const data::event*> out;
    for (const auto& e : csto_test::csto::events)
        if (e.kind == kind && e.reading == reading::primary && !e.from.is_open() && e.from.earliest() <= d &&
            d <= e.from.latest())
            out.push_back(&e);
    return out;
}

double figure_of(std::string_view party, std::string_view quantity) {
    for (const auto& f : csto_test::csto::figures)
        if (f.party == party && f.quantity == quantity && f.reading == reading::primary) return f.value;
    FAIL("no figure " << std::string(quantity) << " for " << std::string(party));
    return 0;
}
}  // namespace

TEST_CASE("001: \"The leaders of the CSTO member states met in Moscow on May 16\" (2022), with all six") {
    const auto summits = events_on(day(2022, 5, 16), data::event_kind::summit);
    REQUIRE(summits.size() == 1);
    const auto& s = *summits.front();
    CHECK(s.from.exact());
    CHECK(s.place.find("Moscow") != std::string_view::npos);
    // 003: "Stanislav Zas, Armenian Prime Minister Nikol Pashinyan, ... and Tajik President Emomali Rahmon attended"
    for (const std::string party : {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}) {
        CAPTURE(party);
        CHECK(data::lists(s.participants, party));
        // Every participant was a member that day.
        CHECK_STATUS("CSTO", party, day(2022, 5, 16), alliance::status::member);
    }
    CHECK(data::lists(s.source, "001"));
    CHECK(data::lists(s.source, "002"));
    CHECK(data::lists(s.source, "003"));
}

TEST_CASE("000: the summit \"has convened on December 19 in Moscow\" (2012)") {
    const auto summits = events_on(day(2012, 12, 19), data::event_kind::summit);
    REQUIRE(summits.size() == 1);
    CHECK(summits.front()->place == "Moscow");
}

TEST_CASE("004: \"A regular Collective Security Council meeting took place on 23 November 2022\" (Yerevan)") {
    const auto summits = events_on(day(2022, 11, 23), data::event_kind::summit);
    REQUIRE(summits.size() == 1);
    CHECK(summits.front()->place == "Yerevan");
    CHECK(events_on(day(2022, 11, 22), data::event_kind::summit).empty());
}

TEST_CASE("Article 4: Kazakhstan in January 2022 (003) and Armenia in September 2022 (004)") {
    std::vector<const data::event*> invocations;
    for (const auto& e : csto_test::csto::events)
        if (e.kind == data::event_kind::article4) invocations.push_back(&e);
    REQUIRE(invocations.size() == 2);
    // 003: "Invoking Article 4 of the Treaty, Kazakh President Tokayev had requested" — before the 5 January deployment.
    CHECK(invocations[0]->participants == "KAZ");
    CHECK(invocations[0]->from.is_narrowed());
    CHECK(invocations[0]->from.stated() == alliance::partial_date{date::year{2022} / date::January});
    CHECK(invocations[0]->from.latest() == day(2022, 1, 5));
    // 004: "After the start of renewed fighting ... on 13 September 2022, Armenia triggered Article 4"
    CHECK(invocations[1]->participants == "ARM");
    CHECK(invocations[1]->from.earliest() == day(2022, 9, 13));
    CHECK(invocations[1]->from.latest() == day(2022, 9, 14));
}

TEST_CASE("004: \"In January 2022, the CSTO deployed 2,000 of its peacekeepers to Kazakhstan.\"") {
    std::vector<const data::event*> missions;
    for (const auto* m : events_on(day(2022, 1, 5), data::event_kind::mission))
        if (m->place == "Kazakhstan") missions.push_back(m);
    REQUIRE(missions.size() == 1);
    // Dated to the month; not before the announcement of 5 January, not after the withdrawal began on 11 January.
    CHECK_FALSE(missions.front()->from.exact());
    CHECK(missions.front()->from.earliest() == day(2022, 1, 5));
    CHECK(missions.front()->from.latest() == day(2022, 1, 11));
    CHECK(missions.front()->size == "2,000 peacekeepers");
    // 004: "On 5 January 2022, CSTO peacekeepers were announced to be deployed to Kazakhstan" — an announcement.
    CHECK(events_on(day(2022, 1, 5), data::event_kind::statement).size() == 1);
    // "On 11 January the same year, CSTO forces began their withdrawal from Kazakhstan."
    std::size_t withdrawal = 0;
    for (const auto* m : events_on(day(2022, 1, 11), data::event_kind::mission))
        withdrawal += m->place == "Kazakhstan" && m->from.exact() ? 1 : 0;
    CHECK(withdrawal == 1);
    // 004: "the CSTO mission sent on 15 September 2022"
    CHECK(events_on(day(2022, 9, 15), data::event_kind::mission).size() == 2);  // and the Kyrgyz–Tajik border, 2022
}

TEST_CASE("exercises: 2005, 2011 (more than 10,000 troops), August 2014 (3,000 soldiers)") {
    CHECK(events_on(day(2005, 6, 1), data::event_kind::exercise).size() == 1);
    const auto big = events_on(day(2011, 9, 1), data::event_kind::exercise);
    REQUIRE(big.size() == 1);
    CHECK(big.front()->size == "more than 10,000 troops and 70 combat aircraft");
    const auto cyber = events_on(day(2014, 8, 15), data::event_kind::exercise);
    REQUIRE(cyber.size() == 1);
    CHECK(cyber.front()->size == "3,000 soldiers");
    CHECK(cyber.front()->from.stated().precision() == alliance::precision::month);
    // The participants were all members then.
    for (const std::string party : {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}) {
        CAPTURE(party);
        CHECK(data::lists(cyber.front()->participants, party));
    }
}

TEST_CASE("milestones: entry into force, renewal, founding, Charter registration, UN observer status") {
    CHECK(events_on(day(1994, 4, 20), data::event_kind::entry_into_force).size() == 1);
    CHECK(events_on(day(1999, 4, 2), data::event_kind::treaty).size() == 1);
    CHECK(events_on(day(2002, 5, 14), data::event_kind::founding).size() == 1);
    // The Charter of 7 October 2002 is a milestone; the alternative founding day is in the periods.
    CHECK(events_on(day(2002, 10, 7), data::event_kind::founding).empty());
    // 003: "In December 2003, the UN Secretariat formally registered the CSTO Charter." — month precision
    const auto registered = events_on(day(2003, 12, 15), data::event_kind::milestone);
    REQUIRE(registered.size() == 1);
    CHECK(registered.front()->from.stated().precision() == alliance::precision::month);
}

TEST_CASE("Secretaries General: Bordyuzha, Zas, then Tasmagambetov from 1 January 2023") {
    std::vector<const data::office_term*> terms;
    for (const auto& o : csto_test::csto::offices)
        if (o.office == "Secretary General") terms.push_back(&o);
    REQUIRE(terms.size() == 3);
    CHECK(terms[0]->holder == "Nikolai Bordyuzha");
    CHECK(terms[1]->holder == "Stanislav Zas");
    CHECK(terms[2]->holder == "Imangali Tasmagambetov");
    // Ordered by the dates on which the documents show them in office.
    CHECK(terms[0]->seen.latest() < terms[1]->seen.earliest());
    CHECK(terms[1]->seen.latest() < terms[2]->seen.earliest());
    // "who took office on 1 January 2023": the only term dated at its start, and still running.
    CHECK(terms[2]->from.exact());
    CHECK(terms[2]->from.earliest() == day(2023, 1, 1));
    CHECK(terms[2]->ongoing);
    CHECK(terms[2]->party == "KAZ");
    // Zas's term ends when his successor's begins.
    CHECK(terms[1]->to == terms[2]->from);
    CHECK(terms[0]->from.is_open());
    CHECK(!terms[0]->ongoing);
}

TEST_CASE("the rotating chair: Kyrgyzstan after December 2012, Armenia in 2022, Lukashenko in 2024") {
    std::vector<std::string_view> holders;
    for (const auto& o : csto_test::csto::offices)
        if (o.office == "Chair (rotating presidency)") holders.push_back(o.holder);
    CHECK(holders == std::vector<std::string_view>{"KGZ", "ARM", "Alexander Lukashenko"});
}

TEST_CASE("004: the military-personnel table adds up: active + reserve + paramilitary = total") {
    for (const std::string party : {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}) {
        CAPTURE(party);
        const double sum = figure_of(party, "active military personnel") +
                           figure_of(party, "reserve military personnel") +
                           figure_of(party, "paramilitary personnel");
        CHECK(sum == figure_of(party, "total military personnel"));
        // Per-1000 figures share one population: total/active counts and rates agree to the table's rounding.
        const double by_counts = figure_of(party, "total military personnel") / figure_of(party, "active military personnel");
        const double by_rates = figure_of(party, "military personnel per 1000 capita (total)") /
                                figure_of(party, "military personnel per 1000 capita (active)");
        CHECK(std::abs(by_counts - by_rates) / by_counts < 0.05);
    }
    CHECK(figure_of("RUS", "active military personnel") == 1320000.0);
    CHECK(figure_of("TJK", "active military personnel") == 9500.0);
}

TEST_CASE("004: \"Currently around 10,000 Russian troops are in stationed in Gyumri.\" (October 2023)") {
    const double troops = figure_of("RUS", "Russian troops stationed in Gyumri, Armenia");
    CHECK(troops == 10000.0);
}

TEST_CASE("events the documents date: the corrections of 1995, the Charter, and what is not the CSTO's") {
    // 004 reference 3: "Correction of 18 May 1995 ..." and "Correction of 9 October 1995 ...".
    CHECK(events_on(day(1995, 5, 18), data::event_kind::milestone).size() == 1);
    CHECK(events_on(day(1995, 10, 9), data::event_kind::milestone).size() == 1);
    // The Charter of 7 October 2002 is undisputed: a milestone of the primary reading, not a founding.
    CHECK(events_on(day(2002, 10, 7), data::event_kind::milestone).size() == 1);
    CHECK(events_on(day(2002, 10, 7), data::event_kind::founding).empty());
    // The armed forces of 14 February 1992 were the CIS's, not a founding of the treaty.
    const auto founded = events_on(day(1992, 2, 14), data::event_kind::founding);
    REQUIRE(founded.size() == 1);
    CHECK(founded.front()->organisation == "CIS");
    // Uzbekistan's exercises of 2021 were with Russia and Tajikistan, not CSTO exercises.
    for (const auto* e : events_on(day(2021, 6, 1), data::event_kind::exercise)) CHECK(e->organisation != "CSTO");
    // "no CSTO involvement" in the war in Ukraine, from February 2022.
    std::size_t ukraine = 0;
    for (const auto& e : csto_test::csto::events)
        ukraine += e.title.find("Ukraine") != std::string_view::npos && e.from.stated() == alliance::partial_date{date::year{2022} / 2} ? 1 : 0;
    CHECK(ukraine == 1);
}

TEST_CASE("every event, office term and figure is dated with a valid date") {
    for (const auto& e : csto_test::csto::events) {
        CAPTURE(std::string(e.title));
        CHECK(!e.from.is_open());
        CHECK(e.from.stated().ok());
    }
    for (const auto& o : csto_test::csto::offices) CHECK(o.seen.ok());
    for (const auto& f : csto_test::csto::figures) CHECK(f.as_of.ok());
}
