// Registry handles: which registry a call asks, days in and out, listing keys.
#include "alliance_r.h"

#include <alliance/days.hpp>
#include <alliance/partial_date.hpp>

#include <cmath>
#include <memory>

namespace alliance_r {

const alliance::registry& registry_of(SEXP data) {
    if (Rf_isNull(data)) return embedded();
    if (TYPEOF(data) != EXTPTRSXP || !Rf_inherits(data, "alliance_registry"))
        Rcpp::stop("`data` must be NULL (the embedded CSTO dataset) or a registry from alliance_read()");
    auto* h = static_cast<handle*>(R_ExternalPtrAddr(data));
    if (!h)
        Rcpp::stop("`data` is a registry handle that no longer points to a registry (saved and loaded again?): "
                   "read the file again with alliance_read()");
    return h->registry;
}

std::optional<date::sys_days> day_at(SEXP days, R_xlen_t i) {
    switch (TYPEOF(days)) {
        case REALSXP: {
            const double v = REAL(days)[i];
            if (std::isnan(v)) return std::nullopt;
            const double first = alliance::beginning_of_time.time_since_epoch().count();
            const double past = alliance::end_of_time.time_since_epoch().count();
            if (!(v >= first && v < past))
                throw alliance::error(alliance::errc::invalid_date, "alliance.date.invalid",
                                      "invalid date: day " + std::to_string(v) +
                                          " since 1970-01-01 is outside 0001-01-01 to 9999-12-31");
            return date::sys_days{date::days{static_cast<int>(std::floor(v))}};
        }
        case INTSXP: {
            const int v = INTEGER(days)[i];
            if (v == NA_INTEGER) return std::nullopt;
            return date::sys_days{date::days{v}};
        }
        case STRSXP: {
            const SEXP s = STRING_ELT(days, i);
            if (s == NA_STRING) return std::nullopt;
            const std::string text = CHAR(s);
            const alliance::partial_date d = alliance::parse_partial_date(text);
            if (d.precision() != alliance::precision::day)
                throw alliance::error(alliance::errc::invalid_date, "alliance.date.invalid",
                                      "invalid date '" + text + "': a day is needed (YYYY-MM-DD), not a year or a month");
            return d.earliest();
        }
        default: Rcpp::stop("dates must be Date values or 'YYYY-MM-DD' strings");
    }
}

Rcpp::NumericVector as_dates(const std::vector<date::sys_days>& days) {
    Rcpp::NumericVector out(days.size());
    for (std::size_t i = 0; i < days.size(); ++i)
        out[static_cast<R_xlen_t>(i)] = days[i] >= alliance::end_of_time
                                             ? NA_REAL
                                             : static_cast<double>(days[i].time_since_epoch().count());
    out.attr("class") = "Date";
    return out;
}

Rcpp::List error_value(const alliance::error& e) {
    Rcpp::List out = Rcpp::List::create(Rcpp::Named("id") = e.id(), Rcpp::Named("message") = std::string(e.what()));
    out.attr("class") = "alliance_error_value";
    return out;
}

}  // namespace alliance_r

// [[Rcpp::export]]
Rcpp::List rcpp_summary(SEXP data) {
    const auto& r = alliance_r::registry_of(data);
    std::string origin = "the embedded CSTO dataset";
    if (!Rf_isNull(data)) origin = static_cast<alliance_r::handle*>(R_ExternalPtrAddr(data))->origin;
    return Rcpp::List::create(Rcpp::Named("origin") = origin,
                              Rcpp::Named("organisations") = static_cast<double>(r.organisation_count()),
                              Rcpp::Named("parties") = static_cast<double>(r.party_count()),
                              Rcpp::Named("periods") = static_cast<double>(r.period_count()));
}

// [[Rcpp::export]]
Rcpp::List rcpp_orgs(SEXP data) {
    const auto& r = alliance_r::registry_of(data);
    std::vector<std::string> key, name;
    for (const auto o : r.organisations()) {
        key.emplace_back(r.key(o));
        name.emplace_back(r.name(o));
    }
    return Rcpp::List::create(Rcpp::Named("key") = key, Rcpp::Named("name") = name);
}

// [[Rcpp::export]]
Rcpp::List rcpp_parties(SEXP data) {
    const auto& r = alliance_r::registry_of(data);
    std::vector<std::string> key, name, kind;
    for (const auto p : r.parties()) {
        key.emplace_back(r.key(p));
        name.emplace_back(r.name(p));
        kind.emplace_back(alliance::to_string(r.kind(p)));
    }
    return Rcpp::List::create(Rcpp::Named("key") = key, Rcpp::Named("name") = name, Rcpp::Named("kind") = kind);
}
