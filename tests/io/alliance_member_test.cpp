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

    // The Dual Alliance: 7 October 1879 to 3 November 1918, day-precise; the end day belongs to what follows.
    CHECK(alliance::members_on(r, "COW-ALLIANCE-7", day(1918, 11, 2)) == keys{"AUH", "GMY"});
    CHECK(alliance::members_on(r, "COW-ALLIANCE-7", day(1918, 11, 3)).empty());
    // Known to the month only (day -9): June 1887 is undecided, July certain.
    CHECK(alliance::status_of(r, "COW-ALLIANCE-26", "RUS", day(1887, 6, 15)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(r, "COW-ALLIANCE-26", "RUS", day(1887, 7, 1)) == alliance::status_reading{alliance::status::member});
    // Known to the year only (month and day -9): the end of the entente falls in 1914.
    const auto* entente = r.find_timeline(r.organisation("COW-ALLIANCE-40"), r.party("FRN"));
    REQUIRE(entente != nullptr);
    CHECK(alliance::to_string(entente->periods()[0].to) == "1914");
    // A blank end: in force at the end of coverage.
    CHECK(alliance::is_member(r, "COW-ALLIANCE-150", "USA", day(2012, 1, 1)) == alliance::answer::yes);
    CHECK(alliance::members_on(r, "COW-ALLIANCE-150", day(1980, 1, 1)) == keys{"FRN", "GFR", "UKG", "USA"});
    CHECK(alliance::members_on(r, "COW-ALLIANCE-150", day(1995, 1, 1)) == keys{"FRN", "GMY", "UKG", "USA"});
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
          "Defense Pact, Type IIa: Neutrality Pact, Type IIb: Nonaggression Pact, Type III: Entente)");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918", "Type I: Defense Pact", "1,0,2,0"), f) ==
          "[alliance.code.invalid] members.csv:2: field 'nonaggression': '2' is not a 0/1 flag");
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
          "1878-11-03)");
    CHECK(error_of(cow_head + cow_row("255", "7,10,1879,3,11,1918") + cow_row("255", "7,10,1879,3,11,1918"), f) ==
          "[alliance.row.duplicate] members.csv:3: the same membership as on line 2 (COW-ALLIANCE-7 GMY 1879-10-07 "
          "1918-11-03)");
    CHECK(error_of(cow_head + cow_row("255", ",,,3,11,1918"), f) ==
          "[alliance.date.invalid] members.csv:2: field 'mem_st_year': the membership has no start year");
    CHECK(error_of("version4id,ccode\n", f) ==
          "[alliance.csv.header] members.csv:1: missing column 'all_st_year' (required in the cow-alliance-member format)");
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
    CHECK(alliance::status_of(r, "ATOP-1020", "RUS", day(1822, 10, 15)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(r, "ATOP-1020", "RUS", day(1822, 11, 1)) == alliance::status_reading{alliance::status::none});
    // yrexit 0: still in force.
    CHECK(alliance::is_member(r, "ATOP-3180", "USA", day(2020, 1, 1)) == alliance::answer::yes);
    CHECK(alliance::members_on(r, "ATOP-3180", day(1990, 10, 2)) == keys{"FRN", "GFR", "UKG", "USA"});
    CHECK(alliance::members_on(r, "ATOP-3180", day(1990, 10, 3)) == keys{"FRN", "GMY", "UKG", "USA"});
    // Entry and exit known to the month (dayent, dayexit empty).
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1953, 5, 31)) == alliance::status_reading{alliance::status::none});
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1953, 6, 1)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1953, 7, 1)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "ATOP-3245", "RUS", day(1991, 12, 15)) == alliance::status_reading::unknown());
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
    CHECK(alliance::members_on(r, "ATOP-3180", day(1950, 1, 1)) == keys{"FRN", "USA"});
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[1] == "[alliance.date.invalid] members.csv:4: field 'moent': month 13 is not 1-12");
}
