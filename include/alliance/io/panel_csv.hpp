// alliance/io/panel_csv.hpp — panels written as CSV: the rows of alliance/panel.hpp's named panels.
//
// RFC 4180, a header line first; keys are quoted when they hold a comma or a
// quote. Large panels are better written row by row from
// for_each_panel_row() (the program's `panel` does so).
#pragma once

#include <alliance/io/csv.hpp>  // write_csv_field
#include <alliance/panel.hpp>

#include <ostream>
#include <vector>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

// The columns:
//   organisation,party,year,status
//   organisation,party1,party2,year,both_members
//   party1,party2,year,dyadigos,dyadigos_possible
template <class = void>
void write_csv(std::ostream& out, const std::vector<state_year_row>& rows);
template <class = void>
void write_csv(std::ostream& out, const std::vector<dyad_year_row>& rows);
template <class = void>
void write_csv(std::ostream& out, const std::vector<dyad_year_count_row>& rows);

// --- implementation -----------------------------------------------------------

template <class>
void write_csv(std::ostream& out, const std::vector<state_year_row>& rows) {
    out << "organisation,party,year,status\n";
    for (const auto& row : rows) {
        io::write_csv_field(out, row.organisation);
        out << ',';
        io::write_csv_field(out, row.party);
        out << ',' << row.year << ',' << to_string(row.status) << '\n';
    }
}

template <class>
void write_csv(std::ostream& out, const std::vector<dyad_year_row>& rows) {
    out << "organisation,party1,party2,year,both_members\n";
    for (const auto& row : rows) {
        io::write_csv_field(out, row.organisation);
        out << ',';
        io::write_csv_field(out, row.party1);
        out << ',';
        io::write_csv_field(out, row.party2);
        out << ',' << row.year << ',' << to_string(row.both_members) << '\n';
    }
}

template <class>
void write_csv(std::ostream& out, const std::vector<dyad_year_count_row>& rows) {
    out << "party1,party2,year,dyadigos,dyadigos_possible\n";
    for (const auto& row : rows) {
        io::write_csv_field(out, row.party1);
        out << ',';
        io::write_csv_field(out, row.party2);
        out << ',' << row.year << ',' << row.certain << ',' << row.possible << '\n';
    }
}
}  // namespace alliance
