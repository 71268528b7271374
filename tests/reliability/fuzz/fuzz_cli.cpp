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
#include <ios>
#include <ostream>
#include <sstream>
#include <streambuf>
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
    int status;  // -1: the output grew past output_limit, and the input is left unjudged
    std::string out;
    std::string err;
};

// A panel over years 1-9999 of a made-up file is gigabytes of valid output:
// past this size the run is stopped (by an exception that is no
// std::exception, so that the program does not turn it into an error) and
// the input skipped. The properties are about errors, not about output size.
constexpr std::size_t output_limit = std::size_t{1} << 20;
struct output_cap {};

class capped_buffer : public std::streambuf {
public:
    std::string text;

protected:
    int_type overflow(int_type c) override {
        if (c != traits_type::eof()) {
            grow(1);
            text.push_back(static_cast<char>(c));
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        grow(static_cast<std::size_t>(n));
        text.append(s, static_cast<std::size_t>(n));
        return n;
    }

private:
    void grow(std::size_t n) const {
        if (text.size() + n > output_limit) throw output_cap{};
    }
};

result run(const std::vector<std::string>& arguments) {
    std::vector<const char*> argv{"alliance"};
    for (const auto& a : arguments) argv.push_back(a.c_str());
    capped_buffer out_text, err_text;
    std::ostream out(&out_text), err(&err_text);
    out.exceptions(std::ios::badbit);  // the stream passes output_cap on instead of swallowing it
    try {
        const int status = alliance_cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
        return {status, out_text.text, err_text.text};
    } catch (const output_cap&) {
        return {-1, {}, {}};
    }
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
    if (first.status == -1) return 0;
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
