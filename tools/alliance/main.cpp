// alliance — questions, tables and timeline charts from alliance-membership data, from the shell.
//
//   alliance status CSTO UZB 2010-01-01        member
//   alliance members CSTO 2013-01-01           one key per line
//   alliance chart CSTO -o csto.svg            a timeline chart
//
// `alliance --help` lists every command; `alliance COMMAND --help` explains one.
// The program is also the largest worked example of the library: each
// command (cli/commands.cpp, tables.cpp, chart.cpp) is a few calls to the
// registry, its timelines and the queries over them. The commands are the
// static library alliance_program, which this file and the program's tests link.
#include "cli/app.hpp"

#include <iostream>

int main(int argc, char** argv) {
    return alliance_cli::run(argc, argv, std::cout, std::cerr);
}
