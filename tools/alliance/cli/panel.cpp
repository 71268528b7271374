// cli/panel.cpp — the definitions of what cli/panel.hpp declares (see there).
#include "cli/panel.hpp"

#include "cli/codes.hpp"
#include "cli/dataset.hpp"

#include <alliance/data/codes.hpp>
#include <alliance/io/cow_alliance.hpp>  // member_value
#include <alliance/io/csv.hpp>           // write_csv_field
#include <alliance/panel.hpp>

#include <date/date.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance_cli {

namespace detail {

std::string_view one_zero_na(alliance::answer a) {
    return a == alliance::answer::yes ? "1" : a == alliance::answer::no ? "0" : "NA";
}

}  // namespace detail

namespace detail {

// Counts rows on a terminal's stderr, once a second at most.
class progress_line {
public:
    explicit progress_line(std::ostream* to) : to_(to), last_(std::chrono::steady_clock::now()) {}
    // After each row: stops a run whose output is lost (a full disk, a closed pipe).
    void row(const std::ostream& out) {
        if ((++rows_ & 0xfff) != 0) return;
        if (!out) throw std::runtime_error("cannot write the output (standard output is full or closed)");
        if (to_ == nullptr || (rows_ & 0xffff) != 0) return;
        const auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::seconds(1)) return;
        last_ = now;
        *to_ << "\ralliance: panel: " << rows_ << " rows" << std::flush;
        shown_ = true;
    }
    ~progress_line() {
        if (shown_) *to_ << "\ralliance: panel: " << rows_ << " rows, done\n" << std::flush;
    }
    progress_line(const progress_line&) = delete;
    progress_line& operator=(const progress_line&) = delete;

private:
    std::ostream* to_;
    std::chrono::steady_clock::time_point last_;
    std::uint64_t rows_ = 0;
    bool shown_ = false;
};

// A share: "0.489071", "1", "0".
void share_cell(std::ostream& out, double share) {
    std::ostringstream text;
    text.precision(6);
    text << share;
    out << text.str();
}

void counts_csv(const dataset& d, const panel_request& request, alliance::panel_options options, std::ostream& out,
                progress_line& progress) {
    using alliance::panel_unit;
    const auto unit = options.unit;
    const auto rule = options.rule;
    if (unit != panel_unit::dyad_year && unit != panel_unit::directed_dyad_year)
        throw usage_error("--all counts the organisations a pair shares: --unit dyad-year or directed-dyad-year, not " +
                          request.unit);
    if (rule != alliance::panel_rule::end_of_year && rule != alliance::panel_rule::first_day)
        throw usage_error("--all reads each year on one day: --rule end-of-year or first-day, not " + request.rule);
    if (request.frame != "members")
        throw usage_error("--all lists the pairs that share an organisation: --frame " + request.frame +
                          " is for one organisation's panel");
    if (rule == alliance::panel_rule::first_day) options.reference_day = date::January / date::day{1};
    code_columns codes(d, "NA");
    out << "party1";
    for (const auto& name : codes.names("party1")) out << ',' << name;
    out << ",party2";
    for (const auto& name : codes.names("party2")) out << ',' << name;
    out << ",year,dyadigos,dyadigos_possible\n";
    const auto write = [&](std::string_view a, std::string_view b, int year, std::uint32_t certain,
                           std::uint32_t possible) {
        const date::sys_days day{date::year{year} / options.reference_day};
        alliance::io::write_csv_field(out, a);
        for (const auto& cell : codes.cells(d.registry.party(a), day)) {
            out << ',';
            alliance::io::write_csv_field(out, cell);
        }
        out << ',';
        alliance::io::write_csv_field(out, b);
        for (const auto& cell : codes.cells(d.registry.party(b), day)) {
            out << ',';
            alliance::io::write_csv_field(out, cell);
        }
        out << ',' << year << ',' << certain << ',' << possible << '\n';
        progress.row(out);
    };
    // Directed: a year's pairs both ways, in key order; the rows of one year are held, no more.
    std::vector<alliance::dyad_year_count_row> year_rows;
    const auto flush = [&] {
        std::vector<alliance::dyad_year_count_row> both;
        both.reserve(year_rows.size() * 2);
        for (const auto& row : year_rows) {
            both.push_back(row);
            both.push_back({row.party2, row.party1, row.year, row.certain, row.possible});
        }
        std::sort(both.begin(), both.end(), [](const auto& x, const auto& y) {
            return x.party1 != y.party1 ? x.party1 < y.party1 : x.party2 < y.party2;
        });
        for (const auto& row : both) write(row.party1, row.party2, row.year, row.certain, row.possible);
        year_rows.clear();
    };
    alliance::for_each_dyad_year_count(d.registry, options, [&](const alliance::dyad_year_count_row& row) {
        if (unit == panel_unit::dyad_year) return write(row.party1, row.party2, row.year, row.certain, row.possible);
        if (!year_rows.empty() && year_rows.front().year != row.year) flush();
        year_rows.push_back(row);
    });
    flush();
}

}  // namespace detail

void panel_csv(const dataset& d, const panel_request& request, std::ostream& out, std::ostream* progress_to) {
    using alliance::panel_unit;
    namespace crosswalk = alliance::data::codes;
    const auto unit = alliance::panel_unit_named(request.unit);
    const auto rule = alliance::panel_rule_named(request.rule);
    if (request.all == request.org.has_value())
        throw usage_error(request.all ? "give ORG or --all, not both" : "give ORG, or --all for every organisation");
    if (request.first_year && request.last_year && *request.last_year < *request.first_year)
        throw usage_error("--to " + std::to_string(*request.last_year) + " is before --from " +
                          std::to_string(*request.first_year));
    alliance::panel_options options;
    options.first_year = request.first_year;
    options.last_year = request.last_year;
    options.unit = unit;
    options.rule = rule;
    detail::progress_line progress(progress_to);
    if (request.all) return detail::counts_csv(d, request, options, out, progress);

    const auto o = find_organisation(d, "ORG", *request.org);
    const auto key = d.registry.key(o);
    std::optional<alliance::panel_frame> frame;
    const std::optional<crosswalk::scheme> system = crosswalk::frame_system(request.frame);
    code_columns codes(d, "NA");
    if (system) {
        frame = crosswalk::system_frame(d.registry, *system);
        codes.ensure(*system);
    }
    const auto code_cells = [&](const alliance::panel_row& row, std::optional<alliance::party_id> id,
                                const alliance::frame_entry* entry) {
        if (codes.empty()) return;
        for (const auto& cell : codes.cells(id, entry, crosswalk::code_day(row.year, row.month, rule, entry))) {
            out << ',';
            alliance::io::write_csv_field(out, cell);
        }
    };
    const auto header = [&](std::initializer_list<const char*> parties) {
        out << "organisation";
        for (const char* party : parties) {
            out << ',' << party;
            for (const auto& name : codes.names(party)) out << ',' << name;
        }
    };
    const bool share = rule == alliance::panel_rule::share;
    const auto member_cells = [&](const alliance::panel_row& row) {
        if (!share) return void(out << detail::one_zero_na(row.member));
        if (row.share_low == row.share_high) detail::share_cell(out, row.share_low);
        else out << "NA";
        out << ',';
        detail::share_cell(out, row.share_low);
        out << ',';
        detail::share_cell(out, row.share_high);
    };
    const bool state = unit == panel_unit::state_year || unit == panel_unit::state_month;
    // The organisation's attributes follow as columns of their own (a COW
    // alliance's ss_type and defense, an ATOP alliance's obligations), each
    // row holding its party's value where members' values differ.
    const auto attributes = state ? d.registry.attributes(o) : std::vector<std::pair<std::string_view, std::string_view>>{};
    if (state) {
        header({"party"});
        out << (unit == panel_unit::state_month ? ",year,month,status,member" : ",year,status,member");
        if (share) out << ",member_min,member_max";
        for (const auto& [name, value] : attributes) {
            out << ',';
            alliance::io::write_csv_field(out, name);
        }
    } else {
        header({"party1", "party2"});
        out << ",year,both_members";
        if (share) out << ",both_members_min,both_members_max";
    }
    out << '\n';
    const auto write = [&](const alliance::panel_row& row) {
        alliance::io::write_csv_field(out, row.organisation);
        out << ',';
        alliance::io::write_csv_field(out, row.party1);
        code_cells(row, row.id1, row.entry1);
        if (!state) {
            out << ',';
            alliance::io::write_csv_field(out, row.party2);
            code_cells(row, row.id2, row.entry2);
        }
        out << ',' << row.year;
        if (row.month != 0) out << ',' << row.month;
        if (state) out << ',' << alliance::to_string(row.status);
        out << ',';
        member_cells(row);
        for (const auto& [name, value] : attributes) {
            out << ',';
            alliance::io::write_csv_field(out, alliance::io::member_value(value, row.party1));
        }
        out << '\n';
        progress.row(out);
    };
    if (frame) alliance::for_each_panel_row(d.registry, key, *frame, options, write);
    else alliance::for_each_panel_row(d.registry, key, options, write);
}

}  // namespace alliance_cli
