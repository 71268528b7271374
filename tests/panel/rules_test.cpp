// Panels by unit, year rule and frame (for_each_panel_row): every rule checked
// against a day-by-day count over the model, each on Uzbekistan's 2012 in the
// CSTO dataset, frames with non-members and the coverage cut, and a panel of
// millions of rows computed in bounded memory.
#include <alliance/alliance.hpp>
#include <alliance/data/csto.hpp>
#include <alliance/panel.hpp>

#include <synthetic_data.hpp>

#include <doctest/doctest.h>

#include <sys/resource.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace alliance::literals;
using alliance::answer;
using alliance::panel_rule;
using alliance::panel_unit;
using alliance::status;

namespace {

constexpr date::sys_days ymd(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

constexpr panel_rule all_rules[] = {panel_rule::end_of_year, panel_rule::first_day, panel_rule::any_day,
                                    panel_rule::majority, panel_rule::share};

// "Member?" on one day, asked of the model as a user would: unknown outside
// the coverage, no for a party without a timeline in the organisation.
answer member_on(const alliance::registry& r, alliance::organisation_id o, std::optional<alliance::party_id> p,
                 date::sys_days day) {
    if (!r.covers(o, day)) return answer::unknown;
    const alliance::timeline* t = p ? r.find_timeline(o, *p) : nullptr;
    return t ? t->status_on(day).is(status::member) : answer::no;
}

struct day_counts {
    std::uint32_t days = 0, yes = 0, maybe = 0;
    answer first = answer::unknown, last = answer::unknown;
};

// The rule applied to the days one by one.
answer naive_rule(panel_rule rule, const day_counts& c) {
    switch (rule) {
        case panel_rule::end_of_year: return c.last;
        case panel_rule::first_day: return c.first;
        case panel_rule::any_day: return c.yes > 0 ? answer::yes : c.maybe == 0 ? answer::no : answer::unknown;
        case panel_rule::majority:
            if (c.yes * 2 > c.days) return answer::yes;
            return (c.yes + c.maybe) * 2 <= c.days ? answer::no : answer::unknown;
        case panel_rule::share: return c.maybe > 0 ? answer::unknown : c.yes > 0 ? answer::yes : answer::no;
    }
    return answer::unknown;
}

answer both(answer a, answer b) {
    if (a == answer::no || b == answer::no) return answer::no;
    return a == answer::yes && b == answer::yes ? answer::yes : answer::unknown;
}

// Counts over [first, last] of f(day).
template <class F>
day_counts count_days(date::sys_days first, date::sys_days last, F&& f) {
    day_counts c;
    for (auto d = first; d <= last; d += date::days{1}) {
        const answer a = f(d);
        ++c.days;
        c.yes += a == answer::yes ? 1u : 0u;
        c.maybe += a == answer::unknown ? 1u : 0u;
        if (d == first) c.first = a;
        if (d == last) c.last = a;
    }
    return c;
}

std::pair<date::sys_days, date::sys_days> days_of(const alliance::panel_row& row) {
    if (row.month == 0)
        return {date::sys_days{date::year{row.year} / 1 / 1}, date::sys_days{date::year{row.year} / 12 / 31}};
    const auto ym = date::year{row.year} / date::month{row.month};
    return {date::sys_days{ym / 1}, date::sys_days{ym / date::last}};
}

long peak_kib() {
    rusage use{};
    getrusage(RUSAGE_SELF, &use);
    return use.ru_maxrss;
}

}  // namespace

TEST_CASE("every unit and rule equals counting the days one by one, coverage cut included") {
    alliance::synthetic::shape shape;
    shape.organisations = 3;
    shape.parties = 7;
    shape.first_year = 1990;
    shape.last_year = 2000;
    auto r = alliance::synthetic::make_registry(11, shape);
    const auto o0 = r.organisation(alliance::synthetic::organisation_key(0));
    r.set_coverage(o0, ymd(1993, 3, 15), ymd(1998, 7, 1));
    for (const auto unit : {panel_unit::state_year, panel_unit::state_month, panel_unit::dyad_year,
                            panel_unit::directed_dyad_year})
        for (const auto rule : all_rules)
            for (const std::string& org :
                 {alliance::synthetic::organisation_key(0), alliance::synthetic::organisation_key(1)}) {
                CAPTURE(alliance::to_string(unit));
                CAPTURE(alliance::to_string(rule));
                CAPTURE(org);
                alliance::panel_options options;
                options.unit = unit;
                options.rule = rule;
                options.first_year = 1992;
                options.last_year = 1999;
                const auto o = r.organisation(org);
                const auto parties = r.parties_of(o);
                std::size_t rows = 0, mismatches = 0;
                std::string previous;
                alliance::for_each_panel_row(r, org, options, [&](const alliance::panel_row& row) {
                    ++rows;
                    const auto [first, last] = days_of(row);
                    const bool state = unit == panel_unit::state_year || unit == panel_unit::state_month;
                    const auto c = count_days(first, last, [&](date::sys_days d) {
                        const answer a = member_on(r, o, row.id1, d);
                        return state ? a : both(a, member_on(r, o, row.id2, d));
                    });
                    bool same = naive_rule(rule, c) == row.member &&
                                row.share_low == static_cast<double>(c.yes) / c.days &&
                                row.share_high == static_cast<double>(c.yes + c.maybe) / c.days;
                    if (state) {
                        const auto day = rule == panel_rule::first_day ? first : last;
                        const auto* t = r.find_timeline(o, *row.id1);
                        const auto expected = !r.covers(o, day) ? alliance::status_reading::unknown()
                                              : t != nullptr    ? t->status_on(day)
                                                                : alliance::status_reading{status::none};
                        same = same && row.status == expected;
                    }
                    mismatches += same ? 0u : 1u;
                    // Rows in order: party1, party2, year, month.
                    const std::string key = std::string(row.party1) + "/" + std::string(row.party2) + "/" +
                                            std::to_string(row.year * 100 + static_cast<int>(row.month) + 100000);
                    CHECK(previous < key);
                    previous = key;
                });
                CHECK(mismatches == 0);
                const std::size_t n = parties.size();
                const std::size_t per_party = unit == panel_unit::state_month ? 8 * 12 : 8;
                const std::size_t expected_rows = unit == panel_unit::state_year || unit == panel_unit::state_month
                                                      ? n * per_party
                                                  : unit == panel_unit::dyad_year ? n * (n - 1) / 2 * 8
                                                                                  : n * (n - 1) * 8;
                CHECK(rows == expected_rows);
            }
}

TEST_CASE("Uzbekistan in 2012, under each rule: a member until 28 June, withdrawn at the year's end") {
    const auto r = alliance::data::csto_registry();
    // The day-by-day truth, from the model: how many days of 2012 Uzbekistan
    // was certainly a CSTO member, and that none was undecided.
    const auto o = r.organisation("CSTO");
    const auto uzb = r.party("UZB");
    const auto c = count_days(ymd(2012, 1, 1), ymd(2012, 12, 31),
                              [&](date::sys_days d) { return member_on(r, o, uzb, d); });
    // 1 January to 27 June: the day a status ends belongs to what follows.
    REQUIRE(c.yes == 31 + 29 + 31 + 30 + 31 + 27);
    REQUIRE(c.maybe == 0);
    REQUIRE(c.days == 366);

    const auto cell = [&](panel_rule rule) {
        alliance::panel_options options;
        options.rule = rule;
        options.first_year = options.last_year = 2012;
        std::optional<alliance::panel_row> found;
        alliance::for_each_panel_row(r, "CSTO", options, [&](const alliance::panel_row& row) {
            if (row.party1 == "UZB") found = row;
        });
        REQUIRE(found);
        return *found;
    };
    CHECK(cell(panel_rule::end_of_year).member == answer::no);   // withdrawn on 31 December
    CHECK(cell(panel_rule::end_of_year).status == status::withdrawn);
    CHECK(cell(panel_rule::first_day).member == answer::yes);    // a member on 1 January
    CHECK(cell(panel_rule::first_day).status == status::member);
    CHECK(cell(panel_rule::any_day).member == answer::yes);
    CHECK(cell(panel_rule::majority).member == answer::no);      // 179 of 366 days is not more than half
    const auto share = cell(panel_rule::share);
    CHECK(share.share_low == doctest::Approx(179.0 / 366.0));
    CHECK(share.share_low == share.share_high);
    // The named panel follows the rule too.
    alliance::panel_options any_day;
    any_day.rule = panel_rule::any_day;
    any_day.first_year = any_day.last_year = 2012;
    for (const auto& row : alliance::state_year_panel(r, "CSTO", any_day))
        if (row.party == "UZB") CHECK(row.member == answer::yes);
}

TEST_CASE("a frame gives every state a row in the years it is in the frame: non-members 0, unknown past the coverage") {
    alliance::registry r;
    r.add_organisation("ORG", "An organisation");
    r.add_party("AAA", "A");
    r.add_party("BBB", "B");
    r.add({"ORG", "AAA", status::member, "2001-07-01"_pd, alliance::boundary::open()});
    r.add({"ORG", "BBB", status::member, "2000"_pd, "2002"_pd});
    r.set_coverage(r.organisation("ORG"), ymd(2000, 1, 1), ymd(2003, 12, 31));
    alliance::panel_frame frame{"test", {}};
    frame.entries.push_back({"AAA", r.party("AAA"), ymd(1990, 1, 1), ymd(9999, 12, 31), 1});
    // CCC is no party: in the frame from mid-2001 only; BBB left the frame in 2001 and came back in 2003.
    frame.entries.push_back({"CCC", std::nullopt, ymd(2001, 6, 1), ymd(9999, 12, 31), 3});
    frame.entries.push_back({"BBB", r.party("BBB"), ymd(2003, 2, 1), ymd(9999, 12, 31), 2});
    frame.entries.push_back({"BBB", r.party("BBB"), ymd(1990, 1, 1), ymd(2000, 12, 31), 2});
    alliance::panel_options options;
    options.first_year = 2000;
    options.last_year = 2004;
    std::vector<std::string> rows;
    alliance::for_each_panel_row(r, "ORG", frame, options, [&](const alliance::panel_row& row) {
        rows.push_back(std::string(row.party1) + " " + std::to_string(row.year) + " " +
                       std::string(alliance::to_string(row.member)) + " " + std::to_string(row.entry1->code));
    });
    CHECK(rows == std::vector<std::string>{"AAA 2000 no 1", "AAA 2001 yes 1", "AAA 2002 yes 1", "AAA 2003 yes 1",
                                           "AAA 2004 unknown 1", "BBB 2000 yes 2", "BBB 2003 no 2", "BBB 2004 unknown 2",
                                           "CCC 2001 no 3", "CCC 2002 no 3", "CCC 2003 no 3", "CCC 2004 unknown 3"});
    // Pairs: only the years both are in the frame.
    options.unit = panel_unit::dyad_year;
    std::vector<std::string> pairs;
    alliance::for_each_panel_row(r, "ORG", frame, options, [&](const alliance::panel_row& row) {
        pairs.push_back(std::string(row.party1) + std::string(row.party2) + " " + std::to_string(row.year));
    });
    CHECK(pairs == std::vector<std::string>{"AAABBB 2000", "AAABBB 2003", "AAABBB 2004", "AAACCC 2001", "AAACCC 2002",
                                            "AAACCC 2003", "AAACCC 2004", "BBBCCC 2003", "BBBCCC 2004"});
}

TEST_CASE("a 40-party, 9,999-year dyad panel streams in bounded memory") {
    alliance::registry r;
    r.add_organisation("ORG", "An organisation over every year");
    for (int p = 0; p < 40; ++p) {
        const std::string key = "P" + std::to_string(100 + p);
        r.add_party(key, key);
        r.add({"ORG", key, status::member, alliance::partial_date{date::year{1 + p}}, alliance::boundary::open()});
    }
    alliance::panel_options options;
    options.unit = panel_unit::dyad_year;
    options.first_year = 1;
    options.last_year = 9999;
    const long before = peak_kib();
    std::uint64_t rows = 0, yes = 0;
    alliance::for_each_panel_row(r, "ORG", options, [&](const alliance::panel_row& row) {
        ++rows;
        yes += row.member == answer::yes ? 1u : 0u;
    });
    CHECK(rows == std::uint64_t{40} * 39 / 2 * 9999);
    // From year 41 every pair is certainly a member on 31 December.
    CHECK(yes >= std::uint64_t{40} * 39 / 2 * (9999 - 40));
    // Held as rows (48 bytes each) they would take 374 MB; streamed, the peak barely moves.
    CHECK(peak_kib() - before < 64 * 1024);
}
