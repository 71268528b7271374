// Runs the `alliance` program in-process (alliance_cli::run) with its
// arguments and returns what it printed and its exit status.
#pragma once

#include "cli/app.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace alliance_cli_test {

struct result {
    int code;
    std::string out;
    std::string err;
};

inline result cli(std::vector<std::string> args) {
    args.insert(args.begin(), "alliance");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const int code = alliance_cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

}  // namespace alliance_cli_test
