// The R package's C++ side: what every entry point shares.
//
// Entry points return either their answer or, when the library throws
// alliance::error, a list of class "alliance_error_value" holding the error's
// id and message; the R side turns that into a condition of class
// "alliance_error" (R/errors.R). Nothing here longjmps over C++ frames.
#pragma once

// GCC 12 at -O2 (R's default flags) reports a false -Wstringop-overflow
// inside Boost.ICL's interval_set::add (boost/icl/detail/interval_set_algo.hpp),
// inlined into the library's timelines; every translation unit here includes
// this header first.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#endif

#include <Rcpp.h>

#include <alliance/error.hpp>
#include <alliance/registry.hpp>
#include <alliance/status.hpp>

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace alliance_r {

// What an external pointer of class "alliance_registry" holds.
struct handle {
    alliance::registry registry;
    std::string origin;  // the paths read, "; "-separated
};

// The registry a call asks: `data` is NULL (the embedded CSTO dataset) or an
// alliance_registry handle.
const alliance::registry& registry_of(SEXP data);

// The embedded CSTO dataset, built once (data.cpp).
const alliance::registry& embedded();

// The words of a status answer. The one place where a reading becomes text,
// so that a richer description of an answer changes only this function.
inline std::string standing_text(alliance::status_reading r) { return std::string(alliance::to_string(r)); }

// One day of a vector of days: a Date (days since 1970-01-01) or a
// "YYYY-MM-DD" string; nullopt for NA. A string that is not a day throws
// alliance::error (alliance.date.invalid).
std::optional<date::sys_days> day_at(SEXP days, R_xlen_t i);

// Days as an R Date vector; `open` (the end of the day axis) becomes NA.
Rcpp::NumericVector as_dates(const std::vector<date::sys_days>& days);

Rcpp::List error_value(const alliance::error& e);

// Runs `body`; an alliance::error becomes the error value above.
template <class Body>
SEXP guarded(Body body) {
    try {
        return Rcpp::wrap(body());
    } catch (const alliance::error& e) {
        return error_value(e);
    }
}

}  // namespace alliance_r
