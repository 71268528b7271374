// cli/app.hpp — the `alliance` program's arguments (CLI11) and its error contract.
//
//   alliance [--data FILE [--data FILE ...] [--format FORMAT]] [--codes LIST] COMMAND ARGS...
//
// Several --data files make one dataset (io::read_file_into), e.g. the ATOP
// member file and the ATOP alliance file.
//
// Success: the answer on stdout, exit 0. `--help`, `COMMAND --help`: usage on
// stdout, exit 0. Any error (unknown command, organisation or party, a
// malformed or impossible date, a missing or malformed file): nothing on
// stdout, one line on stderr saying what was wrong and where, exit 2. The
// answer is built in memory and written only once the whole command has
// succeeded, so that an error half-way never leaves partial output.
//
// --codes LIST (cown,cowc,gwn,gwc,iso3c,iso3n,name; comma-separated) adds code
// columns to every table (cli/codes.hpp); a party may be asked by any code.
#pragma once

#include <ostream>

namespace alliance_cli {

inline constexpr int exit_success = 0;
inline constexpr int exit_error = 2;

// Runs the program with its arguments (argv[0] is the program's name).
[[nodiscard]] int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace alliance_cli
