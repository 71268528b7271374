// The program and country codes, in-process: a party asked by any of its
// codes answers as by its key (on the embedded CSTO data, keyed by ISO
// alpha-3, and on the real COW IGO state-year file, keyed by COW letters);
// --codes adds columns whose values are checked against countrycode's code
// list, read here from the shared file; `cite` names what was read.
#include "run_cli.hpp"
#include "shared_data.hpp"

#include <alliance/data/csto.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using alliance_cli_test::cli;

std::vector<std::string> fields(const std::string& line, char separator) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (const char c : line) {
        if (c == '"') quoted = !quoted;
        else if (c == separator && !quoted) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::vector<std::string> lines(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// codelist.csv: iso3c -> {cown, cowc, gwn, iso3n}.
std::map<std::string, std::map<std::string, std::string>> code_list() {
    std::ifstream in(alliance_test::shared_path("data/country-codes/codelist.csv"));
    std::string line;
    std::getline(in, line);
    const auto header = fields(line, ',');
    std::map<std::string, std::map<std::string, std::string>> out;
    while (std::getline(in, line)) {
        const auto cells = fields(line, ',');
        REQUIRE(cells.size() == header.size());
        std::map<std::string, std::string> row;
        for (std::size_t i = 0; i < cells.size(); ++i) row[header[i]] = cells[i];
        if (!row["iso3c"].empty()) out[row["iso3c"]] = row;
    }
    return out;
}

const std::string igo_file = ALLIANCE_SHARED_DIR "/data/cow-igo-v3/state_year_formatv3.csv";

}  // namespace

TEST_CASE("CSTO: KYR (COW letters), 703 (COW number) and 417 (ISO number) answer as KGZ") {
    for (const char* date : {"1995-01-01", "2010-01-01", "2025-06-01"}) {
        const auto by_key = cli({"status", "CSTO", "KGZ", date});
        REQUIRE(by_key.code == 0);
        for (const char* code : {"KYR", "703", "417", "kyr"}) {
            CAPTURE(code);
            const auto by_code = cli({"status", "CSTO", code, date});
            CHECK(by_code.code == 0);
            CHECK(by_code.out == by_key.out);
        }
    }
    CHECK(cli({"explain", "CSTO", "KYR", "2010-01-01"}).out == cli({"explain", "CSTO", "KGZ", "2010-01-01"}).out);
    CHECK(cli({"overlap", "CSTO", "KYR", "RUS"}).out == cli({"overlap", "CSTO", "KGZ", "RUS"}).out);
    const auto unknown = cli({"status", "CSTO", "XYZ", "2010-01-01"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("unknown party 'XYZ'") != std::string::npos);
}

TEST_CASE("COW IGO state-year file: DEU is GMY in 2000 and GFR in 1960; without a day it is ambiguous") {
    (void)alliance_test::shared_path("data/cow-igo-v3/state_year_formatv3.csv");
    const auto deu = cli({"--data", igo_file, "status", "NATO", "DEU", "2000-01-01"});
    const auto gmy = cli({"--data", igo_file, "status", "NATO", "GMY", "2000-01-01"});
    CHECK(deu.code == 0);
    CHECK(deu.out == gmy.out);
    const auto deu_1960 = cli({"--data", igo_file, "explain", "NATO", "DEU", "1960-01-01"});
    CHECK(deu_1960.out == cli({"--data", igo_file, "explain", "NATO", "GFR", "1960-01-01"}).out);
    const auto ambiguous = cli({"--data", igo_file, "overlap", "NATO", "DEU", "USA"});
    CHECK(ambiguous.code == 2);
    CHECK(ambiguous.out.empty());
    CHECK(ambiguous.err.find("PARTY1: [alliance.codes.ambiguous]") != std::string::npos);
    CHECK(ambiguous.err.find("GMY (Germany) and GFR (Germany)") != std::string::npos);
}

TEST_CASE("--codes: members with one column per scheme, as countrycode's code list gives them") {
    const auto list = code_list();
    const auto plain = cli({"members", "CSTO", "2010-01-01"});
    const auto with = cli({"--codes", "cown,gwn,iso3n", "members", "CSTO", "2010-01-01"});
    REQUIRE(with.code == 0);
    const auto keys = lines(plain.out);
    const auto rows = lines(with.out);
    REQUIRE(rows.size() == keys.size());
    REQUIRE_FALSE(rows.empty());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto w = words(rows[i]);
        REQUIRE(w.size() == 4);
        CHECK(w[0] == keys[i]);
        const auto& row = list.at(keys[i]);  // CSTO keys are ISO alpha-3
        CHECK(w[1] == row.at("cown"));
        CHECK(w[2] == row.at("gwn"));
        CHECK(w[3] == row.at("iso3n"));
    }
}

TEST_CASE("--codes: panels name a column per scheme after each party column, NA where no code is held") {
    const auto list = code_list();
    const auto state_year = lines(cli({"--codes", "cowc,iso3c", "panel", "CSTO", "--unit", "state-year", "--from",
                                       "1992", "--to", "2012"})
                                      .out);
    REQUIRE(state_year.size() > 1);
    CHECK(state_year[0].rfind("organisation,party,party_cowc,party_iso3c,year,status,member", 0) == 0);
    int checked = 0;
    for (std::size_t i = 1; i < state_year.size(); ++i) {
        const auto f = fields(state_year[i], ',');
        CAPTURE(state_year[i]);
        const auto it = list.find(f[1]);
        if (it == list.end()) continue;
        // Kyrgyzstan's COW spell starts on 1991-12-26 (states2016.csv), so 31 December 1992 has it.
        CHECK(f[2] == it->second.at("cowc"));
        CHECK(f[3] == f[1]);
        ++checked;
    }
    CHECK(checked > 50);
    const auto dyad = lines(cli({"--codes", "gwn", "panel", "CSTO", "--unit", "dyad-year", "--from", "2010", "--to",
                                 "2010"})
                                .out);
    REQUIRE(dyad.size() > 1);
    CHECK(dyad[0] == "organisation,party1,party1_gwn,party2,party2_gwn,year,both_members");
    for (std::size_t i = 1; i < dyad.size(); ++i) {
        const auto f = fields(dyad[i], ',');
        CHECK(f[2] == (list.count(f[1]) && !list.at(f[1]).at("gwn").empty() ? list.at(f[1]).at("gwn") : "NA"));
        CHECK(f[4] == (list.count(f[3]) && !list.at(f[3]).at("gwn").empty() ? list.at(f[3]).at("gwn") : "NA"));
    }
    // Without --codes the panel is as before.
    CHECK(lines(cli({"panel", "CSTO", "--unit", "dyad-year"}).out)[0] == "organisation,party1,party2,year,both_members");
}

TEST_CASE("--codes: an unknown scheme is an error naming the accepted ones") {
    for (const char* list : {"bogus", "cown,", "COWN", ""}) {
        CAPTURE(list);
        const auto r = cli({"--codes", list, "members", "CSTO", "2010-01-01"});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find("--codes: unknown code scheme") != std::string::npos);
        CHECK(r.err.find("(schemes: cown, cowc, gwn, gwc, iso3c, iso3n, name)") != std::string::npos);
    }
}

TEST_CASE("cite: the library, and only the sources this run read") {
    const auto embedded = cli({"cite"});
    REQUIRE(embedded.code == 0);
    CHECK(embedded.out.find("The alliance library") != std::string::npos);
    CHECK(embedded.out.find("The embedded CSTO dataset") != std::string::npos);
    for (const auto& s : alliance::data::csto::sources) CHECK(embedded.out.find(std::string(s.title)) != std::string::npos);
    CHECK(embedded.out.find("countrycode") == std::string::npos);
    CHECK(embedded.out.find("Correlates of War IGO") == std::string::npos);

    const auto codes = cli({"--codes", "iso3c", "cite"});
    CHECK(codes.out.find("Gleditsch, Kristian S., and Michael D. Ward. 1999.") != std::string::npos);
    CHECK(codes.out.find("Arel-Bundock, Vincent") != std::string::npos);
    CHECK(codes.out.find("State System Membership List, v2016") != std::string::npos);

    (void)alliance_test::shared_path("data/cow-igo-v3/state_year_formatv3.csv");
    const auto igo = cli({"--data", igo_file, "cite"});
    CHECK(igo.out.find("The embedded CSTO dataset") == std::string::npos);
    CHECK(igo.out.find("Pevehouse, Jon C.W.") != std::string::npos);
    CHECK(igo.out.find("ATOP") == std::string::npos);
}
