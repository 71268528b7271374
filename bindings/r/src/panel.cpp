// State-year and dyad-year panels (alliance/panel.hpp), read on 31 December.
#include "alliance_r.h"

#include <alliance/io/cow_alliance.hpp>
#include <alliance/panel.hpp>

namespace {
Rcpp::LogicalVector logical(const std::vector<alliance::answer>& answers) {
    Rcpp::LogicalVector out(answers.size());
    for (std::size_t i = 0; i < answers.size(); ++i)
        out[static_cast<R_xlen_t>(i)] = answers[i] == alliance::answer::unknown ? NA_LOGICAL
                                                                                : answers[i] == alliance::answer::yes;
    return out;
}

std::optional<int> year_or_none(SEXP year) {
    if (Rf_isNull(year)) return std::nullopt;
    const int y = Rcpp::as<int>(year);
    if (y == NA_INTEGER) return std::nullopt;
    return y;
}
}  // namespace

// The panel of one organisation: `unit` is "state-year" or "dyad-year"
// (checked on the R side); `from` and `to` are years or NULL for the years
// the data states. A state-year panel carries the organisation's attributes
// as columns, each row holding its party's value, as the program's CSV does.
// [[Rcpp::export]]
SEXP rcpp_panel(std::string org, std::string unit, SEXP from, SEXP to, SEXP data) {
    const auto& r = alliance_r::registry_of(data);
    return alliance_r::guarded([&] {
        alliance::panel_options options;
        options.first_year = year_or_none(from);
        options.last_year = year_or_none(to);
        Rcpp::List columns;
        std::vector<std::string> names;
        const auto add = [&](const char* name, SEXP column) {
            columns.push_back(column);
            names.emplace_back(name);
        };
        if (unit == "state-year") {
            const auto panel = alliance::state_year_panel(r, org, options);
            std::vector<std::string> organisation, party, status;
            std::vector<int> year;
            std::vector<alliance::answer> member;
            for (const auto& row : panel) {
                organisation.emplace_back(row.organisation);
                party.emplace_back(row.party);
                year.push_back(row.year);
                status.push_back(alliance_r::standing_text(row.status));
                member.push_back(row.status.is(alliance::status::member));
            }
            add("organisation", Rcpp::wrap(organisation));
            add("party", Rcpp::wrap(party));
            add("year", Rcpp::wrap(year));
            add("status", Rcpp::wrap(status));
            add("member", logical(member));
            for (const auto& [name, value] : r.attributes(r.organisation(org))) {
                std::vector<std::string> cells;
                for (const auto& row : panel) cells.emplace_back(alliance::io::member_value(value, row.party));
                columns.push_back(Rcpp::wrap(cells));
                names.emplace_back(name);
            }
        } else {
            const auto panel = alliance::dyad_year_panel(r, org, options);
            std::vector<std::string> organisation, party1, party2;
            std::vector<int> year;
            std::vector<alliance::answer> both;
            for (const auto& row : panel) {
                organisation.emplace_back(row.organisation);
                party1.emplace_back(row.party1);
                party2.emplace_back(row.party2);
                year.push_back(row.year);
                both.push_back(row.both_members);
            }
            add("organisation", Rcpp::wrap(organisation));
            add("party1", Rcpp::wrap(party1));
            add("party2", Rcpp::wrap(party2));
            add("year", Rcpp::wrap(year));
            add("both_members", logical(both));
        }
        columns.names() = Rcpp::wrap(names);
        return columns;
    });
}
