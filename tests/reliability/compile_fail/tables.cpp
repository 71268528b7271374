// tables.cpp — constexpr tables that must not compile, and one that must.
//
// Built once per case (tests/build_expect.cmake). With ALLIANCE_CASE=0 the
// table is valid and must compile: the positive control, proving that the
// failures below come from the broken row and nothing else. With
// ALLIANCE_CASE=N the table gets row N, which the validator must reject at
// compile time.
#include <alliance/period.hpp>
#include <alliance/status.hpp>
#include <alliance/table.hpp>

#include <array>

using namespace alliance::literals;

namespace {

using alliance::boundary;
using alliance::period;
using alliance::status;

constexpr period armenia{"CSTO", "ARM", status::member, boundary{"1994-04-20"_pd}, boundary::open()};
constexpr period belarus{"CSTO", "BLR", status::member, boundary{"1994-04-20"_pd}, boundary::open()};
// Uzbekistan: a member, a suspension, a member again; back to back, no contradiction.
constexpr period uzbekistan_1{"CSTO", "UZB", status::member, boundary{"2006-08-16"_pd}, boundary{"2012-06-28"_pd}};
constexpr period uzbekistan_2{"CSTO", "UZB", status::suspended, boundary{"2012-06-28"_pd}, boundary{"2012-12-19"_pd}};

#if ALLIANCE_CASE == 0
// The positive control: a valid row in the same place as the broken ones.
constexpr period extra{"CSTO", "KAZ", status::member, boundary{"1994-04-20"_pd}, boundary::open()};
#elif ALLIANCE_CASE == 1
// 30 February does not exist.
constexpr period extra{"CSTO", "KAZ", status::member,
                       boundary{alliance::partial_date{date::year{1994} / date::February / date::day{30}}}, boundary::open()};
#elif ALLIANCE_CASE == 2
// Ends eight years before it starts.
constexpr period extra{"CSTO", "KAZ", status::member, boundary{"2002"_pd}, boundary{"1994"_pd}};
#elif ALLIANCE_CASE == 3
// Suspended while certainly a member: contradicts uzbekistan_1.
constexpr period extra{"CSTO", "UZB", status::suspended, boundary{"2008-01-01"_pd}, boundary{"2009-01-01"_pd}};
#elif ALLIANCE_CASE == 4
// A month 13, written as a date literal: the literal itself must not compile.
constexpr period extra{"CSTO", "KAZ", status::member, boundary{"1994-13-01"_pd}, boundary::open()};
#endif

constexpr std::array<period, 5> periods{armenia, belarus, uzbekistan_1, uzbekistan_2, extra};
static_assert(alliance::validate_table(periods), "the table is valid");

// The valid table also answers questions at compile time.
static_assert(alliance::status_of(periods, "CSTO", "UZB", date::sys_days{date::year{2012} / 9 / 1}).value() ==
              status::suspended);
static_assert(alliance::status_of(periods, "csto", "arm", date::sys_days{date::year{1994} / 4 / 19}).value() ==
              status::none);

}  // namespace

int main() { return static_cast<int>(periods.size()) - 5; }
