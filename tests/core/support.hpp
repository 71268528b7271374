// What the core tests share: short ways to write days and day sets, a way
// to catch an error's message, and how doctest prints the library's values.
#pragma once

#include <alliance/days.hpp>
#include <alliance/error.hpp>
#include <alliance/period.hpp>
#include <alliance/status.hpp>

#include <doctest/doctest.h>

#include <string>

namespace alliance_test {

constexpr date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

// The days [first, last], both included, as a set.
inline alliance::day_set days(date::sys_days first, date::sys_days last) {
    alliance::day_set s;
    s.add(alliance::days_from_to(first, last));
    return s;
}

// The message of the alliance::error that `f` throws, or "no error".
template <class F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (const alliance::error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace alliance_test

// Boost.ICL's own operator<< for interval sets streams the domain type, and
// date::days has no operator<< that ICL can find; so day sets are printed as
// the library prints them ("2002-10-07/2012-06-27, ...").

namespace doctest {
template <>
struct StringMaker<alliance::day_set> {
    static String convert(const alliance::day_set& s) { return alliance::to_string(s).c_str(); }
};
template <>
struct StringMaker<alliance::day_interval> {
    static String convert(const alliance::day_interval& i) { return alliance::to_string(i).c_str(); }
};
template <>
struct StringMaker<date::sys_days> {
    static String convert(date::sys_days d) { return alliance::to_string(d).c_str(); }
};
template <>
struct StringMaker<alliance::partial_date> {
    static String convert(alliance::partial_date d) { return alliance::to_string(d).c_str(); }
};
template <>
struct StringMaker<alliance::boundary> {
    static String convert(const alliance::boundary& b) { return alliance::to_string(b).c_str(); }
};
template <>
struct StringMaker<alliance::status> {
    static String convert(alliance::status s) { return std::string(alliance::to_string(s)).c_str(); }
};
template <>
struct StringMaker<alliance::status_reading> {
    static String convert(alliance::status_reading r) { return std::string(alliance::to_string(r)).c_str(); }
};
template <>
struct StringMaker<alliance::answer> {
    static String convert(alliance::answer a) { return std::string(alliance::to_string(a)).c_str(); }
};
}  // namespace doctest
