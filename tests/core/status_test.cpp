// status, basis, answer and status_reading: the vocabulary of every answer.
#include <alliance/status.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <string>

using alliance::answer;
using alliance::status;
using alliance::status_reading;

// --- constexpr --------------------------------------------------------------------

static_assert(static_cast<unsigned>(status::none) == 0, "none is the identity that ICL absorbs");
static_assert(alliance::to_string(status::signatory) == "signatory");
static_assert(alliance::parse_status("withdrawn") == status::withdrawn);
static_assert(!alliance::parse_status("Member"), "status names are exact, lower case");
static_assert(alliance::parse_basis("de_facto") == alliance::basis::de_facto);
static_assert(status_reading{status::member}.is(status::member) == answer::yes);
static_assert(status_reading{status::member}.is(status::observer) == answer::no);
static_assert(status_reading::unknown().is(status::member) == answer::unknown);
static_assert(status_reading::unknown() != status_reading{status::none}, "unknown is not 'no status'");
static_assert(alliance::to_string(status_reading::unknown()) == "unknown");

// Layers: frozen qualifies a standing; every other status is one.
static_assert(alliance::layer_of(status::frozen) == alliance::layer::participation);
static_assert(alliance::layer_of(status::suspended) == alliance::layer::standing);
static_assert(alliance::layer_of(status::none) == alliance::layer::standing);
static_assert(alliance::statuses_of(alliance::layer::participation) ==
              (alliance::bit(status::frozen) | alliance::bit(status::none)));
static_assert((alliance::statuses_of(alliance::layer::standing) & alliance::bit(status::frozen)) == 0u);

// Candidates: an unknown says what it may be, and `is` answers no outside them.
constexpr auto member_or_withdrawn = status_reading::unknown({status::member, status::withdrawn});
static_assert(member_or_withdrawn.may_be(status::withdrawn) && !member_or_withdrawn.may_be(status::none));
static_assert(member_or_withdrawn.is(status::member) == answer::unknown);
static_assert(member_or_withdrawn.is(status::observer) == answer::no);
static_assert(member_or_withdrawn != status_reading::unknown({status::member, status::none}));
static_assert(status_reading{status::observer}.candidates() == alliance::bit(status::observer));
static_assert(status_reading::unknown().may_be(status::none) && !status_reading::unknown().may_be(status::frozen));

// --- runtime ----------------------------------------------------------------------

TEST_CASE("every status prints and parses back") {
    for (std::size_t i = 0; i < alliance::status_count; ++i) {
        const auto s = static_cast<status>(i);
        CAPTURE(i);
        CHECK(alliance::parse_status(alliance::to_string(s)) == s);
    }
    CHECK_FALSE(alliance::parse_status("expelled"));
}

TEST_CASE("statuses have distinct names") {
    for (std::size_t i = 0; i < alliance::status_count; ++i)
        for (std::size_t j = i + 1; j < alliance::status_count; ++j)
            CHECK(alliance::to_string(static_cast<status>(i)) != alliance::to_string(static_cast<status>(j)));
}

TEST_CASE("describe names an unknown's candidates, none last") {
    CHECK(alliance::describe(status::member) == "member");
    CHECK(alliance::describe(status_reading::unknown({status::withdrawn, status::member})) == "unknown (member|withdrawn)");
    CHECK(alliance::describe(status_reading::unknown({status::none, status::observer})) == "unknown (observer|none)");
    CHECK(alliance::describe(status_reading::unknown({status::frozen, status::none})) == "unknown (frozen|none)");
    CHECK(alliance::describe(status_reading::unknown()) == "unknown (any status)");
    CHECK(alliance::to_string(alliance::layer::participation) == "participation");
}

TEST_CASE("answers and bases print") {
    CHECK(alliance::to_string(answer::yes) == "yes");
    CHECK(alliance::to_string(answer::no) == "no");
    CHECK(alliance::to_string(answer::unknown) == "unknown");
    for (auto b : {alliance::basis::de_jure, alliance::basis::de_facto})
        CHECK(alliance::parse_basis(alliance::to_string(b)) == b);
    CHECK_FALSE(alliance::parse_basis("de jure"));
}
