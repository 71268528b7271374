// Laws of the timeline's day sets, checked on many random values (fixed seed:
// a failure reproduces), in the manner of Boost.ICL's test_laws.hpp.
#include <alliance/timeline.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <array>
#include <random>
#include <string>
#include <vector>

using alliance::boundary;
using alliance::day_set;
using alliance::period;
using alliance::status;

namespace {
// Days in a small window so that random sets overlap often.
constexpr int first_year = 1990;
constexpr int years = 12;

date::sys_days random_day(std::mt19937& rng) {
    std::uniform_int_distribution<int> n(0, years * 365);
    return date::sys_days{date::year{first_year} / 1 / 1} + date::days{n(rng)};
}

day_set random_set(std::mt19937& rng) {
    day_set s;
    std::uniform_int_distribution<int> count(0, 5);
    std::uniform_int_distribution<int> length(1, 400);
    for (int i = count(rng); i > 0; --i) {
        const auto first = random_day(rng);
        s.add(alliance::days_from_to(first, first + date::days{length(rng) - 1}));
    }
    return s;
}

boundary random_boundary(std::mt19937& rng) {
    std::uniform_int_distribution<int> kind(0, 9);
    const auto d = date::year_month_day{random_day(rng)};
    switch (kind(rng)) {
        case 0: return boundary::open();
        case 1:
        case 2: return boundary{alliance::partial_date{d.year()}};
        case 3:
        case 4: return boundary{alliance::partial_date{d.year() / d.month()}};
        default: return boundary{alliance::partial_date{d}};
    }
}

// A timeline of random periods; periods that are ill-formed or contradict
// the timeline are rejected by add() and left out, which is what a reader
// of bad data sees too.
struct random_timeline {
    alliance::timeline line;
    std::size_t rejected = 0;
};

random_timeline make_timeline(std::mt19937& rng) {
    random_timeline out;
    std::uniform_int_distribution<int> count(1, 6);
    std::uniform_int_distribution<unsigned> pick(1, alliance::status_count - 1);
    for (int i = count(rng); i > 0; --i) {
        const period p{"O", "A", static_cast<status>(pick(rng)), random_boundary(rng), random_boundary(rng)};
        try {
            out.line.add(p);
        } catch (const alliance::error&) {
            ++out.rejected;
        }
    }
    return out;
}

constexpr int rounds = 300;
}  // namespace

TEST_CASE("union is idempotent, commutative and associative; empty is its identity") {
    std::mt19937 rng(20240601u);
    for (int i = 0; i < rounds; ++i) {
        const day_set a = random_set(rng), b = random_set(rng), c = random_set(rng);
        REQUIRE((a + a) == a);
        REQUIRE((a + b) == (b + a));
        REQUIRE(((a + b) + c) == (a + (b + c)));
        REQUIRE((a + day_set{}) == a);
    }
}

TEST_CASE("intersection is idempotent, commutative and associative, and distributes over union") {
    std::mt19937 rng(20240602u);
    for (int i = 0; i < rounds; ++i) {
        const day_set a = random_set(rng), b = random_set(rng), c = random_set(rng);
        REQUIRE((a & a) == a);
        REQUIRE((a & b) == (b & a));
        REQUIRE(((a & b) & c) == (a & (b & c)));
        REQUIRE((a & (b + c)) == ((a & b) + (a & c)));
        REQUIRE((a & day_set{}).empty());
        REQUIRE(boost::icl::contains(a, a & b));
    }
}

TEST_CASE("a day set and its complement are disjoint and cover the axis") {
    std::mt19937 rng(20240603u);
    day_set axis;
    axis.add(alliance::all_days());
    for (int i = 0; i < rounds; ++i) {
        const day_set a = random_set(rng), b = random_set(rng);
        const day_set not_a = alliance::complement(a);
        REQUIRE((a + not_a) == axis);
        REQUIRE((a & not_a).empty());
        REQUIRE(alliance::complement(not_a) == a);
        // De Morgan.
        REQUIRE(alliance::complement(a + b) == (not_a & alliance::complement(b)));
        REQUIRE((a - b) == (a & alliance::complement(b)));
    }
    CHECK(alliance::complement(day_set{}) == axis);
    CHECK(alliance::complement(axis).empty());
}

TEST_CASE("on random timelines, what is certain is possible, and status_on agrees with both maps") {
    std::mt19937 rng(20240604u);
    std::size_t periods = 0, rejected = 0, unknown_days = 0, known_days = 0;
    for (int i = 0; i < rounds; ++i) {
        const auto t = make_timeline(rng);
        periods += t.line.periods().size();
        rejected += t.rejected;
        std::array<day_set, alliance::status_count> certain, possible;
        for (std::size_t s = 1; s < alliance::status_count; ++s) {
            const auto st = static_cast<status>(s);
            certain[s] = t.line.certainly(st);
            possible[s] = t.line.possibly(st);
            CAPTURE(alliance::to_string(st));
            REQUIRE(boost::icl::contains(possible[s], certain[s]));
            // Certain days of different statuses of one layer never meet: that
            // is what add() rejects. (A member may be frozen: two layers.)
            for (std::size_t o = 1; o < s; ++o)
                if (alliance::layer_of(st) == alliance::layer_of(static_cast<status>(o)))
                    REQUIRE((certain[s] & certain[o]).empty());
        }
        for (int k = 0; k < 40; ++k) {
            const auto d = random_day(rng);
            const auto c = alliance::to_day_count(d);
            const auto reading = t.line.status_on(d);
            CAPTURE(alliance::to_string(d));
            const auto standing = [](std::size_t s) {
                return alliance::layer_of(static_cast<status>(s)) == alliance::layer::standing;
            };
            if (!reading.known()) {
                ++unknown_days;
                bool some_possible = false;
                for (std::size_t s = 1; s < alliance::status_count; ++s) {
                    if (!standing(s)) {
                        REQUIRE_FALSE(reading.may_be(static_cast<status>(s)));
                        continue;
                    }
                    REQUIRE_FALSE(boost::icl::contains(certain[s], c));
                    some_possible = some_possible || boost::icl::contains(possible[s], c);
                    // The candidates are exactly the statuses that may hold (and maybe none).
                    REQUIRE(reading.may_be(static_cast<status>(s)) == boost::icl::contains(possible[s], c));
                }
                REQUIRE(some_possible);
            } else if (reading.value() == status::none) {
                ++known_days;
                for (std::size_t s = 1; s < alliance::status_count; ++s)
                    if (standing(s)) REQUIRE_FALSE(boost::icl::contains(possible[s], c));
            } else {
                ++known_days;
                REQUIRE(boost::icl::contains(certain[static_cast<std::size_t>(reading.value())], c));
            }
        }
    }
    // The random data must exercise every branch, or the checks above prove little.
    CHECK(periods > static_cast<std::size_t>(rounds));
    CHECK(rejected > 0);
    CHECK(unknown_days > 0);
    CHECK(known_days > 0);
}

TEST_CASE("adding the same period twice changes nothing (idempotent add)") {
    std::mt19937 rng(20240605u);
    for (int i = 0; i < rounds; ++i) {
        const period p{"O", "A", status::member, random_boundary(rng), random_boundary(rng)};
        if (alliance::check(p) != nullptr) continue;
        alliance::timeline once, twice;
        once.add(p);
        twice.add(p);
        twice.add(p);
        REQUIRE(bool(once.certain() == twice.certain()));
        REQUIRE(once.certainly(status::member) == twice.certainly(status::member));
        REQUIRE(once.possibly(status::member) == twice.possibly(status::member));
    }
}
