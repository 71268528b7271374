// COW Formal Alliances v4.1 (member level) and ATOP member files, on fixtures in the real layouts.
#include <alliance/io/read.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string fixtures = ALLIANCE_SOURCE_DIR "/tests/io/fixtures/";

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

using keys = std::vector<std::string_view>;

std::string error_of(const std::string& text, std::string_view format) {
    try {
        std::istringstream in(text);
        (void)alliance::io::read_stream(in, "members.csv", format);
    } catch (const alliance::error& e) {
        return e.what();
    }
    return "(no error)";
}

const std::string cow_head =
    "version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,ss_type,"
    "mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,right_censor,defense,"
    "neutrality,nonaggression,entente,version\n";
// A valid row, with the membership dates to fill in.
std::string cow_row(const std::string& ccode, const std::string& member_dates, const std::string& type = "Type I: Defense Pact",
                    const std::string& flags = "1,0,0,0") {
    return "7," + ccode + ",\"Germany\",7,10,1879,3,11,1918,\"" + type + "\"," + member_dates + ",0,0," + flags + ",4.1\n";
}

alliance::registry read_text(const std::string& text) {
    std::istringstream in(text);
    return alliance::io::read_stream(in, "members.csv", "cow-alliance-member");
}

const std::string atop_head = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase\n";

}  // namespace

TEST_CASE("COW alliance fixture: members, precision, open ends and type flags") {
    alliance::io::read_report report;
    const auto r = alliance::io::read_file(fixtures + "cow_alliance_member.csv", "auto", &report);
    CHECK(report.format == "cow-alliance-member");
    CHECK(report.rows == 14);
    CHECK(report.periods == 14);
    CHECK(report.organisations == 5);
    CHECK(report.balanced());

    // The Dual Alliance: 7 October 1879 to 3 November 1918, day-precise. The
    // end day is the last day of membership: members on 3 November, not on the 4th.
    CHECK(alliance::members_on(r, "COW-ALLIANCE-7", day(1918, 11, 3)) == keys{"AUH", "GMY"});
    CHECK(alliance::members_on(r, "COW-ALLIANCE-7", day(1918, 11, 4)).empty());
    const auto* dual = r.find_timeline(r.organisation("COW-ALLIANCE-7"), r.party("GMY"));
    REQUIRE(dual != nullptr);
    CHECK(alliance::to_string(dual->periods()[0].to) == "1918-11-04");
    // Known to the month only (day -9): June 1887 is undecided, July certain.
    CHECK(alliance::status_of(r, "COW-ALLIANCE-26", "RUS", day(1887, 6, 15)) == alliance::status_reading::unknown({alliance::status::member, alliance::status::none}));
    CHECK(alliance::status_of(r, "COW-ALLIANCE-26", "RUS", day(1887, 7, 1)) == alliance::status_reading{alliance::status::member});
    // Last day in June 1890 (-9,6,1890): a member on 1 June (the last day is no
    // earlier), undecided on 30 June, not a member on 1 July. The half-open end
    // falls on one of 2 June .. 1 July: the year narrowed to exactly that.
    CHECK(alliance::status_of(r, "COW-ALLIANCE-26", "RUS", day(1890, 6, 1)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "COW-ALLIANCE-26", "RUS", day(1890, 6, 30)) == alliance::status_reading::unknown({alliance::status::member, alliance::status::none}));
    CHECK(alliance::status_of(r, "COW-ALLIANCE-26", "RUS", day(1890, 7, 1)) == alliance::status_reading{alliance::status::none});
    const auto* reinsurance = r.find_timeline(r.organisation("COW-ALLIANCE-26"), r.party("RUS"));
    REQUIRE(reinsurance != nullptr);
    CHECK(alliance::to_string(reinsurance->periods()[0].to) == "1890[1890-06-02..1890-07-01]");
    CHECK(reinsurance->periods()[0].note ==
          "Type IIa: Neutrality Pact; last day of membership in 1890-06: the end falls on one of 1890-06-02..1890-07-01");
    // Known to the year only (month and day -9): the last day falls in 1914, so
    // the end is one of 1914-01-02 .. 1915-01-01; a boundary stays inside its
    // stated year, so it is held as 1914-01-02 .. 1914-12-31 (the note says so).
    const auto* entente = r.find_timeline(r.organisation("COW-ALLIANCE-40"), r.party("FRN"));
    REQUIRE(entente != nullptr);
    CHECK(alliance::to_string(entente->periods()[0].to) == "1914[1914-01-02..]");
    CHECK(entente->periods()[0].note == "Type III: Entente; last day of membership in 1914: the end falls on one of "
                                        "1914-01-02..1915-01-01 (held as ..1914-12-31)");
    CHECK(alliance::status_of(r, "COW-ALLIANCE-40", "FRN", day(1914, 1, 1)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "COW-ALLIANCE-40", "FRN", day(1914, 1, 2)) == alliance::status_reading::unknown({alliance::status::member, alliance::status::none}));
    // Coverage: this file's span, 1879 (its first membership start) to 1990 (the latest
    // year any of its dates mentions). A blank end is in force at the end of coverage,
    // and unknown after it.
    const auto window = r.coverage(r.organisation("COW-ALLIANCE-150"));
    REQUIRE(window.has_value());
    CHECK(window->first == day(1879, 1, 1));
    CHECK(window->last == day(1990, 12, 31));
    CHECK(alliance::is_member(r, "COW-ALLIANCE-150", "USA", day(1990, 12, 31)) == alliance::answer::yes);
    CHECK(alliance::is_member(r, "COW-ALLIANCE-150", "USA", day(2012, 1, 1)) == alliance::answer::unknown);
    CHECK(alliance::members_on(r, "COW-ALLIANCE-150", day(1980, 1, 1)) == keys{"FRN", "GFR", "UKG", "USA"});
    CHECK(alliance::members_on(r, "COW-ALLIANCE-150", day(1995, 1, 1)).empty());
    CHECK(alliance::undecided_on(r, "COW-ALLIANCE-150", day(1995, 1, 1)) == keys{"FRN", "GFR", "GMY", "UKG", "USA"});
    // West Germany's last day is 2 October 1990, Germany's first the 3rd: no gap, no overlap.
    CHECK(alliance::members_on(r, "COW-ALLIANCE-150", day(1990, 10, 2)) == keys{"FRN", "GFR", "UKG", "USA"});
    CHECK(alliance::members_on(r, "COW-ALLIANCE-150", day(1990, 10, 3)) == keys{"FRN", "GMY", "UKG", "USA"});
    // Parties by COW number too.
    CHECK(alliance::is_member(r, "COW-ALLIANCE-150", "260", day(1980, 1, 1)) == alliance::answer::yes);

    // Type flags are organisation attributes: one value when members agree, a list when they do not.
    const auto nato = r.organisation("COW-ALLIANCE-150");
    CHECK(r.attribute(nato, "defense") == "1");
    CHECK(r.attribute(nato, "entente") == "0");
    CHECK(r.attribute(nato, "ss_type") == "Type I: Defense Pact");
    CHECK(r.attribute(nato, "alliance_start") == "1949-04-04");
    CHECK(r.attribute(nato, "alliance_end").empty());
    const auto entente_id = r.organisation("COW-ALLIANCE-40");
    CHECK(r.attribute(entente_id, "neutrality") == "FRN=0;UKG=1");
    CHECK(r.attribute(entente_id, "entente") == "1");
    CHECK(r.attribute(entente_id, "alliance_end") == "1914");
    // The note keeps the member's type and censoring.
    const auto* usa = r.find_timeline(nato, r.party("USA"));
    REQUIRE(usa != nullptr);
    CHECK(usa->periods()[0].note == "Type I: Defense Pact; right-censored");
}

TEST_CASE("COW alliance: malformed rows name file, line and field") {
    const auto f = "cow-alliance-member";
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918") + "7,300\n", f) ==
          "[alliance.csv.field_count] members.csv:3: expected 23 fields, found 2");
    CHECK(error_of(cow_head + cow_row("999", "7,10,1879,3,11,1918"), f) ==
          "[alliance.cow.state] members.csv:2: field 'ccode': '999' is not a code in the COW state list");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918", "Type IV: Friendship"), f) ==
          "[alliance.code.invalid] members.csv:2: field 'ss_type': 'Type IV: Friendship' is not an alliance type (Type I: "
          "Defense Pact, Type IIa: Neutrality Pact, Type IIa: Non-Aggression Pact, Type IIb: Nonaggression Pact, Type IIb: "
          "Non-Aggression Pact, Type II: Neutrality, Type III: Entente)");
    // Near misses of the published spellings are not guessed at.
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918", "Type IIb: Non-aggression Pact"), f) ==
          "[alliance.code.invalid] members.csv:2: field 'ss_type': 'Type IIb: Non-aggression Pact' is not an alliance type "
          "(Type I: Defense Pact, Type IIa: Neutrality Pact, Type IIa: Non-Aggression Pact, Type IIb: Nonaggression Pact, "
          "Type IIb: Non-Aggression Pact, Type II: Neutrality, Type III: Entente)");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918", "Type I: Defense Pact", "1,0,2,0"), f) ==
          "[alliance.code.invalid] members.csv:2: field 'nonaggression': '2' is not a 0/1 flag (or empty: not given)");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918", "Type I: Defense Pact", "1,0,0,yes"), f) ==
          "[alliance.code.invalid] members.csv:2: field 'entente': 'yes' is not a 0/1 flag (or empty: not given)");
    // right_censor may not be empty: the file gives it on every row.
    CHECK(error_of(cow_head + "7,255,\"Germany\",7,10,1879,3,11,1918,\"Type I: Defense Pact\",7,10,1879,3,11,1918,0,,1,0,0,0,4.1\n", f) ==
          "[alliance.code.invalid] members.csv:2: field 'right_censor': '' is not a 0/1 flag");
    // right_censor = 1 exactly when the end is blank.
    CHECK(error_of(cow_head + "7,255,\"Germany\",7,10,1879,3,11,1918,\"Type I: Defense Pact\",7,10,1879,3,11,1918,0,1,1,0,0,0,4.1\n", f) ==
          "[alliance.row.inconsistent] members.csv:2: field 'right_censor': right_censor is 1 but the membership has an end date");
    CHECK(error_of(cow_head + "7,255,\"Germany\",7,10,1879,3,11,1918,\"Type I: Defense Pact\",7,10,1879,,,,0,0,1,0,0,0,4.1\n", f) ==
          "[alliance.row.inconsistent] members.csv:2: field 'right_censor': right_censor is 0 but the membership has no end date");
    CHECK(error_of(cow_head + cow_row("255", "30,2,1880,3,11,1918"), f) ==
          "[alliance.date.invalid] members.csv:2: field 'mem_st_day': no day 30 in 1880-02");
    CHECK(error_of(cow_head + cow_row("255", "7,13,1879,3,11,1918"), f) ==
          "[alliance.date.invalid] members.csv:2: field 'mem_st_month': month 13 is not 1-12 (unknown: -9 or empty)");
    CHECK(error_of(cow_head + cow_row("255", "0,10,1879,3,11,1918"), f) ==
          "[alliance.date.invalid] members.csv:2: field 'mem_st_day': no day 0 in 1879-10");
    CHECK(error_of(cow_head + cow_row("255", "7,-9,1879,3,11,1918"), f) ==
          "[alliance.date.invalid] members.csv:2: field 'mem_st_day': a day is given without a month");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1878"), f) ==
          "[alliance.period.invalid] members.csv:2: field 'mem_end_year': the period ends before it starts (1879-10-07 to "
          "last day 1878-11-03)");
    // The last day the day before the first: no day of membership.
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,6,10,1879"), f) ==
          "[alliance.period.invalid] members.csv:2: field 'mem_end_year': the period ends before it starts (1879-10-07 to "
          "last day 1879-10-06)");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918") + cow_row("255", "7,10,1879,3,11,1918"), f) ==
          "[alliance.row.duplicate] members.csv:3: the same membership as on line 2 (COW-ALLIANCE-7 GMY 1879-10-07 "
          "1918-11-03)");
    CHECK(error_of(cow_head + cow_row("255", ",,,3,11,1918"), f) ==
          "[alliance.date.invalid] members.csv:2: field 'mem_st_year': the membership has no start year");
    CHECK(error_of("version4id,ccode\n", f) ==
          "[alliance.csv.header] members.csv:1: missing column 'all_st_year' (required in the cow-alliance-member format)");
}

TEST_CASE("COW alliance: the published spellings, blank flags, one-day memberships") {
    // Every ss_type spelling of the published file reads, and the attribute keeps it.
    for (const std::string type : {"Type IIa: Non-Aggression Pact", "Type IIb: Non-Aggression Pact", "Type II: Neutrality",
                                   "Type IIa: Neutrality Pact", "Type IIb: Nonaggression Pact", "Type III: Entente"}) {
        CAPTURE(type);
        const auto r = read_text(cow_head + cow_row("255", "7,10,1879,3,11,1918", type, "0,1,1,0"));
        CHECK(r.attribute(r.organisation("COW-ALLIANCE-7"), "ss_type") == type);
    }
    // Blank type flags and left_censor: not given. The alliance's attribute is
    // empty when no member gives the flag, and lists the member with an empty
    // value when others do; the period's note names what is not given.
    const auto r = read_text(cow_head +
                             "6,200,\"United Kingdom\",20,11,1815,31,10,1822,\"Type I: Defense Pact\",1,1,1816,31,10,1822,1,0,1,0,,1,4.1\n"
                             "6,255,\"Germany\",20,11,1815,31,10,1822,\"Type I: Defense Pact\",1,1,1816,31,10,1822,1,0,1,0,0,1,4.1\n"
                             "122,630,\"Iran\",22,4,1926,8,7,1937,\"Type IIa: Non-Aggression Pact\",22,4,1926,8,7,1937,0,0,0,1,1,,4.1\n"
                             "122,640,\"Turkey\",22,4,1926,8,7,1937,\"Type IIa: Non-Aggression Pact\",22,4,1926,8,7,1937,0,0,0,1,1,,4.1\n"
                             "304,438,\"Guinea\",23,1,1979,,,,\"Type IIb: Non-Aggression Pact\",23,11,2004,,,,,1,0,0,1,0,4.1\n");
    const auto quadruple = r.organisation("COW-ALLIANCE-6");
    CHECK(r.attribute(quadruple, "nonaggression") == "GMY=0;UKG=");
    CHECK(r.attribute(quadruple, "defense") == "1");
    const auto persia = r.organisation("COW-ALLIANCE-122");
    CHECK(r.attribute(persia, "entente").empty());
    CHECK(r.attribute(persia, "neutrality") == "1");
    const auto* ukg = r.find_timeline(quadruple, r.party("UKG"));
    REQUIRE(ukg != nullptr);
    CHECK(ukg->periods()[0].note == "Type I: Defense Pact; left-censored; nonaggression not given");
    const auto* gin = r.find_timeline(r.organisation("COW-ALLIANCE-304"), r.party("GUI"));
    REQUIRE(gin != nullptr);
    CHECK(gin->periods()[0].note == "Type IIb: Non-Aggression Pact; left_censor not given; right-censored");
    // A membership whose first and last day are the same day: one day long.
    const auto one = read_text(cow_head + cow_row("255", "7,10,1879,7,10,1879"));
    CHECK(alliance::is_member(one, "COW-ALLIANCE-7", "GMY", day(1879, 10, 7)) == alliance::answer::yes);
    CHECK(alliance::is_member(one, "COW-ALLIANCE-7", "GMY", day(1879, 10, 8)) == alliance::answer::no);
    // A last day in December, or known to the year only: the end can be 1 January of the next year,
    // which the boundary cannot hold; it ends at the latest on 31 December.
    const auto december = read_text(cow_head + cow_row("255", "7,10,1879,-9,12,1880") + cow_row("300", "7,10,1879,-9,-9,1880"));
    const auto* dec = december.find_timeline(december.organisation("COW-ALLIANCE-7"), december.party("GMY"));
    REQUIRE(dec != nullptr);
    CHECK(alliance::to_string(dec->periods()[0].to) == "1880-12[1880-12-02..]");
    CHECK(alliance::status_of(december, "COW-ALLIANCE-7", "GMY", day(1880, 12, 1)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(december, "COW-ALLIANCE-7", "GMY", day(1880, 12, 2)) == alliance::status_reading::unknown({alliance::status::member, alliance::status::none}));
    const auto* year = december.find_timeline(december.organisation("COW-ALLIANCE-7"), december.party("AUH"));
    REQUIRE(year != nullptr);
    CHECK(alliance::to_string(year->periods()[0].to) == "1880[1880-01-02..]");
}

TEST_CASE("COW alliance: facts of the alliance or the file that differ between rows") {
    const auto f = "cow-alliance-member";
    // The version is the data set's: one per file, across alliances too.
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918") +
                       "7,300,\"Austria-Hungary\",7,10,1879,3,11,1918,\"Type I: Defense Pact\",7,10,1879,3,11,1918,0,0,1,0,0,0,4.2\n",
                   f) == "[alliance.row.inconsistent] members.csv:3: field 'version': version '4.2' differs from '4.1' given on "
                         "line 2 (one version per file)");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918") +
                       "11,300,\"Austria-Hungary\",20,5,1882,3,5,1915,\"Type I: Defense Pact\",20,5,1882,3,5,1915,0,0,1,0,0,0,4\n",
                   f) == "[alliance.row.inconsistent] members.csv:3: field 'version': version '4' differs from '4.1' given on "
                         "line 2 (one version per file)");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918") + cow_row("300", "7,10,1879,3,11,1918", "Type III: Entente"), f) ==
          "[alliance.row.inconsistent] members.csv:3: field 'ss_type': the alliance's ss_type 'Type III: Entente' differs from "
          "'Type I: Defense Pact' given on line 2");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918") +
                       "7,300,\"Austria-Hungary\",8,10,1879,3,11,1918,\"Type I: Defense Pact\",7,10,1879,3,11,1918,0,0,1,0,0,0,4.1\n",
                   f) == "[alliance.row.inconsistent] members.csv:3: field 'all_st_year': the alliance's alliance_start "
                         "'1879-10-08' differs from '1879-10-07' given on line 2");
    // An alliance end given on one row and blank (in force) on another differ, in either order.
    const std::string in_force =
        "7,300,\"Austria-Hungary\",7,10,1879,,,,\"Type I: Defense Pact\",7,10,1879,3,11,1918,0,0,1,0,0,0,4.1\n";
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918") + in_force, f) ==
          "[alliance.row.inconsistent] members.csv:3: field 'all_end_year': the alliance's alliance_end (none) differs from "
          "'1918-11-03' given on line 2");
    CHECK(error_of(cow_head + in_force + cow_row("255", "7,10,1879,3,11,1918"), f) ==
          "[alliance.row.inconsistent] members.csv:3: field 'all_end_year': the alliance's alliance_end '1918-11-03' differs "
          "from (none) given on line 2");
    // In a lenient read the differing row is rejected and reported, the first kept.
    std::istringstream in(cow_head + cow_row("255", "7,10,1879,3,11,1918") + cow_row("300", "7,10,1879,3,11,1918", "Type III: Entente"));
    alliance::io::read_report report;
    alliance::io::read_options lenient;
    lenient.lenient = true;
    const auto r = alliance::io::read_stream(in, "members.csv", f, &report, lenient);
    CHECK(report.rejected == 1);
    CHECK(report.periods == 1);
    CHECK(report.balanced());
    CHECK(r.attribute(r.organisation("COW-ALLIANCE-7"), "ss_type") == "Type I: Defense Pact");
    // A rejected row sets nothing: its version (read before its dates are
    // found to end before they start) is not the file's.
    std::istringstream in2(cow_head +
                           "7,300,\"Austria-Hungary\",7,10,1879,3,11,1918,\"Type I: Defense Pact\",7,10,1879,3,11,1878,0,0,1,0,0,0,4.2\n" +
                           cow_row("255", "7,10,1879,3,11,1918"));
    alliance::io::read_report report2;
    const auto r2 = alliance::io::read_stream(in2, "members.csv", f, &report2, lenient);
    CHECK(report2.rejected == 1);
    CHECK(report2.periods == 1);
    CHECK(r2.attribute(r2.organisation("COW-ALLIANCE-7"), "version") == "4.1");
}

TEST_CASE("ATOP fixture: phases, unknown days, open ends, obligation flags") {
    alliance::io::read_report report;
    const auto r = alliance::io::read_file(fixtures + "atop_member.csv", "auto", &report);
    CHECK(report.format == "atop-member");
    CHECK(report.rows == 12);
    CHECK(report.periods == 12);
    CHECK(report.balanced());
    // Two phases of one membership, back to back: one continuous membership.
    CHECK(alliance::members_on(r, "ATOP-1020", day(1818, 11, 15)) == keys{"AUH", "RUS", "UKG"});
    CHECK(alliance::members_on(r, "ATOP-1020", day(1820, 1, 1)) == keys{"AUH", "RUS", "UKG"});
    // Exit known to the month only (dayexit empty, "coded as missing"): the
    // first day not a member falls in October 1822.
    CHECK(alliance::status_of(r, "ATOP-1020", "RUS", day(1822, 9, 30)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "ATOP-1020", "RUS", day(1822, 10, 15)) == alliance::status_reading::unknown({alliance::status::member, alliance::status::none}));
    CHECK(alliance::status_of(r, "ATOP-1020", "RUS", day(1822, 11, 1)) == alliance::status_reading{alliance::status::none});
    // yrexit 0: still in force at the end of coverage — this file's years, 1815 to 1991 (its
    // latest exit) — and unknown after it.
    CHECK(r.coverage(r.organisation("ATOP-3180"))->first == day(1815, 1, 1));
    CHECK(r.coverage(r.organisation("ATOP-3180"))->last == day(1991, 12, 31));
    CHECK(alliance::is_member(r, "ATOP-3180", "USA", day(1991, 12, 31)) == alliance::answer::yes);
    CHECK(alliance::is_member(r, "ATOP-3180", "USA", day(2020, 1, 1)) == alliance::answer::unknown);
    CHECK(alliance::members_on(r, "ATOP-3180", day(1990, 10, 2)) == keys{"FRN", "GFR", "UKG", "USA"});
    CHECK(alliance::members_on(r, "ATOP-3180", day(1990, 10, 3)) == keys{"FRN", "GMY", "UKG", "USA"});
    // Entry and exit known to the month (dayent, dayexit empty).
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1953, 5, 31)) == alliance::status_reading{alliance::status::none});
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1953, 6, 1)) == alliance::status_reading::unknown({alliance::status::member, alliance::status::none}));
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1953, 7, 1)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1991, 12, 15)) == alliance::status_reading::unknown({alliance::status::member, alliance::status::none}));
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1991, 11, 30)) == alliance::status_reading{alliance::status::member});
    // Flags: the same for every row, or listed per member when phases differ.
    CHECK(r.attribute(r.organisation("ATOP-3180"), "defense") == "1");
    CHECK(r.attribute(r.organisation("ATOP-1020"), "defense") == "AUH=0/1;RUS=0/1;UKG=0/1");
    CHECK(r.attribute(r.organisation("ATOP-1020"), "consul") == "1");
}

TEST_CASE("ATOP: malformed rows name file, line and field") {
    const auto f = "atop-member";
    CHECK(error_of(atop_head + "3180,2,1949,8,24,0,0,0\n", f) == "[alliance.csv.field_count] members.csv:2: expected 9 fields, found 8");
    CHECK(error_of(atop_head + "3180,1000,1949,8,24,0,0,0,1\n", f) ==
          "[alliance.cow.state] members.csv:2: field 'member': '1000' is not a code in the COW state list nor one the ATOP "
          "codebook documents (data/atop_members.hpp)");
    CHECK(error_of(atop_head + "3180,2,1949,8,24,0,0,0,-1\n", f) ==
          "[alliance.code.invalid] members.csv:2: field 'phase': '-1' is not a phase number (0: the alliance has no phases; "
          "else 1, 2, ...)");
    CHECK(error_of(atop_head + "3180,2,1949,2,29,0,0,0,1\n", f) ==
          "[alliance.date.invalid] members.csv:2: field 'dayent': no day 29 in 1949-02");
    CHECK(error_of(atop_head + "3180,2,1949,8,24,1948,1,1,1\n", f) ==
          "[alliance.period.invalid] members.csv:2: field 'yrexit': the period ends before it starts (1949-08-24 to 1948-01-01)");
    CHECK(error_of(atop_head + "3180,2,1949,8,24,0,0,0,1\n3180,2,1949,8,24,0,0,0,1\n", f) ==
          "[alliance.row.duplicate] members.csv:3: a second row for ATOP-3180 USA phase 1, identical to line 2");
    CHECK(error_of(atop_head + "x,2,1949,8,24,0,0,0,1\n", f) ==
          "[alliance.code.invalid] members.csv:2: field 'atopid': 'x' is not an ATOP alliance number");
    CHECK(error_of(atop_head + "3180,2,1949,8,2 4,0,0,0,1\n", f) ==
          "[alliance.date.field] members.csv:2: field 'dayent': '2 4' is not a whole number");
}

TEST_CASE("lenient reads of alliance files: every row is a period or a reported problem") {
    alliance::io::read_report report;
    alliance::io::read_options lenient;
    lenient.lenient = true;
    std::istringstream in(atop_head + "3180,2,1949,8,24,0,0,0,1\n3180,1000,1949,8,24,0,0,0,1\n3180,200,1949,13,24,0,0,0,1\n"
                                      "3180,220,1949,8,24,0,0,0,1\n");
    const auto r = alliance::io::read_stream(in, "members.csv", "auto", &report, lenient);
    CHECK(report.rows == 4);
    CHECK(report.periods == 2);
    CHECK(report.rejected == 2);
    CHECK(report.rows == report.periods + report.rejected);
    CHECK(report.balanced());
    // The rows read observe 1949 only: the members on its last day.
    CHECK(alliance::members_on(r, "ATOP-3180", day(1949, 12, 31)) == keys{"FRN", "USA"});
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[1] == "[alliance.date.invalid] members.csv:4: field 'moent': month 13 is not 1-12");
}
