// The real COW Formal Alliances v4.1 member-level file (alliance_v4.1_by_member.csv, see
// the data folder's README.md): read it strictly, account for every row, and answer
// questions whose answers were worked out by hand from the raw rows quoted beside them.
//
// The counts the reader is checked against come from a separate, plain reading of the
// file written here (no field of it holds a comma; state names and ss_type are quoted).
#include <alliance/io/read.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

const std::string file = ALLIANCE_SHARED_DIR "/data/cow-alliance-v4.1/alliance_v4.1_by_member.csv";

// The data are part of what these tests test: their absence is a failure, not a skip.
void require_data() {
    REQUIRE_MESSAGE(std::ifstream(file).good(), "the COW alliance data file is missing: " << file);
}

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

using keys = std::vector<std::string_view>;

// The file read plainly: each data row as its fields, quotes removed.
std::vector<std::vector<std::string>> raw_rows() {
    std::vector<std::vector<std::string>> rows;
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);  // the header
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::size_t start = 0;
        while (true) {
            const std::size_t end = line.find(',', start);
            std::string cell = line.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
            fields.push_back(cell);
            if (end == std::string::npos) break;
            start = end + 1;
        }
        rows.push_back(fields);
    }
    return rows;
}

const alliance::registry& real() {
    static const alliance::registry r = alliance::io::read_file(file, "auto");
    return r;
}

alliance::status_reading member() { return alliance::status_reading{alliance::status::member}; }
alliance::status_reading none() { return alliance::status_reading{alliance::status::none}; }

alliance::period only_period(const alliance::registry& r, std::string_view organisation, std::string_view party) {
    const auto* t = r.find_timeline(r.organisation(organisation), r.party(party));
    REQUIRE(t != nullptr);
    REQUIRE(t->periods().size() == 1);
    return t->periods()[0];
}

}  // namespace

TEST_CASE("COW alliances v4.1: every row read strictly, one period each, 414 alliances") {
    require_data();
    const auto raw = raw_rows();
    REQUIRE(raw.size() == 1221);  // the data README: 1,221 rows plus the header
    std::map<std::string, std::size_t> rows_per_alliance;
    for (const auto& row : raw) {
        REQUIRE(row.size() == 23);
        ++rows_per_alliance[row[0]];
    }
    CHECK(rows_per_alliance.size() == 414);

    // Strict: the first bad row would throw.
    alliance::io::read_report report;
    const auto r = alliance::io::read_file(file, "auto", &report);
    CHECK(report.format == "cow-alliance-member");
    CHECK(report.rows == 1221);
    CHECK(report.periods == 1221);
    CHECK(report.rows_with_periods == 1221);
    CHECK(report.rows_without_periods == 0);
    CHECK(report.rejected == 0);
    CHECK(report.balanced());
    CHECK(report.organisations == 414);

    // Each alliance holds as many periods as it has rows.
    for (const auto& entry : rows_per_alliance) {
        const std::string key = "COW-ALLIANCE-" + entry.first;
        CAPTURE(key);
        const auto o = r.organisation(key);
        std::size_t periods = 0;
        for (const auto p : r.parties_of(o)) periods += r.find_timeline(o, p)->periods().size();
        CHECK(periods == entry.second);
    }

    // A lenient read finds nothing to reject either.
    alliance::io::read_report lenient_report;
    alliance::io::read_options lenient;
    lenient.lenient = true;
    (void)alliance::io::read_file(file, "auto", &lenient_report, lenient);
    CHECK(lenient_report.rejected == 0);
    CHECK(lenient_report.periods == 1221);
}

TEST_CASE("COW alliances v4.1: the spellings, blanks and dates the file holds") {
    require_data();
    const auto raw = raw_rows();
    // Column positions in the header: 3-8 alliance dates, 9 ss_type, 10-15 membership dates,
    // 16-21 left_censor, right_censor, defense, neutrality, nonaggression, entente, 22 version.
    std::map<std::string, std::size_t> types;
    std::size_t blank_ends = 0, blank_flags = 0, partial_dates = 0;
    std::set<std::string> versions;
    for (const auto& row : raw) {
        ++types[row[9]];
        if (row[13].empty() && row[14].empty() && row[15].empty()) ++blank_ends;
        for (std::size_t k = 16; k <= 21; ++k) blank_flags += row[k].empty() ? 1 : 0;
        // A date with a year but an unknown (-9 or empty) month or day.
        for (const std::size_t year : {5u, 8u, 12u, 15u})
            if (!row[year].empty())
                for (const std::size_t part : {year - 1, year - 2})
                    partial_dates += row[part].empty() || row[part] == "-9" ? 1 : 0;
        versions.insert(row[22]);
    }
    // Every spelling the file uses, with its row count (all five read: the first test).
    CHECK(types == std::map<std::string, std::size_t>{{"Type I: Defense Pact", 679},
                                                      {"Type II: Neutrality", 6},
                                                      {"Type IIa: Non-Aggression Pact", 186},
                                                      {"Type IIb: Non-Aggression Pact", 164},
                                                      {"Type III: Entente", 186}});
    CHECK(blank_ends == 359);
    CHECK(blank_flags == 5);  // lines 30, 318, 319 (a type flag), 919, 921 (left_censor)
    CHECK(versions == std::set<std::string>{"4.1"});
    // No date in the file is known to the month or year only; so every period's
    // start is a day, and every end a day or open.
    CHECK(partial_dates == 0);
    const auto& r = real();
    std::size_t open_ends = 0;
    for (const auto o : r.organisations()) {
        for (const auto p : r.parties_of(o)) {
            for (const auto& pd : r.find_timeline(o, p)->periods()) {
                CHECK(pd.from.exact());
                CHECK((pd.to.is_open() || pd.to.exact()));
                open_ends += pd.to.is_open() ? 1 : 0;
            }
        }
    }
    CHECK(open_ends == 359);
}

TEST_CASE("COW alliances v4.1: every alliance is observed from 1816 to 2012, the file's span") {
    require_data();
    const auto& r = real();
    // The span from the raw rows: the earliest membership start year and the latest year of any date.
    int first = 10000, last = 0;
    for (const auto& row : raw_rows()) {
        first = std::min(first, std::stoi(row[12]));  // mem_st_year
        for (const std::size_t column : {5u, 8u, 12u, 15u})  // all_st_year, all_end_year, mem_st_year, mem_end_year
            if (!row[column].empty() && row[column] != "-9") last = std::max(last, std::stoi(row[column]));
    }
    CHECK(first == 1816);
    CHECK(last == 2012);
    for (const auto o : r.organisations()) {
        CAPTURE(r.key(o));
        REQUIRE(r.coverage(o).has_value());
        CHECK(r.coverage(o)->first == day(first, 1, 1));
        CHECK(r.coverage(o)->last == day(last, 12, 31));
    }
}

TEST_CASE("COW alliances v4.1: answers worked out by hand from the raw rows") {
    require_data();
    const auto& r = real();

    SUBCASE("NATO (227): the end day is the last day of membership") {
        // line 665: 227,260,"German Federal Republic",4,4,1949,,,,"Type I: Defense Pact",23,10,1954,2,10,1990,0,0,1,0,1,1,4.1
        // line 664: 227,255,"Germany",4,4,1949,,,,"Type I: Defense Pact",3,10,1990,,,,0,1,1,0,1,1,4.1
        CHECK(alliance::status_of(r, "COW-ALLIANCE-227", "GFR", day(1954, 10, 22)) == none());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-227", "GFR", day(1954, 10, 23)) == member());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-227", "GFR", day(1990, 10, 2)) == member());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-227", "GFR", day(1990, 10, 3)) == none());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-227", "GMY", day(1990, 10, 2)) == none());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-227", "GMY", day(1990, 10, 3)) == member());
        // Lines 655-674: the 16 members that started by 1990-10-02 (Spain 10,12,1981; Greece and
        // Turkey 22,10,1951; the founders 4,4,1949; West Germany); Poland, Hungary and the Czech
        // Republic start 12,3,1999. No row besides West Germany's has an end.
        CHECK(alliance::members_on(r, "COW-ALLIANCE-227", day(1990, 10, 2)) ==
              keys{"BEL", "CAN", "DEN", "FRN", "GFR", "GRC", "ICE", "ITA", "LUX", "NOR", "NTH", "POR", "SPN", "TUR", "UKG", "USA"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-227", day(1990, 10, 3)) ==
              keys{"BEL", "CAN", "DEN", "FRN", "GMY", "GRC", "ICE", "ITA", "LUX", "NOR", "NTH", "POR", "SPN", "TUR", "UKG", "USA"});
        // Germany's end is blank, right_censor 1: in force at the end of coverage, an open end.
        CHECK(only_period(r, "COW-ALLIANCE-227", "GMY").to.is_open());
        CHECK(alliance::is_member(r, "COW-ALLIANCE-227", "GMY", day(2012, 12, 31)) == alliance::answer::yes);
        // The file observes nothing after 2012 (its latest date; README: "1816–2012"): the
        // open end is "in force at the end of coverage", and after it nobody's status is known.
        CHECK(alliance::is_member(r, "COW-ALLIANCE-227", "GMY", day(2013, 1, 1)) == alliance::answer::unknown);
        CHECK_FALSE(alliance::status_of(r, "COW-ALLIANCE-227", "GFR", day(2016, 1, 1)).known());
        CHECK(alliance::members_on(r, "COW-ALLIANCE-227", day(2013, 1, 1)).empty());
        CHECK(alliance::undecided_on(r, "COW-ALLIANCE-227", day(2013, 1, 1)).size() == 20);  // lines 655-674
        CHECK(alliance::to_string(only_period(r, "COW-ALLIANCE-227", "GFR").to) == "1990-10-03");
        const auto nato = r.organisation("COW-ALLIANCE-227");
        CHECK(r.attribute(nato, "ss_type") == "Type I: Defense Pact");
        CHECK(r.attribute(nato, "alliance_start") == "1949-04-04");
        CHECK(r.attribute(nato, "alliance_end").empty());
        CHECK(r.attribute(nato, "version") == "4.1");
        // entente 1 on every row; nonaggression 0 only on Turkey's (line 674: ...,0,1,1,0,0,1,4.1).
        CHECK(r.attribute(nato, "entente") == "1");
        CHECK(r.attribute(nato, "nonaggression") ==
              "BEL=1;CAN=1;CZR=1;DEN=1;FRN=1;GFR=1;GMY=1;GRC=1;HUN=1;ICE=1;ITA=1;LUX=1;NOR=1;NTH=1;POL=1;POR=1;SPN=1;TUR=0;UKG=1;USA=1");
    }

    SUBCASE("left-censored start, right-censored open end (alliance 1)") {
        // line 2: 1,200,"United Kingdom",9,5,1386,,,,"Type I: Defense Pact",1,1,1816,,,,1,1,1,0,1,0,4.1
        const auto& p = only_period(r, "COW-ALLIANCE-1", "UKG");
        CHECK(alliance::to_string(p.from) == "1816-01-01");
        CHECK(p.to.is_open());
        CHECK(p.note == "Type I: Defense Pact; left-censored; right-censored");
        CHECK(alliance::status_of(r, "COW-ALLIANCE-1", "UKG", day(1816, 1, 1)) == member());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-1", "UKG", day(2012, 12, 31)) == member());
        // The alliance's own dates stay as the file gives them.
        CHECK(r.attribute(r.organisation("COW-ALLIANCE-1"), "alliance_start") == "1386-05-09");
        CHECK(r.attribute(r.organisation("COW-ALLIANCE-1"), "alliance_end").empty());
        // line 3: 1,235,"Portugal",9,5,1386,,,,"Type I: Defense Pact",1,1,1816,,,,1,1,1,0,1,0,4.1
        CHECK(alliance::members_on(r, "COW-ALLIANCE-1", day(1816, 1, 1)) == keys{"POR", "UKG"});
    }

    SUBCASE("CENTO (241), a Type IIb: Non-Aggression Pact") {
        // line 731: 241,2,"United States of America",24,2,1955,9,10,1979,"Type IIb: Non-Aggression Pact",28,7,1958,9,10,1979,...
        // line 732: 241,200,"United Kingdom",24,2,1955,9,10,1979,"Type IIb: Non-Aggression Pact",5,4,1955,9,10,1979,...
        // line 733: 241,630,"Iran",...,3,11,1955,12,3,1979,...
        // line 734: 241,640,"Turkey",...,24,2,1955,9,10,1979,...
        // line 735: 241,645,"Iraq",...,24,2,1955,24,3,1959,...
        // line 736: 241,770,"Pakistan",...,23,9,1955,12,3,1979,...
        const auto cento = r.organisation("COW-ALLIANCE-241");
        CHECK(r.attribute(cento, "ss_type") == "Type IIb: Non-Aggression Pact");
        CHECK(r.attribute(cento, "alliance_start") == "1955-02-24");
        CHECK(r.attribute(cento, "alliance_end") == "1979-10-09");
        CHECK(r.attribute(cento, "nonaggression") == "1");
        CHECK(r.attribute(cento, "defense") == "0");
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1955, 2, 24)) == keys{"IRQ", "TUR"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1958, 7, 27)) == keys{"IRN", "IRQ", "PAK", "TUR", "UKG"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1958, 7, 28)) == keys{"IRN", "IRQ", "PAK", "TUR", "UKG", "USA"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1959, 3, 24)) == keys{"IRN", "IRQ", "PAK", "TUR", "UKG", "USA"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1959, 3, 25)) == keys{"IRN", "PAK", "TUR", "UKG", "USA"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1979, 3, 12)) == keys{"IRN", "PAK", "TUR", "UKG", "USA"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1979, 3, 13)) == keys{"TUR", "UKG", "USA"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1979, 10, 9)) == keys{"TUR", "UKG", "USA"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-241", day(1979, 10, 10)).empty());
    }

    SUBCASE("Type II: Neutrality (42)") {
        // line 124: 42,240,"Hanover",29,1,1862,26,1,1866,"Type II: Neutrality",2,2,1862,26,1,1866,0,0,0,1,0,0,4.1
        // lines 125, 126, 128: Bavaria, Saxony, Hesse Grand Ducal, the same dates and flags
        // line 127: 42,271,"Wuerttemburg",...,"Type II: Neutrality",29,1,1862,26,1,1866,0,0,0,1,0,0,4.1
        // line 129: 42,300,"Austria-Hungary",...,"Type II: Neutrality",29,1,1862,26,1,1866,0,0,0,0,0,0,4.1
        const auto o = r.organisation("COW-ALLIANCE-42");
        CHECK(r.attribute(o, "ss_type") == "Type II: Neutrality");
        CHECK(r.attribute(o, "neutrality") == "AUH=0;BAV=1;HAN=1;HSG=1;SAX=1;WRT=1");
        CHECK(alliance::members_on(r, "COW-ALLIANCE-42", day(1862, 1, 29)) == keys{"AUH", "WRT"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-42", day(1862, 2, 2)) == keys{"AUH", "BAV", "HAN", "HSG", "SAX", "WRT"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-42", day(1866, 1, 26)) == keys{"AUH", "BAV", "HAN", "HSG", "SAX", "WRT"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-42", day(1866, 1, 27)).empty());
    }

    SUBCASE("Type IIa: Non-Aggression Pact with a blank entente (122)") {
        // line 318: 122,630,"Iran",22,4,1926,8,7,1937,"Type IIa: Non-Aggression Pact",22,4,1926,8,7,1937,0,0,0,1,1,,4.1
        // line 319: 122,640,"Turkey",22,4,1926,8,7,1937,"Type IIa: Non-Aggression Pact",22,4,1926,8,7,1937,0,0,0,1,1,,4.1
        const auto o = r.organisation("COW-ALLIANCE-122");
        CHECK(r.attribute(o, "ss_type") == "Type IIa: Non-Aggression Pact");
        CHECK(r.attribute(o, "neutrality") == "1");
        CHECK(r.attribute(o, "nonaggression") == "1");
        CHECK(r.attribute(o, "entente").empty());  // not given by either row
        CHECK(only_period(r, "COW-ALLIANCE-122", "IRN").note == "Type IIa: Non-Aggression Pact; entente not given");
        CHECK(alliance::members_on(r, "COW-ALLIANCE-122", day(1926, 4, 22)) == keys{"IRN", "TUR"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-122", day(1937, 7, 8)) == keys{"IRN", "TUR"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-122", day(1937, 7, 9)).empty());
    }

    SUBCASE("a blank nonaggression flag on one member's row (6)") {
        // line 30: 6,200,"United Kingdom",20,11,1815,31,10,1822,"Type I: Defense Pact",1,1,1816,31,10,1822,1,0,1,0,,1,4.1
        // lines 31-33: Germany, Austria-Hungary, Russia: ...,1,0,1,0,0,1,4.1
        const auto o = r.organisation("COW-ALLIANCE-6");
        CHECK(r.attribute(o, "nonaggression") == "AUH=0;GMY=0;RUS=0;UKG=");
        CHECK(r.attribute(o, "defense") == "1");
        CHECK(only_period(r, "COW-ALLIANCE-6", "UKG").note == "Type I: Defense Pact; left-censored; nonaggression not given");
        CHECK(alliance::members_on(r, "COW-ALLIANCE-6", day(1822, 10, 31)) == keys{"AUH", "GMY", "RUS", "UKG"});
        CHECK(alliance::members_on(r, "COW-ALLIANCE-6", day(1822, 11, 1)).empty());
    }

    SUBCASE("a blank left_censor on a re-entry (304)") {
        // line 918: 304,438,"Guinea",23,1,1979,,,,"Type IIb: Non-Aggression Pact",23,1,1979,31,3,1991,0,0,0,0,1,0,4.1
        // line 919: 304,438,"Guinea",23,1,1979,,,,"Type IIb: Non-Aggression Pact",23,11,2004,,,,,1,0,0,1,0,4.1
        const auto* t = r.find_timeline(r.organisation("COW-ALLIANCE-304"), r.party("GUI"));
        REQUIRE(t != nullptr);
        REQUIRE(t->periods().size() == 2);
        CHECK(t->periods()[1].note == "Type IIb: Non-Aggression Pact; left_censor not given; right-censored");
        CHECK(alliance::status_of(r, "COW-ALLIANCE-304", "GUI", day(1991, 3, 31)) == member());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-304", "GUI", day(1991, 4, 1)) == none());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-304", "GUI", day(2004, 11, 22)) == none());
        CHECK(alliance::status_of(r, "COW-ALLIANCE-304", "GUI", day(2004, 11, 23)) == member());
    }

    SUBCASE("a membership that continues in the next row the day after (234)") {
        // line 707: 234,345,"Yugoslavia",28,2,1953,4,4,1964,"Type I: Defense Pact",28,2,1953,8,8,1954,0,0,0,0,1,1,4.1
        // line 708: 234,345,"Yugoslavia",28,2,1953,4,4,1964,"Type I: Defense Pact",9,8,1954,4,4,1964,0,0,1,0,1,1,4.1
        // Last day 8 August, next first day 9 August: one unbroken membership.
        CHECK(alliance::to_string(alliance::days_with(r, "COW-ALLIANCE-234", "YUG", alliance::status::member)) ==
              "1953-02-28/1964-04-04");
        // Greece and Turkey (lines 709-712) the same: the defense flag differs between their two rows.
        CHECK(r.attribute(r.organisation("COW-ALLIANCE-234"), "defense") == "GRC=0/1;TUR=0/1;YUG=0/1");
    }
}
