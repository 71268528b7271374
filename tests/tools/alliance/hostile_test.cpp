// The program on hostile input, in-process: what a file or its name holds
// never crashes it, never loses data in silence, never breaks its output
// (SVG stays well-formed XML, JSON stays JSON), and a file that is not a
// regular file fails at once with an exit status of 2.
#include "run_cli.hpp"

#include <alliance/alliance.hpp>
#include <alliance/io/period_csv.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using alliance_cli_test::cli;

std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("alliance-hostile-test-" + std::to_string(::getpid()) + "-" + name))
        .string();
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
}

// Whether text is UTF-8 with no control character but the line break: what
// XML 1.0 and a one-record-per-line listing both accept.
bool clean_utf8(const std::string& text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = s[i];
        if (c == '\n') { ++i; continue; }
        if (c < 0x20 || c == 0x7F) return false;
        std::size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (len == 0 || i + len > text.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((s[i + k] & 0xC0u) != 0x80u) return false;
        i += len;
    }
    return true;
}

}  // namespace

TEST_CASE("export ORG keeps the organisation's unknown days and the parties that have only unknown days") {
    const std::string path = temp_path("unknown.csv");
    write_file(path, "organisation,party,status,from,to,record,name\n"
                     "ACP,,,,,organisation,ACP Group\n"
                     ",BEN,,,,party,Benin\n"
                     ",USA,,,,party,United States\n"
                     "ACP,BEN,member,1975,..,,\n"
                     "OTHER,BEN,observer,1990,1995,,\n"
                     "ACP,BEN,,1970-01-01,1971-01-01,unknown,\n"
                     "ACP,USA,,2005-01-01,2006-01-01,unknown,\n");
    const auto exported = cli({"--data", path, "export", "ACP", "--as", "csv"});
    REQUIRE(exported.code == 0);
    CHECK(exported.out.find("ACP,USA,,2005-01-01,2006-01-01,,,,,,unknown,,,\n") != std::string::npos);
    CHECK(exported.out.find("ACP,BEN,,1970-01-01,1971-01-01,,,,,,unknown,,,\n") != std::string::npos);
    CHECK(exported.out.find("OTHER") == std::string::npos);
    // Read back, it answers as the whole file does: USA unknown in 2005, not none.
    const std::string back = temp_path("unknown-back.csv");
    write_file(back, exported.out);
    for (const auto& file : {path, back}) {
        CAPTURE(file);
        CHECK(cli({"--data", file, "status", "ACP", "USA", "2005-06-01"}).out.rfind("unknown", 0) == 0);
        CHECK(cli({"--data", file, "status", "ACP", "USA", "2004-06-01"}).out == "none\n");
        CHECK(cli({"--data", file, "status", "ACP", "BEN", "1970-06-01"}).out.rfind("unknown", 0) == 0);
        CHECK(cli({"--data", file, "parties", "ACP"}).out.find("USA") != std::string::npos);
    }
    CHECK(cli({"--data", back, "export", "ACP", "--as", "csv"}).out == exported.out);
    // The chart of an organisation with a party that has only unknown days.
    const auto chart = cli({"--data", path, "chart", "ACP"});
    CHECK(chart.code == 0);
    CHECK(chart.out.find("(USA)") != std::string::npos);
    std::remove(path.c_str());
    std::remove(back.c_str());
}

TEST_CASE("a file name with a control character and a byte that is not UTF-8: the chart is well-formed, the JSON export works") {
    const std::string path = temp_path("bell\x07-caf\xE9.csv");
    write_file(path, "organisation,party,status,from,to,note\nORG,AAA,member,2000,..,\"a note\nof two lines\"\n");
    const auto chart = cli({"--data", path, "chart", "ORG"});
    REQUIRE(chart.code == 0);
    CHECK(chart.err.empty());
    CHECK(clean_utf8(chart.out));
    CHECK(chart.out.find("bell\\x07-caf\\xE9.csv") != std::string::npos);  // shown, escaped, not dropped

    const auto json = cli({"--data", path, "export", "--as", "json"});
    REQUIRE(json.code == 0);
    CHECK(json.err.empty());
    const auto doc = nlohmann::json::parse(json.out);
    CHECK(doc["source"].get<std::string>().find("bell\\x07-caf\\xE9.csv") != std::string::npos);
    CHECK(doc["periods"].size() == 1);
    std::remove(path.c_str());
}

TEST_CASE("a key with a line break is refused when the file is read: a listing never shows one party as two lines") {
    const std::string path = temp_path("line-break.csv");
    write_file(path, "organisation,party,status,from,to\nORG,\"A\nB\",member,2000,..\nORG,C,member,2000,..\n");
    const auto parties = cli({"--data", path, "parties"});
    CHECK(parties.code == 2);
    CHECK(parties.out.empty());
    CHECK(parties.err == "alliance: --data: [alliance.key.invalid] " + path +
                             ":2: a party key holds a control character (U+000A at byte 2): keys, names and aliases "
                             "are one line of text\n");
    std::remove(path.c_str());
}

TEST_CASE("--data on a FIFO with no writer or on a directory fails at once, naming the file") {
    const std::string fifo = temp_path("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto started = std::chrono::steady_clock::now();
    const auto r = cli({"--data", fifo, "orgs"});
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "alliance: --data: [alliance.io.open] " + fifo +
                       ": cannot read the file: it is a FIFO (named pipe), not a regular file\n");
    std::remove(fifo.c_str());

    const std::string folder = std::filesystem::temp_directory_path().string();
    const auto d = cli({"--data", folder, "orgs"});
    CHECK(d.code == 2);
    CHECK(d.err == "alliance: --data: [alliance.io.open] " + folder + ": cannot read the file: it is a directory, not a regular file\n");
}

TEST_CASE("an argument of 100,000 characters is echoed cut, on one line") {
    const std::string huge(100000, 'x');
    for (const auto& args : std::vector<std::vector<std::string>>{{"status", "CSTO", huge, "2010-01-01"},
                                                                  {"members", huge, "2010-01-01"},
                                                                  {"members", "CSTO", huge},
                                                                  {"status", "CSTO", "ARM", "2010-01-01", huge},
                                                                  {huge}}) {
        const auto r = cli(args);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(std::string(60, 'x') + "\xE2\x80\xA6") != std::string::npos);
        CHECK(r.err.find(std::string(61, 'x')) == std::string::npos);
        CHECK(r.err.size() < 2000);
        CHECK(r.err.find('\n') == r.err.size() - 1);
    }
}

TEST_CASE("a date that is no date gets one explanation") {
    const auto r = cli({"status", "CSTO", "ARM", "2010-1-1"});
    CHECK(r.err == "alliance: status: DATE '2010-1-1' is not a date: expected YYYY-MM-DD\n");
    const auto month = cli({"status", "CSTO", "ARM", "2010-13-01"});
    CHECK(month.err == "alliance: status: DATE '2010-13-01' is not a date: the month is not 01-12 (expected YYYY-MM-DD)\n");
}
