// The real ATOP 5.1 files (atop5_1m.csv, atop5_1a.csv) read strictly, and the rules of the codebook on fixtures.
//
// Expected values come from the raw rows, read by hand: each expectation has
// the row beside it (its line in the file, then its first fields:
// atopid,cowid,cow4id,member,cowsys,yrent,moent,dayent,yrexit,moexit,dayexit,
// ineffect,bilat,phase,maxphase for the member file). Counts are checked
// against a plain reading of the file written here, not the library's reader.
// The data folder must be present: a missing file fails the test.
#include <alliance/io/read.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string folder = ALLIANCE_SHARED_DIR "/data/atop-5.1/";
const std::string member_file = folder + "atop5_1m.csv";
const std::string alliance_file = folder + "atop5_1a.csv";

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

using keys = std::vector<std::string_view>;
using alliance::status;
using alliance::status_reading;

// The data are required: without them the test fails, naming the path.
void require_file(const std::string& path) {
    if (!std::ifstream(path)) FAIL("the ATOP 5.1 data file " << path << " is missing (ALLIANCE_SHARED_DIR=" << ALLIANCE_SHARED_DIR << ")");
}

// The member file read plainly: it has no quoted fields, so a split on ',' is exact.
struct plain_rows {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    [[nodiscard]] std::size_t at(const std::string& name) const {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name) return i;
        FAIL("no column " << name);
        return 0;
    }
};

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = line.find(',', start);
        out.push_back(line.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

plain_rows read_plain(const std::string& path) {
    plain_rows p;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    p.header = split(line);
    while (std::getline(in, line))
        if (!line.empty()) p.rows.push_back(split(line));
    return p;
}

struct both {
    alliance::registry r;
    alliance::io::read_report members;
    alliance::io::read_report alliances;
};

const both& real() {
    static const both b = [] {
        require_file(member_file);
        require_file(alliance_file);
        both out;
        alliance::io::read_file_into(out.r, member_file, "auto", &out.members);
        alliance::io::read_file_into(out.r, alliance_file, "auto", &out.alliances);
        return out;
    }();
    return b;
}

alliance::period only_period(const alliance::registry& r, std::string_view org, std::string_view party) {
    const auto* line = r.find_timeline(r.organisation(org), r.party(party));
    REQUIRE(line != nullptr);
    REQUIRE(line->periods().size() == 1);
    return line->periods().front();
}

std::string error_of(const std::string& text, std::string_view format = "auto") {
    try {
        std::istringstream in(text);
        (void)alliance::io::read_stream(in, "atop.csv", format);
    } catch (const alliance::error& e) {
        return e.what();
    }
    return "(no error)";
}

// The member file's first columns, in its own order, and the obligation flags.
const std::string head =
    "atopid,cowid,cow4id,member,cowsys,yrent,moent,dayent,yrexit,moexit,dayexit,ineffect,bilat,phase,maxphase,defense\n";

}  // namespace

TEST_CASE("ATOP 5.1 member file: every row read strictly, and accounted for") {
    require_file(member_file);
    alliance::io::read_report report;
    const auto r = alliance::io::read_file(member_file, "auto", &report);  // strict: the first bad row would throw
    const plain_rows plain = read_plain(member_file);

    CHECK(report.format == "atop-member");
    CHECK(plain.rows.size() == 2510);  // the data README: 2,510 rows
    CHECK(report.rows == plain.rows.size());
    CHECK(report.rejected == 0);
    CHECK(report.periods == 2510);
    CHECK(report.rows == report.periods + report.rejected);
    CHECK(report.balanced());

    std::set<std::string> ids, unphased, open_rows;
    std::size_t open = 0;
    for (const auto& row : plain.rows) {
        ids.insert(row[plain.at("atopid")]);
        if (row[plain.at("phase")] == "0") unphased.insert(row[plain.at("atopid")]);
        if (row[plain.at("yrexit")] == "0") ++open;
    }
    CHECK(ids.size() == 789);  // the data README: 789 alliances
    CHECK(unphased.size() == 742);
    CHECK(report.organisations == 789);
    CHECK(r.organisation_count() == 789);

    // Every yrexit 0 became an open end, and nothing else did.
    std::size_t open_periods = 0, phase0_notes = 0;
    for (const auto& p : r.periods()) {
        if (p.to.is_open()) ++open_periods;
        if (p.note == "no phases (phase 0)") ++phase0_notes;
    }
    CHECK(open == 1146);
    CHECK(open_periods == open);
    std::size_t phase0_rows = 0;
    for (const auto& row : plain.rows) phase0_rows += row[plain.at("phase")] == "0" ? 1 : 0;
    CHECK(phase0_notes == phase0_rows);
}

TEST_CASE("ATOP 5.1 alliance file: read alone and beside the member file") {
    require_file(alliance_file);
    alliance::io::read_report report;
    const auto alone = alliance::io::read_file(alliance_file, "auto", &report);
    CHECK(report.format == "atop-alliance");
    CHECK(read_plain(alliance_file).rows.size() == 789);
    CHECK(report.rows == 789);
    CHECK(report.rows_without_periods == 789);
    CHECK(report.periods == 0);
    CHECK(report.rejected == 0);
    CHECK(report.balanced());
    CHECK(alone.organisation_count() == 789);
    CHECK(alone.party_count() == 0);

    const both& b = real();
    CHECK(b.members.rejected == 0);
    CHECK(b.alliances.rejected == 0);
    CHECK(b.r.organisation_count() == 789);  // the same 789 alliances in both files
    CHECK(b.r.period_count() == 2510);

    // Read the other way round: the same registry.
    alliance::registry other;
    alliance::io::read_file_into(other, alliance_file);
    alliance::io::read_file_into(other, member_file);
    CHECK(other.organisation_count() == 789);
    CHECK(other.period_count() == 2510);
    for (const auto o : b.r.organisations()) {
        const auto o2 = other.organisation(b.r.key(o));
        CHECK(b.r.attributes(o) == other.attributes(o2));
    }
}

TEST_CASE("ATOP 5.1: every alliance is observed over the files' years, 1815-2018; past them nothing is known") {
    // The span from the raw rows of each file: the first entry (begin) year and the latest
    // year of any entry, exit, begin or end (0: still in effect). The codebook: "ATOP data
    // are currently available for the years 1815–2018 inclusive".
    const auto span = [](const std::string& path, const char* first_column, std::vector<const char*> columns) {
        const auto plain = read_plain(path);
        int first = 10000, last = 0;
        for (const auto& row : plain.rows) {
            first = std::min(first, std::stoi(row[plain.at(first_column)]));
            for (const char* c : columns)
                if (const int y = std::stoi(row[plain.at(c)]); y != 0) last = std::max(last, y);
        }
        return std::make_pair(first, last);
    };
    require_file(member_file);
    require_file(alliance_file);
    const auto members = span(member_file, "yrent", {"yrent", "yrexit"});
    const auto alliances = span(alliance_file, "begyr", {"begyr", "endyr"});
    CHECK(members == std::make_pair(1815, 2018));
    CHECK(alliances == std::make_pair(1815, 2018));

    const both& b = real();
    const auto alone = alliance::io::read_file(member_file);
    for (const auto* r : {&b.r, &alone})
        for (const auto o : r->organisations()) {
            CAPTURE(r->key(o));
            REQUIRE(r->coverage(o).has_value());
            CHECK(r->coverage(o)->first == day(1815, 1, 1));
            CHECK(r->coverage(o)->last == day(2018, 12, 31));
        }
    // NATO in ATOP (ATOPID 3180): the USA's row has yrexit 0, in effect at the end of coverage.
    CHECK(alliance::status_of(b.r, "ATOP-3180", "USA", day(2018, 12, 31)) == alliance::status_reading{alliance::status::member});
    CHECK_FALSE(alliance::status_of(b.r, "ATOP-3180", "USA", day(2019, 1, 1)).known());
    CHECK(alliance::members_on(b.r, "ATOP-3180", day(2019, 1, 1)).empty());
}

TEST_CASE("ATOP 5.1: answers derived by hand from the raw rows") {
    const both& b = real();
    const auto& r = b.r;

    SUBCASE("an alliance without phases (phase 0)") {
        // line 2: 1005,,,200,0,1815,1,3,1815,2,8,0,0,0,0
        const auto& p = only_period(r, "ATOP-1005", "UKG");
        CHECK(p.note == "no phases (phase 0)");
        CHECK(alliance::status_of(r, "ATOP-1005", "UKG", day(1815, 1, 2)) == status_reading{status::none});
        CHECK(alliance::status_of(r, "ATOP-1005", "UKG", day(1815, 1, 3)) == status_reading{status::member});
        // lines 3-6: 220 (1815-01-03), 300 (1815-01-03), 245 (1815-01-13), 240 (1815-01-19);
        // line 7: 1005,,,210,0,1815,1,31,1815,2,8,0,0,0,0 (the Netherlands joins last)
        CHECK(alliance::members_on(r, "ATOP-1005", day(1815, 1, 30)) == keys{"AUH", "BAV", "FRN", "HAN", "UKG"});
        CHECK(alliance::members_on(r, "ATOP-1005", day(1815, 1, 31)) == keys{"AUH", "BAV", "FRN", "HAN", "NTH", "UKG"});
        CHECK(alliance::members_on(r, "ATOP-1005", day(1815, 2, 7)).size() == 6);
        CHECK(alliance::members_on(r, "ATOP-1005", day(1815, 2, 8)).empty());
    }

    SUBCASE("a phased alliance: the Triple Alliance, four phases") {
        // line 219: 1350,2068,67,255,1,1882,5,20,1887,2,20,0,0,1,4
        // line 222: 1350,2068,67,255,1,1887,2,20,1891,5,6,0,0,2,4
        // line 225: 1350,2068,67,255,1,1891,5,6,1913,8,2,0,0,3,4
        // line 228: 1350,2068,67,255,1,1913,8,2,1918,11,3,0,0,4,4
        const auto* line = r.find_timeline(r.organisation("ATOP-1350"), r.party("GMY"));
        REQUIRE(line != nullptr);
        REQUIRE(line->periods().size() == 4);
        CHECK(line->periods()[0].note == "phase 1");
        CHECK(line->periods()[3].note == "phase 4");
        // Each phase starts on the day the last one exits: one unbroken membership.
        CHECK(alliance::status_of(r, "ATOP-1350", "GMY", day(1887, 2, 19)) == status_reading{status::member});
        CHECK(alliance::status_of(r, "ATOP-1350", "GMY", day(1887, 2, 20)) == status_reading{status::member});
        CHECK(alliance::to_string(line->certainly(status::member)) == "1882-05-20/1918-11-02");
        // line 230: 1350,2068,67,325,1,1913,8,2,1915,5,23,0,0,4,4 (Italy's exit, in 1915)
        CHECK(alliance::status_of(r, "ATOP-1350", "ITA", day(1915, 5, 22)) == status_reading{status::member});
        CHECK(alliance::status_of(r, "ATOP-1350", "ITA", day(1915, 5, 23)) == status_reading{status::none});
        // The flags differ by phase and member: offense is 1 for Germany from phase 2 only
        // (line 219 offense 0, line 222 offense 1), 0 for Austria-Hungary and Italy.
        CHECK(r.attribute(r.organisation("ATOP-1350"), "offense") == "AUH=0;GMY=0/1;ITA=0");
        CHECK(r.attribute(r.organisation("ATOP-1350"), "defense") == "1");
    }

    SUBCASE("a re-entry in the same phase: Egypt and the Arab League") {
        // line 687: 3015,3120,199,651,1,1945,3,22,1979,3,31,0,0,0,0
        // line 707: 3015,3120,199,651,1,1989,5,22,0,0,0,1,0,0,0
        const auto* line = r.find_timeline(r.organisation("ATOP-3015"), r.party("EGY"));
        REQUIRE(line != nullptr);
        CHECK(line->periods().size() == 2);
        CHECK(alliance::status_of(r, "ATOP-3015", "EGY", day(1979, 3, 30)) == status_reading{status::member});
        CHECK(alliance::status_of(r, "ATOP-3015", "EGY", day(1979, 3, 31)) == status_reading{status::none});
        CHECK(alliance::status_of(r, "ATOP-3015", "EGY", day(1985, 1, 1)) == status_reading{status::none});
        CHECK(alliance::status_of(r, "ATOP-3015", "EGY", day(1989, 5, 21)) == status_reading{status::none});
        CHECK(alliance::status_of(r, "ATOP-3015", "EGY", day(1989, 5, 22)) == status_reading{status::member});
        CHECK(alliance::status_of(r, "ATOP-3015", "EGY", day(2018, 12, 31)) == status_reading{status::member});
    }

    SUBCASE("a member outside the COW list: Annam (8152)") {
        // line 203: 1320,,,8152,0,1874,3,15,1883,8,25,0,1,0,0
        const auto annam = r.party("8152");
        CHECK(r.key(annam) == "8152");
        CHECK(r.name(annam) == "Annam");
        CHECK(r.party("Annam") == annam);
        CHECK(r.kind(annam) == alliance::party_kind::state);
        // line 202: 1320,,,220,1,1874,3,15,1883,8,25,0,1,0,0
        CHECK(alliance::members_on(r, "ATOP-1320", day(1874, 3, 15)) == keys{"8152", "FRN"});
        CHECK(alliance::members_on(r, "ATOP-1320", day(1883, 8, 24)) == keys{"8152", "FRN"});
        CHECK(alliance::members_on(r, "ATOP-1320", day(1883, 8, 25)).empty());
    }

    SUBCASE("the exit day is the first day not a member") {
        // line 869: 3180,3521,227,260,1,1954,10,23,1990,10,3,0,0,2,2
        // line 871: 3180,3521,227,255,1,1990,10,3,0,0,0,1,0,2,2
        CHECK(alliance::status_of(r, "ATOP-3180", "GFR", day(1990, 10, 2)) == status_reading{status::member});
        CHECK(alliance::status_of(r, "ATOP-3180", "GFR", day(1990, 10, 3)) == status_reading{status::none});
        CHECK(alliance::status_of(r, "ATOP-3180", "GMY", day(1990, 10, 2)) == status_reading{status::none});
        CHECK(alliance::status_of(r, "ATOP-3180", "GMY", day(1990, 10, 3)) == status_reading{status::member});
        // line 562: 2470,3101,180,255,1,1939,8,23,1941,6,22,0,1,0,0 (ends on the day of the invasion)
        // line 563: 2470,3101,180,365,1,1939,8,23,1941,6,22,0,1,0,0
        CHECK(alliance::members_on(r, "ATOP-2470", day(1941, 6, 21)) == keys{"GMY", "RUS"});
        CHECK(alliance::members_on(r, "ATOP-2470", day(1941, 6, 22)).empty());
        // A 31 December exit followed by a 1 January entry is read as written: 31 December is in neither.
        // line 1629: 4070,,,220,1,1991,10,1,1992,12,31,0,1,1,3
        // line 1632: 4070,,,220,1,1993,1,1,0,0,0,1,1,2,3 (and line 1631, phase 3, the same dates)
        CHECK(alliance::status_of(r, "ATOP-4070", "FRN", day(1992, 12, 30)) == status_reading{status::member});
        CHECK(alliance::status_of(r, "ATOP-4070", "FRN", day(1992, 12, 31)) == status_reading{status::none});
        CHECK(alliance::status_of(r, "ATOP-4070", "FRN", day(1993, 1, 1)) == status_reading{status::member});
        // Phases 2 and 3 overlap for France ("in effect simultaneously"): both kept.
        CHECK(r.find_timeline(r.organisation("ATOP-4070"), r.party("FRN"))->periods().size() == 3);
    }

    SUBCASE("an exit known to the month") {
        // line 49: 1035,2008,6,365,1,1815,11,20,1822,12,,0,0,0,0
        const auto& p = only_period(r, "ATOP-1035", "RUS");
        CHECK(alliance::to_string(p.to) == "1822-12");
        CHECK(alliance::status_of(r, "ATOP-1035", "RUS", day(1822, 11, 30)) == status_reading{status::member});
        CHECK(alliance::status_of(r, "ATOP-1035", "RUS", day(1822, 12, 1)) == status_reading::unknown({status::member, status::none}));
        CHECK(alliance::status_of(r, "ATOP-1035", "RUS", day(1822, 12, 30)) == status_reading::unknown({status::member, status::none}));
        CHECK(alliance::status_of(r, "ATOP-1035", "RUS", day(1822, 12, 31)) == status_reading{status::none});
    }

    SUBCASE("yrexit 0: an open end") {
        // line 686: 3015,3120,199,645,1,1945,3,22,0,0,0,1,0,0,0
        const auto& p = only_period(r, "ATOP-3015", "IRQ");
        CHECK(p.to.is_open());
        CHECK(alliance::status_of(r, "ATOP-3015", "IRQ", day(2018, 12, 31)) == status_reading{status::member});
        // Past the data's last year (coverage ends 2018-12-31) it is not known.
        CHECK_FALSE(alliance::status_of(r, "ATOP-3015", "IRQ", day(2030, 1, 1)).known());
    }

    SUBCASE("attributes from the alliance file, and from both") {
        // atop5_1a.csv line 2: atopid,cowid,cow4id,begyr,begmo,begday,endyr,endmo,endday,ineffect = 1005,,,1815,1,3,1815,2,8,0
        const auto o1005 = r.organisation("ATOP-1005");
        CHECK(r.attribute(o1005, "alliance_start") == "1815-01-03");
        CHECK(r.attribute(o1005, "alliance_end") == "1815-02-08");
        CHECK(r.attribute(o1005, "ineffect") == "0");
        // atop5_1a.csv line 257: 3180,3521,227,1949,4,4,0,0,0,1 (NATO, in effect)
        const auto nato = r.organisation("ATOP-3180");
        CHECK(r.attribute(nato, "alliance_start") == "1949-04-04");
        CHECK(r.attribute(nato, "alliance_end").empty());
        CHECK(r.attribute(nato, "ineffect") == "1");
        // atop5_1a.csv line 8: 1035,2008,6,1815,11,20,1822,12,,0 (end day missing)
        CHECK(r.attribute(r.organisation("ATOP-1035"), "alliance_end") == "1822-12");
        // atop5_1a.csv line 68, fields 25-31 (defense,offense,neutral,nonagg,consul,active,conditio):
        // 1,0,0,0,1,1,0; asymm (field 36) 1. The member file, lines 202-203, gives France defense 1,
        // consul 0 and Annam defense 0, consul 1: the per-member values are kept, as they agree.
        const auto o1320 = r.organisation("ATOP-1320");
        CHECK(r.attribute(o1320, "defense") == "8152=0;FRN=1");
        CHECK(r.attribute(o1320, "consul") == "8152=1;FRN=0");
        CHECK(r.attribute(o1320, "offense") == "0");
        CHECK(r.attribute(o1320, "asymm") == "1");
        CHECK(r.attribute(o1320, "conditio") == "0");
        CHECK(r.attribute(o1320, "alliance_start") == "1874-03-15");
    }
}

TEST_CASE("ATOP fixtures: what the codebook allows") {
    // Phase 0 with maxphase 0, a re-entry in the same phase, an unknown day.
    const std::string text = head + "3015,,,651,1,1945,3,22,1979,3,31,0,0,0,0,0\n"
                                    "3015,,,651,1,1989,5,22,0,0,0,1,0,0,0,0\n"
                                    "3015,,,645,1,1945,3,,0,,,1,0,0,0,1\n";
    std::istringstream in(text);
    alliance::io::read_report report;
    const auto r = alliance::io::read_stream(in, "atop.csv", "auto", &report);
    CHECK(report.periods == 3);
    CHECK(alliance::status_of(r, "ATOP-3015", "EGY", day(1985, 1, 1)) == status_reading{status::none});
    CHECK(alliance::status_of(r, "ATOP-3015", "IRQ", day(1945, 3, 15)) == status_reading::unknown({status::member, status::none}));
    CHECK(r.attribute(r.organisation("ATOP-3015"), "defense") == "EGY=0;IRQ=1");
}

TEST_CASE("ATOP fixtures: rejected rows name file, line and field") {
    const std::string ok = "3015,,,651,1,1945,3,22,1979,3,31,0,0,0,0,0\n";
    // yrexit 0 (in force) with a month of exit.
    CHECK(error_of(head + "3015,,,651,1,1945,3,22,0,13,0,1,0,0,0,0\n") ==
          "[alliance.date.invalid] atop.csv:2: field 'moexit': '13' with a year of 0: an alliance still in effect has no "
          "end date (the codebook codes all three 0)");
    CHECK(error_of(head + "3015,,,651,1,1945,3,22,0,0,5,1,0,0,0,0\n") ==
          "[alliance.date.invalid] atop.csv:2: field 'dayexit': '5' with a year of 0: an alliance still in effect has no "
          "end date (the codebook codes all three 0)");
    // Month 13, a missing month, day 0.
    CHECK(error_of(head + "3015,,,651,1,1945,3,22,1979,13,31,0,0,0,0,0\n") ==
          "[alliance.date.invalid] atop.csv:2: field 'moexit': month 13 is not 1-12");
    CHECK(error_of(head + "3015,,,651,1,1945,,22,1979,3,31,0,0,0,0,0\n") ==
          "[alliance.date.invalid] atop.csv:2: field 'moent': the month is missing (the codebook leaves only the day "
          "missing, as an empty field)");
    CHECK(error_of(head + "3015,,,651,1,1945,3,0,1979,3,31,0,0,0,0,0\n") ==
          "[alliance.date.invalid] atop.csv:2: field 'dayent': day 0 is not a day (the codebook codes an unknown day as "
          "missing: an empty field)");
    // ineffect against the exit date.
    CHECK(error_of(head + "3015,,,651,1,1945,3,22,1979,3,31,1,0,0,0,0\n") ==
          "[alliance.date.invalid] atop.csv:2: field 'ineffect': ineffect is 1 but the member has an exit date (the "
          "codebook: the exit is 0, 0, 0 when INEFFECT=1)");
    // A member code neither COW nor documented.
    CHECK(error_of(head + "3015,,,8153,1,1945,3,22,1979,3,31,0,0,0,0,0\n") ==
          "[alliance.cow.state] atop.csv:2: field 'member': '8153' is not a code in the COW state list nor one the ATOP "
          "codebook documents (data/atop_members.hpp)");
    // The same row twice.
    CHECK(error_of(head + ok + ok) ==
          "[alliance.row.duplicate] atop.csv:3: a second row for ATOP-3015 EGY phase 0, identical to line 2");
    // Two spells of one membership sharing days (a re-entry before the exit).
    CHECK(error_of(head + ok + "3015,,,651,1,1979,3,1,0,0,0,1,0,0,0,0\n") ==
          "[alliance.row.overlap] atop.csv:3: field 'yrent': this spell of ATOP-3015 EGY phase 0 (1979-03-01 to ..) "
          "overlaps the one on line 2 (1945-03-22 to 1979-03-31)");
    // Phases: 0 beside 1, and a phase that does not fit maxphase.
    CHECK(error_of(head + ok + "3015,,,645,1,1945,3,22,1979,3,31,0,0,1,0,0\n") ==
          "[alliance.code.invalid] atop.csv:3: field 'phase': phase 1 does not fit maxphase 0 (phase 0 goes with "
          "maxphase 0, else 1 <= phase <= maxphase)");
    CHECK(error_of(head + ok + "3015,,,645,1,1945,3,22,1979,3,31,0,0,1,2,0\n") ==
          "[alliance.row.inconsistent] atop.csv:3: field 'phase': phase 1 in an alliance whose line 2 has phase 0 (no "
          "phases)");
    CHECK(error_of(head + "3015,,,651,1,1945,3,22,1979,3,31,0,0,-1,0,0\n") ==
          "[alliance.code.invalid] atop.csv:2: field 'phase': '-1' is not a phase number (0: the alliance has no "
          "phases; else 1, 2, ...)");
}

TEST_CASE("ATOP alliance file fixtures: attributes, and agreement with the member file") {
    const std::string ahead = "atopid,begyr,begmo,begday,endyr,endmo,endday,ineffect,defense,offense,neutral,nonagg,"
                              "consul,asymm,conditio\n";
    std::istringstream in(ahead + "3015,1945,3,22,0,0,0,1,0,0,0,1,1,0,1\n1035,1815,11,20,1822,12,,0,1,1,0,0,1,0,1\n");
    alliance::io::read_report report;
    const auto r = alliance::io::read_stream(in, "alliances.csv", "auto", &report);
    CHECK(report.format == "atop-alliance");
    CHECK(report.rows_without_periods == 2);
    CHECK(report.balanced());
    CHECK(r.attribute(r.organisation("ATOP-3015"), "alliance_end").empty());
    CHECK(r.attribute(r.organisation("ATOP-3015"), "nonagg") == "1");
    CHECK(r.attribute(r.organisation("ATOP-1035"), "alliance_end") == "1822-12");

    CHECK(error_of(ahead + "3015,1945,3,22,0,0,0,1,0,0,0,1,1,0,1\n3015,1945,3,22,0,0,0,1,0,0,0,1,1,0,1\n") ==
          "[alliance.row.duplicate] atop.csv:3: field 'atopid': a second row for ATOPID 3015 (the first is on line 2)");
    CHECK(error_of(ahead + "3015,1945,3,22,0,0,0,0,0,0,0,1,1,0,1\n") ==
          "[alliance.date.invalid] atop.csv:2: field 'ineffect': ineffect is 0 but endyr is 0 (the codebook: 0, 0, 0 "
          "when the alliance is still in effect)");
    CHECK(error_of(ahead + "3015,1945,3,22,1944,1,1,0,0,0,0,1,1,0,1\n") ==
          "[alliance.period.invalid] atop.csv:2: field 'endyr': the alliance ends before it begins (1945-03-22 to "
          "1944-01-01)");

    // The two files must agree on the flags they both set, in either order.
    const std::string members = head + "3015,,,651,1,1945,3,22,1979,3,31,0,0,0,0,0\n3015,,,645,1,1945,3,22,0,0,0,1,0,0,0,0\n";
    const std::string says_defense = ahead + "3015,1945,3,22,0,0,0,1,1,0,0,1,1,0,1\n";
    {
        alliance::registry both;
        std::istringstream m(members), a(says_defense);
        alliance::io::read_stream_into(both, m, "m.csv");
        try {
            alliance::io::read_stream_into(both, a, "a.csv");
            FAIL("no error");
        } catch (const alliance::error& e) {
            CHECK(std::string(e.what()) ==
                  "[alliance.row.inconsistent] a.csv:2: field 'defense': the alliance's defense '1' disagrees with '0' "
                  "read before (the alliance file codes a flag 1 when any member has it)");
        }
    }
    {
        alliance::registry both;
        std::istringstream m(members), a(says_defense);
        alliance::io::read_stream_into(both, a, "a.csv");
        try {
            alliance::io::read_stream_into(both, m, "m.csv");
            FAIL("no error");
        } catch (const alliance::error& e) {
            CHECK(std::string(e.what()) ==
                  "[alliance.row.inconsistent] m.csv:2: field 'defense': the alliance's defense '0' disagrees with '1' "
                  "read before (the alliance file codes a flag 1 when any member has it)");
        }
    }
}
