// registry: organisations, parties, keys, names and aliases, and their timelines.
#include <alliance/registry.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

using namespace alliance::literals;
using alliance::boundary;
using alliance::period;
using alliance::status;

// --- synopsis -----------------------------------------------------------------------

static_assert(!std::is_convertible_v<alliance::party_id, alliance::organisation_id>);
static_assert(!std::is_convertible_v<alliance::organisation_id, alliance::party_id>);
static_assert(!std::is_convertible_v<unsigned, alliance::party_id>, "a plain number is not an id");
static_assert(alliance::parse_party_kind("body") == alliance::party_kind::body);
static_assert(alliance::to_string(alliance::party_kind::organisation) == "organisation");

// --- runtime ---------------------------------------------------------------------------

using alliance_test::error_of;

namespace {
alliance::registry small_registry() {
    alliance::registry r;
    r.add_organisation("CSTO", "Collective Security Treaty Organization");
    r.add_organisation("CIS", "Commonwealth of Independent States");
    const auto kgz = r.add_party("KGZ", "Kyrgyzstan");
    r.add_alias(kgz, "Kirghizia");
    r.add_party("ARM", "Armenia");
    r.add_party("UZB", "Uzbekistan");
    r.add_party("PA", "Parliamentary Assembly", alliance::party_kind::body);
    return r;
}

}  // namespace

TEST_CASE("keys are matched case-insensitively; parties also by name and alias") {
    const auto r = small_registry();
    CHECK(r.organisation("csto") == r.organisation("CSTO"));
    CHECK(r.find_organisation("Csto").has_value());
    CHECK(r.party("kgz") == r.party("KGZ"));
    CHECK(r.party("Kyrgyzstan") == r.party("KGZ"));
    CHECK(r.party("KIRGHIZIA") == r.party("KGZ"));
    CHECK(r.key(r.party("kirghizia")) == "KGZ");  // the stored key keeps its case
    CHECK(r.name(r.organisation("cis")) == "Commonwealth of Independent States");
    CHECK(r.kind(r.party("PA")) == alliance::party_kind::body);
    CHECK_FALSE(r.find_party("Kyrgyz"));
    CHECK_FALSE(r.find_organisation("NATO"));
}

TEST_CASE("listing is in key order, whatever the order of adding") {
    const auto r = small_registry();
    std::string keys;
    for (auto p : r.parties()) keys += std::string(r.key(p)) + " ";
    CHECK(keys == "ARM KGZ PA UZB ");
    std::string orgs;
    for (auto o : r.organisations()) orgs += std::string(r.key(o)) + " ";
    CHECK(orgs == "CIS CSTO ");
    CHECK(r.party_count() == 4);
    CHECK(r.organisation_count() == 2);
}

TEST_CASE("adding a key again is harmless when it means the same, an error when it does not") {
    auto r = small_registry();
    CHECK(r.add_party("arm", "Armenia") == r.party("ARM"));
    CHECK(r.add_organisation("CSTO", "Collective Security Treaty Organization") == r.organisation("CSTO"));
    CHECK(r.party_count() == 4);

    CHECK(error_of([&] { r.add_party("ARM", "Azerbaijan"); }) ==
          "[alliance.key.duplicate] party 'ARM' is already 'Armenia' (state)");
    CHECK(error_of([&] { r.add_party("arm", "Armenia", alliance::party_kind::body); }).find("already 'Armenia'") !=
          std::string::npos);
    CHECK(error_of([&] { r.add_organisation("csto", "Another"); }) ==
          "[alliance.key.duplicate] organisation 'csto' is already named 'Collective Security Treaty Organization', "
          "not 'Another'");
    CHECK(error_of([&] { r.add_alias(r.party("ARM"), "kyrgyzstan"); }) ==
          "[alliance.key.duplicate] the name 'kyrgyzstan' already names party 'KGZ'");
    CHECK(error_of([&] { r.add_alias(r.party("ARM"), "uzb"); }) ==
          "[alliance.key.duplicate] the name 'uzb' is the key of party 'UZB'");
    CHECK(r.party("UZB") != r.party("ARM"));
    r.add_alias(r.party("ARM"), "arm");  // its own key: harmless
    CHECK(r.party("arm") == r.party("ARM"));
    CHECK(error_of([&] { r.add_party("", "Nobody"); }).find("may not be empty") != std::string::npos);
    CHECK(error_of([&] { r.add_organisation("", "Nothing"); }).find("may not be empty") != std::string::npos);
    try {
        r.add_party("ARM", "Azerbaijan");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::duplicate_key);
    }
}

TEST_CASE("periods of unknown organisations or parties are rejected, naming the key and where") {
    auto r = small_registry();
    CHECK(error_of([&] { r.add({"NATO", "ARM", status::member, "2002"_pd, boundary::open()}, {"in.csv", 3, ""}); }) ==
          "[alliance.organisation.unknown] in.csv:3: unknown organisation 'NATO'");
    CHECK(error_of([&] { r.add({"CSTO", "BLR", status::member, "2002"_pd, boundary::open()}, {"in.csv", 4, ""}); }) ==
          "[alliance.party.unknown] in.csv:4: unknown party 'BLR'");
    CHECK(error_of([] { (void)small_registry().organisation("NATO"); }) ==
          "[alliance.organisation.unknown] unknown organisation 'NATO'");
    CHECK(error_of([] { (void)small_registry().party("Belarus"); }) == "[alliance.party.unknown] unknown party 'Belarus'");
    CHECK(r.period_count() == 0);
    CHECK(r.timelines().empty());
}

TEST_CASE("periods are stored under canonical keys, and the registry owns their text") {
    auto r = small_registry();
    {
        std::string org = "csto", party = "kirghizia", source = "001;004", note = "a quote";
        r.add({org, party, status::member, "1994-04-20"_pd, boundary::open(), alliance::basis::de_jure, source, note});
        org.assign("xxxx");
        party.assign("xxxxxxxxx");
        source.assign("xxxxxxx");
        note.assign("xxxxxxx");
    }
    const auto ps = r.periods();
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].organisation == "CSTO");
    CHECK(ps[0].party == "KGZ");
    CHECK(ps[0].source == "001;004");
    CHECK(ps[0].note == "a quote");
    REQUIRE(r.find_timeline(r.organisation("CSTO"), r.party("KGZ")) != nullptr);
    CHECK(r.find_timeline(r.organisation("CIS"), r.party("KGZ")) == nullptr);
    CHECK(r.parties_of(r.organisation("CSTO")).size() == 1);
    CHECK(r.parties_of(r.organisation("CIS")).empty());
}

TEST_CASE("alternative readings are kept out of the timelines") {
    auto r = small_registry();
    r.add({"CSTO", "UZB", status::member, "2006-08-16"_pd, "2012-06-28"_pd});
    period alternative{"CSTO", "UZB", status::suspended, "2012-06-28"_pd, "2012-12-19"_pd};
    alternative.reading = alliance::reading::alternative;
    alternative.conflict = "uzb-2012";
    r.add(alternative);
    // An alternative that would contradict the primary reading is not a contradiction: it is another reading.
    period clashing{"CSTO", "UZB", status::observer, "2008"_pd, "2010"_pd};
    clashing.reading = alliance::reading::alternative;
    r.add(clashing);

    CHECK(r.alternatives().size() == 2);
    CHECK(r.alternatives()[0].conflict == "uzb-2012");
    CHECK(r.period_count() == 3);
    const auto* t = r.find_timeline(r.organisation("CSTO"), r.party("UZB"));
    REQUIRE(t != nullptr);
    CHECK(t->periods().size() == 1);
    CHECK(t->possibly(status::suspended).empty());
    CHECK(t->possibly(status::observer).empty());
    // periods() lists both readings, ordered by earliest start.
    const auto all = r.periods();
    REQUIRE(all.size() == 3);
    CHECK(all[0].status == status::member);
    CHECK(all[1].status == status::observer);
    CHECK(all[2].reading == alliance::reading::alternative);
}

TEST_CASE("an alternative reading is still validated") {
    auto r = small_registry();
    period backwards{"CSTO", "UZB", status::member, "2012"_pd, "2006"_pd};
    backwards.reading = alliance::reading::alternative;
    CHECK_THROWS_AS(r.add(backwards), alliance::error);
    CHECK(r.alternatives().empty());
}

TEST_CASE("a contradiction in the registry leaves no empty timeline behind") {
    auto r = small_registry();
    r.add({"CSTO", "ARM", status::member, "1992-05-15"_pd, boundary::open()});
    const std::string what =
        error_of([&] { r.add({"CSTO", "ARM", status::observer, "2000"_pd, "2001"_pd}, {"in.csv", 9, ""}); });
    CHECK(what.find("[alliance.period.contradiction] in.csv:9: CSTO ARM observer 2000/2001 contradicts "
                    "CSTO ARM member 1992-05-15/..") == 0);
    CHECK(r.period_count() == 1);
    CHECK(r.find_timeline(r.organisation("CSTO"), r.party("ARM"))->periods().size() == 1);
}
