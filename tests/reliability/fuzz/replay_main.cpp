// replay_main.cpp — runs a fuzz target on saved inputs without libFuzzer.
//
//     replay_<target> FILE_OR_DIRECTORY...
//
// Linked with a target's source instead of libFuzzer's main, so that a crash
// the fuzzer found reproduces under gdb (`gdb --args replay_period_csv crash-…`)
// and so that the seed corpus is replayed by every test run. A directory is
// replayed file by file in name order (it may be empty if another argument
// holds inputs). Exit status 0 means every input passed.
#include "fuzz_support.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace {

std::vector<std::uint8_t> read_all(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "cannot open " << path << "\n";
        std::exit(2);
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void replay(const std::filesystem::path& path) {
    const auto bytes = read_all(path);
    // A copy of exactly `size` bytes on the heap, so that AddressSanitizer
    // catches a read one byte past the end, as it would under libFuzzer.
    std::vector<std::uint8_t> exact(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(exact.empty() ? nullptr : exact.data(), exact.size());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " FILE_OR_DIRECTORY...\n";
        return 2;
    }
    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg = argv[i];
        if (std::filesystem::is_directory(arg)) {
            std::vector<std::filesystem::path> files;
            for (const auto& entry : std::filesystem::directory_iterator(arg))
                if (entry.is_regular_file()) files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            for (const auto& f : files) {
                replay(f);
                ++count;
            }
        } else {
            replay(arg);
            ++count;
        }
    }
    if (count == 0) {
        // A seed corpus that went missing must not pass as "every input passed".
        std::cerr << "no inputs to replay\n";
        return 2;
    }
    std::cout << "replayed " << count << " input(s), every property held\n";
    return 0;
}
