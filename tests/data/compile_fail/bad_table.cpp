// A constexpr table with one deliberate mistake per case (ALLIANCE_CASE); each
// must fail the build with a diagnostic naming the problem. Case 0 is correct.
#include <alliance/data/csto_types.hpp>
#include <alliance/table.hpp>

#include <array>

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

#if ALLIANCE_CASE == 1
// Member until 2024 and suspended from 2023: two standings that both certainly
// hold in 2023. (A frozen participation would not contradict: another layer.)
constexpr std::array periods{
    period{"CSTO", "ARM", status::member, "2002-05-14"_pd, "2024-02-23"_pd, alliance::basis::de_jure, "S1", "\"q\""},
    period{"CSTO", "ARM", status::suspended, "2023-02-23"_pd, boundary::open(), alliance::basis::de_jure, "S1", "\"q\""},
};
#elif ALLIANCE_CASE == 2
constexpr std::array periods{
    period{"CSTO", "ARM", status::member, "2024-02-23"_pd, "2002-05-14"_pd, alliance::basis::de_jure, "S1", "\"q\""},
};
#elif ALLIANCE_CASE == 3
constexpr std::array periods{
    period{"CSTO", "ARM", status::frozen, "2023-02-23"_pd, boundary::open(), alliance::basis::de_facto, "S1", "\"q\"",
           alliance::reading::alternative},
};
#elif ALLIANCE_CASE == 4
constexpr std::array periods{
    period{"CSTO", "ARM", status::member, "2002-05-14"_pd, boundary::open(), alliance::basis::de_jure, "S1",
           "a remark without a quote"},
};
#elif ALLIANCE_CASE == 5
constexpr std::array periods{
    period{"CSTO", "AZE", status::member, "2002-05-14"_pd, boundary::open(), alliance::basis::de_jure, "S1", "\"q\""},
};
#elif ALLIANCE_CASE == 6
constexpr std::array periods{
    period{"CSTO", "ARM", status::member, "2002-05-14"_pd, boundary::open(), alliance::basis::de_jure, "S1;S9", "\"q\""},
};
#elif ALLIANCE_CASE == 7
constexpr std::array periods{
    period{"CSTO", "ARM", status::member, "2002-05-14"_pd, "2024-02-23"_pd, alliance::basis::de_jure, "S1", "\"q\""},
    period{"CSTO", "ARM", status::suspended, "2023-02-23"_pd, boundary::open(), alliance::basis::de_jure, "S1", "\"q\""},
};
static_assert(alliance::validate_table(periods));
#else
constexpr std::array periods{
    period{"CSTO", "ARM", status::member, "2002-05-14"_pd, "2024-02-23"_pd, alliance::basis::de_jure, "S1", "\"q\""},
    period{"CSTO", "ARM", status::frozen, "2024-02-23"_pd, boundary::open(), alliance::basis::de_facto, "S1", "\"q\"",
           alliance::reading::primary, "freeze"},
};
#endif
constexpr std::array<data::event, 0> events{};
constexpr std::array<data::office_term, 0> offices{};
constexpr std::array<data::figure, 0> figures{};

static_assert(alliance::validated<periods>());
static_assert(data::dataset_validated<sources, organisations, parties, periods, conflicts, events, offices, figures>());
}  // namespace
