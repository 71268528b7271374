// The `alliance` program's logic, run in-process on a small dataset written
// for these tests: every answer here follows from the periods below, so a
// change of the embedded CSTO data cannot hide a bug. (The answers on the
// embedded data are checked by the expected-output tests, answers.txt.)
#include "run_cli.hpp"

#include <alliance/alliance.hpp>
#include <alliance/io/cow_alliance.hpp>  // member_value
#include <alliance/io/period_csv.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace alliance::literals;

using alliance_cli_test::cli;
using alliance_cli_test::result;

std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() /
            ("alliance-cli-test-" + std::to_string(::getpid()) + "-" + name))
        .string();
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
}

// Two organisations, four parties; boundaries known to the day and to the year.
//   TRT  AAA member 2000-01-15/..
//        BBB member 2001/2010-06-30, suspended 2010-06-30/2011, member 2011/..
//        CCC member 2005-03-01/2008-12-31
//   PACT AAA member 1999/..,  CCC member 2006-01-01/..,  DDD (Dee Land) member 2000/..
alliance::registry small_registry() {
    alliance::registry r;
    r.add_organisation("TRT", "Test Treaty");
    r.add_organisation("PACT", "Other Pact");
    r.add_party("AAA", "Aland");
    r.add_party("BBB", "Bora");
    r.add_party("CCC", "Cora");
    r.add_party("DDD", "Dee Land");
    using alliance::boundary;
    using alliance::status;
    r.add({"TRT", "AAA", status::member, "2000-01-15"_pd, boundary::open(), alliance::basis::de_jure, "s1", "joined"});
    r.add({"TRT", "BBB", status::member, "2001"_pd, "2010-06-30"_pd, alliance::basis::de_jure, "s1;s2", "in 2001"});
    r.add({"TRT", "BBB", status::suspended, "2010-06-30"_pd, "2011"_pd, alliance::basis::de_facto, "s2", "suspended"});
    r.add({"TRT", "BBB", status::member, "2011"_pd, boundary::open(), alliance::basis::de_jure, "s2", "back"});
    r.add({"TRT", "CCC", status::member, "2005-03-01"_pd, "2008-12-31"_pd});
    r.add({"PACT", "AAA", status::member, "1999"_pd, boundary::open()});
    r.add({"PACT", "CCC", status::member, "2006-01-01"_pd, boundary::open()});
    r.add({"PACT", "DDD", status::member, "2000"_pd, boundary::open()});
    r.add({"TRT", "CCC", status::member, "2005"_pd, "2009"_pd, alliance::basis::de_jure, "s3", "other reading",
           alliance::reading::alternative, "ccc-dates"});
    return r;
}

// A file that is removed when the test program ends.
struct temp_file {
    std::string path;
    temp_file(const std::string& name, const std::string& text) : path(temp_path(name)) { write_file(path, text); }
    ~temp_file() { std::remove(path.c_str()); }
    temp_file(const temp_file&) = delete;
    temp_file& operator=(const temp_file&) = delete;
};

// The small dataset as a period CSV file, written once per test program.
const std::string& small_file() {
    static const temp_file file("small.csv", [] {
        std::ostringstream csv;
        alliance::io::write_period_csv(csv, small_registry());
        return csv.str();
    }());
    return file.path;
}

result ask(std::vector<std::string> args) {
    args.insert(args.begin(), {"--data", small_file()});
    return cli(std::move(args));
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// The error contract: exit 2, nothing on stdout, one line on stderr mentioning `what`.
void check_error(const result& r, const std::string& what) {
    INFO("stderr: " << r.err);
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    REQUIRE(!r.err.empty());
    CHECK(r.err.back() == '\n');
    CHECK(r.err.find('\n') == r.err.size() - 1);
    CHECK(r.err.find(what) != std::string::npos);
}

}  // namespace

TEST_CASE("status answers yes, no and unknown where a boundary is known only to the year") {
    CHECK(ask({"status", "TRT", "AAA", "2000-01-15"}).out == "member\n");
    CHECK(ask({"status", "TRT", "AAA", "2000-01-14"}).out == "none\n");
    // BBB joined "in 2001": undecided during 2001, certain once 2001 is over.
    CHECK(ask({"status", "TRT", "BBB", "2000-12-31"}).out == "none\n");
    CHECK(ask({"status", "TRT", "BBB", "2001-06-01"}).out == "unknown (member|none)\n");
    CHECK(ask({"status", "TRT", "BBB", "2002-01-01"}).out == "member\n");
    CHECK(ask({"status", "TRT", "BBB", "2010-06-29"}).out == "member\n");
    CHECK(ask({"status", "TRT", "BBB", "2010-06-30"}).out == "suspended\n");
    // Suspended to "2011", member again from "2011": one of the two, never none.
    CHECK(ask({"status", "TRT", "BBB", "2011-05-05"}).out == "unknown (member|suspended)\n");
    CHECK(ask({"status", "TRT", "BBB", "2012-01-01"}).out == "member\n");
    const auto r = ask({"status", "TRT", "BBB", "2011-05-05"});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
}

TEST_CASE("keys match in any case, and a party may be named in English") {
    CHECK(ask({"status", "trt", "aaa", "2005-01-01"}).out == "member\n");
    CHECK(ask({"status", "PACT", "Dee Land", "2005-01-01"}).out == "member\n");
    CHECK(ask({"status", "pact", "dee land", "2005-01-01"}).out == "member\n");
    CHECK(ask({"status", "TRT", "Dee Land", "2005-01-01"}).out == "none\n");
}

TEST_CASE("members lists exactly the parties whose status is certainly member") {
    for (const auto* day : {"1999-06-01", "2000-06-01", "2001-06-01", "2006-01-01", "2009-01-01", "2010-07-01",
                            "2011-05-05", "2012-01-01"}) {
        CAPTURE(day);
        std::vector<std::string> expected;
        for (const auto* party : {"AAA", "BBB", "CCC", "DDD"})
            if (ask({"status", "TRT", party, day}).out == "member\n") expected.push_back(party);
        const auto r = ask({"members", "TRT", day});
        CHECK(r.code == 0);
        CHECK(lines(r.out) == expected);
    }
    // BBB is undecided in 2001, so it is not listed.
    CHECK(ask({"members", "TRT", "2001-06-01"}).out == "AAA\n");
    CHECK(ask({"members", "TRT", "2006-01-01"}).out == "AAA\nBBB\nCCC\n");
}

TEST_CASE("common lists the parties certainly members of both organisations") {
    CHECK(ask({"common", "TRT", "PACT", "2006-06-01"}).out == "AAA\nCCC\n");
    CHECK(ask({"common", "PACT", "TRT", "2006-06-01"}).out == "AAA\nCCC\n");
    CHECK(ask({"common", "TRT", "PACT", "1999-06-01"}).out.empty());
}

TEST_CASE("overlap prints inclusive spans, oldest first, and FROM/.. when ongoing") {
    // BBB is certainly a member from the last day of 2001 (it joined on some day
    // of 2001) to the day before its suspension, and again from the last day of 2011.
    CHECK(ask({"overlap", "TRT", "AAA", "BBB"}).out == "2001-12-31/2010-06-29\n2011-12-31/..\n");
    CHECK(ask({"overlap", "TRT", "BBB", "AAA"}).out == ask({"overlap", "TRT", "AAA", "BBB"}).out);
    CHECK(ask({"overlap", "TRT", "AAA", "CCC"}).out == "2005-03-01/2008-12-30\n");
    CHECK(ask({"overlap", "TRT", "AAA", "DDD"}).out.empty());
}

TEST_CASE("timeline lists every period with its stated precision, basis, reading and source") {
    const auto r = ask({"timeline", "TRT", "BBB"});
    REQUIRE(r.code == 0);
    const auto rows = lines(r.out);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].rfind("PARTY", 0) == 0);
    CHECK(rows[1].find("member") != std::string::npos);
    CHECK(rows[1].find("2001 ") != std::string::npos);
    CHECK(rows[1].find("2010-06-30") != std::string::npos);
    CHECK(rows[1].find("s1;s2") != std::string::npos);
    CHECK(rows[2].find("suspended") != std::string::npos);
    CHECK(rows[2].find("de_facto") != std::string::npos);
    CHECK(rows[3].find("..") != std::string::npos);
    // The alternative reading of CCC's dates is listed beside the primary one.
    const auto ccc = lines(ask({"timeline", "TRT", "CCC"}).out);
    REQUIRE(ccc.size() == 3);
    CHECK((ccc[1].find("alternative (ccc-dates)") != std::string::npos ||
           ccc[2].find("alternative (ccc-dates)") != std::string::npos));
    // The whole organisation: a header and one row per period.
    CHECK(lines(ask({"timeline", "TRT"}).out).size() == 1 + 6);
}

TEST_CASE("changes lists what may have changed in the span, oldest first") {
    const auto r = ask({"changes", "TRT", "2010-01-01", "2012-01-01"});
    REQUIRE(r.code == 0);
    const auto rows = lines(r.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].find("2010-06-30") == 0);
    CHECK(rows[0].find("suspended") != std::string::npos);
    CHECK(rows[1].find("2011") == 0);
    CHECK(rows[1].find("reinstated") != std::string::npos);
    // Asked from mid-2011, the reinstatement "in 2011" may fall before the span.
    const auto late = lines(ask({"changes", "TRT", "2011-06-01", "2012-01-01"}).out);
    REQUIRE(late.size() == 1);
    CHECK(late[0].find("may fall outside the span") != std::string::npos);
    CHECK(ask({"changes", "TRT", "2013-01-01", "2014-01-01"}).out.empty());
}

TEST_CASE("explain gives the answer, the periods, quotes and sources, and the alternative reading") {
    const auto r = ask({"explain", "TRT", "BBB", "2011-05-05"});
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind("TRT BBB (Bora) on 2011-05-05: unknown (member|suspended)\n", 0) == 0);
    CHECK(r.out.find("in 2011 (any day from 2011-01-01 to 2011-12-31)") != std::string::npos);
    CHECK(r.out.find("\n    suspended\n") != std::string::npos);  // the period's note
    CHECK(r.out.find("source s2") != std::string::npos);
    const auto c = ask({"explain", "TRT", "CCC", "2009-06-01"});
    CHECK(c.out.rfind("TRT CCC (Cora) on 2009-06-01: none\n", 0) == 0);
    CHECK(c.out.find("Alternative readings") != std::string::npos);
    CHECK(c.out.find("\n    other reading\n") != std::string::npos);
}

TEST_CASE("orgs and parties list keys with names") {
    CHECK(lines(ask({"orgs"}).out) == std::vector<std::string>{"PACT  Other Pact", "TRT   Test Treaty"});
    CHECK(lines(ask({"parties", "PACT"}).out) ==
          std::vector<std::string>{"AAA  Aland", "CCC  Cora", "DDD  Dee Land"});
    CHECK(lines(ask({"parties"}).out).size() == 4);
}

TEST_CASE("export csv, read back with --data, export again: the same bytes") {
    for (const bool embedded : {false, true}) {
        CAPTURE(embedded);
        const auto first = embedded ? cli({"export", "--as", "csv"}) : ask({"export", "--as", "csv"});
        REQUIRE(first.code == 0);
        const temp_file exported(embedded ? "embedded-export.csv" : "export.csv", first.out);
        const auto again = cli({"--data", exported.path, "export", "--as", "csv"});
        REQUIRE(again.code == 0);
        CHECK(again.out == first.out);
    }
    // One organisation only: its periods and the parties they name.
    const auto trt = ask({"export", "TRT", "--as", "csv"});
    CHECK(trt.out.find("PACT") == std::string::npos);
    CHECK(trt.out.find("DDD") == std::string::npos);
    CHECK(trt.out.find("ccc-dates") != std::string::npos);
}

TEST_CASE("export json holds every period with its boundaries' earliest and latest days") {
    const auto r = ask({"export", "TRT", "--as", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["organisations"].size() == 1);
    CHECK(j["periods"].size() == 6);
    CHECK(j["parties"].size() == 3);
    const auto& bbb = j["periods"][1];
    CHECK(bbb["party"] == "BBB");
    CHECK(bbb["from"]["stated"] == "2001");
    CHECK(bbb["from"]["earliest"] == "2001-01-01");
    CHECK(bbb["from"]["latest"] == "2001-12-31");
    CHECK(bbb["sources"] == nlohmann::json::array({"s1", "s2"}));
    CHECK(j["periods"][0]["to"]["stated"] == "..");
    CHECK(j["periods"][0]["to"]["earliest"].is_null());
}

TEST_CASE("panels read the status on 31 December and write 1, 0 or NA") {
    const auto r = ask({"panel", "TRT", "--unit", "state-year", "--from", "2010", "--to", "2011"});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out) == std::vector<std::string>{"organisation,party,year,status,member", "TRT,AAA,2010,member,1",
                                                   "TRT,AAA,2011,member,1", "TRT,BBB,2010,suspended,0",
                                                   "TRT,BBB,2011,member,1", "TRT,CCC,2010,none,0",
                                                   "TRT,CCC,2011,none,0"});
    // CCC's membership ends on 2008-12-31 (the end day belongs to what follows),
    // so on the reference day of 2008 it is no longer a member.
    CHECK(ask({"status", "TRT", "CCC", "2008-12-30"}).out == "member\n");
    CHECK(ask({"status", "TRT", "CCC", "2008-12-31"}).out == "none\n");
    const auto d = ask({"panel", "TRT", "--unit", "dyad-year", "--from", "2007", "--to", "2008"});
    CHECK(lines(d.out) == std::vector<std::string>{"organisation,party1,party2,year,both_members",
                                                   "TRT,AAA,BBB,2007,1", "TRT,AAA,BBB,2008,1", "TRT,AAA,CCC,2007,1",
                                                   "TRT,AAA,CCC,2008,0", "TRT,BBB,CCC,2007,1", "TRT,BBB,CCC,2008,0"});
}

TEST_CASE("chart draws a self-contained SVG with one labelled row per party") {
    const auto r = ask({"chart", "TRT", "--from", "1999-01-01", "--to", "2012-12-31"});
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(r.out.size() >= 7);
    CHECK(r.out.substr(r.out.size() - 7) == "</svg>\n");
    for (const auto* label : {"Aland (AAA)", "Bora (BBB)", "Cora (CCC)"}) CHECK(r.out.find(label) != std::string::npos);
    CHECK(r.out.find("Dee Land") == std::string::npos);
    CHECK(r.out.find("<script") == std::string::npos);
    CHECK(r.out.find("href") == std::string::npos);
    // Undecided days are hatched, the de facto suspension outlined, the year axis labelled.
    CHECK(r.out.find("url(#hatch-member)") != std::string::npos);
    CHECK(r.out.find("stroke-dasharray") != std::string::npos);
    CHECK(r.out.find(">2005</text>") != std::string::npos);

    const auto svg = temp_path("chart.svg");
    const auto written = ask({"chart", "TRT", "--from", "1999-01-01", "--to", "2012-12-31", "-o", svg});
    CHECK(written.code == 0);
    CHECK(written.out.empty());
    std::ifstream in(svg, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == r.out);
    std::remove(svg.c_str());
}

TEST_CASE("a state-year panel carries the alliance's attributes, each party's own value where members differ") {
    // Two members of a COW alliance whose defense obligations differ (as in the Triple Alliance).
    const auto path = temp_path("cow-alliance.csv");
    write_file(path,
               "version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,"
               "ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,"
               "right_censor,defense,neutrality,nonaggression,entente,version\n"
               "11,255,\"Germany\",20,5,1882,3,5,1915,\"Type I: Defense Pact\",20,5,1882,3,5,1915,0,0,1,0,1,0,4.1\n"
               "11,325,\"Italy\",20,5,1882,3,5,1915,\"Type I: Defense Pact\",20,5,1882,3,5,1915,0,0,0,0,1,0,4.1\n");
    const auto r = cli({"--data", path, "panel", "COW-ALLIANCE-11", "--unit", "state-year", "--from", "1914", "--to", "1915"});
    CHECK(r.code == 0);
    CHECK(r.out ==
          "organisation,party,year,status,member,alliance_end,alliance_start,defense,entente,neutrality,nonaggression,"
          "ss_type,version\n"
          "COW-ALLIANCE-11,GMY,1914,member,1,1915-05-03,1882-05-20,1,0,0,1,Type I: Defense Pact,4.1\n"
          "COW-ALLIANCE-11,GMY,1915,none,0,1915-05-03,1882-05-20,1,0,0,1,Type I: Defense Pact,4.1\n"
          "COW-ALLIANCE-11,ITA,1914,member,1,1915-05-03,1882-05-20,0,0,0,1,Type I: Defense Pact,4.1\n"
          "COW-ALLIANCE-11,ITA,1915,none,0,1915-05-03,1882-05-20,0,0,0,1,Type I: Defense Pact,4.1\n");
    // The JSON export keeps the attributes as the registry holds them.
    const auto json = cli({"--data", path, "export", "--as", "json"});
    CHECK(json.out.find("\"defense\": \"GMY=1;ITA=0\"") != std::string::npos);
    CHECK(json.out.find("\"coverage\": {") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("member_value: one member's value of a per-member attribute") {
    CHECK(alliance::io::member_value("1", "GMY") == "1");
    CHECK(alliance::io::member_value("GMY=1;ITA=0", "ITA") == "0");
    CHECK(alliance::io::member_value("GMY=1;ITA=0", "GMY") == "1");
    CHECK(alliance::io::member_value("GMY=1;ITA=0", "AUH").empty());
    CHECK(alliance::io::member_value("AUH=0;UKG=", "UKG").empty());
    CHECK(alliance::io::member_value("RUS=0/1", "RUS") == "0/1");
}

TEST_CASE("chart stops at the sources' coverage: no bar and no arrow past it, the rest shaded as not observed") {
    const auto path = temp_path("covered.csv");
    write_file(path,
               "organisation,party,status,from,to,record,name\n"
               "IGO,,,,,organisation,An IGO\n"
               "IGO,,,1990-01-01,2015-01-01,coverage,\n"
               "IGO,AAA,member,1995-03-01,..,,\n");
    // By default an ongoing membership runs to the end of coverage, not to today.
    const auto r = cli({"--data", path, "chart", "IGO"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("status of each party, 1995\u20132014</title>") != std::string::npos);
    CHECK(r.out.find("class=\"unobserved\"") == std::string::npos);
    CHECK(r.out.find("goes on after") == std::string::npos);
    // Asked past it: the days after 2014 are shaded, and the bar ends where the band begins.
    const auto wide = cli({"--data", path, "chart", "IGO", "--from", "2010-01-01", "--to", "2019-12-31"});
    REQUIRE(wide.code == 0);
    const auto band = wide.out.find("class=\"unobserved\" x=\"");
    REQUIRE(band != std::string::npos);
    CHECK(wide.out.find("not observed by the sources") != std::string::npos);
    CHECK(wide.out.find("goes on after") == std::string::npos);
    const auto bar = wide.out.find("class=\"bar\" x=\"");
    REQUIRE(bar != std::string::npos);
    const auto number_at = [&](std::size_t at, const char* attribute) {
        const auto from = wide.out.find(attribute, at) + std::string(attribute).size();
        return std::stod(wide.out.substr(from, wide.out.find('"', from) - from));
    };
    const double band_x = number_at(band, "x=\"");
    const double bar_x = number_at(bar, "x=\"");
    const double bar_width = number_at(bar, "width=\"");
    CHECK(bar_x + bar_width == doctest::Approx(band_x).epsilon(0.001));
    std::remove(path.c_str());
}

TEST_CASE("explain says why a day is unknown: past the coverage, a missing value, or a vague boundary") {
    const auto path = temp_path("why-unknown.csv");
    write_file(path,
               "organisation,party,status,from,to,record,name\n"
               "IGO,,,,,organisation,An IGO\n"
               "IGO,,,1990-01-01,2015-01-01,coverage,\n"
               "IGO,AAA,member,1995,..,,\n"
               "IGO,BBB,,1996-01-01,1997-01-01,unknown,\n");
    const auto past = cli({"--data", path, "explain", "IGO", "AAA", "2016-06-01"});
    CHECK(past.out.rfind("IGO AAA () on 2016-06-01: unknown (outside the coverage of IGO: 1990-01-01 to 2014-12-31)\n"
                         "The sources observe IGO from 1990-01-01 to 2014-12-31: outside that span they say nothing.\n",
                         0) == 0);
    const auto missing = cli({"--data", path, "explain", "IGO", "BBB", "1996-06-01"});
    CHECK(missing.out.rfind("IGO BBB () on 1996-06-01: unknown (any status)\n", 0) == 0);
    CHECK(missing.out.find("The sources give no status on this day (a value they mark as missing).") != std::string::npos);
    const auto vague = cli({"--data", path, "explain", "IGO", "AAA", "1995-06-01"});
    CHECK(vague.out.rfind("IGO AAA () on 1995-06-01: unknown (member|none)\n", 0) == 0);
    CHECK(vague.out.find("The sources' precision leaves this day undecided") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("chart draws an organisation whose party has only unknown days (a COW -9 run), without crashing") {
    // As in the COW IGO files, where 116 IGOs of the state-year file have such a party.
    const auto path = temp_path("unknown-only.csv");
    write_file(path,
               "organisation,party,status,from,to,record,name\n"
               "IGO,,,,,organisation,An IGO\n"
               "IGO,AAA,member,1990,..,,\n"
               "IGO,BBB,,1995-01-01,1997-01-01,unknown,\n");
    const auto r = cli({"--data", path, "chart", "IGO"});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(r.out.find("(BBB)") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("output that cannot be written (a full disk, a closed stdout) exits 2 with a message, never 0") {
    // A stream with no buffer fails every write, as std::cout does on /dev/full or a closed descriptor.
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"orgs"}, {"status", "TRT", "AAA", "2005-01-01"}, {"export", "--as", "csv"}, {"--help"}}) {
        std::vector<std::string> full = {"alliance", "--data", small_file()};
        full.insert(full.end(), args.begin(), args.end());
        std::vector<const char*> argv;
        for (const auto& a : full) argv.push_back(a.c_str());
        std::ostream closed(nullptr);
        std::ostringstream err;
        CAPTURE(args.front());
        CHECK(alliance_cli::run(static_cast<int>(argv.size()), argv.data(), closed, err) == 2);
        CHECK(err.str() == "alliance: " + (args.front() == "--help" ? std::string() : args.front() + ": ") +
                               "cannot write the output (standard output is full or closed)\n");
    }
}

TEST_CASE("every error: exit 2, nothing on stdout, one line on stderr naming what and where") {
    check_error(cli({"frobnicate"}), "unknown command 'frobnicate'");
    check_error(cli({}), "no command");
    check_error(ask({"status", "NATO", "AAA", "2005-01-01"}), "unknown organisation 'NATO'");
    check_error(ask({"status", "TRT", "ZZZ", "2005-01-01"}), "unknown party 'ZZZ'");
    check_error(ask({"status", "TRT", "AAA", "2005-1-1"}), "DATE '2005-1-1'");
    check_error(ask({"status", "TRT", "AAA", "2023-02-30"}), "DATE '2023-02-30'");
    check_error(ask({"status", "TRT", "AAA", "2005"}), "a day is needed");
    check_error(ask({"members", "TRT"}), "DATE is required");
    check_error(ask({"status", "TRT", "AAA", "2005-01-01", "extra"}), "extra");
    check_error(ask({"changes", "TRT", "2012-01-01", "2010-01-01"}), "before FROM");
    check_error(ask({"panel", "TRT", "--unit", "country-year"}), "country-year");
    check_error(ask({"panel", "TRT", "--unit", "state-year", "--from", "20x0"}), "--from '20x0'");
    check_error(ask({"export", "--as", "xml"}), "xml");
    check_error(ask({"chart", "TRT", "-o", "/nonexistent-directory/chart.svg"}), "/nonexistent-directory/chart.svg");

    const auto missing = temp_path("missing.csv");
    check_error(cli({"--data", missing, "orgs"}), missing);
    // A malformed file: the message names the file and the line.
    const temp_file bad("bad.csv", "organisation,party,status,from,to\nTRT,AAA,member,2000,..\nTRT,BBB,membre,2001,..\n");
    check_error(cli({"--data", bad.path, "orgs"}), bad.path + ":3");
}

TEST_CASE("--help and COMMAND --help print usage and exit 0") {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--help"}, {"status", "--help"}, {"members", "--help"}, {"common", "--help"},
          {"overlap", "--help"}, {"timeline", "--help"}, {"changes", "--help"}, {"explain", "--help"},
          {"orgs", "--help"}, {"parties", "--help"}, {"export", "--help"}, {"panel", "--help"}, {"chart", "--help"}}) {
        CAPTURE(args.front());
        const auto r = cli(args);
        CHECK(r.code == 0);
        CHECK(r.out.find("Usage: alliance") != std::string::npos);
        CHECK(r.err.empty());
    }
    CHECK(cli({"--help"}).out.find("chart") != std::string::npos);
}

TEST_CASE("--data twice: the ATOP member and alliance files make one dataset") {
    const temp_file members("atop-m.csv",
                            "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense\n"
                            "3015,651,1945,3,22,1979,3,31,0,0\n3015,651,1989,5,22,0,0,0,0,0\n3015,645,1945,3,22,0,0,0,0,1\n");
    const temp_file alliances("atop-a.csv",
                              "atopid,begyr,begmo,begday,endyr,endmo,endday,ineffect,defense,offense,neutral,nonagg,"
                              "consul,asymm,conditio\n3015,1945,3,22,0,0,0,1,1,0,0,1,1,0,1\n");
    // Either order; each --data takes one FILE, so the command is not taken for a file.
    for (const auto& order : {std::vector<std::string>{"--data", members.path, "--data", alliances.path},
                              std::vector<std::string>{"--data", alliances.path, "--data", members.path}}) {
        auto args = order;
        args.insert(args.end(), {"status", "ATOP-3015", "EGY", "1985-01-01"});
        const auto r = cli(args);
        CHECK(r.code == 0);
        CHECK(r.out == "none\n");
        CHECK(r.err.empty());
    }
    // Without the member file the alliance exists, with no members.
    const auto orgs = cli({"--data", alliances.path, "orgs"});
    CHECK(orgs.code == 0);
    CHECK(orgs.out.find("ATOP-3015") != std::string::npos);
    // Files that disagree: the error names the file read second, its line and field.
    const temp_file no_defense("atop-a0.csv",
                               "atopid,begyr,begmo,begday,endyr,endmo,endday,ineffect,defense,offense,neutral,nonagg,"
                               "consul,asymm,conditio\n3015,1945,3,22,0,0,0,1,0,0,0,1,1,0,1\n");
    const auto bad = cli({"--data", members.path, "--data", no_defense.path, "orgs"});
    CHECK(bad.code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err.find(no_defense.path + ":2: field 'defense'") != std::string::npos);
}
