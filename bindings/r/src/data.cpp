// The embedded CSTO dataset: its registry, its sources and its conflicts.
#include "alliance_r.h"

#include <alliance/data/csto.hpp>

namespace alliance_r {
const alliance::registry& embedded() {
    static const alliance::registry r = alliance::data::csto_registry();
    return r;
}
}  // namespace alliance_r

namespace {
template <class Records, class... Fields>
Rcpp::List table_of(const Records& records, const std::vector<std::string>& names, Fields... fields) {
    Rcpp::List columns;
    const auto column = [&](auto field) {
        std::vector<std::string> values;
        for (const auto& rec : records) values.emplace_back(rec.*field);
        columns.push_back(Rcpp::wrap(values));
    };
    (column(fields), ...);
    columns.names() = Rcpp::wrap(names);
    return columns;
}
}  // namespace

// [[Rcpp::export]]
Rcpp::List rcpp_conflicts() {
    using c = alliance::data::conflict;
    return table_of(alliance::data::csto::conflicts,
                    {"key", "topic", "primary", "primary_sources", "alternative", "alternative_sources", "why"},
                    &c::key, &c::topic, &c::primary, &c::primary_sources, &c::alternative, &c::alternative_sources,
                    &c::why);
}

// [[Rcpp::export]]
Rcpp::List rcpp_sources() {
    using s = alliance::data::source;
    return table_of(alliance::data::csto::sources, {"key", "file", "title", "author", "publisher", "published"},
                    &s::key, &s::file, &s::title, &s::author, &s::publisher, &s::published);
}
