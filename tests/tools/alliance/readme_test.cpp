// The README and the pages of docs/ show commands of the program and their
// output. Each `$ alliance ...` line in their code blocks is run here, and the
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

std::vector<sample> samples_in(const std::string& path) {
    std::ifstream in(path);
    REQUIRE_MESSAGE(in, "cannot read " << path);
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<sample> out;
    bool in_code = false;
    bool in_sample = false;  // the lines that follow belong to the last sample (of this very block)
    for (const auto& line : split_lines(text.str())) {
        if (line.rfind("```", 0) == 0) {
            in_code = !in_code;
            in_sample = false;
            continue;
        }
        if (!in_code) continue;
        if (line.rfind("$ alliance ", 0) == 0) {
            out.push_back({line.substr(11), {}});
            in_sample = true;
        } else if (line.rfind("$ ", 0) == 0) {
            in_sample = false;  // another program's command: its output is not compared
        } else if (in_sample) {
            out.back().shown.push_back(line);
        }
    }
    return out;
}

// Every page that shows the program at work.
std::vector<sample> readme_samples() {
    std::vector<sample> out;
    for (const char* page : {"README.md", "docs/program.md", "docs/codes.md", "docs/dataset.md", "docs/concepts.md",
                             "docs/errors.md", "docs/formats.md"}) {
        auto found = samples_in(std::string(ALLIANCE_SOURCE_DIR "/") + page);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

}  // namespace

TEST_CASE("the samples of the command-line program in the README and docs/ are what it prints") {
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
        CHECK(code == (err.str().empty() ? 0 : 2));  // the pages also show errors
        const auto printed = split_lines(out.str() + err.str());
        std::size_t at = 0;
        for (const auto& line : s.shown) {
            if (line.empty() || line.find("...") != std::string::npos) continue;
            // JSON is shown abridged onto fewer lines; its fields are checked by the expected-output test.
            if (s.command.find("json") != std::string::npos) continue;
            while (at < printed.size() && printed[at] != line) ++at;
            CHECK_MESSAGE(at < printed.size(), "sample line not printed (or out of order): " << line);
            if (at == printed.size()) break;
            ++compared;
        }
    }
    CHECK(compared >= 40);
}
