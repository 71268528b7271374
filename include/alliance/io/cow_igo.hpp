// alliance/io/cow_igo.hpp — readers for the Correlates of War IGO data, version 3.
//
// Two layouts of the same data:
//   cow-igo-state-year  ccode,year,state,<one column per IGO: aaaid ... wassen>
//   cow-igo-igo-year    ioname,orgname,year,<one column per state: afghanistan ...
//                       zimbabwe>,<metadata: sdate,deaddate,...>
//
// Codes (COW IGO v3 codebook):
//    1 full membership   -> status member
//    2 associate         -> status associate
//    3 observer          -> status observer
//    0 no membership     -> no status (none)
//   -1 state not in the system (IGO-year) / IGO not in existence (state-year)
//                       -> no status (none)
//   -9 missing data     -> unknown: the days read `unknown`, never `none`
//   empty cell          -> state-year: missing (unknown). IGO-year: the state
//                          has no state-year row ("not in the system") when it
//                          was not in the COW state system on 31 December of
//                          that year (data::cow::spells); otherwise missing.
//                          (Of the 1,294,458 empty cells of the v3 IGO-year
//                          file, exactly 2 are missing by this rule.)
//
// Years to periods. The codes are annual; the library reads the code for
// year Y as the status on 31 December of Y. A run of consecutive years
// Y1..Y2 with the same code becomes one period with year precision:
//     from "Y1"  (it began on an unknown day of Y1)
//     to   "Y2+1" (it ended on an unknown day of the first year coded otherwise)
// so the status is certain from 31 December of Y1 through 31 December of
// Y2, and the days of Y1 before 31 December and of Y2+1 before 31 December
// read `unknown`. A run that reaches the last year of the file (2014 in v3)
// is still going on when the data end: its `to` is open (".."). A run of -9
// (missing) years Y1..Y2 makes the days 1 January Y1 .. 31 December Y2
// unknown. A year with no row (a state outside the system, an IGO with a gap
// in its years) ends every run.
//
// Keys. Parties are COW state abbreviations (USA, UKG, GFR, RUS), found by
// numeric code ("2") and by the IGO-year column name ("usa") too
// (data::cow::add_state). Organisations are the IGO's `ioname` as the
// IGO-year file writes it (NATO, WPact); the state-year file's lower-case
// columns are mapped to it through cow_igo::igos, and a column that is not in
// that table becomes an organisation keyed by the column name. Organisation
// attributes: "ionum", "sdate" and, when the IGO ended, "deaddate".
//
// Strictness. A row is rejected (stopping the read, or reported in a lenient
// read) when it has the wrong number of fields, a code not in the codebook,
// a state code or column not in the COW state list, a `state` name that does
// not match its `ccode`, a year outside 1..9998, or a year not after the
// previous row of the same state (state-year) or IGO (IGO-year) — duplicate
// rows included. A rejected row whose state (or IGO) and year are known and
// in order makes that year unknown for all its cells rather than a gap.
#pragma once

#include <alliance/data/cow_states.hpp>
#include <alliance/error.hpp>
#include <alliance/io/cow_igo_names.hpp>
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

// --- synopsis -----------------------------------------------------------------

void read_cow_igo_state_year(csv_reader& csv, registry& into, read_report& report, const read_options& options);
void read_cow_igo_igo_year(csv_reader& csv, registry& into, read_report& report, const read_options& options);

// A cell's code: one of the codebook's, or `empty`, or `invalid`.
enum class cow_code : std::int8_t { missing = -9, outside = -1, none = 0, member = 1, associate = 2, observer = 3, empty = 9, invalid = 10 };
[[nodiscard]] constexpr cow_code parse_cow_code(std::string_view cell) noexcept;


// --- implementation -----------------------------------------------------------

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
class annual_runs {
public:
    annual_runs(registry& r, read_report& report, std::string_view source, std::size_t parties)
        : registry_(r), report_(report), source_(source), parties_(parties) {}

    // Organisation and party keys must stay valid: they are registry keys.
    std::size_t add_organisation(std::string_view key) {
        organisation_keys_.push_back(key);
        runs_.resize(organisation_keys_.size() * parties_);
        return organisation_keys_.size() - 1;
    }
    void reserve(std::size_t organisations) {
        organisation_keys_.reserve(organisations);
        runs_.reserve(organisations * parties_);
    }
    void set_party(std::size_t party, std::string_view key) {
        if (party_keys_.size() <= party) party_keys_.resize(party + 1);
        party_keys_[party] = key;
    }

    void feed(std::size_t organisation, std::size_t party, int year, cow_code code, long line) {
        run& r = runs_[organisation * parties_ + party];
        if (r.code == code && r.last + 1 == year) {
            r.last = static_cast<std::int16_t>(year);
            return;
        }
        if (r.code != no_run) close(organisation, party, r, false);
        r.code = code;
        r.first = r.last = static_cast<std::int16_t>(year);
        r.line = line;
    }

    // Ends every run; those reaching `last_year` (the file's last) stay open.
    void finish(int last_year) {
        for (std::size_t o = 0; o < organisation_keys_.size(); ++o)
            for (std::size_t p = 0; p < parties_; ++p) {
                run& r = runs_[o * parties_ + p];
                if (r.code != no_run) close(o, p, r, r.last == last_year);
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

    void close(std::size_t organisation, std::size_t party, const run& r, bool still_going) {
        const std::string_view o = organisation_keys_[organisation];
        const std::string_view p = party_keys_[party];
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
    std::size_t parties_;
    std::vector<std::string_view> organisation_keys_;
    std::vector<std::string_view> party_keys_;
    std::vector<run> runs_;
    std::string note_;
};

// Counts one accepted cell in the report; true when it is in a period.
inline bool count_cell(read_report& report, cow_code c) noexcept {
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

inline int read_year(const csv_reader& csv, std::size_t column) {
    int year = 0;
    if (!parse_int(csv[column], year) || year < 1 || year > 9998)
        throw error(errc::malformed_input, "alliance.cow.year",
                    "year '" + std::string(csv[column]) + "' is not a whole number from 1 to 9998", csv.where(column));
    return year;
}

// Rows of one entity (a state, an IGO) must come in increasing year order.
inline void check_order(const csv_reader& csv, int last, int year, const std::string& who, std::string_view entity) {
    if (year > last) return;
    throw error(errc::malformed_input, "alliance.cow.order",
                year == last ? "a second row for " + who + " in " + std::to_string(year)
                             : "year " + std::to_string(year) + " comes after " + std::to_string(last) + " for " + who +
                                   " (the rows of a " + std::string(entity) + " must be in year order)",
                csv.where(std::size_t{csv.column("year")}));
}

// Whether a state was in the COW state system on 31 December of a year.
inline bool in_system_at_year_end(int code, int year) noexcept {
    const date::sys_days day{date::year{year} / 12 / 31};
    for (const auto& s : data::cow::spells)
        if (s.code == code && date::sys_days{s.first} <= day && day <= date::sys_days{s.last}) return true;
    return false;
}

inline void read_cow_igo_state_year(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    const auto& header = csv.header();
    if (header.size() < 3 || header[0] != "ccode" || header[1] != "year" || header[2] != "state")
        bad_header(csv, 0, "a COW IGO state-year file starts with the columns ccode,year,state");
    const std::size_t width = header.size();

    annual_runs runs(into, report, "COW IGO v3 state-year", data::cow::states.size());
    runs.reserve(width);
    std::vector<std::size_t> organisation_of(width, 0);
    for (std::size_t c = 3; c < width; ++c) {
        if (header[c].empty()) bad_header(csv, c, "an IGO column has no name");
        organisation_id o{};
        if (const auto* igo = cow_igo::find_igo_column(header[c])) {
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
        organisation_of[c] = runs.add_organisation(into.key(o));
    }

    std::vector<int> last_year(data::cow::states.size(), 0);
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
        const auto& st = data::cow::states[state_index];
        runs.set_party(state_index, into.key(data::cow::add_state(into, st)));
        last_year[state_index] = year;
        file_last_year = std::max(file_last_year, year);
        const long line = csv.line();
        bool any_period = false;
        for (std::size_t c = 3; c < width; ++c) {
            runs.feed(organisation_of[c], state_index, year, codes[c], line);
            if (accepted) any_period = count_cell(report, codes[c]) || any_period;
        }
        if (accepted) ++(any_period ? report.rows_with_periods : report.rows_without_periods);
    }
    runs.finish(file_last_year);
}

// For each state of the COW list, the years Y in which it was in the system
// on 31 December of Y, as inclusive year ranges.
inline const std::vector<std::vector<std::pair<int, int>>>& system_years() {
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

inline void read_cow_igo_igo_year(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    const auto& header = csv.header();
    if (header.size() < 3 || header[0] != "ioname" || header[1] != "orgname" || header[2] != "year")
        bad_header(csv, 0, "a COW IGO IGO-year file starts with the columns ioname,orgname,year");
    const std::size_t width = header.size();

    // State columns run from the fourth column to the first that is not a
    // state's column name; the metadata columns follow.
    std::vector<std::size_t> state_of;  // column - 3 -> index in data::cow::states
    std::size_t metadata = 3;
    for (; metadata < width; ++metadata) {
        const auto* st = data::cow::find_state(header[metadata]);
        if (st == nullptr || st->igo_column != header[metadata]) break;
        const auto index = static_cast<std::size_t>(st - data::cow::states.data());
        if (std::find(state_of.begin(), state_of.end(), index) != state_of.end())
            bad_header(csv, metadata, "the state '" + header[metadata] + "' has two columns");
        state_of.push_back(index);
    }
    if (state_of.empty()) bad_header(csv, 3, "no state columns: expected COW state column names (afghanistan ... zimbabwe)");
    for (std::size_t c = metadata; c < width; ++c)
        if (data::cow::find_state(header[c]) != nullptr && data::cow::find_state(header[c])->igo_column == header[c])
            bad_header(csv, c, "the state column '" + header[c] + "' comes after the metadata columns");
    // Metadata kept as organisation attributes: constant for an IGO across its rows.
    const std::array<std::string_view, 3> kept{"ionum", "sdate", "deaddate"};
    std::array<std::size_t, 3> kept_at{};
    for (std::size_t k = 0; k < kept.size(); ++k) kept_at[k] = csv.column(kept[k]);

    annual_runs runs(into, report, "COW IGO v3 IGO-year", data::cow::states.size());
    for (const std::size_t index : state_of) {
        const auto& st = data::cow::states[index];
        runs.set_party(index, into.key(data::cow::add_state(into, st)));
    }
    const auto& in_system = system_years();

    struct igo_seen {
        std::size_t runs_index;
        std::string orgname;
        std::array<std::string, 3> kept;
        int last_year;
        long first_line;
    };
    std::unordered_map<std::string, igo_seen> seen;  // folded ioname -> what its first row said
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
                igo_seen fresh{runs.add_organisation(into.key(o)), std::string(csv[1]), {}, 0, csv.line()};
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
        const long line = csv.line();
        bool any_period = false;
        for (std::size_t c = 3; c < metadata; ++c) {
            runs.feed(igo->runs_index, state_of[c - 3], year, codes[c], line);
            if (accepted) any_period = count_cell(report, codes[c]) || any_period;
        }
        if (accepted) ++(any_period ? report.rows_with_periods : report.rows_without_periods);
    }
    runs.finish(file_last_year);
}

}  // namespace alliance::io::detail
