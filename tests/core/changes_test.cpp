// changes_between: what changed in an organisation between two days, with its precision.
#include <alliance/changes.hpp>

#include "fixture.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace alliance::literals;
using alliance::change_kind;
using alliance::status;
using alliance_test::day;
using alliance_test::fixture;

// --- constexpr ----------------------------------------------------------------------

static_assert(alliance::classify(status::none, status::member) == change_kind::joined);
static_assert(alliance::classify(status::member, status::none) == change_kind::left);
static_assert(alliance::classify(status::member, status::suspended) == change_kind::suspended);
static_assert(alliance::classify(status::suspended, status::member) == change_kind::reinstated);
static_assert(alliance::classify(status::member, status::frozen) == change_kind::froze);
static_assert(alliance::classify(status::frozen, status::member) == change_kind::unfroze);
static_assert(alliance::classify(status::none, status::frozen) == change_kind::froze);
static_assert(alliance::classify(status::frozen, status::none) == change_kind::unfroze);
static_assert(alliance::classify(status::member, status::withdrawn) == change_kind::withdrew);
static_assert(alliance::classify(status::withdrawn, status::member) == change_kind::rejoined);
static_assert(alliance::classify(status::none, status::observer) == change_kind::became_observer);
static_assert(alliance::classify(status::observer, status::none) == change_kind::ceased_observer);
static_assert(alliance::classify(status::observer, status::member) == change_kind::joined);
static_assert(alliance::classify(status::none, status::associate) == change_kind::became_associate);
static_assert(alliance::classify(status::none, status::signatory) == change_kind::became_signatory);
static_assert(alliance::classify(status::signatory, status::member) == change_kind::joined);
static_assert(alliance::classify(status::suspended, status::none) == change_kind::ended);
static_assert(alliance::to_string(change_kind::became_observer) == "became observer");

// --- runtime ------------------------------------------------------------------------

namespace {
std::string describe(const std::vector<alliance::change>& changes) {
    std::string out;
    for (const auto& c : changes) {
        out += std::string(c.party) + " " + std::string(alliance::to_string(c.kind)) + " " + alliance::to_string(c.when) +
               (c.certainly_within ? "" : "?") + "; ";
    }
    return out;
}
}  // namespace

TEST_CASE("the changes of a year, ordered by day then party") {
    const auto changes = alliance::changes_between(fixture(), "CSTO", day(2011, 12, 31), day(2012, 12, 31));
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].party == "UZB");
    CHECK(changes[0].kind == change_kind::suspended);
    CHECK(changes[0].before == status::member);
    CHECK(changes[0].after == status::suspended);
    CHECK(changes[0].when == alliance::boundary{"2012-06-28"_pd});
    CHECK(changes[0].certainly_within);
    CHECK(changes[1].kind == change_kind::withdrew);
    CHECK(describe(changes) == "UZB suspended 2012-06-28; UZB withdrew 2012-12-19; ");
}

TEST_CASE("imprecise changes are listed with their precision, and whether they certainly fall within") {
    const auto& r = fixture();
    CHECK(describe(alliance::changes_between(r, "CSTO", day(1998, 12, 31), day(1999, 12, 31))) ==
          "AZE left 1999; GEO left 1999-04-02; UZB left 1999-04-02; ");
    // From 1 January, AZE's change may have happened on 1 January itself, which is not after the first day.
    CHECK(describe(alliance::changes_between(r, "CSTO", day(1999, 1, 1), day(1999, 12, 31))) ==
          "AZE left 1999?; GEO left 1999-04-02; UZB left 1999-04-02; ");
    CHECK(describe(alliance::changes_between(r, "CSTO", day(1999, 6, 1), day(2000, 6, 1))) == "AZE left 1999?; ");
    CHECK(describe(alliance::changes_between(r, "CSTO", day(2024, 1, 1), day(2024, 12, 31))) == "ARM froze 2024-02; ");
    CHECK(describe(alliance::changes_between(r, "CSTO", day(2024, 2, 10), day(2024, 12, 31))) ==
          "ARM froze 2024-02?; ");
    CHECK(describe(alliance::changes_between(r, "CSTO", day(1993, 1, 1), day(1994, 12, 31))) ==
          "GEO joined 1994; AZE joined 1994-04-20; UZB joined 1994-04-20; ");
}

TEST_CASE("a change belongs to (from, to]: the day before and the day of it") {
    const auto& r = fixture();
    CHECK(alliance::changes_between(r, "CSTO", day(2012, 6, 27), day(2012, 6, 28)).size() == 1);
    CHECK(alliance::changes_between(r, "CSTO", day(2012, 6, 28), day(2012, 6, 30)).empty());
    CHECK(alliance::changes_between(r, "CSTO", day(2012, 6, 26), day(2012, 6, 27)).empty());
    CHECK(alliance::changes_between(r, "CSTO", day(2012, 6, 28), day(2012, 6, 28)).empty());
}

TEST_CASE("a change exists exactly where the status on the two days differs (exact boundaries)") {
    const auto& r = fixture();
    for (auto from = day(2012, 6, 20); from <= day(2012, 7, 5); from += date::days{1})
        for (auto to = from; to <= day(2012, 7, 5); to += date::days{1}) {
            const bool differs =
                alliance::status_of(r, "CSTO", "UZB", from) != alliance::status_of(r, "CSTO", "UZB", to);
            CAPTURE(alliance::to_string(from));
            CAPTURE(alliance::to_string(to));
            REQUIRE(!alliance::changes_between(r, "CSTO", from, to).empty() == differs);
        }
}

TEST_CASE("rejoining and back-to-back periods") {
    alliance::registry r;
    r.add_organisation("O", "An organisation");
    r.add_party("A", "A state");
    r.add({"O", "A", status::member, "1990-01-01"_pd, "1995-01-01"_pd});
    r.add({"O", "A", status::member, "1995-01-01"_pd, "1997"_pd});  // the same status continues: no change
    r.add({"O", "A", status::withdrawn, "1997"_pd, "2001-03-01"_pd});
    r.add({"O", "A", status::member, "2001-03-01"_pd, "2003-05"_pd});
    r.add({"O", "A", status::observer, "2004"_pd, "2005"_pd});
    CHECK(describe(alliance::changes_between(r, "O", day(1989, 1, 1), day(2010, 1, 1))) ==
          "A joined 1990-01-01; A withdrew 1997; A rejoined 2001-03-01; A left 2003-05; "
          "A became observer 2004; A ceased observer 2005; ");
}

TEST_CASE("changes_between rejects a reversed span and an unknown organisation") {
    const auto& r = fixture();
    CHECK_THROWS_WITH_AS((void)alliance::changes_between(r, "CSTO", day(2012, 1, 2), day(2012, 1, 1)),
                         "[alliance.period.invalid] the span 2012-01-02 to 2012-01-01 ends before it starts",
                         alliance::error);
    CHECK_THROWS_WITH_AS((void)alliance::changes_between(r, "NATO", day(2012, 1, 1), day(2012, 1, 2)),
                         "[alliance.organisation.unknown] unknown organisation 'NATO'", alliance::error);
}
