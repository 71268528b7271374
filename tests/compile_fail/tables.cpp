// A constexpr table with one deliberate mistake per case (ALLIANCE_CASE); each
// must fail the build with a diagnostic naming the problem. Case 0, the
// control, is the same table without the mistake: it must compile (and answer
// at compile time), so that a failing case fails because of its one row and
// not because the harness is broken.
#include <alliance/data/csto_types.hpp>
#include <alliance/table.hpp>

#include <array>

#ifndef ALLIANCE_CASE
#error "define ALLIANCE_CASE"
#endif

namespace {
using alliance::boundary;
using alliance::period;
using alliance::status;
using alliance::literals::operator""_pd;
namespace data = alliance::data;

constexpr std::array sources{data::source{"S1", "s1.txt", "A document", "", "A publisher", "2024"}};
constexpr std::array organisations{data::organisation_entry{"CSTO", "Collective Security Treaty Organization", ""}};
constexpr std::array parties{data::party_entry{"ARM", "Armenia", alliance::party_kind::state, ""}};
constexpr std::array conflicts{data::conflict{"freeze", "the year of the freeze", "2024", "S1", "2023", "S1", "body"}};

// Armenia a member until the freeze; from then a frozen participation, which
// qualifies the standing in another layer and so contradicts nothing.
constexpr period member{"CSTO", "ARM", status::member, "2002-05-14"_pd, "2024-02-23"_pd, alliance::basis::de_jure,
                        "S1", "\"q\""};
constexpr period frozen{"CSTO", "ARM", status::frozen, "2024-02-23"_pd, boundary::open(), alliance::basis::de_facto,
                        "S1", "\"q\"", alliance::reading::primary, "freeze"};

#if ALLIANCE_CASE == 1 || ALLIANCE_CASE == 7
// Member until 2024 and suspended from 2023: two standings that both certainly
// hold in 2023 (case 7: caught by validate_table() in a static_assert).
constexpr period broken{"CSTO", "ARM", status::suspended, "2023-02-23"_pd, boundary::open(), alliance::basis::de_jure,
                        "S1", "\"q\""};
#elif ALLIANCE_CASE == 2
// Ends before it starts.
constexpr period broken{"CSTO", "ARM", status::member, "2024-02-23"_pd, "2002-05-14"_pd, alliance::basis::de_jure, "S1",
                        "\"q\""};
#elif ALLIANCE_CASE == 3
// An alternative reading that names no conflict.
constexpr period broken{"CSTO", "ARM", status::frozen, "2023-02-23"_pd, boundary::open(), alliance::basis::de_facto,
                        "S1", "\"q\"", alliance::reading::alternative};
#elif ALLIANCE_CASE == 4
// A fact without a quote of its source.
constexpr period broken{"CSTO", "ARM", status::observer, "1999-01-01"_pd, "2000-01-01"_pd, alliance::basis::de_jure, "S1",
                        "a remark without a quote"};
#elif ALLIANCE_CASE == 5
// A party the dataset does not list.
constexpr period broken{"CSTO", "AZE", status::member, "2002-05-14"_pd, boundary::open(), alliance::basis::de_jure,
                        "S1", "\"q\""};
#elif ALLIANCE_CASE == 6
// A source the dataset does not list.
constexpr period broken{"CSTO", "ARM", status::observer, "1999-01-01"_pd, "2000-01-01"_pd, alliance::basis::de_jure, "S1;S9",
                        "\"q\""};
#elif ALLIANCE_CASE == 8
// 30 February does not exist.
constexpr period broken{"CSTO", "ARM", status::observer,
                        boundary{alliance::partial_date{date::year{1994} / date::February / date::day{30}}},
                        "2000-01-01"_pd, alliance::basis::de_jure, "S1", "\"q\""};
#elif ALLIANCE_CASE == 9
// A month 13, written as a date literal: the literal itself must not compile.
constexpr period broken{"CSTO", "ARM", status::observer, "1994-13-01"_pd, "2000-01-01"_pd, alliance::basis::de_jure, "S1",
                        "\"q\""};
#else
// The control: a valid row where the broken ones go.
constexpr period broken{"CSTO", "ARM", status::observer, "1999-01-01"_pd, "2000-01-01"_pd, alliance::basis::de_jure, "S1",
                        "\"q\""};
#endif

constexpr std::array periods{member, frozen, broken};
constexpr std::array<data::event, 0> events{};
constexpr std::array<data::office_term, 0> offices{};
constexpr std::array<data::figure, 0> figures{};

#if ALLIANCE_CASE == 7 || ALLIANCE_CASE == 8
static_assert(alliance::validate_table(periods));
#endif
static_assert(alliance::validated<periods>());
static_assert(data::dataset_validated<sources, organisations, parties, periods, conflicts, events, offices, figures>());

#if ALLIANCE_CASE == 0
// The valid table also answers at compile time.
static_assert(alliance::status_of(periods, "CSTO", "ARM", date::sys_days{date::year{2010} / 1 / 1}).value() ==
              status::member);
static_assert(alliance::status_of(periods, "csto", "arm", date::sys_days{date::year{1999} / 6 / 1}).value() ==
              status::observer);
static_assert(alliance::status_of(periods, "CSTO", "ARM", date::sys_days{date::year{2002} / 5 / 13}).value() ==
              status::none);
#endif
}  // namespace

int main() { return static_cast<int>(periods.size()) - 3; }
