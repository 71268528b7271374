// Point-in-time and overlap questions, one answer per element of the
// (already recycled) argument vectors. NA in any argument gives NA.
#include "alliance_r.h"

#include <alliance/days.hpp>
#include <alliance/queries.hpp>

namespace {
bool is_na(const Rcpp::CharacterVector& v, R_xlen_t i) { return Rcpp::CharacterVector::is_na(v[i]); }
std::string text(const Rcpp::CharacterVector& v, R_xlen_t i) { return Rcpp::as<std::string>(v[i]); }
}  // namespace

// The standing, and with `participation` the participation beside it (a list of two vectors).
// [[Rcpp::export]]
SEXP rcpp_status(Rcpp::CharacterVector org, Rcpp::CharacterVector party, SEXP days, SEXP data, bool participation) {
    const auto& r = alliance_r::registry_of(data);
    return alliance_r::guarded([&]() -> SEXP {
        Rcpp::CharacterVector standing(org.size());
        Rcpp::CharacterVector qualified(participation ? org.size() : 0);
        for (R_xlen_t i = 0; i < org.size(); ++i) {
            const auto day = alliance_r::day_at(days, i);
            if (is_na(org, i) || is_na(party, i) || !day) {
                standing[i] = NA_STRING;
                if (participation) qualified[i] = NA_STRING;
                continue;
            }
            standing[i] = alliance_r::standing_text(alliance::status_of(r, text(org, i), text(party, i), *day));
            if (participation)
                qualified[i] =
                    alliance_r::standing_text(alliance::participation_of(r, text(org, i), text(party, i), *day));
        }
        if (!participation) return standing;
        return Rcpp::List::create(Rcpp::Named("standing") = standing, Rcpp::Named("participation") = qualified);
    });
}

// [[Rcpp::export]]
SEXP rcpp_members(Rcpp::CharacterVector org, SEXP days, SEXP data) {
    const auto& r = alliance_r::registry_of(data);
    return alliance_r::guarded([&] {
        Rcpp::List out(org.size());
        for (R_xlen_t i = 0; i < org.size(); ++i) {
            const auto day = alliance_r::day_at(days, i);
            if (is_na(org, i) || !day) {
                out[i] = Rcpp::CharacterVector::create(NA_STRING);
                continue;
            }
            std::vector<std::string> keys;
            for (const auto key : alliance::members_on(r, text(org, i), *day)) keys.emplace_back(key);
            out[i] = Rcpp::wrap(keys);
        }
        return out;
    });
}

// One data frame per query: the first and last day of each span (last NA
// when the span runs on past the end of the day axis).
// [[Rcpp::export]]
SEXP rcpp_overlap(Rcpp::CharacterVector org, Rcpp::CharacterVector party_a, Rcpp::CharacterVector party_b,
                  SEXP data) {
    const auto& r = alliance_r::registry_of(data);
    return alliance_r::guarded([&] {
        std::vector<int> query;
        std::vector<date::sys_days> from, to;
        for (R_xlen_t i = 0; i < org.size(); ++i) {
            if (is_na(org, i) || is_na(party_a, i) || is_na(party_b, i)) continue;
            for (const auto& span : alliance::overlap(r, text(org, i), text(party_a, i), text(party_b, i))) {
                query.push_back(static_cast<int>(i) + 1);
                from.push_back(alliance::first_day(span));
                to.push_back(alliance::last_day(span) + date::days{1} >= alliance::end_of_time ? alliance::end_of_time
                                                                                              : alliance::last_day(span));
            }
        }
        return Rcpp::List::create(Rcpp::Named("query") = query, Rcpp::Named("from") = alliance_r::as_dates(from),
                                  Rcpp::Named("to") = alliance_r::as_dates(to));
    });
}
