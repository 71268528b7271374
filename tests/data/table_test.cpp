// alliance/table.hpp: checking and querying a constexpr array of periods,
// with the same answers as alliance::timeline.
#include <alliance/alliance.hpp>
#include <alliance/table.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>

using alliance::boundary;
using alliance::period;
using alliance::status;
using alliance::status_reading;
using alliance::table_problem_kind;
using alliance::literals::operator""_pd;

namespace {
constexpr date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

constexpr std::array good{
    period{"CSTO", "ARM", status::member, "2002-05-14"_pd, "2024-02-23"_pd},
    period{"CSTO", "ARM", status::frozen, "2024-02-23"_pd, boundary::open(), alliance::basis::de_facto},
    period{"CSTO", "UZB", status::member, "2006"_pd, "2012-06-28"_pd},
    // Two member periods joined at the same stated year: the join is certain.
    period{"SCO", "KAZ", status::member, "1996"_pd, "2001"_pd},
    period{"SCO", "KAZ", status::member, "2001"_pd, boundary::open()},
    period{"CSTO", "UZB", status::withdrawn, "2012"_pd, boundary::open(), alliance::basis::de_jure, "", "",
           alliance::reading::alternative, "uzb-2012"},
};
static_assert(!alliance::check_table(good));
static_assert(alliance::validated<good>());
static_assert(alliance::validate_table(good));

// Point queries, in constant expressions.
static_assert(alliance::status_of(good, "CSTO", "ARM", day(2024, 2, 22)) == status::member);
// The freeze is a participation: the standing does not see it, the participation layer does.
static_assert(alliance::status_of(good, "CSTO", "ARM", day(2024, 2, 23)) == status::none);
static_assert(alliance::status_of(good, "CSTO", "ARM", day(2024, 2, 23), alliance::layer::participation) == status::frozen);
static_assert(alliance::status_of(good, "CSTO", "ARM", day(2024, 2, 22), alliance::layer::participation) == status::none);
static_assert(alliance::status_of(good, "csto", "arm", day(2002, 5, 13)) == status::none);
// A start known to the year: member or not yet anything.
static_assert(alliance::status_of(good, "CSTO", "UZB", day(2006, 3, 1)) ==
              status_reading::unknown(alliance::bit(status::member) | alliance::bit(status::none)));
static_assert(alliance::status_of(good, "CSTO", "UZB", day(2006, 12, 31)) == status::member);
// The alternative reading is ignored.
static_assert(alliance::status_of(good, "CSTO", "UZB", day(2013, 1, 1)) == status::none);
static_assert(alliance::status_of(good, "SCO", "KAZ", day(2001, 6, 1)) == status::member);
static_assert(alliance::status_of(good, "SCO", "KAZ", day(1996, 6, 1)) ==
              status_reading::unknown(alliance::bit(status::member) | alliance::bit(status::none)));
static_assert(alliance::count_in(good, "CSTO") == 4);
static_assert(alliance::same_key("CSTO-pa", "csto-PA"));
static_assert(!alliance::same_key("CSTO", "CST"));

constexpr std::array contradicting{
    period{"CSTO", "ARM", status::member, "2002-05-14"_pd, "2024-02-23"_pd},
    period{"CSTO", "UZB", status::member, "2006"_pd, boundary::open()},
    period{"CSTO", "ARM", status::suspended, "2023-02-23"_pd, boundary::open()},
};
constexpr auto contradiction = alliance::check_table(contradicting);
static_assert(contradiction.kind == table_problem_kind::contradiction);
static_assert(contradiction.index == 2 && contradiction.other == 0);

// A standing and a participation on one day are two layers, not a contradiction.
constexpr std::array member_and_frozen{
    period{"CSTO", "ARM", status::member, "2002-05-14"_pd, boundary::open()},
    period{"CSTO", "ARM", status::frozen, "2023-02-23"_pd, boundary::open(), alliance::basis::de_facto},
};
static_assert(!alliance::check_table(member_and_frozen));
static_assert(alliance::status_of(member_and_frozen, "CSTO", "ARM", day(2024, 1, 1)) == status::member);

// Periods that may, but need not, overlap do not contradict: the year 2023 is
// known to the year only on both sides.
constexpr std::array uncertain_overlap{
    period{"CSTO", "ARM", status::member, "2002"_pd, "2023"_pd},
    period{"CSTO", "ARM", status::suspended, "2023"_pd, boundary::open()},
};
static_assert(!alliance::check_table(uncertain_overlap));
// One stated boundary ends the one and starts the other: in 2023 it is one of the two, never none.
static_assert(alliance::status_of(uncertain_overlap, "CSTO", "ARM", day(2023, 6, 1)) ==
              status_reading::unknown(alliance::bit(status::member) | alliance::bit(status::suspended)));

// Two boundaries that only may be the same day leave a gap possible: none is a candidate.
constexpr std::array gap_possible{
    period{"CSTO", "UZB", status::member, "2006"_pd, "2012-06"_pd},
    period{"CSTO", "UZB", status::withdrawn, "2012"_pd, boundary::open()},
};
static_assert(alliance::status_of(gap_possible, "CSTO", "UZB", day(2012, 6, 10)) ==
              status_reading::unknown(alliance::bit(status::member) | alliance::bit(status::withdrawn) |
                                      alliance::bit(status::none)));
static_assert(alliance::status_of(gap_possible, "CSTO", "UZB", day(2012, 3, 1)) == status::member);
static_assert(alliance::status_of(gap_possible, "CSTO", "UZB", day(2012, 7, 1)) ==
              status_reading::unknown(alliance::bit(status::withdrawn) | alliance::bit(status::none)));

constexpr std::array backwards{
    period{"CSTO", "ARM", status::member, "2002"_pd, boundary::open()},
    period{"CSTO", "BLR", status::member, "2024"_pd, "2002"_pd},
};
static_assert(alliance::check_table(backwards).kind == table_problem_kind::ill_formed_period);
static_assert(alliance::check_table(backwards).index == 1);

constexpr std::array narrowed_away{
    period{"CSTO", "ARM", status::member, boundary{"2002"_pd}.narrowed(day(2003, 1, 1), day(2003, 2, 1)), boundary::open()},
};
static_assert(alliance::check_table(narrowed_away).kind == table_problem_kind::ill_formed_period);

constexpr std::array unexplained_alternative{
    period{"CSTO", "ARM", status::member, "2002"_pd, boundary::open(), alliance::basis::de_jure, "", "",
           alliance::reading::alternative},
};
static_assert(alliance::check_table(unexplained_alternative).kind == table_problem_kind::alternative_without_conflict);

constexpr std::array keyless{period{"", "ARM", status::member, "2002"_pd, boundary::open()}};
static_assert(alliance::check_table(keyless).kind == table_problem_kind::missing_key);
}  // namespace

TEST_CASE("validate_table at run time throws an error naming the periods") {
    try {
        (void)alliance::validate_table(contradicting);
        FAIL("expected an error");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::contradiction);
        const std::string what = e.what();
        CHECK(what.find("period 2") != std::string::npos);
        CHECK(what.find("contradicting period 0") != std::string::npos);
        CHECK(what.find("CSTO ARM") != std::string::npos);
    }
    try {
        (void)alliance::validate_table(backwards);
        FAIL("expected an error");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::invalid_period);
        CHECK(std::string(e.what()).find("ends before it starts") != std::string::npos);
    }
}

TEST_CASE("law: status_of answers as a timeline built from the same periods") {
    constexpr std::array table{
        period{"X", "A", status::signatory, "1992-05-15"_pd, "1994-04-20"_pd},
        period{"X", "A", status::member, "1994-04-20"_pd, boundary{"1999"_pd}.narrowed(day(1999, 4, 3), day(1999, 12, 31))},
        period{"X", "A", status::withdrawn, boundary{"1999"_pd}.narrowed(day(1999, 4, 3), day(1999, 12, 31)), "2002-05"_pd},
        period{"X", "A", status::member, "2006"_pd, "2008"_pd},
        period{"X", "A", status::member, "2008"_pd, "2012-06-28"_pd},
        period{"X", "A", status::suspended, "2012-06-28"_pd, boundary::open()},
        period{"X", "A", status::frozen, "2010"_pd, "2011-03"_pd, alliance::basis::de_facto},
    };
    static_assert(alliance::validate_table(table));
    alliance::timeline line;
    for (const auto& p : table) line.add(p);
    std::size_t compared = 0;
    for (auto d = day(1990, 1, 1); d <= day(2014, 12, 31); d += date::days{1}) {
        const auto expected = line.status_on(d);
        const auto actual = alliance::status_of(table, "X", "A", d);
        const auto expected_participation = line.participation_on(d);
        const auto actual_participation = alliance::status_of(table, "X", "A", d, alliance::layer::participation);
        if (expected != actual || expected_participation != actual_participation) {
            CAPTURE(alliance::to_string(d));
            CHECK(alliance::describe(actual) == alliance::describe(expected));
            CHECK(alliance::describe(actual_participation) == alliance::describe(expected_participation));
        }
        ++compared;
    }
    CHECK(compared == 9131);
    // Both layers hold at once, each with its own unknowns.
    CHECK(line.status_on(day(2010, 6, 1)) == status::member);
    CHECK(line.participation_on(day(2010, 6, 1)) ==
          status_reading::unknown(alliance::bit(status::frozen) | alliance::bit(status::none)));
    CHECK(line.participation_on(day(2011, 1, 1)) == status::frozen);
    // The withdrawal shares the member period's narrowed boundary: in it, one of the two.
    CHECK(alliance::describe(line.status_on(day(1999, 6, 1))) == "unknown (member|withdrawn)");
    // And the joined years are certain in both.
    CHECK(line.status_on(day(2008, 6, 1)) == status::member);
}
