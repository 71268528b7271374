// COW IGO v3 readers on small files in the real layouts.
//
// The fixtures are rows of the real files (years 1953-1956; the USA, the UK,
// both Germanies and Russia; CoE, NATO, OAS, Warsaw Pact) with three changes
// that exercise the other codes: the UK's OAS code is -9 (missing) in 1954
// and 3 (observer) in 1955-1956, and Russia's CoE code is 2 (associate) in
// 1956, and the USA's CoE code in 1953 is an empty (missing) cell. The
// IGO-year fixture holds the same codes, as the IGO-year layout
// writes them (empty where a state is outside the system).
#include <alliance/io/read.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string fixtures = ALLIANCE_SOURCE_DIR "/tests/io/fixtures/";

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

alliance::registry read_text(const std::string& text, std::string_view format, alliance::io::read_report* report = nullptr,
                             bool lenient = false) {
    std::istringstream in(text);
    alliance::io::read_options options;
    options.lenient = lenient;
    return alliance::io::read_stream(in, "cow.csv", format, report, options);
}

std::string error_of(const std::string& text, std::string_view format) {
    try {
        (void)read_text(text, format);
    } catch (const alliance::error& e) {
        return e.what();
    }
    return "(no error)";
}

using keys = std::vector<std::string_view>;

}  // namespace

TEST_CASE("state-year fixture: recognised by its header, every row and cell accounted for") {
    alliance::io::read_report report;
    const auto r = alliance::io::read_file(fixtures + "cow_igo_state_year.csv", "auto", &report);
    CHECK(report.format == "cow-igo-state-year");
    CHECK(report.rows == 17);
    CHECK(report.cells == 17 * 4);
    CHECK(report.cells_missing == 2);
    CHECK(report.rejected == 0);
    CHECK(report.balanced());
    CHECK(report.organisations == 4);
    CHECK(report.parties == 5);
    CHECK(report.periods == r.period_count());
    // Keys: the IGO's ioname in its own case, states by COW abbreviation.
    CHECK(r.key(r.organisation("wpact")) == "WPact");
    CHECK(r.name(r.organisation("NATO")) == "North Atlantic Treaty Org");
    CHECK(r.attribute(r.organisation("WPact"), "deaddate") == "1991");
    CHECK(r.attribute(r.organisation("NATO"), "ionum") == "3700");
}

TEST_CASE("a run of years becomes one period with year precision, certain from 31 December of its first year") {
    const auto r = alliance::io::read_file(fixtures + "cow_igo_state_year.csv");
    // West Germany: NATO code 1 in 1955 and 1956 (the last year of the file): from "1955", still going.
    const auto* line = r.find_timeline(r.organisation("NATO"), r.party("GFR"));
    REQUIRE(line != nullptr);
    REQUIRE(line->periods().size() == 1);
    CHECK(alliance::to_string(line->periods()[0].from) == "1955");
    CHECK(line->periods()[0].to.is_open());
    CHECK(alliance::status_of(r, "NATO", "GFR", day(1955, 6, 30)) == alliance::status_reading::unknown({alliance::status::member, alliance::status::none}));
    CHECK(alliance::status_of(r, "NATO", "GFR", day(1955, 12, 31)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "NATO", "GFR", day(1954, 12, 31)) == alliance::status_reading{alliance::status::none});
    // Members by COW abbreviation; a party is found by its COW number and IGO column name too.
    CHECK(alliance::members_on(r, "NATO", day(1955, 12, 31)) == keys{"GFR", "UKG", "USA"});
    CHECK(alliance::members_on(r, "NATO", day(1955, 6, 30)) == keys{"UKG", "USA"});
    CHECK(alliance::is_member(r, "NATO", "260", day(1956, 6, 30)) == alliance::answer::yes);
    CHECK(alliance::is_member(r, "NATO", "wgermany", day(1956, 6, 30)) == alliance::answer::yes);
    CHECK(alliance::members_on(r, "WPact", day(1956, 1, 1)) == keys{"GDR", "RUS"});
}

TEST_CASE("codes: 2 is associate, 3 observer, -9 unknown (never none), 0 and -1 no status") {
    const auto r = alliance::io::read_file(fixtures + "cow_igo_state_year.csv");
    // Russia in the CoE: 0 until 1955, 2 in 1956 (the last year): associate from "1956".
    CHECK(alliance::status_of(r, "COE", "RUS", day(1956, 12, 31)) == alliance::status_reading{alliance::status::associate});
    CHECK(alliance::status_of(r, "COE", "RUS", day(1955, 12, 31)) == alliance::status_reading{alliance::status::none});
    // The UK in the OAS: 0 in 1953, -9 in 1954, 3 in 1955-1956.
    CHECK(alliance::status_of(r, "OAS", "UKG", day(1953, 12, 31)) == alliance::status_reading{alliance::status::none});
    CHECK(alliance::status_of(r, "OAS", "UKG", day(1954, 1, 1)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(r, "OAS", "UKG", day(1954, 12, 31)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(r, "OAS", "UKG", day(1955, 6, 30)) == alliance::status_reading::unknown({alliance::status::observer, alliance::status::none}));
    CHECK(alliance::status_of(r, "OAS", "UKG", day(1955, 12, 31)) == alliance::status_reading{alliance::status::observer});
    // -1 (the Warsaw Pact did not exist before 1955): no status.
    CHECK(alliance::status_of(r, "WPact", "USA", day(1954, 6, 30)) == alliance::status_reading{alliance::status::none});
}

TEST_CASE("IGO-year fixture: the same codes give the same answers as the state-year fixture") {
    alliance::io::read_report report;
    const auto iy = alliance::io::read_file(fixtures + "cow_igo_igo_year.csv", "auto", &report);
    CHECK(report.format == "cow-igo-igo-year");
    CHECK(report.rows == 14);
    CHECK(report.cells == 14 * 5);
    CHECK(report.balanced());
    // Empty cells of states outside the system on 31 December are "outside", not missing.
    // (West Germany 1953-1954 and East Germany 1953 in CoE, NATO, OAS).
    CHECK(report.cells_missing == 2);
    CHECK(report.cells_outside == 9);
    CHECK(iy.name(iy.organisation("WPact")) == "Warsaw Treaty Org");
    const auto sy = alliance::io::read_file(fixtures + "cow_igo_state_year.csv");
    for (const auto o : {"COE", "NATO", "OAS", "WPact"})
        for (const auto p : {"USA", "UKG", "GFR", "GDR", "RUS"})
            for (int y = 1953; y <= 1956; ++y)
                for (const auto d : {day(y, 1, 1), day(y, 6, 30), day(y, 12, 31)}) {
                    CAPTURE(o);
                    CAPTURE(p);
                    CAPTURE(alliance::to_string(d));
                    CHECK(alliance::status_of(iy, o, p, d) == alliance::status_of(sy, o, p, d));
                }
}

TEST_CASE("state-year: malformed rows name file, line and field") {
    const std::string head = "ccode,year,state,nato,wpact\n";
    const auto sy = "cow-igo-state-year";
    CHECK(error_of(head + "2,1950,usa,1\n", sy) == "[alliance.csv.field_count] cow.csv:2: expected 5 fields, found 4");
    CHECK(error_of(head + "2,1950,usa,4,-1\n", sy) ==
          "[alliance.cow.code] cow.csv:2: field 'nato': code '4' is not in the COW IGO codebook (0, 1, 2, 3, -9, -1; "
          "empty: missing)");
    CHECK(error_of(head + "2,1950,usa,1.0,-1\n", sy).find("field 'nato': code '1.0' is not in the COW IGO codebook") !=
          std::string::npos);
    CHECK(error_of(head + "3,1950,usa,1,-1\n", sy) ==
          "[alliance.cow.state] cow.csv:2: field 'ccode': '3' is not a code in the COW state list");
    CHECK(error_of(head + "2,1950,canada,1,-1\n", sy) ==
          "[alliance.cow.state] cow.csv:2: field 'state': state 'canada' does not match ccode 2 ('usa')");
    CHECK(error_of(head + "2,0,usa,1,-1\n", sy) ==
          "[alliance.cow.year] cow.csv:2: field 'year': year '0' is not a whole number from 1 to 9998");
    CHECK(error_of(head + "2,99999999999,usa,1,-1\n", sy).find("year '99999999999' is not a whole number") != std::string::npos);
    CHECK(error_of(head + "2,1950,usa,1,-1\n2,1950,usa,1,-1\n", sy) ==
          "[alliance.cow.order] cow.csv:3: field 'year': a second row for ccode 2 in 1950");
    CHECK(error_of(head + "2,1950,usa,1,-1\n2,1949,usa,1,-1\n", sy) ==
          "[alliance.cow.order] cow.csv:3: field 'year': year 1949 comes after 1950 for ccode 2 (the rows of a state must "
          "be in year order)");
    CHECK(error_of("ccode,state,year,nato\n", sy) ==
          "[alliance.csv.header] cow.csv:1: field 'ccode': a COW IGO state-year file starts with the columns ccode,year,state");
    CHECK(error_of("ccode,year,state,nato,NATO\n", sy) ==
          "[alliance.csv.header] cow.csv:1: field 'NATO': the IGO 'NATO' has two columns");
}

TEST_CASE("IGO-year: malformed rows name file, line and field") {
    const std::string head = "ioname,orgname,year,usa,uk,sdate,ionum\n";
    const auto iy = "cow-igo-igo-year";
    CHECK(error_of(head + "NATO,North Atlantic Treaty Org,1950,1,1,1949\n", iy) ==
          "[alliance.csv.field_count] cow.csv:2: expected 7 fields, found 6");
    CHECK(error_of(head + "NATO,North Atlantic Treaty Org,1950,1,7,1949,3700\n", iy) ==
          "[alliance.cow.code] cow.csv:2: field 'uk': code '7' is not in the COW IGO codebook (0, 1, 2, 3, -9, -1; empty: "
          "missing)");
    CHECK(error_of(head + "NATO,North Atlantic Treaty Org,1950,1,1,1949,3700\nNATO,NATO,1951,1,1,1949,3700\n", iy) ==
          "[alliance.cow.igo] cow.csv:3: field 'orgname': 'NATO' differs from 'North Atlantic Treaty Org' in the row of "
          "line 2 for the same IGO");
    CHECK(error_of(head + "NATO,North Atlantic Treaty Org,1950,1,1,1949,3700\nNATO,North Atlantic Treaty Org,1951,1,1,1950,3700\n", iy) ==
          "[alliance.cow.igo] cow.csv:3: field 'sdate': '1950' differs from '1949' in the row of line 2 for the same IGO");
    CHECK(error_of(head + "NATO,North Atlantic Treaty Org,1950,1,1,1949,3700\nNATO,North Atlantic Treaty Org,1950,1,1,1949,3700\n", iy) ==
          "[alliance.cow.order] cow.csv:3: field 'year': a second row for IGO NATO in 1950");
    CHECK(error_of(head + ",North Atlantic Treaty Org,1950,1,1,1949,3700\n", iy) ==
          "[alliance.cow.igo] cow.csv:2: field 'ioname': the IGO has no ioname");
    CHECK(error_of("ioname,orgname,year,usa,sdate,uk\n", iy) ==
          "[alliance.csv.header] cow.csv:1: field 'uk': the state column 'uk' comes after the metadata columns");
    CHECK(error_of("ioname,orgname,year,usa,usa\n", iy) ==
          "[alliance.csv.header] cow.csv:1: field 'usa': the state 'usa' has two columns");
}

TEST_CASE("IGO-year: every column after ioname,orgname,year is a state or a known metadata column") {
    const auto iy = "cow-igo-igo-year";
    const std::string metadata =
        "(sdate, deaddate, dead, integrated, replaced, longorgname, ionum, igocode, version, "
        "accuracyofpre1965membershipdates, sourcesandnotes, imputed, political, social, economic)";
    // A column the file's codebook does not have: its cells would be dropped, so it is an error.
    CHECK(error_of("ioname,orgname,year,usa,freedonia,sdate\nUN,United Nations,1980,1,1,1945\n", iy) ==
          "[alliance.csv.header] cow.csv:1: field 'freedonia': unknown column 'freedonia': neither a COW state "
          "(afghanistan ... zimbabwe) nor a metadata column of the COW IGO v3 IGO-year file " + metadata);
    CHECK(error_of("ioname,orgname,year,usa,sdate,notes\n", iy) ==
          "[alliance.csv.header] cow.csv:1: field 'notes': unknown column 'notes': neither a COW state "
          "(afghanistan ... zimbabwe) nor a metadata column of the COW IGO v3 IGO-year file " + metadata);
    // A state's column in another case is not guessed: the error names the exact column.
    CHECK(error_of("ioname,orgname,year,usa,uk,Zimbabwe,sdate\nUN,United Nations,1980,1,1,1,1945\n", iy) ==
          "[alliance.csv.header] cow.csv:1: field 'Zimbabwe': unknown column 'Zimbabwe': the COW IGO v3 IGO-year "
          "file's column names are exact and lower case: 'zimbabwe'");
    CHECK(error_of("ioname,orgname,year,usa,SDATE\n", iy) ==
          "[alliance.csv.header] cow.csv:1: field 'SDATE': unknown column 'SDATE': the COW IGO v3 IGO-year "
          "file's column names are exact and lower case: 'sdate'");
    CHECK(error_of("ioname,orgname,year,usa,sdate,ionum,sdate\n", iy) ==
          "[alliance.csv.header] cow.csv:1: field 'sdate': the metadata column 'sdate' appears twice");

    // Every state column is read, the last one (zimbabwe) too; metadata are not cells.
    alliance::io::read_report report;
    const auto r = read_text("ioname,orgname,year,usa,zimbabwe,sdate,deaddate,ionum\n"
                             "UN,United Nations,1979,1,0,1945,,4400\nUN,United Nations,1980,1,1,1945,,4400\n",
                             iy, &report);
    CHECK(report.cells == 4);
    CHECK(report.cells_in_periods == 3);
    CHECK(report.cells_none == 1);
    CHECK(report.balanced());
    CHECK(alliance::status_of(r, "UN", "ZIM", day(1980, 12, 31)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "UN", "ZIM", day(1979, 12, 31)) == alliance::status_reading{alliance::status::none});
    CHECK(r.attribute(r.organisation("UN"), "ionum") == "4400");
}

TEST_CASE("a lenient read rejects bad rows, counts them, and makes their year unknown rather than empty") {
    alliance::io::read_report report;
    const auto r = read_text("ccode,year,state,nato\n2,1950,usa,1\n2,1951,usa,5\n2,1952,usa,1\n7,1952,usa,1\n", "auto",
                             &report, true);
    CHECK(report.rows == 4);
    CHECK(report.rejected == 2);
    CHECK(report.rows_with_periods == 2);
    CHECK(report.balanced());
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0].find("cow.csv:3: field 'nato': code '5'") != std::string::npos);
    CHECK(report.problems[1].find("cow.csv:5: field 'ccode': '7' is not a code") != std::string::npos);
    // The rejected 1951 row is unknown, not a gap that reads "none".
    CHECK(alliance::status_of(r, "NATO", "USA", day(1951, 12, 31)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(r, "NATO", "USA", day(1950, 12, 31)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "NATO", "USA", day(1952, 12, 31)) == alliance::status_reading{alliance::status::member});
}

TEST_CASE("a year with no row ends a run; missing cells of the state-year file are unknown") {
    const auto r = read_text("ccode,year,state,nato\n2,1950,usa,1\n2,1951,usa,\n2,1953,usa,1\n2,1954,usa,0\n2,1955,usa,0\n",
                             "auto");
    CHECK(alliance::status_of(r, "NATO", "USA", day(1951, 12, 31)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(r, "NATO", "USA", day(1952, 12, 31)) == alliance::status_reading{alliance::status::none});
    CHECK(alliance::status_of(r, "NATO", "USA", day(1953, 12, 31)) == alliance::status_reading{alliance::status::member});
    const auto* line = r.find_timeline(r.organisation("NATO"), r.party("USA"));
    REQUIRE(line != nullptr);
    REQUIRE(line->periods().size() == 2);
    CHECK(alliance::to_string(line->periods()[1].from) == "1953");
    CHECK(alliance::to_string(line->periods()[1].to) == "1954");
}

TEST_CASE("a COW registry exports and reads back byte for byte, unknown years included") {
    const auto r = alliance::io::read_file(fixtures + "cow_igo_state_year.csv");
    std::ostringstream first;
    alliance::io::write_period_csv(first, r);
    std::istringstream in(first.str());
    const auto back = alliance::io::read_stream(in, "export.csv");
    std::ostringstream second;
    alliance::io::write_period_csv(second, back);
    CHECK(second.str() == first.str());
    CHECK(first.str().find("OAS,UKG,,1954-01-01,1955-01-01,,,,,,unknown,,,\n") != std::string::npos);
    CHECK(back.find_party("wgermany") == back.find_party("GFR"));
}

TEST_CASE("a header-only file is legal and empty of periods; an empty file is an error") {
    alliance::io::read_report report;
    const auto r = read_text("ccode,year,state,nato,wpact\n", "auto", &report);
    CHECK(report.format == "cow-igo-state-year");
    CHECK(report.rows == 0);
    CHECK(r.period_count() == 0);
    CHECK(r.organisation_count() == 2);  // the IGOs the header names
    CHECK(report.balanced());
    CHECK(error_of("", "auto") == "[alliance.csv.empty] cow.csv:1: the file is empty: expected a header row");
    CHECK(error_of("a,b,c\n1,2,3\n", "auto") ==
          "[alliance.format.unrecognised] cow.csv:1: the header row fits no known format (alliance-csv, "
          "cow-igo-state-year, cow-igo-igo-year, cow-alliance-member, atop-member, atop-alliance); name one with --format");
    CHECK(error_of("a,b,c\n", "cow-igo") ==
          "[alliance.format.unknown] unknown format 'cow-igo' (known: auto, alliance-csv, cow-igo-state-year, "
          "cow-igo-igo-year, cow-alliance-member, atop-member, atop-alliance)");
}

TEST_CASE("a file that cannot be opened is an io error naming it") {
    try {
        (void)alliance::io::read_file(fixtures + "no_such_file.csv");
        FAIL("reading a missing file must throw");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::io);
        CHECK(std::string(e.what()) == "[alliance.io.open] " + fixtures + "no_such_file.csv: cannot open the file: No such file or directory");
    }
}
