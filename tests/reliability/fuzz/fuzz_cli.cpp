// fuzz_cli.cpp — the `alliance` program's argument handling, from arbitrary arguments.
//
// The bytes are split at NUL bytes into at most 12 arguments and handed to
// alliance_cli::run() (tools/alliance/cli/app.hpp), the function the program's
// main() calls. Properties, from the program's error contract:
//  - the exit status is 0 or 2, and no exception escapes;
//  - exit 2: nothing on stdout, exactly one line on stderr, "alliance: ...";
//  - exit 0: nothing on stderr;
//  - the same arguments give the same output again.
// Arguments that would make the program touch files (--data, -o/--output,
// anything with a '/') are not run: the file readers have targets of their own,
// and a fuzzer must not write files where it runs.
#include "fuzz_support.hpp"

#include "cli/app.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr std::size_t max_arguments = 12;

bool touches_files(const std::string& argument) {
    if (argument.find('/') != std::string::npos) return true;
    if (argument.rfind("--", 0) == 0) {
        // CLI11 matches long options exactly (no abbreviations).
        return argument.rfind("--data", 0) == 0 || argument.rfind("--output", 0) == 0;
    }
    // A short option cluster ("-o", "-xo", "-ofile") that includes -o.
    return argument.size() > 1 && argument[0] == '-' && argument.find('o') != std::string::npos;
}

struct result {
    int status;
    std::string out;
    std::string err;
};

result run(const std::vector<std::string>& arguments) {
    std::vector<const char*> argv{"alliance"};
    for (const auto& a : arguments) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const int status = alliance_cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {status, out.str(), err.str()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> arguments(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            if (arguments.size() == max_arguments) return 0;
            arguments.emplace_back();
        } else {
            arguments.back() += static_cast<char>(data[i]);
        }
    }
    if (size == 0) arguments.clear();
    for (const auto& a : arguments)
        if (touches_files(a)) return 0;

    std::string shown;
    for (const auto& a : arguments) shown += " '" + a + "'";

    const result first = run(arguments);
    ALLIANCE_FUZZ_CHECK(first.status == 0 || first.status == 2, "exit " + std::to_string(first.status) + " for" + shown);
    if (first.status == 2) {
        ALLIANCE_FUZZ_CHECK(first.out.empty(), "output on stdout with an error, for" + shown);
        ALLIANCE_FUZZ_CHECK(first.err.rfind("alliance: ", 0) == 0, "the error starts with 'alliance: ': " + first.err);
        ALLIANCE_FUZZ_CHECK(!first.err.empty() && first.err.back() == '\n' &&
                                first.err.find('\n') == first.err.size() - 1,
                            "the error is one line: " + first.err);
    } else {
        ALLIANCE_FUZZ_CHECK(first.err.empty(), "stderr on success, for" + shown + ": " + first.err);
    }
    const result again = run(arguments);
    ALLIANCE_FUZZ_CHECK(again.status == first.status && again.out == first.out && again.err == first.err,
                        "the same arguments answer differently:" + shown);
    return 0;
}
