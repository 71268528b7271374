// The catalogue of bad inputs: for each class of input that users' files and
// hand-typed dates contain, the exact error the library gives, or, where the
// input is legal, the exact result. README section "Errors" documents this table.
#include "shared_data.hpp"

#include <alliance/error.hpp>
#include <alliance/io/period_csv.hpp>
#include <alliance/io/read.hpp>
#include <alliance/partial_date.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>
#include <alliance/table.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// --- how an input is judged ----------------------------------------------------

// "error: <what()>" when reading throws alliance::error; otherwise the result,
// one line per period ("ORG PARTY status FROM/TO"), then the report's counts.
std::string outcome_of_file(const std::string& text, bool lenient = false) {
    std::istringstream in(text);
    alliance::io::read_report report;
    try {
        const auto r = alliance::io::read_stream(in, "in.csv", "auto", &report, alliance::io::read_options{lenient});
        std::string out;
        for (const auto& p : r.periods()) {
            out += std::string(p.organisation) + " " + std::string(p.party) + " " + std::string(to_string(p.status)) +
                   " " + to_string(p.from) + "/" + to_string(p.to);
            if (!p.note.empty()) out += " note='" + std::string(p.note) + "'";
            out += "\n";
        }
        out += "rows " + std::to_string(report.rows) + ", periods " + std::to_string(report.periods) + ", rejected " +
               std::to_string(report.rejected);
        for (const auto& problem : report.problems) out += "\n  " + problem;
        // Nothing lost: every row is accounted for.
        CHECK(report.balanced());
        CHECK(report.rows == report.rows_with_periods + report.rows_without_periods + report.rejected);
        return out;
    } catch (const alliance::error& e) {
        return "error: " + std::string(e.what());
    }
}

std::string outcome_of_date(const std::string& text) {
    try {
        return "ok: " + to_string(alliance::parse_boundary(text));
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::invalid_date);
        return "error: " + std::string(e.what());
    }
}

struct entry {
    std::string input_class;  // the row of the README table
    std::string input;
    std::string expected;
};

const std::string header = "organisation,party,status,from,to\n";

}  // namespace

// --- dates ------------------------------------------------------------------------

TEST_CASE("catalogue: dates and boundaries as typed by hand") {
    const std::vector<entry> catalogue{
        {"legal: year, month or day precision", "1993", "ok: 1993"},
        {"legal: month precision", "2009-10", "ok: 2009-10"},
        {"legal: 29 February of a leap year", "2000-02-29", "ok: 2000-02-29"},
        {"legal: an open end", "..", "ok: .."},
        {"legal: a narrowed year", "1999[1999-04-02..]", "ok: 1999[1999-04-02..]"},
        {"impossible date", "2023-02-30",
         "error: [alliance.date.invalid] invalid date '2023-02-30': no such day in that month"},
        {"impossible date: 29 February of a common year", "1900-02-29",
         "error: [alliance.date.invalid] invalid date '1900-02-29': no such day in that month"},
        {"impossible date: 31 April", "2023-04-31",
         "error: [alliance.date.invalid] invalid date '2023-04-31': no such day in that month"},
        {"month 13", "2023-13-01", "error: [alliance.date.invalid] invalid date '2023-13-01': the month is not 01-12"},
        {"month 0", "2023-00", "error: [alliance.date.invalid] invalid date '2023-00': the month is not 01-12"},
        {"day 0", "2023-04-00", "error: [alliance.date.invalid] invalid date '2023-04-00': no such day in that month"},
        {"year out of range: 0", "0000",
         "error: [alliance.date.invalid] invalid date '0000': year 0000 is out of range (0001-9999)"},
        {"year out of range: five digits", "10000",
         "error: [alliance.date.invalid] invalid date '10000': expected YYYY, YYYY-MM or YYYY-MM-DD"},
        {"year out of range: negative", "-500",
         "error: [alliance.date.invalid] invalid date '-500': the year is not four digits"},
        {"huge number", "99999999999999999999",
         "error: [alliance.date.invalid] invalid date '99999999999999999999': expected YYYY, YYYY-MM or YYYY-MM-DD"},
        {"not zero-padded", "1993-7-1",
         "error: [alliance.date.invalid] invalid date '1993-7-1': expected YYYY, YYYY-MM or YYYY-MM-DD"},
        {"day-first order", "28-06-2012",
         "error: [alliance.date.invalid] invalid date '28-06-2012': the year is not four digits"},
        {"empty", "", "error: [alliance.date.invalid] invalid date '': expected YYYY, YYYY-MM or YYYY-MM-DD"},
        {"surrounding space", " 1993", "error: [alliance.date.invalid] invalid date ' 1993': expected YYYY, YYYY-MM or YYYY-MM-DD"},
        {"non-UTF-8 bytes", "19\xff" "3", "error: [alliance.date.invalid] invalid date '19\xff" "3': the year is not four digits"},
        {"narrowing outside its date", "1999[2000-01-01..]",
         "error: [alliance.date.invalid] invalid boundary '1999[2000-01-01..]': the narrowing must lie within the stated "
         "date and not be empty"},
        {"narrowing that narrows nothing", "1999[1999-01-01..1999-12-31]",
         "error: [alliance.date.invalid] invalid boundary '1999[1999-01-01..1999-12-31]': the narrowing narrows nothing"},
        {"narrowing not closed", "1999[1999-04-02..",
         "error: [alliance.date.invalid] invalid boundary '1999[1999-04-02..': a narrowing must end with ']'"},
    };
    for (const auto& e : catalogue) {
        CAPTURE(e.input_class);
        CHECK(outcome_of_date(e.input) == e.expected);
    }
}

TEST_CASE("catalogue: a reversed period is rejected, whatever the precision of its ends") {
    using alliance::boundary;
    using alliance::parse_partial_date;
    const auto reversed = [](const char* from, const char* to) {
        alliance::period p{"CSTO", "ARM", alliance::status::member, boundary{parse_partial_date(from)},
                           boundary{parse_partial_date(to)}};
        try {
            alliance::validate(p);
        } catch (const alliance::error& e) {
            CHECK(e.code() == alliance::errc::invalid_period);
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    CHECK(reversed("2012", "2002") ==
          "[alliance.period.invalid] the period ends before it starts (CSTO ARM member 2012/2002)");
    CHECK(reversed("2012-06-28", "2012-06-28") ==
          "[alliance.period.invalid] the period ends before it starts (CSTO ARM member 2012-06-28/2012-06-28)");
    // A year and a day inside it: the period may still last from 1 January to
    // 30 June 2012, so it is legal, and its status is unknown on every day.
    CHECK(reversed("2012", "2012-07-01") == "(accepted)");
}

// --- the library's own period CSV ----------------------------------------------------

TEST_CASE("catalogue: files in the library's own period CSV") {
    const std::string big_note(200000, 'x');
    const std::string too_long_field(std::size_t{1} << 20 | 1u, 'x');
    const std::vector<entry> catalogue{
        {"legal: a minimal file", header + "CSTO,ARM,member,1994-04-20,..\n",
         "CSTO ARM member 1994-04-20/..\nrows 1, periods 1, rejected 0"},
        {"empty file", "", "error: [alliance.csv.empty] in.csv:1: the file is empty: expected a header row"},
        {"legal: a header only", header, "rows 0, periods 0, rejected 0"},
        {"legal: a byte-order mark", "\xEF\xBB\xBF" + header + "CSTO,ARM,member,1994,..\n",
         "CSTO ARM member 1994/..\nrows 1, periods 1, rejected 0"},
        {"legal: CRLF line ends", "organisation,party,status,from,to\r\nCSTO,ARM,member,1994,..\r\n",
         "CSTO ARM member 1994/..\nrows 1, periods 1, rejected 0"},
        {"legal: no line end after the last row", header + "CSTO,ARM,member,1994,..",
         "CSTO ARM member 1994/..\nrows 1, periods 1, rejected 0"},
        {"legal: blank lines", header + "\n\nCSTO,ARM,member,1994,..\n\n",
         "CSTO ARM member 1994/..\nrows 1, periods 1, rejected 0"},
        {"legal: quoted fields with separators, quotes and a newline",
         "organisation,party,status,from,to,note\nCSTO,ARM,member,1994,..,\"a, \"\"b\"\"\nc\"\n",
         "CSTO ARM member 1994/.. note='a, \"b\"\nc'\nrows 1, periods 1, rejected 0"},
        {"a quoted newline does not shift line numbers",
         "organisation,party,status,from,to,note\nCSTO,ARM,member,1994,..,\"one\ntwo\"\nCSTO,BLR,member,1994-02-30,..,\n",
         "error: [alliance.date.invalid] in.csv:4: field 'from': invalid date '1994-02-30': no such day in that month"},
        {"lone carriage return", "organisation,party,status,from,to\rCSTO,ARM,member,1994,..\n",
         "error: [alliance.csv.line_end] in.csv:1: a carriage return not followed by a line feed"},
        {"impossible date in a file", header + "CSTO,ARM,member,2023-02-30,..\n",
         "error: [alliance.date.invalid] in.csv:2: field 'from': invalid date '2023-02-30': no such day in that month"},
        {"month 13 in a file", header + "CSTO,ARM,member,1994,2023-13\n",
         "error: [alliance.date.invalid] in.csv:2: field 'to': invalid date '2023-13': the month is not 01-12"},
        {"huge number in a file", header + "CSTO,ARM,member,99999999999999999999,..\n",
         "error: [alliance.date.invalid] in.csv:2: field 'from': invalid date '99999999999999999999': expected YYYY, "
         "YYYY-MM or YYYY-MM-DD"},
        {"reversed period", header + "CSTO,ARM,member,2012,2002\n",
         "error: [alliance.period.invalid] in.csv:2: the period ends before it starts (CSTO ARM member 2012/2002)"},
        {"overlapping contradictory periods", header + "CSTO,ARM,member,2000,2010\nCSTO,ARM,suspended,2004,2006\n",
         "error: [alliance.period.contradiction] in.csv:3: CSTO ARM suspended 2004/2006 contradicts CSTO ARM member "
         "2000/2010: both certainly hold on 2004-12-31"},
        {"legal: overlapping periods of one status",
         header + "CSTO,ARM,member,2000,2010\nCSTO,ARM,member,2004,2006\n",
         "CSTO ARM member 2000/2010\nCSTO ARM member 2004/2006\nrows 2, periods 2, rejected 0"},
        {"duplicate rows", header + "CSTO,ARM,member,2000,2010\nCSTO,ARM,member,2000,2010\n",
         "error: [alliance.row.duplicate] in.csv:3: the same period as on line 2"},
        {"duplicate attribute rows: another value",
         "organisation,party,status,from,to,record,name,value\nNATO,,,,,organisation,North Atlantic Treaty Organization,\n"
         "NATO,,,,,attribute,ionum,3700\nNATO,,,,,attribute,ionum,3701\n",
         "error: [alliance.csv.field] in.csv:4: field 'value': the attribute 'ionum' of 'NATO' is already '3700' (line 3); "
         "a second row cannot change it to '3701'"},
        {"duplicate attribute rows: the same value",
         "organisation,party,status,from,to,record,name,value\nNATO,,,,,organisation,North Atlantic Treaty Organization,\n"
         "NATO,,,,,attribute,ionum,3700\nNATO,,,,,attribute,ionum,3700\n",
         "error: [alliance.row.duplicate] in.csv:4: the same attribute as on line 3"},
        {"duplicate unknown rows",
         "organisation,party,status,from,to,record\nNATO,FRA,,1950-01-01,1951-01-01,unknown\n"
         "NATO,FRA,,1950-01-01,1951-01-01,unknown\n",
         "error: [alliance.row.duplicate] in.csv:3: the same unknown span as on line 2"},
        {"unknown status code", header + "CSTO,ARM,membr,2000,2010\n",
         "error: [alliance.csv.field] in.csv:2: field 'status': unknown status 'membr' (expected member, associate, "
         "observer, signatory, suspended, frozen or withdrawn)"},
        {"status 'none' is not a status", header + "CSTO,ARM,none,2000,2010\n",
         "error: [alliance.csv.field] in.csv:2: field 'status': unknown status 'none' (expected member, associate, "
         "observer, signatory, suspended, frozen or withdrawn)"},
        {"too few fields", header + "CSTO,ARM,member,2000\n",
         "error: [alliance.csv.field_count] in.csv:2: expected 5 fields, found 4"},
        {"too many fields", header + "CSTO,ARM,member,2000,2010,x\n",
         "error: [alliance.csv.field_count] in.csv:2: expected 5 fields, found 6"},
        {"non-UTF-8 bytes", header + "CSTO,AR\xE9,member,2000,2010\n",
         "error: [alliance.csv.encoding] in.csv:2: field 'party': the text is not valid UTF-8 (byte 0xE9 at character 3 "
         "of the field); convert the file to UTF-8"},
        {"NUL byte", header + std::string("CSTO,A\0M,member,2000,2010\n", 26),
         "error: [alliance.csv.nul] in.csv:2: field 'party': a NUL byte in the text"},
        {"truncated file: inside a quoted field", header + "CSTO,ARM,member,2000,\"2010\n",
         "error: [alliance.csv.truncated] in.csv:2: field 'to': the file ends inside a quoted field opened on line 2 "
         "(a missing closing quote, or a truncated file)"},
        {"truncated file: in the middle of a row", header + "CSTO,ARM,mem",
         "error: [alliance.csv.field_count] in.csv:2: expected 5 fields, found 3"},
        {"a quote inside an unquoted field", header + "CSTO,A\"RM,member,2000,2010\n",
         "error: [alliance.csv.quote] in.csv:2: field 'party': a quote inside an unquoted field (quote the whole field "
         "and double the quote: \"a \"\"b\"\"\")"},
        {"legal: a long line under the limits",
         "organisation,party,status,from,to,note\nCSTO,ARM,member,2000,2010," + big_note + "\n",
         "CSTO ARM member 2000/2010 note='" + big_note + "'\nrows 1, periods 1, rejected 0"},
        {"extremely long line: a field over 1 MiB",
         "organisation,party,status,from,to,note\nCSTO,ARM,member,2000,2010," + too_long_field + "\n",
         "error: [alliance.csv.limit] in.csv:2: field 'note': a field longer than 1048576 bytes"},
        {"unknown column", "organisation,party,status,from,to,colour\n",
         "error: [alliance.csv.header] in.csv:1: field 'colour': unknown column 'colour' (known: organisation, party, "
         "status, from, to, basis, source, note, reading, conflict, record, name, kind, value)"},
        {"UTF-16, little-endian with its byte-order mark", std::string("\xFF\xFEo\0r\0g\0", 8),
         "error: [alliance.csv.encoding] in.csv:1: the file is UTF-16 (byte-order mark FF FE), not UTF-8; convert the "
         "file to UTF-8"},
        {"UTF-16, big-endian with its byte-order mark", std::string("\xFE\xFF\0o\0r\0g", 8),
         "error: [alliance.csv.encoding] in.csv:1: the file is UTF-16 (byte-order mark FE FF), not UTF-8; convert the "
         "file to UTF-8"},
        {"UTF-16 without a byte-order mark", std::string("o\0r\0g\0a\0", 8),
         "error: [alliance.csv.encoding] in.csv:1: the file is UTF-16 (a NUL byte beside each letter), not UTF-8; "
         "convert the file to UTF-8"},
        {"a doubled byte-order mark", "\xEF\xBB\xBF\xEF\xBB\xBF" + header + "CSTO,ARM,member,2000,2010\n",
         "error: [alliance.csv.encoding] in.csv:1: a second byte-order mark (EF BB BF) after the first at the start of "
         "the file; remove it"},
        {"a very long text in a field is echoed cut, with an ellipsis", header + "CSTO,ARM," + std::string(100000, 'x') + ",2000,2010\n",
         "error: [alliance.csv.field] in.csv:2: field 'status': unknown status '" + std::string(60, 'x') +
             "\xE2\x80\xA6' (expected member, associate, observer, signatory, suspended, frozen or withdrawn)"},
        {"a key with a line break", header + "CSTO,\"A\nB\",member,2000,2010\n",
         "error: [alliance.key.invalid] in.csv:2: a party key holds a control character (U+000A at byte 2): keys, "
         "names and aliases are one line of text"},
        {"a name with a control character", "organisation,party,status,from,to,record,name\nCSTO,,,,,organisation,Org\x01\n",
         "error: [alliance.key.invalid] in.csv:2: an organisation name holds a control character (U+0001 at byte 4): "
         "keys, names and aliases are one line of text"},
        {"an alias with a tab", "organisation,party,status,from,to,record,name\n,ARM,,,,party,Armenia\n,ARM,,,,alias,\"Hay\tastan\"\n",
         "error: [alliance.key.invalid] in.csv:3: an alias holds a control character (U+0009 at byte 4): keys, names "
         "and aliases are one line of text"},
        {"legal: a line break in a note", "organisation,party,status,from,to,note\nCSTO,ARM,member,2000,2010,\"a\nb\"\n",
         "CSTO ARM member 2000/2010 note='a\nb'\nrows 1, periods 1, rejected 0"},
        {"a header that fits no format", "a,b,c\n1,2,3\n",
         "error: [alliance.format.unrecognised] in.csv:1: the header row fits no known format (alliance-csv, "
         "cow-igo-state-year, cow-igo-igo-year, cow-alliance-member, atop-member, atop-alliance); name one with --format"},
    };
    for (const auto& e : catalogue) {
        CAPTURE(e.input_class);
        CHECK(outcome_of_file(e.input) == e.expected);
    }
}

TEST_CASE("catalogue: COW IGO and ATOP files") {
    const std::string igo = "ccode,year,state,nato,un\n";
    const std::string atop = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase\n";
    const std::vector<entry> catalogue{
        {"unknown status code", igo + "2,1950,usa,7,1\n",
         "error: [alliance.cow.code] in.csv:2: field 'nato': code '7' is not in the COW IGO codebook (0, 1, 2, 3, -9, "
         "-1; empty: missing)"},
        {"huge number", igo + "99999999999999999999,1950,usa,1,1\n",
         "error: [alliance.cow.state] in.csv:2: field 'ccode': '99999999999999999999' is not a code in the COW state list"},
        {"a state name that does not fit its code", igo + "2,1950,USA,1,1\n",
         "error: [alliance.cow.state] in.csv:2: field 'state': state 'USA' does not match ccode 2 ('usa')"},
        {"wrong field count", igo + "2,1950,usa,1\n", "error: [alliance.csv.field_count] in.csv:2: expected 5 fields, found 4"},
        {"duplicate rows", igo + "2,1950,usa,1,1\n2,1950,usa,1,1\n",
         "error: [alliance.cow.order] in.csv:3: field 'year': a second row for ccode 2 in 1950"},
        {"an IGO-year column that is neither a state nor metadata", "ioname,orgname,year,usa,freedonia,sdate\n",
         "error: [alliance.csv.header] in.csv:1: field 'freedonia': unknown column 'freedonia': neither a COW state "
         "(afghanistan ... zimbabwe) nor a metadata column of the COW IGO v3 IGO-year file (sdate, deaddate, dead, "
         "integrated, replaced, longorgname, ionum, igocode, version, accuracyofpre1965membershipdates, "
         "sourcesandnotes, imputed, political, social, economic)"},
        {"an IGO-year column in another case", "ioname,orgname,year,usa,Zimbabwe,sdate\n",
         "error: [alliance.csv.header] in.csv:1: field 'Zimbabwe': unknown column 'Zimbabwe': the COW IGO v3 IGO-year "
         "file's column names are exact and lower case: 'zimbabwe'"},
        {"month 13", atop + "1001,200,1815,13,20,1822,10,30,1\n",
         "error: [alliance.date.invalid] in.csv:2: field 'moent': month 13 is not 1-12"},
        {"reversed period", atop + "1001,200,1822,11,20,1815,10,30,1\n",
         "error: [alliance.period.invalid] in.csv:2: field 'yrexit': the period ends before it starts (1822-11-20 to "
         "1815-10-30)"},
    };
    for (const auto& e : catalogue) {
        CAPTURE(e.input_class);
        CHECK(outcome_of_file(e.input) == e.expected);
    }
}

TEST_CASE("catalogue: a lenient read rejects bad rows, reports each, and keeps the rest") {
    const std::string text = header +
                             "CSTO,ARM,member,1994,..\n"
                             "CSTO,BLR,member,2023-02-30,..\n"
                             "CSTO,KAZ,membr,1994,..\n"
                             "CSTO,KGZ,member,1994\n"
                             "CSTO,ARM,suspended,2000,2001\n"
                             "CSTO,RUS,member,1994,..\n";
    CHECK(outcome_of_file(text, true) ==
          "CSTO ARM member 1994/..\n"
          "CSTO RUS member 1994/..\n"
          "rows 6, periods 2, rejected 4\n"
          "  [alliance.date.invalid] in.csv:3: field 'from': invalid date '2023-02-30': no such day in that month\n"
          "  [alliance.csv.field] in.csv:4: field 'status': unknown status 'membr' (expected member, associate, "
          "observer, signatory, suspended, frozen or withdrawn)\n"
          "  [alliance.csv.field_count] in.csv:5: expected 5 fields, found 4\n"
          "  [alliance.period.contradiction] in.csv:6: CSTO ARM suspended 2000/2001 contradicts CSTO ARM member "
          "1994/..: both certainly hold on 2000-12-31");
    // The same file read strictly stops at its first bad row.
    CHECK(outcome_of_file(text) ==
          "error: [alliance.date.invalid] in.csv:3: field 'from': invalid date '2023-02-30': no such day in that month");
}

// --- constexpr tables, checked at run time ------------------------------------------
// The same broken rows that compile_fail/tables.cpp must not compile with:
// here check_table() names the problem and the row.

TEST_CASE("catalogue: broken constexpr tables name their problem and row") {
    using alliance::boundary;
    using alliance::status;
    using namespace alliance::literals;
    constexpr alliance::period armenia{"CSTO", "ARM", status::member, boundary{"1994-04-20"_pd}, boundary::open()};
    constexpr alliance::period uzbekistan{"CSTO", "UZB", status::member, boundary{"2006-08-16"_pd}, boundary{"2012-06-28"_pd}};

    constexpr std::array<alliance::period, 2> valid{armenia, uzbekistan};
    static_assert(!alliance::check_table(valid));

    constexpr std::array<alliance::period, 3> invalid_date{
        armenia, uzbekistan,
        {"CSTO", "KAZ", status::member, boundary{alliance::partial_date{date::year{1994} / date::February / date::day{30}}},
         boundary::open()}};
    constexpr auto p1 = alliance::check_table(invalid_date);
    CHECK(std::string(p1.what) == "the start date is not a valid date");
    CHECK(p1.index == 2);

    constexpr std::array<alliance::period, 3> reversed{
        armenia, uzbekistan, {"CSTO", "KAZ", status::member, boundary{"2002"_pd}, boundary{"1994"_pd}}};
    constexpr auto p2 = alliance::check_table(reversed);
    CHECK(std::string(p2.what) == "the period ends before it starts");
    CHECK(p2.index == 2);

    constexpr std::array<alliance::period, 3> contradicting{
        armenia, uzbekistan, {"CSTO", "UZB", status::suspended, boundary{"2008-01-01"_pd}, boundary{"2009-01-01"_pd}}};
    constexpr auto p3 = alliance::check_table(contradicting);
    CHECK(std::string(p3.what) ==
          "two primary periods of one party in one organisation certainly hold on the same day with different statuses");
    CHECK(p3.index == 2);
    CHECK(p3.other == 1);
    try {
        (void)alliance::validate_table(contradicting);
        FAIL("validate_table accepted a contradicting table");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::contradiction);
        CHECK(std::string(e.what()) ==
              "[alliance.table.invalid] two primary periods of one party in one organisation certainly hold on the "
              "same day with different statuses (period 2, contradicting period 1: CSTO UZB)");
    }
}

// --- nothing lost, on real data ------------------------------------------------------
// The io tests account for every row and cell of the intact COW IGO files.
// Here the real state-year file is damaged on purpose, a row here and there:
// a lenient read must reject exactly the damaged rows, report each with its
// line, and still account for every row; a strict read must stop at the first.

TEST_CASE("nothing lost: the real COW IGO state-year file, damaged in places") {
    const std::filesystem::path path = alliance_test::shared_path("data/cow-igo-v3/state_year_formatv3.csv");
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::string line;
    std::string text;
    std::size_t data_rows = 0;
    std::vector<long> damaged_lines;
    REQUIRE(std::getline(in, line));
    text += line + "\n";
    while (data_rows < 3000 && std::getline(in, line)) {
        ++data_rows;
        const long file_line = static_cast<long>(data_rows) + 1;
        if (data_rows % 250 == 125) {
            line = line.substr(0, line.rfind(','));  // a field lost
            damaged_lines.push_back(file_line);
        } else if (data_rows % 250 == 0) {
            const auto first = line.find(',');
            line = line.substr(0, first + 1) + "19x5" + line.substr(line.find(',', first + 1));  // a year mistyped
            damaged_lines.push_back(file_line);
        }
        text += line + "\n";
    }
    REQUIRE(data_rows == 3000);
    REQUIRE(damaged_lines.size() == 24);

    std::istringstream lenient_in(text);
    alliance::io::read_report report;
    (void)alliance::io::read_stream(lenient_in, "in.csv", "auto", &report, alliance::io::read_options{true});
    CHECK(report.format == "cow-igo-state-year");
    CHECK(report.rows == data_rows);
    CHECK(report.rejected == damaged_lines.size());
    CHECK(report.rows_with_periods + report.rows_without_periods == data_rows - damaged_lines.size());
    CHECK(report.balanced());
    REQUIRE(report.problems.size() == damaged_lines.size());
    for (std::size_t i = 0; i < damaged_lines.size(); ++i) {
        CAPTURE(report.problems[i]);
        CHECK(report.problems[i].find("in.csv:" + std::to_string(damaged_lines[i]) + ":") != std::string::npos);
    }

    std::istringstream strict_in(text);
    try {
        (void)alliance::io::read_stream(strict_in, "in.csv", "auto");
        FAIL("a strict read of a damaged file succeeded");
    } catch (const alliance::error& e) {
        CHECK(e.code() == alliance::errc::malformed_input);
        CHECK(e.where().line == damaged_lines.front());
    }
}

TEST_CASE("catalogue: --data that is not a regular file fails at once, naming the file") {
    const auto error_of_path = [](const std::string& path) {
        try {
            (void)alliance::io::read_file(path);
        } catch (const alliance::error& e) {
            CHECK(e.code() == alliance::errc::io);
            CHECK(e.where().file == path);
            return std::string(e.what());
        }
        return std::string("(no error)");
    };
    const auto folder = std::filesystem::temp_directory_path() / ("alliance-bad-input-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    CHECK(error_of_path(folder.string()) == "[alliance.io.open] " + folder.string() +
                                                ": cannot read the file: it is a directory, not a regular file");
    // A FIFO with no writer: opening it would wait for ever.
    const auto fifo = (folder / "pipe").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(error_of_path(fifo) == "[alliance.io.open] " + fifo + ": cannot read the file: it is a FIFO (named pipe), not a regular file");
    CHECK(error_of_path((folder / "absent.csv").string()) ==
          "[alliance.io.open] " + (folder / "absent.csv").string() + ": cannot open the file: No such file or directory");
    std::filesystem::remove_all(folder);
}

TEST_CASE("catalogue: text echoed in a message is cut to 60 characters, never inside a UTF-8 character") {
    const std::string long_date(100000, '1');
    CHECK(outcome_of_date(long_date) == "error: [alliance.date.invalid] invalid date '" + std::string(60, '1') +
                                            "\xE2\x80\xA6': expected YYYY, YYYY-MM or YYYY-MM-DD");
    alliance::registry r;
    std::string name(59, 'a');
    name += "\xC3\xA9\xC3\xA9";  // the 60th character is two bytes: kept whole
    try {
        (void)r.party(name);
        FAIL("no error");
    } catch (const alliance::error& e) {
        CHECK(std::string(e.what()) == "[alliance.party.unknown] unknown party '" + std::string(59, 'a') + "\xC3\xA9\xE2\x80\xA6'");
    }
    CHECK(alliance::detail::echo(std::string(60, 'x')) == "'" + std::string(60, 'x') + "'");  // 60 fit: no ellipsis
}

TEST_CASE("catalogue: two parties with one name cannot be registered; the lookup never picks one in silence") {
    alliance::registry r;
    r.add_party("COG", "Congo");
    try {
        r.add_party("DRC", "Congo");
        FAIL("no error");
    } catch (const alliance::error& e) {
        CHECK(std::string(e.what()) == "[alliance.key.duplicate] the name 'Congo' of party 'DRC' already names party 'COG'");
    }
    CHECK(!r.find_party("DRC"));
    CHECK(r.party("congo") == r.party("COG"));
}
