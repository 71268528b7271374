// Panels (alliance/panel.hpp) by unit, rule and frame, with the program's
// code columns (alliance/data/codes.hpp), and the counts of `panel --all`.
#include "alliance_r.h"

#include <alliance/data/codes.hpp>
#include <alliance/io/cow_alliance.hpp>
#include <alliance/panel.hpp>

#include <algorithm>
#include <tuple>  // tie

namespace {
namespace codes = alliance::data::codes;

int logical(alliance::answer a) { return a == alliance::answer::unknown ? NA_LOGICAL : a == alliance::answer::yes; }

std::optional<int> year_or_none(SEXP year) {
    if (Rf_isNull(year)) return std::nullopt;
    const int y = Rcpp::as<int>(year);
    if (y == NA_INTEGER) return std::nullopt;
    return y;
}

// The columns of a data frame, in order.
struct columns {
    Rcpp::List list;
    std::vector<std::string> names;
    void add(std::string name, SEXP column) {
        list.push_back(column);
        names.push_back(std::move(name));
    }
    SEXP done() {
        list.names() = Rcpp::wrap(names);
        return list;
    }
};

// The code columns after one party column ("party_cown", "party1_iso3c"),
// NA where a state held no code: numbers (cown, gwn, iso3n) as integers, letters and names as character.
void put_codes(columns& out, const std::string& prefix, const codes::row_codes& codes) {
    for (std::size_t k = 0; k < codes.columns().size(); ++k) {
        const auto s = codes.schemes()[k];
        const auto& cells = codes.columns()[k];
        const auto n = static_cast<R_xlen_t>(cells.size());
        const auto name = prefix + "_" + std::string(codes::to_string(s));
        if (s == codes::scheme::cown || s == codes::scheme::gwn || s == codes::scheme::iso3n) {
            Rcpp::IntegerVector column(n);
            for (R_xlen_t i = 0; i < n; ++i) {
                const auto& c = cells[static_cast<std::size_t>(i)];
                column[i] = c ? static_cast<int>(c->number) : NA_INTEGER;
            }
            out.add(name, column);
        } else {
            Rcpp::CharacterVector column(n);
            for (R_xlen_t i = 0; i < n; ++i) {
                const auto& c = cells[static_cast<std::size_t>(i)];
                column[i] = c ? Rcpp::String(c->text()) : Rcpp::String(NA_STRING);
            }
            out.add(name, column);
        }
    }
}

std::vector<codes::scheme> schemes_of(const Rcpp::CharacterVector& names) {
    std::vector<codes::scheme> out;
    for (R_xlen_t i = 0; i < names.size(); ++i) out.push_back(codes::scheme_named(Rcpp::as<std::string>(names[i])));
    return out;
}

void set_years(alliance::panel_options& options, SEXP from, SEXP to) {
    options.first_year = year_or_none(from);
    options.last_year = year_or_none(to);
}
}  // namespace

// The panel of one organisation, as the program's `panel ORG` writes it:
// `unit`, `rule` and `frame` as its options (an unknown one is the library's
// error), `codes` the schemes of its code columns; `from` and `to` are years
// or NULL for the years the data states. A state panel carries the
// organisation's attributes as columns, each row holding its party's value.
// [[Rcpp::export]]
SEXP rcpp_panel(std::string org, std::string unit, SEXP from, SEXP to, std::string rule, std::string frame,
                Rcpp::CharacterVector codes, SEXP data) {
    const auto& r = alliance_r::registry_of(data);
    return alliance_r::guarded([&] {
        alliance::panel_options options;
        set_years(options, from, to);
        options.unit = alliance::panel_unit_named(unit);
        options.rule = alliance::panel_rule_named(rule);
        const auto system = codes::frame_system(frame);
        auto schemes = schemes_of(codes);
        // A system frame's number comes first, unless asked for.
        if (system && std::find(schemes.begin(), schemes.end(), *system) == schemes.end())
            schemes.insert(schemes.begin(), *system);
        const auto o = r.organisation(org);
        const bool state = options.unit == alliance::panel_unit::state_year || options.unit == alliance::panel_unit::state_month;
        const bool monthly = options.unit == alliance::panel_unit::state_month;
        const bool share = options.rule == alliance::panel_rule::share;
        const auto attributes = state ? r.attributes(o) : std::vector<std::pair<std::string_view, std::string_view>>{};

        std::vector<std::string> organisation, party1, party2, status;
        std::vector<std::vector<std::string>> attribute_cells(attributes.size());
        std::vector<int> year, month, member;
        std::vector<double> shares, low, high;
        const auto frame_scheme = system.value_or(codes::scheme::cown);
        codes::row_codes codes1(r, schemes, frame_scheme), codes2 = codes1;
        const auto visit = [&](const alliance::panel_row& row) {
            organisation.emplace_back(row.organisation);
            party1.emplace_back(row.party1);
            codes1.add(row.id1, row.entry1, codes::code_day(row.year, row.month, options.rule, row.entry1));
            if (!state) {
                party2.emplace_back(row.party2);
                codes2.add(row.id2, row.entry2, codes::code_day(row.year, row.month, options.rule, row.entry2));
            }
            year.push_back(row.year);
            if (monthly) month.push_back(static_cast<int>(row.month));
            if (state) status.push_back(alliance_r::standing_text(row.status));
            if (share) {
                shares.push_back(row.share_low == row.share_high ? row.share_low : NA_REAL);
                low.push_back(row.share_low);
                high.push_back(row.share_high);
            } else {
                member.push_back(logical(row.member));
            }
            for (std::size_t k = 0; k < attributes.size(); ++k)
                attribute_cells[k].emplace_back(alliance::io::member_value(attributes[k].second, row.party1));
        };
        if (system) alliance::for_each_panel_row(r, r.key(o), codes::system_frame(r, *system), options, visit);
        else alliance::for_each_panel_row(r, r.key(o), options, visit);

        columns out;
        out.add("organisation", Rcpp::wrap(organisation));
        out.add(state ? "party" : "party1", Rcpp::wrap(party1));
        put_codes(out, state ? "party" : "party1", codes1);
        if (!state) {
            out.add("party2", Rcpp::wrap(party2));
            put_codes(out, "party2", codes2);
        }
        out.add("year", Rcpp::wrap(year));
        if (monthly) out.add("month", Rcpp::wrap(month));
        if (state) out.add("status", Rcpp::wrap(status));
        const std::string flag = state ? "member" : "both_members";
        if (share) {
            out.add(flag, Rcpp::wrap(shares));
            out.add(flag + "_min", Rcpp::wrap(low));
            out.add(flag + "_max", Rcpp::wrap(high));
        } else {
            Rcpp::LogicalVector answers(member.begin(), member.end());
            out.add(flag, answers);
        }
        for (std::size_t k = 0; k < attributes.size(); ++k)
            out.add(std::string(attributes[k].first), Rcpp::wrap(attribute_cells[k]));
        return out.done();
    });
}

// The program's `panel --all`: per pair of parties and year, the
// organisations both certainly (dyadigos) and possibly (dyadigos_possible)
// belonged to. Directed: both orders of each year's pairs, in key order.
// [[Rcpp::export]]
SEXP rcpp_dyad_counts(std::string unit, SEXP from, SEXP to, std::string rule, Rcpp::CharacterVector codes, SEXP data) {
    const auto& r = alliance_r::registry_of(data);
    return alliance_r::guarded([&] {
        alliance::panel_options options = alliance::dyad_count_options(unit, rule);
        set_years(options, from, to);
        const bool directed = options.unit == alliance::panel_unit::directed_dyad_year;
        std::vector<alliance::dyad_year_count_row> rows;
        alliance::for_each_dyad_year_count(r, options, [&](const alliance::dyad_year_count_row& row) {
            rows.push_back(row);
            if (directed) rows.push_back({row.party2, row.party1, row.year, row.certain, row.possible});
        });
        if (directed)
            std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
                return std::tie(x.year, x.party1, x.party2) < std::tie(y.year, y.party1, y.party2);
            });
        const auto schemes = schemes_of(codes);
        codes::row_codes codes1(r, schemes), codes2 = codes1;
        std::vector<std::string> party1, party2;
        std::vector<int> year, certain, possible;
        for (const auto& row : rows) {
            const auto day = codes::code_day(row.year, 0, options.rule);
            party1.emplace_back(row.party1);
            party2.emplace_back(row.party2);
            codes1.add(r.party(row.party1), nullptr, day);
            codes2.add(r.party(row.party2), nullptr, day);
            year.push_back(row.year);
            certain.push_back(static_cast<int>(row.certain));
            possible.push_back(static_cast<int>(row.possible));
        }
        columns out;
        out.add("party1", Rcpp::wrap(party1));
        put_codes(out, "party1", codes1);
        out.add("party2", Rcpp::wrap(party2));
        put_codes(out, "party2", codes2);
        out.add("year", Rcpp::wrap(year));
        out.add("dyadigos", Rcpp::wrap(certain));
        out.add("dyadigos_possible", Rcpp::wrap(possible));
        return out.done();
    });
}
