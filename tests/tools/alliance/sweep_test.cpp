// The program on the real data: every command on a fixed-seed sample of the
// organisations of the COW IGO v3 files (state-year and IGO-year), the COW
// alliance v4.1 member file and the ATOP 5.1 member file. Each command must
// exit 0 or 2 (never crash: under ASan and UBSan in CI, never a sanitizer
// report), print nothing when it fails and nothing on stderr when it
// succeeds; every chart must be well-formed XML and every JSON export must
// parse (both checked by python3), and every CSV export must read back to the
// same organisation.
//
// The files are read once each with the library; each sampled organisation is
// written alone (alliance::restricted, the period CSV) and the program runs on
// that file, which answers every question about the organisation as the whole
// file does (tests/io: the round-trip property). Two organisations known to
// have parties with only unknown days (AAAID, ACP) are always in the sample.
#include "run_cli.hpp"
#include "shared_data.hpp"

#include <alliance/alliance.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/period_csv.hpp>
#include <alliance/io/read.hpp>

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// How many organisations of each file, besides the ones always included.
constexpr std::size_t sample_size = 12;
constexpr std::uint32_t seed = 16;

// A fixed-seed sample, the same on every platform: std::mt19937's sequence is
// specified by the standard (std::shuffle and the distributions are not).
std::vector<alliance::organisation_id> sample(const alliance::registry& r, std::size_t n,
                                              const std::vector<std::string>& always) {
    auto all = r.organisations();  // key order
    std::mt19937 random(seed);
    for (std::size_t i = all.size(); i > 1; --i) std::swap(all[i - 1], all[random() % i]);
    std::vector<alliance::organisation_id> out;
    for (const auto& key : always)
        if (const auto o = r.find_organisation(key)) out.push_back(*o);
    for (const auto o : all) {
        if (out.size() >= n + always.size()) break;
        if (std::find(out.begin(), out.end(), o) == out.end()) out.push_back(o);
    }
    return out;
}

std::string day_text(date::sys_days d) { return alliance::to_string(d); }

struct sweep_counts {
    std::size_t runs = 0, failures = 0, organisations = 0;
};

void sweep_file(const std::string& relative, std::size_t n, const std::vector<std::string>& always,
                const fs::path& work, std::vector<std::string>& svgs, std::vector<std::string>& jsons,
                sweep_counts& counts) {
    const std::string path = alliance_test::shared_path(relative);
    const auto r = alliance::io::read_file(path);
    const auto chosen = sample(r, n, always);
    MESSAGE(relative << ": " << r.organisation_count() << " organisations, " << chosen.size() << " swept (seed " << seed
                     << ")");
    for (const auto o : chosen) {
        ++counts.organisations;
        const std::string key(r.key(o));
        const auto alone = alliance::restricted(r, o);
        const std::string file = (work / ("org-" + std::to_string(counts.organisations) + ".csv")).string();
        {
            std::ofstream f(file, std::ios::binary);
            alliance::io::write_period_csv(f, alone);
        }
        const auto parties = r.parties_of(o);
        REQUIRE(!parties.empty());
        const std::string p1(r.key(parties.front()));
        const std::string p2(r.key(parties.back()));
        // A day the organisation's sources observe, else a fixed one.
        date::sys_days day = date::sys_days{date::year{1990} / 7 / 1};
        if (const auto window = r.coverage(o)) day = window->first + (window->last - window->first) / 2;
        const int year = static_cast<int>(date::year_month_day{day}.year());
        const std::string y = std::to_string(year);
        const std::string next = std::to_string(year + 1);

        std::vector<std::vector<std::string>> commands{
            {"orgs"},
            {"parties", key},
            {"parties"},
            {"members", key, day_text(day)},
            {"members", key, day_text(day), "--active"},
            {"common", key, key, day_text(day)},
            {"status", key, p1, day_text(day)},
            {"explain", key, p2, day_text(day)},
            {"timeline", key},
            {"timeline", key, p1},
            {"changes", key, y + "-01-01", next + "-12-31"},
            {"panel", key, "--unit", "state-year"},
            {"panel", key, "--unit", "dyad-year", "--from", y, "--to", next},
            {"panel", key, "--unit", "state-month", "--rule", "share", "--from", y, "--to", y},
            {"panel", key, "--unit", "directed-dyad-year", "--rule", "majority", "--from", y, "--to", y},
            {"panel", key, "--unit", "state-year", "--frame", "cow-system", "--rule", "any-day", "--from", y, "--to", y},
            {"chart", key},
            {"export", key, "--as", "csv"},
            {"export", key, "--as", "json"},
            {"export", "--as", "json"},
            {"cite"},
        };
        if (p1 != p2) commands.push_back({"overlap", key, p1, p2});
        for (auto& args : commands) {
            args.insert(args.begin(), {"--data", file});
            std::string shown;
            for (const auto& a : args) shown += " " + a;
            CAPTURE(shown);
            const auto result = alliance_cli_test::cli(args);
            ++counts.runs;
            CHECK((result.code == 0 || result.code == 2));
            if (result.code != 0) {
                ++counts.failures;
                CHECK(result.out.empty());
                CHECK(!result.err.empty());
                MESSAGE("exit " << result.code << ":" << shown << ": " << result.err);
                continue;
            }
            CHECK(result.err.empty());
            const std::string& command = args[2];
            const std::string stem = (work / ("out-" + std::to_string(counts.runs))).string();
            if (command == "chart") {
                std::ofstream(stem + ".svg", std::ios::binary) << result.out;
                svgs.push_back(stem + ".svg");
            } else if (command == "export" && args.back() == "json") {
                std::ofstream(stem + ".json", std::ios::binary) << result.out;
                jsons.push_back(stem + ".json");
            } else if (command == "export") {
                // The CSV export reads back, and writes what the organisation alone writes.
                std::istringstream in(result.out);
                std::ostringstream again, expected;
                alliance::io::write_period_csv(again, alliance::io::read_stream(in, "export.csv"));
                alliance::io::write_period_csv(expected, alone);
                const bool same = again.str() == expected.str();  // not printed whole when it fails: it is long
                CHECK_MESSAGE(same, "the CSV export of " << key << " is not the organisation written alone");
            } else if (command == "panel") {
                // A panel re-reads as CSV, every row as wide as its header.
                std::istringstream in(result.out);
                alliance::io::csv_reader csv(in, "panel.csv");
                REQUIRE(csv.read_header());
                const std::size_t width = csv.header().size();
                std::size_t narrow = 0;
                while (csv.next()) narrow += csv.size() == width ? 0u : 1u;
                CHECK(narrow == 0);
            }
        }
    }
}

}  // namespace

TEST_CASE("sweep: every command on a fixed-seed sample of the organisations of the real files") {
    const fs::path work = fs::temp_directory_path() / ("alliance-sweep-" + std::to_string(::getpid()));
    fs::create_directories(work);
    std::vector<std::string> svgs, jsons;
    sweep_counts counts;
    sweep_file("data/cow-igo-v3/state_year_formatv3.csv", sample_size, {"AAAID", "ACP"}, work, svgs, jsons, counts);
    sweep_file("data/cow-igo-v3/igo_year_formatv3.csv", sample_size, {"AAAID", "ACP"}, work, svgs, jsons, counts);
    sweep_file("data/cow-alliance-v4.1/alliance_v4.1_by_member.csv", 6, {}, work, svgs, jsons, counts);
    sweep_file("data/atop-5.1/atop5_1m.csv", 6, {}, work, svgs, jsons, counts);
    MESSAGE(counts.organisations << " organisations, " << counts.runs << " runs, " << counts.failures
                                 << " exited 2; " << svgs.size() << " charts and " << jsons.size() << " JSON exports parsed");
    CHECK(counts.failures == 0);  // valid data, valid arguments: every command answers
    CHECK(svgs.size() == counts.organisations);
    CHECK(jsons.size() == 2 * counts.organisations);

    // Well-formed: every SVG parses as XML, every JSON export as JSON.
    const std::string list = (work / "files.txt").string();
    {
        std::ofstream f(list);
        for (const auto& s : svgs) f << "svg " << s << "\n";
        for (const auto& j : jsons) f << "json " << j << "\n";
    }
    const std::string script = (work / "check.py").string();
    std::ofstream(script) << "import sys, json, xml.etree.ElementTree as ET\n"
                             "bad = 0\n"
                             "for line in open(sys.argv[1]):\n"
                             "    kind, path = line.rstrip('\\n').split(' ', 1)\n"
                             "    try:\n"
                             "        if kind == 'svg': ET.parse(path)\n"
                             "        else: json.load(open(path, encoding='utf-8'))\n"
                             "    except Exception as e:\n"
                             "        bad += 1\n"
                             "        print(path, e)\n"
                             "sys.exit(1 if bad else 0)\n";
    const int status = std::system(("python3 '" + script + "' '" + list + "'").c_str());
    CHECK(status == 0);
    fs::remove_all(work);
}
