// `alliance panel`: units, year rules, frames and --all, on the embedded CSTO
// dataset, each compared with what the library says; and a panel of millions
// of rows written in bounded memory.
#include "run_cli.hpp"

#include <alliance/data/csto.hpp>
#include <alliance/io/panel_csv.hpp>
#include <alliance/panel.hpp>

#include <doctest/doctest.h>

#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

using alliance_cli_test::cli;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out(1);
    for (const char c : line) {
        if (c == ',') out.emplace_back();
        else out.back() += c;
    }
    return out;
}

// A stream that counts what it is given and keeps none of it.
class counting_buffer : public std::streambuf {
public:
    std::size_t bytes = 0;
    std::size_t newlines = 0;

protected:
    int_type overflow(int_type c) override {
        if (c != traits_type::eof()) {
            ++bytes;
            newlines += c == '\n' ? 1u : 0u;
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        for (std::streamsize i = 0; i < n; ++i) newlines += s[i] == '\n' ? 1u : 0u;
        bytes += static_cast<std::size_t>(n);
        return n;
    }
};

long peak_kib() {
    rusage use{};
    getrusage(RUSAGE_SELF, &use);
    return use.ru_maxrss;
}

}  // namespace

TEST_CASE("panel --rule: Uzbekistan's 2012 under each rule, as the library reads it") {
    const std::map<std::string, std::string> expected{{"end-of-year", "CSTO,UZB,2012,withdrawn,0"},
                                                      {"first-day", "CSTO,UZB,2012,member,1"},
                                                      {"any-day", "CSTO,UZB,2012,withdrawn,1"},
                                                      {"majority", "CSTO,UZB,2012,withdrawn,0"},
                                                      {"share", "CSTO,UZB,2012,withdrawn,0.489071,0.489071,0.489071"}};
    for (const auto& rule_and_row : expected) {
        const std::string rule = rule_and_row.first;
        const std::string row = rule_and_row.second;
        CAPTURE(rule);
        const auto r = cli({"panel", "CSTO", "--unit", "state-year", "--rule", rule, "--from", "2012", "--to", "2012"});
        REQUIRE(r.code == 0);
        const auto out = lines(r.out);
        CHECK(out[0] == (rule == "share" ? "organisation,party,year,status,member,member_min,member_max"
                                         : "organisation,party,year,status,member"));
        CHECK(std::find(out.begin(), out.end(), row) != out.end());
    }
}

TEST_CASE("panel --unit state-month: twelve rows a year, each month read on its last day") {
    const auto r = cli({"panel", "CSTO", "--unit", "state-month", "--from", "2012", "--to", "2012"});
    REQUIRE(r.code == 0);
    const auto out = lines(r.out);
    CHECK(out[0] == "organisation,party,year,month,status,member");
    const auto registry = alliance::data::csto_registry();
    const auto parties = registry.parties_of(registry.organisation("CSTO"));
    CHECK(out.size() == 1 + parties.size() * 12);
    // Uzbekistan: a member to May; suspended or withdrawn, undecided, from June to November; withdrawn in December.
    std::vector<std::string> uzb;
    for (const auto& line : out)
        if (line.rfind("CSTO,UZB,", 0) == 0) uzb.push_back(line);
    REQUIRE(uzb.size() == 12);
    CHECK(uzb[4] == "CSTO,UZB,2012,5,member,1");
    CHECK(uzb[11] == "CSTO,UZB,2012,12,withdrawn,0");
    for (std::size_t m = 0; m < 12; ++m) {
        const auto day = date::sys_days{date::year{2012} / date::month{static_cast<unsigned>(m + 1)} / date::last};
        const auto status = cli({"status", "CSTO", "UZB", date::format("%F", day)});
        // The panel's status column holds the status's first word ("unknown", not its candidates).
        CHECK(fields(uzb[m])[4] == status.out.substr(0, status.out.find_first_of(" \n")));
    }
}

TEST_CASE("panel --unit directed-dyad-year: both orders of every pair, the same answer") {
    const auto undirected = lines(cli({"panel", "CSTO", "--unit", "dyad-year", "--from", "2010", "--to", "2013"}).out);
    const auto directed = lines(cli({"panel", "CSTO", "--unit", "directed-dyad-year", "--from", "2010", "--to", "2013"}).out);
    REQUIRE(undirected.size() > 1);
    CHECK(directed[0] == undirected[0]);
    CHECK(directed.size() - 1 == 2 * (undirected.size() - 1));
    std::set<std::string> rows(directed.begin() + 1, directed.end());
    for (std::size_t i = 1; i < undirected.size(); ++i) {
        const auto f = fields(undirected[i]);
        CHECK(rows.count(undirected[i]) == 1);
        CHECK(rows.count(f[0] + "," + f[2] + "," + f[1] + "," + f[3] + "," + f[4]) == 1);
    }
    CHECK(std::is_sorted(directed.begin() + 1, directed.end()));
}

TEST_CASE("panel --frame cow-system: every state of the system in each year, non-members 0") {
    const auto r = cli({"panel", "CSTO", "--unit", "state-year", "--frame", "cow-system", "--from", "2000", "--to", "2012"});
    REQUIRE(r.code == 0);
    const auto out = lines(r.out);
    CHECK(out[0] == "organisation,party,party_cown,year,status,member");
    std::map<std::string, std::size_t> per_year;
    std::map<std::string, std::string> member_2012;
    for (std::size_t i = 1; i < out.size(); ++i) {
        const auto f = fields(out[i]);
        ++per_year[f[3]];
        if (f[3] == "2012") member_2012[f[0 + 1] + "/" + f[2]] = f[5];
    }
    CHECK(per_year.at("2000") == 191);  // states2016.csv: 191 states in the system in 2000
    CHECK(member_2012.at("RUS/365") == "1");
    CHECK(member_2012.at("UZB/704") == "0");
    CHECK(member_2012.at("AUT/305") == "0");
    CHECK(member_2012.at("USA/2") == "0");
    // --codes adds to the frame's number, which is not repeated.
    const auto coded = lines(cli({"--codes", "iso3c,cown", "panel", "CSTO", "--unit", "dyad-year", "--frame", "gw-system",
                                  "--from", "2012", "--to", "2012"}).out);
    CHECK(coded[0] == "organisation,party1,party1_gwn,party1_iso3c,party1_cown,party2,party2_gwn,party2_iso3c,party2_cown,"
                      "year,both_members");
}

TEST_CASE("panel --all: the counts the library gives, in both directions on request") {
    const auto r = cli({"panel", "--all", "--unit", "dyad-year"});
    REQUIRE(r.code == 0);
    const auto registry = alliance::data::csto_registry();
    std::ostringstream expected;
    alliance::write_csv(expected, alliance::dyad_year_counts(registry));
    CHECK(r.out == expected.str());
    const auto directed = lines(cli({"panel", "--all", "--unit", "directed-dyad-year"}).out);
    CHECK(directed.size() - 1 == 2 * (lines(r.out).size() - 1));
    const auto first_day = cli({"panel", "--all", "--unit", "dyad-year", "--rule", "first-day"});
    alliance::panel_options january;
    january.reference_day = date::January / date::day{1};
    std::ostringstream expected_january;
    alliance::write_csv(expected_january, alliance::dyad_year_counts(registry, january));
    CHECK(first_day.out == expected_january.str());
}

TEST_CASE("panel refuses what it cannot answer, saying why") {
    const auto check = [](std::vector<std::string> args, const std::string& words) {
        const auto r = cli(std::move(args));
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK_MESSAGE(r.err.find(words) != std::string::npos, r.err);
    };
    check({"panel", "--unit", "state-year"}, "give ORG, or --all");
    check({"panel", "CSTO", "--all", "--unit", "dyad-year"}, "not both");
    check({"panel", "--all", "--unit", "state-year"}, "--unit dyad-year or directed-dyad-year");
    check({"panel", "--all", "--unit", "dyad-year", "--rule", "majority"}, "--rule end-of-year or first-day");
    check({"panel", "--all", "--unit", "dyad-year", "--frame", "cow-system"}, "--frame cow-system");
    check({"panel", "CSTO", "--unit", "state-year", "--rule", "median"}, "--rule");
    check({"panel", "CSTO", "--unit", "state-year", "--frame", "un"}, "--frame");
}

TEST_CASE("a 40-party dyad panel over years 1-9999 is written as it is computed, in bounded memory") {
    // The 40 parties join one by one in years 1-40 and stay: 780 pairs x 9,999 years.
    std::string csv = "organisation,party,status,from,to\n";
    for (int p = 0; p < 40; ++p) {
        std::string year = std::to_string(1 + p);
        year.insert(0, 4 - year.size(), '0');  // "0001"
        csv += "ORG,P" + std::to_string(100 + p) + ",member," + year + (p == 39 ? ",9999\n" : ",..\n");
    }
    const std::string path = "panel_test_forty.csv";
    std::ofstream(path, std::ios::binary) << csv;
    std::vector<const char*> argv{"alliance", "--data", path.c_str(), "panel", "ORG", "--unit", "dyad-year"};
    counting_buffer counted;
    std::ostream out(&counted);
    std::ostringstream err;
    const long before = peak_kib();
    const int code = alliance_cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    CHECK(code == 0);
    CHECK(err.str().empty());
    CHECK(counted.newlines == 1 + std::size_t{40} * 39 / 2 * 9999);
    // The table is 150 MB of text; the program's peak grows by far less.
    CHECK(counted.bytes > 150u * 1000 * 1000);
    CHECK(peak_kib() - before < 64 * 1024);
    std::remove(path.c_str());
}
