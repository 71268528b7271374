// alliance/io/report.hpp — how a read is asked for, and what it accounts for.
//
// Every reader fills a read_report. Its counts balance: each data row of the
// file is either read into the registry (as periods, declarations, or cells
// that carry no status) or rejected and reported — nothing is dropped
// unaccounted (see read_report::balanced()).
#pragma once

#include <alliance/error.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace alliance::io {

struct read_options {
    // false: the first malformed row stops the read with an alliance::error
    // naming file, line and field. true: a malformed row is rejected — counted
    // in read_report::rejected and described in read_report::problems — and
    // the read goes on. Errors in the CSV syntax itself (an unclosed quote, a
    // bad byte) stop the read in both modes: after them no row boundary can be
    // trusted.
    bool lenient = false;
    // The most periods one party may have in one organisation in a period CSV
    // (the other formats derive at most one per year). A million build in a
    // few seconds; past that a file is refused, not left to run for minutes.
    std::size_t max_periods_per_party = 1'000'000;
};

struct read_report {
    std::string format;            // the format read ("cow-igo-state-year", ...)
    std::size_t rows = 0;          // data rows in the file (the header not counted)
    std::size_t periods = 0;       // periods added to the registry
    std::size_t parties = 0;       // parties in the registry after the read
    std::size_t organisations = 0; // organisations in the registry after the read
    std::size_t rejected = 0;      // rows rejected in a lenient read
    std::vector<std::string> problems;  // one message per rejected row (capped at max_problems)

    // Rows read that add no period: declarations in the library's own format
    // (organisation, party, alias, attribute, unknown), and in the wide COW IGO
    // formats rows whose every cell is "no status" or "not in the system".
    std::size_t rows_without_periods = 0;
    std::size_t rows_with_periods = 0;  // rows that went into at least one period
    // Wide COW IGO formats: status cells read and how they were used. Each
    // cell is exactly one of: in a period (1, 2, 3), no status (0), not in
    // the system / not in existence (-1 or, in the IGO-year file, an empty
    // cell), or missing (-9): an unknown status.
    std::size_t cells = 0;
    std::size_t cells_in_periods = 0;
    std::size_t cells_none = 0;
    std::size_t cells_outside = 0;
    std::size_t cells_missing = 0;

    static constexpr std::size_t max_problems = 10000;

    // Rows in = rows that became periods + rows without periods + rows
    // rejected; and for wide files every cell is accounted for.
    [[nodiscard]] std::size_t rows_accounted() const noexcept { return rows_with_periods + rows_without_periods + rejected; }
    [[nodiscard]] bool balanced() const noexcept {
        return rows == rows_accounted() && cells == cells_in_periods + cells_none + cells_outside + cells_missing;
    }

    // Records a rejected row (lenient reads).
    void reject(const std::string& message) {
        ++rejected;
        if (problems.size() < max_problems) problems.push_back(message);
        else if (problems.size() == max_problems) problems.push_back("(further problems are counted in 'rejected' but not listed)");
    }
};

}  // namespace alliance::io
