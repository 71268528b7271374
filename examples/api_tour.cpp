// A short tour of the alliance API. Its output is checked against
// examples/api_tour.expected, so what the README shows is what the library does.
//
// The facts below are a simplified excerpt, written for the tour; the
// library's CSTO dataset (alliance/data/csto.hpp) has the sourced ones.
#include <alliance/alliance.hpp>

#include <iostream>
#include <string>
#include <vector>

namespace {
std::string join(const std::vector<std::string_view>& names) {
    std::string out;
    for (const auto name : names) out += (out.empty() ? "" : ", ") + std::string(name);
    return out.empty() ? "(none)" : out;
}
}  // namespace

int main() {
    using namespace alliance::literals;  // "1992-05-15"_pd: a partial date, checked at compile time
    using alliance::boundary;
    using alliance::status;

    // 1. A registry: organisations, parties, and periods of status.
    alliance::registry r;
    r.add_organisation("CSTO", "Collective Security Treaty Organization");
    for (const auto& [key, name] : {std::pair{"ARM", "Armenia"}, std::pair{"AZE", "Azerbaijan"},
                                    std::pair{"KGZ", "Kyrgyzstan"}, std::pair{"UZB", "Uzbekistan"}})
        r.add_party(key, name);
    r.add_alias(r.party("KGZ"), "Kirghizia");

    // Periods are half-open: the start day belongs to the period, the end day to what follows.
    r.add({"CSTO", "ARM", status::member, "1992-05-15"_pd, boundary::open()});
    // A participation beside the standing: frozen (de facto) from a day of February 2024.
    r.add({"CSTO", "ARM", status::frozen, "2024-02"_pd, boundary::open(), alliance::basis::de_facto});
    r.add({"CSTO", "AZE", status::member, "1994-04-20"_pd, "1999"_pd});      // end known to the year
    r.add({"CSTO", "KGZ", status::member, "1992-05-15"_pd, boundary::open()});
    r.add({"CSTO", "UZB", status::member, "1994-04-20"_pd, "1999-04-02"_pd});
    r.add({"CSTO", "UZB", status::member, "2006"_pd, "2012-06-28"_pd});  // joined in 2006: day unknown
    r.add({"CSTO", "UZB", status::suspended, "2012-06-28"_pd, boundary::open()});

    // 2. Point in time: yes, no, or unknown when a boundary's precision leaves it open.
    const date::sys_days in_1999 = date::sys_days{date::year{1999} / date::June / 1};
    std::cout << "Was Azerbaijan a member on 1999-06-01? "
              << alliance::to_string(alliance::is_member(r, "CSTO", "Azerbaijan", in_1999)) << "\n";
    std::cout << "Members on 1999-06-01: " << join(alliance::members_on(r, "CSTO", in_1999)) << "\n";
    std::cout << "Undecided on 1999-06-01: " << join(alliance::undecided_on(r, "CSTO", in_1999)) << "\n";
    const date::sys_days mid_2012 = date::sys_days{date::year{2012} / date::July / 1};
    std::cout << "Uzbekistan on 2012-07-01: " << alliance::to_string(alliance::status_of(r, "CSTO", "UZB", mid_2012))
              << "\n";
    std::cout << "Kirghizia on 2012-07-01: " << alliance::to_string(alliance::status_of(r, "csto", "Kirghizia", mid_2012))
              << "\n";
    const date::sys_days feb_2024 = date::sys_days{date::year{2024} / date::February / 10};
    std::cout << "Armenia on 2024-02-10: " << alliance::describe(alliance::status_of(r, "CSTO", "ARM", feb_2024))
              << ", participation " << alliance::describe(alliance::participation_of(r, "CSTO", "ARM", feb_2024))
              << "\n";

    // 3. Overlap: an ICL interval_set of the days both were certainly members.
    std::cout << "Armenia and Uzbekistan both members: " << alliance::to_string(alliance::overlap(r, "CSTO", "ARM", "UZB"))
              << "\n";
    const date::sys_days from = date::sys_days{date::year{1999} / 1 / 1};
    const date::sys_days to = date::sys_days{date::year{2006} / 12 / 31};
    std::cout << "Members at any time in 1999-2006: " << join(alliance::members_at_any_time(r, "CSTO", from, to)) << "\n";
    std::cout << "Members throughout 1999-2006: " << join(alliance::members_throughout(r, "CSTO", from, to)) << "\n";

    // 4. Change: what happened between two days, with the precision of each boundary.
    std::cout << "Changes from 1998-12-31 to 2012-12-31:\n";
    for (const auto& c : alliance::changes_between(r, "CSTO", date::sys_days{date::year{1998} / 12 / 31},
                                                   date::sys_days{date::year{2012} / 12 / 31}))
        std::cout << "  " << c.party << " " << alliance::to_string(c.kind) << " " << alliance::to_string(c.when) << "\n";

    // 5. Allen's relations between periods; imprecise boundaries allow several.
    const alliance::period uzbekistan{"CSTO", "UZB", status::member, "1994-04-20"_pd, "1999-04-02"_pd};
    const alliance::period azerbaijan{"CSTO", "AZE", status::member, "1994-04-20"_pd, "1999"_pd};
    std::cout << "Uzbekistan's first membership vs Azerbaijan's:";
    const auto relations = alliance::relate(uzbekistan, azerbaijan);
    for (std::size_t i = 0; i < alliance::allen_count; ++i)
        if (relations.contains(static_cast<alliance::allen>(i)))
            std::cout << " " << alliance::to_string(static_cast<alliance::allen>(i));
    std::cout << "\n";

    // 6. Bad input is an error that says what and where.
    try {
        r.add({"CSTO", "AZE", status::observer, "1995"_pd, "1996"_pd}, {"my-periods.csv", 12, ""});
    } catch (const alliance::error& e) {
        std::cout << "Error: " << e.what() << "\n";
    }
    try {
        (void)alliance::parse_partial_date("2023-02-30");
    } catch (const alliance::error& e) {
        std::cout << "Error: " << e.what() << "\n";
    }

    // 7. Many questions: compile a query index once (flat arrays, the same answers),
    // and panels: per pair of parties, the organisations both belong to on a reference day.
    const auto ix = alliance::query_index::from(r);
    std::cout << "Members on 1999-06-01, from the index: " << join(ix.members_on("CSTO", in_1999)) << "\n";
    alliance::panel_options july_1999;
    july_1999.first_year = 1999;
    july_1999.last_year = 1999;
    july_1999.reference_day = date::July / date::day{1};
    std::cout << "Pairs on 1999-07-01, organisations shared certainly/possibly:";
    for (const auto& row : alliance::dyad_year_counts(ix, july_1999))
        std::cout << " " << row.party1 << "-" << row.party2 << " " << row.certain << "/" << row.possible;
    std::cout << "\n";
    return 0;
}
