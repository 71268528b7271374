// alliance/io/detail/cow_igo_read.hpp — reading the COW IGO files
// (the definitions of what alliance/io/cow_igo.hpp declares).
#pragma once

#include <alliance/io/cow_igo.hpp>
#include <alliance/data/cow_states.hpp>
#include <alliance/error.hpp>
#include <alliance/data/cow_igos.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/member_dates.hpp>
#include <alliance/io/report.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace alliance::io::detail {

constexpr cow_code parse_cow_code(std::string_view cell) noexcept {
    // The hot path of the 8 million cells: compare bytes, no conversions.
    if (cell.size() == 1) {
        switch (cell[0]) {
            case '0': return cow_code::none;
            case '1': return cow_code::member;
            case '2': return cow_code::associate;
            case '3': return cow_code::observer;
            default: return cow_code::invalid;
        }
    }
    if (cell.empty()) return cow_code::empty;
    if (cell == "-9") return cow_code::missing;
    if (cell == "-1") return cow_code::outside;
    return cow_code::invalid;
}

// Collects annual codes per (organisation, party) into runs and turns each
// run into a period (1, 2, 3) or an unknown span (-9) when it ends.
//
// A run is kept per row entity (what a row is about: an IGO in the IGO-year
// layout, a state in the state-year layout) and per code column of the
// header, and a row entity's runs are made when its first row is read. So
// memory grows with the cells the file has, never with the 217 states of the
// COW list: a file of 200,000 IGOs with one state column holds 200,000 runs.
class annual_runs {
public:
    enum class rows_are : std::uint8_t { organisations, parties };

    annual_runs(registry& r, read_report& report, std::string_view source, rows_are rows, std::size_t columns)
        : registry_(r), report_(report), source_(source), rows_(rows), columns_(columns), column_keys_(columns),
          column_ranks_(columns) {}

    // Keys must stay valid: they are registry keys. A rank orders the
    // parties when the last runs are ended (the COW list's order), so that
    // the periods come out in the same order whatever the file's columns.
    void set_column(std::size_t column, std::string_view key, std::size_t rank) {
        column_keys_[column] = key;
        column_ranks_[column] = rank;
    }
    // A new row entity with its runs; returns its index for feed().
    std::size_t add_row_entity(std::string_view key, std::size_t rank) {
        row_keys_.push_back(key);
        row_ranks_.push_back(rank);
        runs_.resize(row_keys_.size() * columns_);
        return row_keys_.size() - 1;
    }

    void feed(std::size_t entity, std::size_t column, int year, cow_code code, long line) {
        run& r = runs_[entity * columns_ + column];
        if (r.code == code && r.last + 1 == year) {
            r.last = static_cast<std::int16_t>(year);
            return;
        }
        if (r.code != no_run) close(entity, column, r, false);
        r.code = code;
        r.first = r.last = static_cast<std::int16_t>(year);
        r.line = line;
    }

    // Ends every run; those reaching `last_year` (the file's last) stay open.
    // Organisations in the order they were added, each one's parties by rank.
    void finish(int last_year) {
        const bool rows_are_organisations = rows_ == rows_are::organisations;
        const std::size_t organisations = rows_are_organisations ? row_keys_.size() : columns_;
        std::vector<std::size_t> parties(rows_are_organisations ? columns_ : row_keys_.size());
        for (std::size_t i = 0; i < parties.size(); ++i) parties[i] = i;
        const auto& ranks = rows_are_organisations ? column_ranks_ : row_ranks_;
        std::stable_sort(parties.begin(), parties.end(), [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
        for (std::size_t o = 0; o < organisations; ++o)
            for (const std::size_t p : parties) {
                const std::size_t entity = rows_are_organisations ? o : p;
                const std::size_t column = rows_are_organisations ? p : o;
                run& r = runs_[entity * columns_ + column];
                if (r.code != no_run) close(entity, column, r, r.last == last_year);
                r.code = no_run;
            }
    }

private:
    static constexpr cow_code no_run = cow_code::invalid;
    struct run {
        long line = 0;  // where the run began, for error messages
        std::int16_t first = 0;
        std::int16_t last = 0;
        cow_code code = no_run;
    };

    void close(std::size_t entity, std::size_t column, const run& r, bool still_going) {
        const bool rows_are_organisations = rows_ == rows_are::organisations;
        const std::string_view o = rows_are_organisations ? row_keys_[entity] : column_keys_[column];
        const std::string_view p = rows_are_organisations ? column_keys_[column] : row_keys_[entity];
        const location where{{}, r.line, {}};
        if (r.code == cow_code::missing) {
            registry_.add_unknown(o, p, date::sys_days{date::year{r.first} / 1 / 1},
                                  date::sys_days{date::year{r.last} / 12 / 31}, where);
            return;
        }
        status s = status::none;
        if (r.code == cow_code::member) s = status::member;
        else if (r.code == cow_code::associate) s = status::associate;
        else if (r.code == cow_code::observer) s = status::observer;
        else return;  // 0 and -1: no status
        period out;
        out.organisation = o;
        out.party = p;
        out.status = s;
        out.from = partial_date{date::year{r.first}};
        out.to = still_going ? boundary::open() : boundary{partial_date{date::year{r.last + 1}}};
        out.source = source_;
        note_ = "COW code " + std::to_string(static_cast<int>(r.code)) + " in " + std::to_string(r.first);
        if (r.last != r.first) note_ += "-" + std::to_string(r.last);
        out.note = note_;
        registry_.add(out, where);
        ++report_.periods;
    }

    registry& registry_;
    read_report& report_;
    std::string_view source_;
    rows_are rows_;
    std::size_t columns_;
    std::vector<std::string_view> column_keys_;
    std::vector<std::size_t> column_ranks_;
    std::vector<std::string_view> row_keys_;
    std::vector<std::size_t> row_ranks_;
    std::vector<run> runs_;  // row entity * columns_ + column
    std::string note_;
};

// Counts one accepted cell in the report; true when it is in a period.
template <class = void>
bool count_cell(read_report& report, cow_code c) noexcept {
    ++report.cells;
    switch (c) {
        case cow_code::member:
        case cow_code::associate:
        case cow_code::observer: ++report.cells_in_periods; return true;
        case cow_code::none: ++report.cells_none; return false;
        case cow_code::outside: ++report.cells_outside; return false;
        default: ++report.cells_missing; return false;
    }
}

[[noreturn]] inline void bad_cell(const csv_reader& csv, std::size_t column, std::string_view cell) {
    throw error(errc::malformed_input, "alliance.cow.code",
                "code '" + std::string(cell) + "' is not in the COW IGO codebook (0, 1, 2, 3, -9, -1; empty: missing)",
                csv.where(column));
}

[[noreturn]] inline void bad_header(const csv_reader& csv, std::size_t column, const std::string& message) {
    throw error(errc::malformed_input, "alliance.csv.header", message, csv.where(column));
}

// A column of an IGO-year header that is neither a state nor metadata.
[[noreturn]] inline void unknown_igo_year_column(const csv_reader& csv, std::size_t column) {
    const std::string& name = csv.header()[column];
    const auto folded = [](std::string_view text) {
        std::string out(text);
        for (char& ch : out)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        return out;
    };
    const std::string lower = folded(name);
    // Names are not guessed: one that differs only in case is named in the message.
    std::string_view meant;
    for (const auto& s : data::cow::states)
        if (s.igo_column == lower) meant = s.igo_column;
    for (const std::string_view m : data::cow_igo::igo_year_metadata)
        if (m == lower) meant = m;
    if (!meant.empty())
        bad_header(csv, column, "unknown column '" + name +
                                    "': the COW IGO v3 IGO-year file's column names are exact and lower case: '" +
                                    std::string(meant) + "'");
    std::string list;
    for (const std::string_view m : data::cow_igo::igo_year_metadata) list += (list.empty() ? "" : ", ") + std::string(m);
    bad_header(csv, column, "unknown column '" + name +
                                "': neither a COW state (afghanistan ... zimbabwe) nor a metadata column of the COW IGO "
                                "v3 IGO-year file (" + list + ")");
}

template <class = void>
int read_year(const csv_reader& csv, std::size_t column) {
    int year = 0;
    if (!parse_int(csv[column], year) || year < 1 || year > 9998)
        throw error(errc::malformed_input, "alliance.cow.year",
                    "year '" + std::string(csv[column]) + "' is not a whole number from 1 to 9998", csv.where(column));
    return year;
}

// Rows of one entity (a state, an IGO) must come in increasing year order.
template <class = void>
void check_order(const csv_reader& csv, int last, int year, const std::string& who, std::string_view entity) {
    if (year > last) return;
    throw error(errc::malformed_input, "alliance.cow.order",
                year == last ? "a second row for " + who + " in " + std::to_string(year)
                             : "year " + std::to_string(year) + " comes after " + std::to_string(last) + " for " + who +
                                   " (the rows of a " + std::string(entity) + " must be in year order)",
                csv.where(std::size_t{csv.column("year")}));
}

// Whether a state was in the COW state system on 31 December of a year.
template <class = void>
bool in_system_at_year_end(int code, int year) noexcept {
    const date::sys_days day{date::year{year} / 12 / 31};
    for (const auto& s : data::cow::spells)
        if (s.code == code && date::sys_days{s.first} <= day && day <= date::sys_days{s.last}) return true;
    return false;
}

// Coverage: a COW IGO file observes the years of its `year` column (v3:
// 1816-2014), from 1 January of the first to 31 December of the last; past
// them a membership coded in the last year is "ongoing as of the end of
// coverage", and every answer is unknown.
template <class = void>
void set_year_coverage(registry& into, const std::vector<organisation_id>& organisations,
                              std::pair<int, int> years) {
    if (years.first > years.second) return;  // no row was read: nothing observed, nothing to say
    for (const organisation_id o : organisations)
        into.set_coverage(o, date::sys_days{date::year{years.first} / 1 / 1},
                          date::sys_days{date::year{years.second} / 12 / 31});
}

template <class>
void read_cow_igo_state_year(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    const auto& header = csv.header();
    if (header.size() < 3 || header[0] != "ccode" || header[1] != "year" || header[2] != "state")
        bad_header(csv, 0, "a COW IGO state-year file starts with the columns ccode,year,state");
    const std::size_t width = header.size();

    // Rows are states, columns IGOs: the runs of a state are made at its first row.
    std::vector<organisation_id> organisations;
    std::pair<int, int> years{10000, 0};  // the first and the last year of the rows placed
    annual_runs runs(into, report, "COW IGO v3 state-year", annual_runs::rows_are::parties, width - 3);
    for (std::size_t c = 3; c < width; ++c) {
        if (header[c].empty()) bad_header(csv, c, "an IGO column has no name");
        organisation_id o{};
        if (const auto* igo = data::cow_igo::find_igo_column(header[c])) {
            if (into.find_organisation(igo->ioname))
                bad_header(csv, c, "the IGO '" + std::string(igo->ioname) + "' has two columns");
            o = into.add_organisation(igo->ioname, igo->orgname);
            into.set_attribute(o, "ionum", std::to_string(igo->ionum));
            into.set_attribute(o, "sdate", std::to_string(igo->start_year));
            if (igo->end_year != 0) into.set_attribute(o, "deaddate", std::to_string(igo->end_year));
        } else {
            if (into.find_organisation(header[c])) bad_header(csv, c, "the IGO '" + header[c] + "' has two columns");
            o = into.add_organisation(header[c], {});
        }
        runs.set_column(c - 3, into.key(o), c);
        organisations.push_back(o);
    }

    std::vector<int> last_year(data::cow::states.size(), 0);
    constexpr std::size_t not_seen = static_cast<std::size_t>(-1);
    std::vector<std::size_t> entity_of(data::cow::states.size(), not_seen);  // state index -> row entity
    std::vector<cow_code> codes(width);
    int file_last_year = 0;
    while (csv.next()) {
        ++report.rows;
        std::size_t state_index = 0;
        int year = 0;
        bool placed = false;  // the row's state and year are known and in order
        bool accepted = true;
        try {
            csv.expect_fields(width);
            const data::cow::state* st = &read_cow_state(csv, 0);
            year = read_year(csv, 1);
            if (csv[2] != st->igo_column)
                throw error(errc::malformed_input, "alliance.cow.state",
                            "state '" + std::string(csv[2]) + "' does not match ccode " + std::to_string(st->code) +
                                " ('" + std::string(st->igo_column) + "')",
                            csv.where(std::size_t{2}));
            state_index = static_cast<std::size_t>(st - data::cow::states.data());
            check_order(csv, last_year[state_index], year, "ccode " + std::to_string(st->code), "state");
            placed = true;
            for (std::size_t c = 3; c < width; ++c) {
                codes[c] = parse_cow_code(csv[c]);
                if (codes[c] == cow_code::invalid) bad_cell(csv, c, csv[c]);
                if (codes[c] == cow_code::empty) codes[c] = cow_code::missing;  // the codebook: empty is missing
            }
        } catch (const error& e) {
            if (!options.lenient || e.code() == errc::io) throw;
            report.reject(e.what());
            accepted = false;
            if (!placed) continue;
            // What the row said is not known, which is not "nothing": its year reads unknown.
            for (std::size_t c = 3; c < width; ++c) codes[c] = cow_code::missing;
        }
        if (entity_of[state_index] == not_seen)
            entity_of[state_index] = runs.add_row_entity(into.key(data::cow::add_state(into, data::cow::states[state_index])),
                                                         state_index);
        last_year[state_index] = year;
        file_last_year = std::max(file_last_year, year);
        years = {std::min(years.first, year), std::max(years.second, year)};
        const long line = csv.line();
        bool any_period = false;
        for (std::size_t c = 3; c < width; ++c) {
            runs.feed(entity_of[state_index], c - 3, year, codes[c], line);
            if (accepted) any_period = count_cell(report, codes[c]) || any_period;
        }
        if (accepted) ++(any_period ? report.rows_with_periods : report.rows_without_periods);
    }
    runs.finish(file_last_year);
    set_year_coverage(into, organisations, years);
}

// For each state of the COW list, the years Y in which it was in the system
// on 31 December of Y, as inclusive year ranges.
template <class = void>
const std::vector<std::vector<std::pair<int, int>>>& system_years() {
    static const auto table = [] {
        std::vector<std::vector<std::pair<int, int>>> out(data::cow::states.size());
        for (const auto& s : data::cow::spells) {
            const auto* st = data::cow::find_state(s.code);
            const int first = static_cast<int>(s.first.year());
            const bool ends_on_31_december = s.last.month() == date::December && s.last.day() == date::day{31};
            const int last = static_cast<int>(s.last.year()) - (ends_on_31_december ? 0 : 1);
            if (first <= last) out[static_cast<std::size_t>(st - data::cow::states.data())].emplace_back(first, last);
        }
        return out;
    }();
    return table;
}

template <class>
void read_cow_igo_igo_year(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    const auto& header = csv.header();
    if (header.size() < 3 || header[0] != "ioname" || header[1] != "orgname" || header[2] != "year")
        bad_header(csv, 0, "a COW IGO IGO-year file starts with the columns ioname,orgname,year");
    const std::size_t width = header.size();

    // Every column after ioname,orgname,year is, by its exact name, either a
    // state (afghanistan ... zimbabwe) or one of the file's metadata columns;
    // the states come first. Any other column is an error: were it taken for
    // metadata, its cells (a state column spelt otherwise, say `Zimbabwe`)
    // would be dropped without a word while the report still balanced.
    std::vector<std::size_t> state_of;  // column - 3 -> index in data::cow::states
    std::size_t first_metadata = width;
    std::array<bool, data::cow_igo::igo_year_metadata.size()> metadata_seen{};
    for (std::size_t c = 3; c < width; ++c) {
        const std::string& name = header[c];
        const auto known = std::find(data::cow_igo::igo_year_metadata.begin(), data::cow_igo::igo_year_metadata.end(), name);
        if (known != data::cow_igo::igo_year_metadata.end()) {
            bool& seen_before = metadata_seen[static_cast<std::size_t>(known - data::cow_igo::igo_year_metadata.begin())];
            if (seen_before) bad_header(csv, c, "the metadata column '" + name + "' appears twice");
            seen_before = true;
            first_metadata = std::min(first_metadata, c);
            continue;
        }
        const auto st = std::find_if(data::cow::states.begin(), data::cow::states.end(),
                                     [&](const data::cow::state& s) { return s.igo_column == name; });
        if (st != data::cow::states.end()) {
            if (first_metadata < c) bad_header(csv, c, "the state column '" + name + "' comes after the metadata columns");
            const auto index = static_cast<std::size_t>(st - data::cow::states.begin());
            if (std::find(state_of.begin(), state_of.end(), index) != state_of.end())
                bad_header(csv, c, "the state '" + name + "' has two columns");
            state_of.push_back(index);
            continue;
        }
        unknown_igo_year_column(csv, c);
    }
    const std::size_t metadata = 3 + state_of.size();  // the states are columns 3 .. metadata - 1
    if (state_of.empty()) bad_header(csv, 3, "no state columns: expected COW state column names (afghanistan ... zimbabwe)");
    // Metadata kept as organisation attributes: constant for an IGO across its rows.
    const std::array<std::string_view, 3> kept{"ionum", "sdate", "deaddate"};
    std::array<std::size_t, 3> kept_at{};
    for (std::size_t k = 0; k < kept.size(); ++k) kept_at[k] = csv.column(kept[k]);

    // Rows are IGOs, columns states: the runs of an IGO are made at its first
    // row, one per state column of the header.
    annual_runs runs(into, report, "COW IGO v3 IGO-year", annual_runs::rows_are::organisations, state_of.size());
    for (std::size_t k = 0; k < state_of.size(); ++k)
        runs.set_column(k, into.key(data::cow::add_state(into, data::cow::states[state_of[k]])), state_of[k]);
    const auto& in_system = system_years();

    struct igo_seen {
        std::size_t runs_index;
        std::string orgname;
        std::array<std::string, 3> kept;
        int last_year;
        long first_line;
    };
    std::unordered_map<std::string, igo_seen> seen;  // folded ioname -> what its first row said
    std::vector<organisation_id> organisations;
    std::pair<int, int> years{10000, 0};  // the first and the last year of the rows placed
    std::vector<cow_code> codes(width);
    int file_last_year = 0;
    std::string folded;
    while (csv.next()) {
        ++report.rows;
        igo_seen* igo = nullptr;
        int year = 0;
        bool placed = false;
        bool accepted = true;
        try {
            csv.expect_fields(width);
            const std::string_view ioname = csv[0];
            if (ioname.empty())
                throw error(errc::malformed_input, "alliance.cow.igo", "the IGO has no ioname", csv.where(std::size_t{0}));
            year = read_year(csv, 2);
            folded.assign(ioname);
            for (char& ch : folded)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
            const auto it = seen.find(folded);
            if (it != seen.end()) {
                igo = &it->second;
                const auto differs = [&](std::size_t column, const std::string& first) {
                    throw error(errc::malformed_input, "alliance.cow.igo",
                                "'" + std::string(csv[column]) + "' differs from '" + first + "' in the row of line " +
                                    std::to_string(igo->first_line) + " for the same IGO",
                                csv.where(column));
                };
                if (csv[1] != igo->orgname) differs(1, igo->orgname);
                for (std::size_t k = 0; k < kept.size(); ++k)
                    if (kept_at[k] != csv_reader::npos && csv[kept_at[k]] != igo->kept[k]) differs(kept_at[k], igo->kept[k]);
                check_order(csv, igo->last_year, year, "IGO " + std::string(ioname), "IGO");
                placed = true;
            }
            for (std::size_t c = 3; c < metadata; ++c) {
                codes[c] = parse_cow_code(csv[c]);
                if (codes[c] == cow_code::invalid) bad_cell(csv, c, csv[c]);
                if (codes[c] == cow_code::empty) {
                    // Empty is Stata's missing value: a state outside the
                    // system has no code at all; inside it, the code is missing.
                    bool inside = false;
                    for (const auto& [first, last] : in_system[state_of[c - 3]]) inside = inside || (first <= year && year <= last);
                    codes[c] = inside ? cow_code::missing : cow_code::outside;
                }
            }
            if (igo == nullptr) {
                const organisation_id o = into.add_organisation(ioname, csv[1]);
                organisations.push_back(o);
                igo_seen fresh{runs.add_row_entity(into.key(o), 0), std::string(csv[1]), {}, 0, csv.line()};
                for (std::size_t k = 0; k < kept.size(); ++k) {
                    if (kept_at[k] == csv_reader::npos) continue;
                    fresh.kept[k] = std::string(csv[kept_at[k]]);
                    if (!fresh.kept[k].empty()) into.set_attribute(o, kept[k], fresh.kept[k]);
                }
                igo = &seen.emplace(folded, std::move(fresh)).first->second;
                placed = true;
            }
        } catch (const error& e) {
            if (!options.lenient || e.code() == errc::io) throw;
            report.reject(e.what());
            accepted = false;
            if (!placed) continue;
            for (std::size_t c = 3; c < metadata; ++c) codes[c] = cow_code::missing;
        }
        igo->last_year = year;
        file_last_year = std::max(file_last_year, year);
        years = {std::min(years.first, year), std::max(years.second, year)};
        const long line = csv.line();
        bool any_period = false;
        for (std::size_t c = 3; c < metadata; ++c) {
            runs.feed(igo->runs_index, c - 3, year, codes[c], line);
            if (accepted) any_period = count_cell(report, codes[c]) || any_period;
        }
        if (accepted) ++(any_period ? report.rows_with_periods : report.rows_without_periods);
    }
    runs.finish(file_last_year);
    set_year_coverage(into, organisations, years);
}

}  // namespace alliance::io::detail
