// The real COW IGO v3 files of the shared data folder (an absent file fails the test): read them
// whole, account for every row and cell, answer NATO's members in 1985, and compare the two files'
// answers.
//
// The expected values are computed here from the raw files with a separate,
// plain reading of the codes (not the library's readers), then compared.
#include "shared_data.hpp"

#include <alliance/io/read.hpp>
#include <alliance/queries.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

const std::string folder = ALLIANCE_SHARED_DIR "/data/cow-igo-v3/";
const std::string state_year_file = folder + "state_year_formatv3.csv";
const std::string igo_year_file = folder + "igo_year_formatv3.csv";

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

// The state-year file read plainly: it has no quoted fields.
struct raw_state_year {
    std::vector<std::string> igos;                         // lower-case column names
    std::map<std::pair<int, int>, std::vector<int>> codes; // (ccode, year) -> code per IGO
    std::map<int, std::string> column_of;                  // ccode -> state name
};

raw_state_year read_raw_state_year() {
    raw_state_year raw;
    std::ifstream in(state_year_file);
    std::string line;
    std::getline(in, line);
    {
        std::stringstream header(line);
        std::string cell;
        for (int i = 0; std::getline(header, cell, ','); ++i)
            if (i >= 3) raw.igos.push_back(cell);
    }
    while (std::getline(in, line)) {
        std::vector<int> row;
        std::size_t start = 0;
        int ccode = 0, year = 0, i = 0;
        std::string state;
        while (start <= line.size()) {
            std::size_t end = line.find(',', start);
            if (end == std::string::npos) end = line.size();
            const std::string cell = line.substr(start, end - start);
            if (i == 0) ccode = std::stoi(cell);
            else if (i == 1) year = std::stoi(cell);
            else if (i == 2) state = cell;
            else row.push_back(cell.empty() ? -9 : std::stoi(cell));
            ++i;
            start = end + 1;
        }
        raw.column_of[ccode] = state;
        raw.codes[{ccode, year}] = std::move(row);
    }
    return raw;
}

alliance::status_reading expected_on_31_december(int code) {
    switch (code) {
        case 1: return alliance::status::member;
        case 2: return alliance::status::associate;
        case 3: return alliance::status::observer;
        case -9: return alliance::status_reading::unknown();
        default: return alliance::status::none;
    }
}


// The IGO-year file read plainly. Its notes are quoted (commas, doubled
// quotes), so this is a small RFC 4180 split of the whole text, written
// here rather than taken from the library.
struct raw_igo_year {
    std::vector<std::string> header;
    std::size_t rows = 0;
    // Per column: how many cells hold each code ("", "0", "1", "2", "3", "-9"; anything else: "other").
    std::vector<std::map<std::string, std::size_t>> tally;
};

raw_igo_year read_raw_igo_year(std::size_t first_state_column, std::size_t state_columns) {
    std::ifstream in(igo_year_file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    raw_igo_year raw;
    std::vector<std::string> record;
    std::string field;
    const auto end_record = [&] {
        record.push_back(field);
        field.clear();
        if (raw.header.empty()) {
            raw.header = record;
            raw.tally.resize(record.size());
        } else {
            ++raw.rows;
            REQUIRE(record.size() == raw.header.size());
            for (std::size_t c = first_state_column; c < first_state_column + state_columns; ++c) {
                const std::string& v = record[c];
                const bool code = v.empty() || v == "0" || v == "1" || v == "2" || v == "3" || v == "-9";
                ++raw.tally[c][code ? v : "other"];
            }
        }
        record.clear();
    };
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch != '"') field += ch;
            else if (i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
            else quoted = false;
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            record.push_back(field);
            field.clear();
        } else if (ch == '\n') {
            end_record();
        } else {
            field += ch;
        }
    }
    if (!field.empty() || !record.empty()) end_record();
    return raw;
}
}  // namespace

TEST_CASE("state-year file: every row and cell accounted for; NATO's members on 1985-06-30 by COW abbreviation") {
    (void)alliance_test::shared_path("data/cow-igo-v3/state_year_formatv3.csv");
    const auto started = std::chrono::steady_clock::now();
    alliance::io::read_report report;
    const auto r = alliance::io::read_file(state_year_file, "auto", &report);
    const auto took = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    MESSAGE("read " << state_year_file << " in " << took << " ms (this build's optimisation level)");

    const auto raw = read_raw_state_year();
    std::map<int, std::size_t> tally;
    for (const auto& [key, codes] : raw.codes)
        for (const int c : codes) ++tally[c];
    CHECK(report.format == "cow-igo-state-year");
    CHECK(report.rows == raw.codes.size());
    CHECK(report.cells == raw.codes.size() * raw.igos.size());
    CHECK(report.cells_in_periods == tally[1] + tally[2] + tally[3]);
    CHECK(report.cells_none == tally[0]);
    CHECK(report.cells_outside == tally[-1]);
    CHECK(report.cells_missing == tally[-9]);
    CHECK(report.rejected == 0);
    CHECK(report.balanced());
    CHECK(report.organisations == raw.igos.size());
    CHECK(report.parties == raw.column_of.size());

    // On 30 June 1985 a state is certainly a NATO member when it was coded 1
    // in 1984 and in 1985 (the period from its first year runs past both).
    const auto nato = static_cast<std::size_t>(std::find(raw.igos.begin(), raw.igos.end(), "nato") - raw.igos.begin());
    std::vector<std::string> expected;
    for (const auto& [ccode, column] : raw.column_of) {
        const auto a = raw.codes.find({ccode, 1984});
        const auto b = raw.codes.find({ccode, 1985});
        if (a != raw.codes.end() && b != raw.codes.end() && a->second[nato] == 1 && b->second[nato] == 1)
            expected.emplace_back(alliance::data::cow::find_state(ccode)->abbreviation);
    }
    std::sort(expected.begin(), expected.end());
    const auto members = alliance::members_on(r, "NATO", day(1985, 6, 30));
    CHECK(std::vector<std::string>(members.begin(), members.end()) == expected);
    CHECK(members.size() == 16);
    CHECK(std::find(members.begin(), members.end(), "GFR") != members.end());
    CHECK(std::find(members.begin(), members.end(), "SPN") != members.end());  // joined in 1982

    // Coverage: the file's years (every year of its rows, 1816-2014 by the README). After
    // 2014 it says nothing: the USA, coded 1 in NATO in 2014, is a member on 31 December
    // 2014 and unknown on 1 January 2016; Mongolia, coded 0, is none in 2014 and unknown in 2018.
    int first_year = 10000, last_year = 0;
    for (const auto& entry : raw.codes) {
        first_year = std::min(first_year, entry.first.second);
        last_year = std::max(last_year, entry.first.second);
    }
    CHECK(first_year == 1816);
    CHECK(last_year == 2014);
    const auto window = r.coverage(r.organisation("NATO"));
    REQUIRE(window.has_value());
    CHECK(window->first == day(first_year, 1, 1));
    CHECK(window->last == day(last_year, 12, 31));
    REQUIRE(raw.codes.count({2, 2014}) == 1);
    REQUIRE(raw.codes.count({712, 2014}) == 1);
    CHECK(raw.codes.at({2, 2014})[nato] == 1);
    CHECK(raw.codes.at({712, 2014})[nato] == 0);
    CHECK(alliance::status_of(r, "NATO", "USA", day(2014, 12, 31)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "NATO", "USA", day(2016, 1, 1)) == alliance::status_reading::unknown());
    CHECK(alliance::status_of(r, "NATO", "MON", day(2014, 12, 31)) == alliance::status_reading{alliance::status::none});
    CHECK(alliance::status_of(r, "NATO", "MON", day(2018, 6, 1)) == alliance::status_reading::unknown());
    CHECK(alliance::members_on(r, "NATO", day(2016, 1, 1)).empty());
}

TEST_CASE("the IGO-year file agrees with the state-year file wherever their codes agree") {
    (void)alliance_test::shared_path("data/cow-igo-v3/state_year_formatv3.csv");
    (void)alliance_test::shared_path("data/cow-igo-v3/igo_year_formatv3.csv");
    alliance::io::read_report report;
    const auto iy = alliance::io::read_file(igo_year_file, "auto", &report);
    CHECK(report.format == "cow-igo-igo-year");
    CHECK(report.rejected == 0);
    CHECK(report.balanced());
    const auto sy = alliance::io::read_file(state_year_file);
    const auto raw = read_raw_state_year();
    std::unordered_map<std::string, std::size_t> igo_column;
    for (std::size_t i = 0; i < raw.igos.size(); ++i) igo_column[raw.igos[i]] = i;
    std::unordered_map<std::string, int> ccode_of;
    for (const auto& [ccode, column] : raw.column_of) ccode_of[column] = ccode;

    // Walk the IGO-year file with the library's CSV reader (it has quoted notes).
    std::ifstream in(igo_year_file, std::ios::binary);
    alliance::io::csv_reader csv(in, igo_year_file);
    REQUIRE(csv.read_header());
    std::vector<int> state_ccode;  // per state column, from the 4th
    for (std::size_t c = 3; c < csv.header().size() && ccode_of.count(csv.header()[c]) != 0; ++c)
        state_ccode.push_back(ccode_of.at(csv.header()[c]));
    REQUIRE(state_ccode.size() == 217);

    std::size_t both = 0, disagree = 0, checked = 0, answers_differ = 0;
    std::map<std::pair<int, int>, std::size_t> pairs;  // (igo-year code, state-year code) -> cells, where they differ
    while (csv.next()) {
        const std::string ioname(csv[0]);
        std::string lower = ioname;
        for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const int year = std::stoi(std::string(csv[2]));
        const auto o_iy = iy.organisation(ioname);
        const auto o_sy = sy.organisation(ioname);
        const std::size_t column = igo_column.at(lower);
        for (std::size_t s = 0; s < state_ccode.size(); ++s) {
            const std::string_view cell = csv[3 + s];
            if (cell.empty()) continue;
            const auto row = raw.codes.find({state_ccode[s], year});
            if (row == raw.codes.end()) continue;
            ++both;
            const int a = std::stoi(std::string(cell));
            const int b = row->second[column];
            if (a != b) {
                ++disagree;
                ++pairs[{a, b}];
                continue;
            }
            // Where the codes agree, so do the answers on the reference day 31 December.
            const auto abbreviation = alliance::data::cow::find_state(state_ccode[s])->abbreviation;
            const auto* t_iy = iy.find_timeline(o_iy, iy.party(abbreviation));
            const auto* t_sy = sy.find_timeline(o_sy, sy.party(abbreviation));
            const auto d = day(year, 12, 31);
            const auto answer_iy = t_iy ? t_iy->status_on(d) : alliance::status_reading{alliance::status::none};
            const auto answer_sy = t_sy ? t_sy->status_on(d) : alliance::status_reading{alliance::status::none};
            ++checked;
            if (answer_iy != answer_sy || answer_iy != expected_on_31_december(a)) ++answers_differ;
        }
    }
    MESSAGE("cells coded in both files: " << both << "; codes differ in " << disagree << "; answers compared where they agree: "
                                          << checked);
    for (const auto& [codes, count] : pairs)
        if (count >= 100) MESSAGE("  IGO-year " << codes.first << ", state-year " << codes.second << ": " << count << " cells");
    CHECK(both > 2'800'000);
    CHECK(disagree > 0);           // the two files do not always agree (their README: 4,615 cells)
    CHECK(disagree < both / 100);  // ... but rarely
    CHECK(checked == both - disagree);
    CHECK(answers_differ == 0);
}

TEST_CASE("a COW IGO registry exports to the library's format and reads back byte for byte") {
    (void)alliance_test::shared_path("data/cow-igo-v3/state_year_formatv3.csv");
    const auto r = alliance::io::read_file(state_year_file);
    std::ostringstream first;
    alliance::io::write_period_csv(first, r);
    std::istringstream in(first.str());
    alliance::io::read_report report;
    const auto back = alliance::io::read_stream(in, "export.csv", "auto", &report);
    std::ostringstream second;
    alliance::io::write_period_csv(second, back);
    const bool identical = second.str() == first.str();  // not printed: megabytes
    CHECK(identical);
    CHECK(report.periods == r.period_count());
    CHECK(alliance::members_on(back, "NATO", day(1985, 6, 30)) == alliance::members_on(r, "NATO", day(1985, 6, 30)));
}

TEST_CASE("IGO-year file: every state column is read as a state; the other columns are the README's metadata") {
    (void)alliance_test::shared_path("data/cow-igo-v3/igo_year_formatv3.csv");
    // The data folder's README, "Layouts": columns 4 to 220 are the 217 state
    // columns afghanistan ... zimbabwe; then these metadata columns, in order.
    const std::vector<std::string> readme_metadata{"sdate", "deaddate", "dead", "integrated", "replaced",
                                                   "longorgname", "ionum", "igocode", "version",
                                                   "accuracyofpre1965membershipdates", "sourcesandnotes", "imputed",
                                                   "political", "social", "economic"};
    const auto raw = read_raw_igo_year(3, 217);
    REQUIRE(raw.header.size() == 3 + 217 + readme_metadata.size());
    CHECK(raw.header[3] == "afghanistan");
    CHECK(raw.header[3 + 216] == "zimbabwe");
    CHECK(std::vector<std::string>(raw.header.begin() + 220, raw.header.end()) == readme_metadata);
    CHECK(raw.rows == 19'335);  // the README's row count

    alliance::io::read_report report;
    const auto r = alliance::io::read_file(igo_year_file, "cow-igo-igo-year", &report);
    CHECK(report.rejected == 0);
    CHECK(report.balanced());
    CHECK(report.parties == 217);
    // Every cell of every state column is counted: none is taken for metadata.
    CHECK(report.cells == raw.rows * 217);

    // Per state column: the years coded 1, 2 and 3 are exactly the years the
    // library's periods of that state cover (a run Y1..Y2 is the period
    // Y1 to Y2+1; a run reaching 2014, the file's last year, has an open end).
    std::map<std::string_view, std::map<alliance::status, long>> years;  // party key -> status -> years
    for (const auto& p : r.periods()) {
        const int from = std::stoi(alliance::to_string(p.from));
        const std::string to_text = alliance::to_string(p.to);
        const int to = to_text == ".." ? 2015 : std::stoi(to_text);
        years[p.party][p.status] += to - from;
    }
    std::size_t in_periods = 0;
    for (std::size_t c = 3; c < 3 + 217; ++c) {
        const std::string& column = raw.header[c];
        CAPTURE(column);
        const auto& tally = raw.tally[c];
        const auto count = [&](const char* code) {
            const auto it = tally.find(code);
            return it == tally.end() ? std::size_t{0} : it->second;
        };
        CHECK(count("other") == 0);
        const auto party = r.find_party(column);
        REQUIRE(party.has_value());
        const auto& by_status = years[r.key(*party)];
        const auto got = [&](alliance::status st) {
            const auto it = by_status.find(st);
            return it == by_status.end() ? std::size_t{0} : static_cast<std::size_t>(it->second);
        };
        CHECK(got(alliance::status::member) == count("1"));
        CHECK(got(alliance::status::associate) == count("2"));
        CHECK(got(alliance::status::observer) == count("3"));
        in_periods += count("1") + count("2") + count("3");
    }
    CHECK(report.cells_in_periods == in_periods);
    // The README's value counts of the IGO-year file: 536,320 cells coded 1, 1,095 coded 2, 2,387 coded 3.
    CHECK(in_periods == 536'320 + 1'095 + 2'387);

    // Zimbabwe, the last state column, by hand: line 18352 (UN, 1979) has
    // zimbabwe 0, line 18353 (UN, 1980) has 1, and every UN row to 2014
    // (line 18387) has 1: a membership from 1980, still going on.
    CHECK(raw.tally[3 + 216].at("1") > 0);
    CHECK(alliance::status_of(r, "UN", "ZIM", day(1979, 12, 31)) == alliance::status_reading{alliance::status::none});
    CHECK(alliance::status_of(r, "UN", "ZIM", day(1980, 12, 31)) == alliance::status_reading{alliance::status::member});
    CHECK(alliance::status_of(r, "UN", "ZIM", day(2014, 12, 31)) == alliance::status_reading{alliance::status::member});
}

TEST_CASE("ACP exported alone and read back: its 195 unknown state-years and its parties with only unknown days survive") {
    (void)alliance_test::shared_path("data/cow-igo-v3/state_year_formatv3.csv");
    const auto r = alliance::io::read_file(state_year_file);
    const auto raw = read_raw_state_year();
    const auto acp = static_cast<std::size_t>(std::find(raw.igos.begin(), raw.igos.end(), "acp") - raw.igos.begin());
    REQUIRE(acp < raw.igos.size());

    std::ostringstream out;
    alliance::io::write_period_csv(out, alliance::restricted(r, r.organisation("ACP")));
    std::istringstream in(out.str());
    const auto back = alliance::io::read_stream(in, "acp.csv");

    // From the raw rows: each state-year coded -9 (or empty) reads unknown on
    // its 31 December; a state with -9 and never 1, 2 or 3 has only unknown days.
    std::size_t unknown_cells = 0, unknown_before = 0, unknown_after = 0, differ = 0;
    std::map<int, std::pair<bool, bool>> unknown_and_period;  // ccode -> (some -9, some 1/2/3)
    for (const auto& [key, codes] : raw.codes) {
        const auto& [ccode, year] = key;
        const std::string party(alliance::data::cow::find_state(ccode)->abbreviation);
        const int code = codes[acp];
        if (code == -9) unknown_and_period[ccode].first = true;
        if (code >= 1 && code <= 3) unknown_and_period[ccode].second = true;
        const auto expected = expected_on_31_december(code);
        const auto before = alliance::status_of(r, "ACP", party, day(year, 12, 31));
        // A state the organisation never lists (only -1 or 0) is not in the export: none, as before.
        const auto after = back.find_party(party) ? alliance::status_of(back, "ACP", party, day(year, 12, 31))
                                                  : alliance::status_reading{alliance::status::none};
        unknown_cells += code == -9;
        unknown_before += !before.known();
        unknown_after += !after.known();
        differ += before != expected || after != expected;
    }
    std::size_t only_unknown = 0;
    for (const auto& [ccode, seen] : unknown_and_period) only_unknown += seen.first && !seen.second;
    CHECK(unknown_cells == 195);
    CHECK(unknown_before == 195);
    CHECK(unknown_after == 195);
    CHECK(differ == 0);
    CHECK(only_unknown == 118);
    // Every party the organisation lists, those with only unknown days included, is in the export.
    CHECK(back.parties_of(back.organisation("ACP")).size() == r.parties_of(r.organisation("ACP")).size());
    CHECK(r.parties_of(r.organisation("ACP")).size() >= only_unknown);
    // And the export of the export is the same bytes.
    std::ostringstream again;
    alliance::io::write_period_csv(again, alliance::restricted(back, back.organisation("ACP")));
    CHECK(again.str() == out.str());
}
