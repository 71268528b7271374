// The README's section on the command-line program shows commands and their
// output. Each `$ alliance ...` line in its code blocks is run here, and the
// lines shown under it must appear, in order, in what the program prints
// (lines holding "..." mark an abridged sample and are not compared).
#include "cli/app.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string word; in >> word;) out.push_back(word);
    return out;
}

struct sample {
    std::string command;             // after "$ alliance "
    std::vector<std::string> shown;  // the lines under it
};

std::vector<sample> readme_samples() {
    std::ifstream in(ALLIANCE_SOURCE_DIR "/README.md");
    std::ostringstream text;
    text << in.rdbuf();
    const auto lines = split_lines(text.str());
    std::vector<sample> out;
    bool in_section = false;
    bool in_code = false;
    for (const auto& line : lines) {
        if (line.rfind("<!-- section: ", 0) == 0) in_section = line == "<!-- section: cli -->";
        if (!in_section) continue;
        if (line.rfind("```", 0) == 0) {
            in_code = !in_code;
            continue;
        }
        if (!in_code) continue;
        if (line.rfind("$ alliance ", 0) == 0)
            out.push_back({line.substr(11), {}});
        else if (!out.empty() && line.rfind("$ ", 0) != 0)
            out.back().shown.push_back(line);
    }
    return out;
}

}  // namespace

TEST_CASE("the README's samples of the command-line program are what it prints") {
    const auto samples = readme_samples();
    REQUIRE(samples.size() >= 12);
    std::size_t compared = 0;
    for (const auto& s : samples) {
        CAPTURE(s.command);
        auto args = split_words(s.command);
        if (s.command.find("--data") != std::string::npos) continue;  // needs the reader's file
        args.insert(args.begin(), "alliance");
        std::vector<const char*> argv;
        for (const auto& a : args) argv.push_back(a.c_str());
        std::ostringstream out, err;
        const int code = alliance_cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
        CHECK(code == (err.str().empty() ? 0 : 2));  // the README also shows an error
        const auto printed = split_lines(out.str() + err.str());
        std::size_t at = 0;
        for (const auto& line : s.shown) {
            if (line.empty() || line.find("...") != std::string::npos) continue;
            // JSON is shown abridged onto fewer lines; its fields are checked by the expected-output test.
            if (s.command.find("json") != std::string::npos) continue;
            while (at < printed.size() && printed[at] != line) ++at;
            CHECK_MESSAGE(at < printed.size(), "README line not printed (or out of order): " << line);
            if (at == printed.size()) break;
            ++compared;
        }
    }
    CHECK(compared >= 40);
}
