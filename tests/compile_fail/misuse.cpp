// Things that must not compile. Each case is this file built with
// ALLIANCE_CASE set to its number; case 0 is the control: the same file with
// no offending line, which must compile, so that a failing case fails because
// of its one line and not because the harness is broken.
#include <alliance/alliance.hpp>

using namespace alliance::literals;

#ifndef ALLIANCE_CASE
#error "define ALLIANCE_CASE"
#endif

// Values the cases misuse; the control uses them correctly.
[[maybe_unused]] inline void uses(const alliance::registry& r, alliance::party_id party,
                                  alliance::organisation_id organisation) {
    [[maybe_unused]] const alliance::partial_date stated = "1993"_pd;
    [[maybe_unused]] const date::sys_days earliest = stated.earliest();
    [[maybe_unused]] const auto reading = alliance::status_of(r, "CSTO", "ARM", earliest);
    [[maybe_unused]] const auto members = r.parties_of(organisation);
    [[maybe_unused]] const auto name = r.name(party);
    [[maybe_unused]] const auto listed = alliance::members_on(r, "CSTO", earliest);
    [[maybe_unused]] const auto index = alliance::query_index::from(r);
    [[maybe_unused]] const auto rows = alliance::state_year_panel(r, "CSTO");
    [[maybe_unused]] const auto index_key = index.key(organisation);
    [[maybe_unused]] const auto index_members = index.members_on("CSTO", earliest);
    [[maybe_unused]] const auto periods = r.periods();
    [[maybe_unused]] const auto key = r.key(party);

#if ALLIANCE_CASE == 1
    // A partial date is not a day: "1993" has no single day.
    [[maybe_unused]] const date::sys_days day = stated;
#elif ALLIANCE_CASE == 2
    // Nor can it be passed where a day is expected.
    (void)alliance::status_of(r, "CSTO", "ARM", stated);
#elif ALLIANCE_CASE == 3
    // Nor converted explicitly by a cast.
    (void)static_cast<date::sys_days>(stated);
#elif ALLIANCE_CASE == 4
    // A party's id is not an organisation's id.
    [[maybe_unused]] const alliance::organisation_id wrong = party;
#elif ALLIANCE_CASE == 5
    // Nor can it be passed where an organisation's id is expected.
    (void)r.parties_of(party);
#elif ALLIANCE_CASE == 6
    // A plain number is not an id.
    [[maybe_unused]] const alliance::party_id number = 3u;
#elif ALLIANCE_CASE == 7
    // A date that does not exist, used in a constant expression, fails the build.
    [[maybe_unused]] constexpr alliance::partial_date no_such_day = "2023-02-30"_pd;
#elif ALLIANCE_CASE == 8
    // Members of a temporary registry would be views into freed memory.
    (void)alliance::members_on(alliance::registry{}, "CSTO", earliest);
#elif ALLIANCE_CASE == 9
    // A key of a temporary index would be a view into freed memory.
    (void)alliance::query_index::from(r).key(organisation);
#elif ALLIANCE_CASE == 10
    // Panel rows from a temporary registry would hold views into freed memory.
    (void)alliance::state_year_panel(alliance::registry{}, "CSTO");
#elif ALLIANCE_CASE == 11
    // So would a key of a temporary registry,
    (void)alliance::registry{}.key(party);
#elif ALLIANCE_CASE == 12
    // the periods of a temporary registry (their keys, sources and notes are its text),
    (void)alliance::registry{}.periods();
#elif ALLIANCE_CASE == 13
    // and the members, by key, of a temporary index.
    (void)alliance::query_index::from(r).members_on("CSTO", earliest);
#endif
}

int main() { return 0; }
