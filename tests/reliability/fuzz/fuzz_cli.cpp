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
// anything with a '/') are not run: a fuzzer must not write files where it runs.
//
// Built with ALLIANCE_FUZZ_WITH_DATA (the target cli_data), the bytes before
// the first 0x01 byte are a data file instead, written to one file in the
// system's temporary folder (the same one for every run of a process) and
// read with `--data FILE` before the arguments: every command, run on files
// the fuzzer makes up, under the same properties.
#include "fuzz_support.hpp"

#include "cli/app.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

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
    std::size_t i = 0;
#ifdef ALLIANCE_FUZZ_WITH_DATA
    static const std::string file =
        (std::filesystem::temp_directory_path() / ("alliance-fuzz-" + std::to_string(getpid()) + ".csv")).string();
    while (i < size && data[i] != 1) ++i;
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                   static_cast<std::streamsize>(i));
    if (i < size) ++i;  // the 0x01
    const std::vector<std::string> read_file{"--data", file};
#else
    const std::vector<std::string> read_file;
#endif
    for (; i < size; ++i) {
        if (data[i] == 0) {
            if (arguments.size() == max_arguments) return 0;
            arguments.emplace_back();
        } else {
            arguments.back() += static_cast<char>(data[i]);
        }
    }
    if (arguments.size() == 1 && arguments.front().empty()) arguments.clear();
    for (const auto& a : arguments)
        if (touches_files(a)) return 0;
    arguments.insert(arguments.begin(), read_file.begin(), read_file.end());

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
