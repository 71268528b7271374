// synthetic_data.hpp — a reproducible random registry, for the benchmarks and the index's property tests.
//
// Each (organisation, party) pair is given, with probability `coverage`, a
// run of 1 to `max_periods` consecutive periods between 1900 and 2020. Start
// and end dates are stated to the day, the month or the year at random, ends
// are sometimes open, consecutive periods sometimes share one stated boundary,
// and statuses are mostly `member` — so the data has what the library must
// answer honestly: certain days, undecided days, gaps and changes of status.
// Periods never contradict each other: each starts on or after the last day
// the previous one may have ended.
#pragma once

#include <alliance/registry.hpp>

#include <date/date.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace alliance::synthetic {

struct shape {
    int organisations = 500;
    int parties = 200;
    int min_periods = 1;
    int max_periods = 5;
    double coverage = 1.0;  // share of (organisation, party) pairs with any period
    int first_year = 1900;
    int last_year = 2020;
};

inline std::string organisation_key(int i) { return "O" + std::to_string(1000 + i).substr(1); }
inline std::string party_key(int i) { return "P" + std::to_string(1000 + i).substr(1); }

// The registry of the shape, the same for the same seed on every platform
// (std::mt19937 is specified exactly; distributions are avoided because their
// results differ between standard libraries).
inline registry make_registry(std::uint32_t seed, const shape& s = {}) {
    std::mt19937 rng{seed};
    const auto below = [&](std::uint32_t n) { return static_cast<int>(rng() % n); };  // slight bias is harmless here
    registry r;
    for (int o = 0; o < s.organisations; ++o) r.add_organisation(organisation_key(o), "Organisation " + std::to_string(o));
    for (int p = 0; p < s.parties; ++p) r.add_party(party_key(p), "Party " + std::to_string(p));

    const date::sys_days first_day{date::year{s.first_year} / 1 / 1};
    const date::sys_days last_day{date::year{s.last_year} / 12 / 31};
    const int span_days = static_cast<int>((last_day - first_day).count());
    const auto stated = [&](date::sys_days d) -> boundary {
        const date::year_month_day ymd{d};
        switch (below(5)) {
            case 0: return partial_date{ymd.year()};
            case 1: return partial_date{ymd.year() / ymd.month()};
            default: return partial_date{ymd};
        }
    };
    static constexpr status statuses[] = {status::member,    status::member,   status::member,   status::member,
                                          status::member,    status::observer, status::suspended, status::associate,
                                          status::signatory, status::frozen,   status::withdrawn};
    const auto coverage_cut = static_cast<std::uint32_t>(s.coverage * 4294967295.0);

    for (int o = 0; o < s.organisations; ++o) {
        const std::string org = organisation_key(o);
        for (int p = 0; p < s.parties; ++p) {
            if (s.coverage < 1.0 && rng() > coverage_cut) continue;
            const std::string party = party_key(p);
            const int count = s.min_periods + below(static_cast<std::uint32_t>(s.max_periods - s.min_periods + 1));
            // Spread the periods over the span: each gets a slice of it.
            const int slice = span_days / count;
            date::sys_days cursor = first_day + date::days{below(static_cast<std::uint32_t>(slice / 2 + 1))};
            boundary previous_end = boundary::open();
            for (int k = 0; k < count; ++k) {
                period q;
                q.organisation = org;
                q.party = party;
                q.status = statuses[below(sizeof statuses / sizeof statuses[0])];
                const bool share = k > 0 && !previous_end.is_open() && below(4) == 0;
                if (share)
                    q.from = previous_end;  // back to back at one stated boundary
                else if (k == 0 && below(10) == 0)
                    q.from = boundary::open();
                else
                    q.from = stated(cursor);
                const date::sys_days start = q.from.is_open() ? cursor : q.from.latest();
                // At least 30 days after the latest start: the period always has a possible day.
                const date::sys_days end = start + date::days{30 + below(static_cast<std::uint32_t>(slice))};
                if (k + 1 == count && below(5) == 0) {
                    q.to = boundary::open();
                } else {
                    q.to = stated(end);
                }
                r.add(q);
                if (q.to.is_open()) break;
                previous_end = q.to;
                cursor = q.to.latest() + date::days{below(400)};
                if (cursor >= last_day) break;  // the span is used up: fewer periods for this pair
            }
        }
    }
    return r;
}

}  // namespace alliance::synthetic
