// fuzz_timeline.cpp — random timelines from random period operations, checked against their invariants.
//
// The bytes choose up to 16 periods (organisation, party, status, boundaries of
// every precision, narrowings, now and then an impossible date) and add them
// to a registry one by one. After every addition, accepted or rejected:
//  - no two statuses certainly hold on one day for one party;
//  - the days a status certainly holds lie within the days it may hold;
//  - the days a status may hold are exactly the union of its periods' possible
//    days, and include every day one of its periods certainly covers;
//  - status_on() agrees with certainly() and possibly() on every boundary day
//    and its neighbours;
//  - a rejected period leaves the timeline as it was, and was rejected for a
//    reason that holds (check() names a problem, or it may hold on a day
//    another status certainly holds);
//  - union, intersection and difference of day sets obey their laws;
//  - the compiled index (index.hpp), whether compiled from the registry or
//    built straight from the periods, answers exactly as the registry does,
//    and refuses the periods exactly when the registry refused one;
//  - a constexpr table of the accepted periods (table.hpp) finds no problem in
//    them and answers status_of() as the registry does.
// Now and then an operation marks a span of days unknown instead.
#include "fuzz_support.hpp"

#include <alliance/error.hpp>
#include <alliance/index.hpp>
#include <alliance/period.hpp>
#include <alliance/queries.hpp>
#include <alliance/registry.hpp>
#include <alliance/table.hpp>
#include <alliance/timeline.hpp>

#include <array>
#include <string>
#include <vector>

namespace {

using alliance::day_set;
using alliance::status;
using alliance::fuzz::byte_reader;

constexpr std::array<std::string_view, 2> organisations{"ORG", "PACT"};
constexpr std::array<std::string_view, 2> parties{"AAA", "BBB"};
constexpr std::size_t statuses = alliance::status_count;

// A boundary in 2000-2003, so that periods meet, overlap and contradict often.
alliance::boundary make_boundary(byte_reader& in) {
    const unsigned kind = in.below(16);
    const int year = 2000 + static_cast<int>(in.below(4));
    const unsigned month = kind == 15 ? 13u : 1u + in.below(12);  // now and then a month that does not exist
    const unsigned day = 1u + in.below(31);                       // 31 April and 30 February included
    if (kind < 3) return alliance::boundary::open();
    alliance::partial_date stated{date::year{year}};
    if (kind >= 6 && kind < 10) stated = alliance::partial_date{date::year{year} / date::month{month}};
    if (kind >= 10) stated = alliance::partial_date{date::year{year} / date::month{month} / date::day{day}};
    alliance::boundary b{stated};
    if (stated.ok() && !b.exact() && in.below(4) == 0) {
        // Narrowed by inference; now and then to nothing at all (lo > hi).
        const auto width = static_cast<unsigned>((b.latest() - b.earliest()).count()) + 1;
        const auto lo = b.earliest() + date::days{in.below(width)};
        const auto hi = b.earliest() + date::days{in.below(width)};
        b = b.narrowed(lo, hi);
    }
    return b;
}

std::string describe(const alliance::period& p) {
    return std::string(p.organisation) + " " + std::string(p.party) + " " + std::string(alliance::to_string(p.status)) +
           " " + alliance::to_string(p.from) + "/" + alliance::to_string(p.to);
}

std::string describe(const day_set& s) {
    std::string out = "{";
    for (const auto& i : s) out += " " + alliance::to_string(i);
    return out + " }";
}

struct accepted_period {
    std::size_t organisation;
    std::size_t party;
    alliance::period value;
};

struct unknown_span {
    std::size_t organisation;
    std::size_t party;
    day_set days;
};

constexpr std::size_t max_operations = 16;

void check_laws(const day_set& a, const day_set& b, const day_set& c) {
    ALLIANCE_FUZZ_CHECK(a + b == b + a, "union commutes");
    ALLIANCE_FUZZ_CHECK((a & b) == (b & a), "intersection commutes");
    ALLIANCE_FUZZ_CHECK((a + b) + c == a + (b + c), "union associates");
    ALLIANCE_FUZZ_CHECK(((a & b) & c) == (a & (b & c)), "intersection associates");
    ALLIANCE_FUZZ_CHECK(a + a == a && (a & a) == a, "union and intersection are idempotent");
    ALLIANCE_FUZZ_CHECK((a & (b + c)) == ((a & b) + (a & c)), "intersection distributes over union");
    ALLIANCE_FUZZ_CHECK((a + (b & c)) == ((a + b) & (a + c)), "union distributes over intersection");
    ALLIANCE_FUZZ_CHECK((a - b) + (a & b) == a, "a difference and an intersection make the whole");
    ALLIANCE_FUZZ_CHECK(boost::icl::disjoint(a - b, b), "a difference is disjoint from what was taken away");
    const day_set whole{alliance::day_interval::right_open(alliance::to_day_count(alliance::beginning_of_time),
                                                           alliance::to_day_count(alliance::end_of_time))};
    ALLIANCE_FUZZ_CHECK(a + (whole - a) == whole, "a set and its complement cover the whole axis");
    ALLIANCE_FUZZ_CHECK(((whole - a) & a).empty(), "a set and its complement are disjoint");
}

void check_timeline(const alliance::registry& r, const alliance::timeline& t, const std::vector<const alliance::period*>& own,
                    const day_set& unknown, const std::vector<date::sys_days>& probes, std::string_view organisation,
                    std::string_view party) {
    std::array<day_set, statuses> certain, possible, expected_possible, expected_certain;
    for (std::size_t i = 1; i < statuses; ++i) {
        certain[i] = t.certainly(static_cast<status>(i));
        possible[i] = t.possibly(static_cast<status>(i));
    }
    for (const alliance::period* p : own) {
        const auto i = static_cast<std::size_t>(p->status);
        expected_possible[i] += alliance::possible_days(*p);
        expected_certain[i] += alliance::certain_days(*p);
    }
    // Unknown days: every standing may hold there (a participation is not a standing).
    const auto standing = [](std::size_t i) {
        return alliance::layer_of(static_cast<status>(i)) == alliance::layer::standing;
    };
    for (std::size_t i = 0; i < statuses; ++i)
        if (standing(i)) expected_possible[i] += unknown;
    ALLIANCE_FUZZ_CHECK(t.unknown() == unknown, "the unknown days are kept as given");
    ALLIANCE_FUZZ_CHECK(t.certainly(status::none).empty(), "'none' is never certain");
    for (std::size_t i = 1; i < statuses; ++i) {
        const std::string name(alliance::to_string(static_cast<status>(i)));
        ALLIANCE_FUZZ_CHECK(boost::icl::contains(possible[i], certain[i]),
                            name + ": certain " + describe(certain[i]) + " not within possible " + describe(possible[i]));
        ALLIANCE_FUZZ_CHECK(possible[i] == expected_possible[i],
                            name + ": possible " + describe(possible[i]) + ", its periods give " + describe(expected_possible[i]));
        ALLIANCE_FUZZ_CHECK(boost::icl::contains(certain[i], expected_certain[i]),
                            name + ": certain " + describe(certain[i]) + " misses " + describe(expected_certain[i]));
        for (std::size_t j = i + 1; j < statuses; ++j)
            if (standing(i) == standing(j))  // one layer: never two statuses on one day
                ALLIANCE_FUZZ_CHECK(boost::icl::disjoint(certain[i], certain[j]),
                                name + " and " + std::string(alliance::to_string(static_cast<status>(j))) +
                                    " both certainly hold on " + describe(certain[i] & certain[j]));
    }
    ALLIANCE_FUZZ_CHECK(t.periods().size() == own.size(), "the timeline keeps every accepted period");
    for (std::size_t k = 1; k < t.periods().size(); ++k)
        ALLIANCE_FUZZ_CHECK(alliance::detail::start_earliest(t.periods()[k - 1].from) <=
                                alliance::detail::start_earliest(t.periods()[k].from),
                            "periods() is ordered by earliest start");

    for (const auto day : probes) {
        const auto c = alliance::to_day_count(day);
        const auto reading = t.status_on(day);
        ALLIANCE_FUZZ_CHECK(alliance::status_of(r, organisation, party, day) == reading, "status_of() agrees with status_on()");
        const std::string where = alliance::to_string(day) + " reads " + std::string(alliance::to_string(reading));
        std::size_t certain_count = 0, possible_count = 0;
        for (std::size_t i = 1; i < statuses; ++i) {
            if (!standing(i)) continue;
            certain_count += boost::icl::contains(certain[i], c) ? 1u : 0u;
            possible_count += boost::icl::contains(possible[i], c) ? 1u : 0u;
            // An unknown's candidates are the statuses that may hold.
            if (!reading.known())
                ALLIANCE_FUZZ_CHECK(reading.may_be(static_cast<status>(i)) == boost::icl::contains(possible[i], c),
                                    where + ": candidates " + alliance::describe(reading));
        }
        const auto participation = t.participation_on(day);
        ALLIANCE_FUZZ_CHECK(alliance::participation_of(r, organisation, party, day) == participation,
                            "participation_of() agrees with participation_on()");
        ALLIANCE_FUZZ_CHECK(participation.known() ? (participation.value() == status::none ||
                                                     boost::icl::contains(certain[static_cast<std::size_t>(status::frozen)], c))
                                                  : boost::icl::contains(possible[static_cast<std::size_t>(status::frozen)], c),
                            alliance::to_string(day) + " participation " + alliance::describe(participation));
        if (!reading.known()) {
            ALLIANCE_FUZZ_CHECK(certain_count == 0 && possible_count > 0, where);
        } else if (reading.value() == status::none) {
            ALLIANCE_FUZZ_CHECK(possible_count == 0, where);
        } else {
            ALLIANCE_FUZZ_CHECK(certain_count == 1 && boost::icl::contains(certain[static_cast<std::size_t>(reading.value())], c), where);
        }
    }
    check_laws(certain[1], possible[1], expected_certain[2] + possible[5]);
}

std::string describe(const std::vector<std::string_view>& keys) {
    std::string out;
    for (const auto k : keys) out += std::string(k) + " ";
    return out;
}

// The compiled index answers every question exactly as the registry does.
void check_same_answers(const alliance::registry& r, const alliance::query_index& index,
                        const std::vector<date::sys_days>& probes, const char* which) {
    for (const auto o : organisations) {
        if (!index.find_organisation(o)) continue;  // built from periods: only organisations that have one
        for (const auto day : probes) {
            const auto expected = alliance::members_on(r, o, day);
            const auto got = index.members_on(o, day);
            ALLIANCE_FUZZ_CHECK(got == expected, std::string(which) + ": members_on " + std::string(o) + " " +
                                                     alliance::to_string(day) + ": index " + describe(got) +
                                                     ", registry " + describe(expected));
        }
        for (const auto p : parties) {
            if (!index.find_party(p)) continue;  // built from periods: only parties that have one
            for (const auto day : probes) {
                const auto expected = alliance::status_of(r, o, p, day);
                const auto got = index.status_of(o, p, day);
                ALLIANCE_FUZZ_CHECK(got == expected, std::string(which) + ": status_of " + std::string(o) + " " +
                                                         std::string(p) + " " + alliance::to_string(day) + ": index " +
                                                         alliance::describe(got) + ", registry " +
                                                         alliance::describe(expected));
                const auto expected_participation = alliance::participation_of(r, o, p, day);
                const auto got_participation = index.participation_of(index.organisation(o), index.party(p), day);
                ALLIANCE_FUZZ_CHECK(got_participation == expected_participation,
                                    std::string(which) + ": participation " + std::string(o) + " " + std::string(p) +
                                        " " + alliance::to_string(day) + ": index " +
                                        alliance::describe(got_participation) + ", registry " +
                                        alliance::describe(expected_participation));
            }
        }
        if (index.find_party(parties[0]) && index.find_party(parties[1])) {
            const auto expected = alliance::overlap(r, o, parties[0], parties[1]);
            const auto got = index.overlap(o, parties[0], parties[1]);
            ALLIANCE_FUZZ_CHECK(got == expected, std::string(which) + ": overlap: index " + describe(got) +
                                                     ", registry " + describe(expected));
        }
    }
}

void check_index(const alliance::registry& r, const std::vector<accepted_period>& accepted,
                 const std::vector<unknown_span>& unknowns, const std::vector<alliance::period>& attempted, bool refused,
                 const std::vector<date::sys_days>& probes) {
    try {
        const auto compiled = alliance::query_index::from(r);
        check_same_answers(r, compiled, probes, "query_index::from");
    } catch (const alliance::error& e) {
        alliance::fuzz::property_failed(__FILE__, __LINE__, "an index compiles from any registry", e.what());
    }

    // Built straight from periods: the same refusals as the registry. (Unknown
    // days come only from a registry, so compare answers only without them.)
    bool built = true;
    std::string why;
    try {
        (void)alliance::query_index::build(attempted);
    } catch (const alliance::error& e) {
        built = false;
        why = e.what();
    }
    ALLIANCE_FUZZ_CHECK(built == !refused, refused ? "the index built from periods the registry refused"
                                                   : "the index refused periods the registry took: " + why);
    if (!unknowns.empty() || accepted.empty()) return;
    std::vector<alliance::period> kept;
    for (const auto& a : accepted) kept.push_back(a.value);
    try {
        const auto from_periods = alliance::query_index::build(kept);
        check_same_answers(r, from_periods, probes, "query_index::build");
    } catch (const alliance::error& e) {
        alliance::fuzz::property_failed(__FILE__, __LINE__, "the index builds from the periods a registry took", e.what());
    }
}

// A constexpr table of the accepted periods: no problem in them, and the same answers.
void check_table_agrees(const alliance::registry& r, const std::vector<accepted_period>& accepted,
                        const std::vector<date::sys_days>& probes) {
    // Unused slots hold a period of a pair that is never asked about.
    std::array<alliance::period, max_operations> table;
    table.fill(alliance::period{"NONE", "NONE", status::member});
    for (std::size_t i = 0; i < accepted.size(); ++i) table[i] = accepted[i].value;
    const auto problem = alliance::check_table(table);
    ALLIANCE_FUZZ_CHECK(!problem, std::string("check_table: ") + (problem.what ? problem.what : "") + " at " +
                                      std::to_string(problem.index) + " / " + std::to_string(problem.other));
    for (const auto o : organisations)
        for (const auto p : parties) {
            const auto id = r.find_timeline(r.organisation(o), r.party(p));
            if (id && !id->unknown().empty()) continue;  // a table has no unknown days
            for (const auto day : probes) {
                const auto expected = alliance::status_of(r, o, p, day);
                const auto got = alliance::status_of(table, o, p, day);
                ALLIANCE_FUZZ_CHECK(got == expected, "status_of " + std::string(o) + " " + std::string(p) + " " +
                                                         alliance::to_string(day) + ": table " +
                                                         alliance::describe(got) + ", registry " +
                                                         alliance::describe(expected));
                const auto expected_participation = alliance::participation_of(r, o, p, day);
                const auto got_participation = alliance::status_of(table, o, p, day, alliance::layer::participation);
                ALLIANCE_FUZZ_CHECK(got_participation == expected_participation,
                                    "status_of (participation) " + std::string(o) + " " + std::string(p) + " " +
                                        alliance::to_string(day) + ": table " + alliance::describe(got_participation) +
                                        ", registry " + alliance::describe(expected_participation));
            }
        }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    byte_reader in(data, size);
    alliance::registry r;
    for (auto o : organisations) r.add_organisation(o, std::string(o) + " organisation");
    for (auto p : parties) r.add_party(p, std::string(p) + " state");

    std::vector<accepted_period> accepted;
    std::vector<unknown_span> unknowns;
    std::vector<alliance::period> attempted;
    bool refused = false;
    const std::size_t count = 1 + in.below(max_operations);
    for (std::size_t n = 0; n < count && !in.empty(); ++n) {
        const std::size_t o = in.below(2), who = in.below(2);
        if (in.below(8) == 0) {
            // A span of unknown days, now and then reversed.
            const auto first = date::sys_days{date::year{2000} / 1 / 1} + date::days{in.below(4 * 366)};
            const auto last = first + date::days{static_cast<int>(in.below(400)) - 20};
            try {
                r.add_unknown(organisations[o], parties[who], first, last);
            } catch (const alliance::error& e) {
                ALLIANCE_FUZZ_CHECK(last < first && e.code() == alliance::errc::invalid_period, e.what());
                continue;
            }
            ALLIANCE_FUZZ_CHECK(first <= last, "a reversed unknown span was accepted");
            unknowns.push_back({o, who, day_set{alliance::days_from_to(first, last)}});
            continue;
        }
        alliance::period p{organisations[o], parties[who]};
        const unsigned s = in.below(32);
        p.status = s == 0 ? status::none : static_cast<status>(1 + s % (statuses - 1));
        p.from = make_boundary(in);
        p.to = make_boundary(in);
        p.basis = in.below(2) == 0 ? alliance::basis::de_jure : alliance::basis::de_facto;

        const auto oid = r.organisation(p.organisation);
        const auto pid = r.party(p.party);
        const alliance::timeline* before_line = r.find_timeline(oid, pid);
        const alliance::timeline before = before_line ? *before_line : alliance::timeline{};
        const std::size_t count_before = r.period_count();
        attempted.push_back(p);
        try {
            r.add(p);
        } catch (const alliance::error& e) {
            const alliance::timeline* after_line = r.find_timeline(oid, pid);
            const alliance::timeline after = after_line ? *after_line : alliance::timeline{};
            ALLIANCE_FUZZ_CHECK(after.certain() == before.certain() && after.possible() == before.possible() &&
                                    after.periods().size() == before.periods().size() && r.period_count() == count_before,
                                std::string("a rejected period changed the timeline: ") + e.what());
            refused = true;
            if (const char* problem = alliance::check(p)) {
                ALLIANCE_FUZZ_CHECK(e.code() == alliance::errc::invalid_period || e.code() == alliance::errc::invalid_date,
                                    e.what());
                ALLIANCE_FUZZ_CHECK(std::string_view(e.what()).find(problem) != std::string_view::npos, e.what());
            } else {
                ALLIANCE_FUZZ_CHECK(e.code() == alliance::errc::contradiction && e.id() == "alliance.period.contradiction",
                                    e.what());
                bool clash = false;
                for (std::size_t i = 1; i < statuses; ++i)
                    if (static_cast<status>(i) != p.status &&
                        boost::icl::intersects(alliance::possible_days(p), before.certainly(static_cast<status>(i))))
                        clash = true;
                ALLIANCE_FUZZ_CHECK(clash, describe(p) + " rejected, but no other status is certain on its days: " + e.what());
            }
            continue;
        }
        ALLIANCE_FUZZ_CHECK(alliance::check(p) == nullptr, describe(p) + " accepted though " + alliance::check(p));
        ALLIANCE_FUZZ_CHECK(r.period_count() == count_before + 1, "an accepted period is counted");
        accepted.push_back({o, who, p});
    }

    // Probe days: every boundary's first and last possible day and their neighbours.
    std::vector<date::sys_days> probes{alliance::beginning_of_time, alliance::end_of_time - date::days{1},
                                       date::sys_days{date::year{1999} / 12 / 31}, date::sys_days{date::year{2004} / 1 / 1}};
    for (const auto& a : accepted)
        for (const auto& b : {a.value.from, a.value.to})
            if (!b.is_open())
                for (const auto d : {b.earliest(), b.latest()})
                    for (int delta = -1; delta <= 1; ++delta) probes.push_back(d + date::days{delta});

    for (const auto& u : unknowns)
        for (const auto& i : u.days)
            for (const auto d : {alliance::first_day(i), alliance::last_day(i)})
                for (int delta = -1; delta <= 1; ++delta) probes.push_back(d + date::days{delta});

    for (std::size_t o = 0; o < organisations.size(); ++o)
        for (std::size_t who = 0; who < parties.size(); ++who) {
            std::vector<const alliance::period*> own;
            for (const auto& a : accepted)
                if (a.organisation == o && a.party == who) own.push_back(&a.value);
            day_set unknown;
            for (const auto& u : unknowns)
                if (u.organisation == o && u.party == who) unknown += u.days;
            const alliance::timeline* t = r.find_timeline(r.organisation(organisations[o]), r.party(parties[who]));
            ALLIANCE_FUZZ_CHECK((t != nullptr) == (!own.empty() || !unknown.empty()),
                                "a timeline exists exactly when it has periods or unknown days");
            if (t) check_timeline(r, *t, own, unknown, probes, organisations[o], parties[who]);
        }

    check_index(r, accepted, unknowns, attempted, refused, probes);
    check_table_agrees(r, accepted, probes);
    return 0;
}
