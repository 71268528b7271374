// fuzz_dates.cpp — partial dates, boundaries and FROM/TO intervals from arbitrary text.
//
// Properties:
//  - what parses prints back to the same value: a partial date prints back to
//    exactly the text it was read from; a boundary prints to a canonical form
//    that reads back to the same boundary and prints the same again;
//  - the non-throwing and the throwing parsers agree;
//  - what is rejected is rejected with alliance::error ("alliance.date.invalid"
//    or, for an interval, "alliance.period.invalid"), never anything else;
//  - a valid interval's certain days lie within its possible days.
#include "fuzz_support.hpp"

#include <alliance/error.hpp>
#include <alliance/partial_date.hpp>
#include <alliance/period.hpp>
#include <alliance/timeline.hpp>

#include <optional>
#include <string>

namespace {

using alliance::fuzz::as_text;

void partial_date_round_trip(std::string_view text) {
    const auto quiet = alliance::try_parse_partial_date(text);
    std::optional<alliance::partial_date> loud;
    try {
        loud = alliance::parse_partial_date(text);
    } catch (const alliance::error& e) {
        ALLIANCE_FUZZ_CHECK(e.id() == "alliance.date.invalid", e.what());
        ALLIANCE_FUZZ_CHECK(e.code() == alliance::errc::invalid_date, e.what());
        ALLIANCE_FUZZ_CHECK(!quiet, "parse_partial_date threw where try_parse_partial_date succeeded");
        ALLIANCE_FUZZ_CHECK(quiet.problem != nullptr && *quiet.problem != '\0', "a rejection must say why");
        return;
    }
    ALLIANCE_FUZZ_CHECK(quiet, "try_parse_partial_date failed where parse_partial_date succeeded");
    ALLIANCE_FUZZ_CHECK(quiet.value == *loud, "the two parsers disagree");
    ALLIANCE_FUZZ_CHECK(loud->ok(), "a parsed date must be ok(): " + std::string(text));
    ALLIANCE_FUZZ_CHECK(loud->earliest() <= loud->latest(), std::string(text));
    ALLIANCE_FUZZ_CHECK(loud->may_be(loud->earliest()) && loud->may_be(loud->latest()), std::string(text));
    const std::string printed = alliance::to_string(*loud);
    ALLIANCE_FUZZ_CHECK(printed == text, "printed '" + printed + "'");
}

std::optional<alliance::boundary> boundary_round_trip(std::string_view text) {
    alliance::boundary b = alliance::boundary::open();
    try {
        b = alliance::parse_boundary(text);
    } catch (const alliance::error& e) {
        ALLIANCE_FUZZ_CHECK(e.id() == "alliance.date.invalid", e.what());
        return std::nullopt;
    }
    const std::string printed = alliance::to_string(b);
    alliance::boundary again = alliance::boundary::open();
    try {
        again = alliance::parse_boundary(printed);
    } catch (const alliance::error& e) {
        alliance::fuzz::property_failed(__FILE__, __LINE__, "a printed boundary reads back", printed + ": " + e.what());
    }
    ALLIANCE_FUZZ_CHECK(again == b, "'" + std::string(text) + "' -> '" + printed + "' reads back differently");
    ALLIANCE_FUZZ_CHECK(alliance::to_string(again) == printed, printed);
    if (!b.is_open()) {
        ALLIANCE_FUZZ_CHECK(b.earliest() <= b.latest(), printed);
        ALLIANCE_FUZZ_CHECK(b.stated().earliest() <= b.earliest() && b.latest() <= b.stated().latest(), printed);
    }
    return b;
}

// "FROM/TO": the form a period's span takes in EDTF (".." for an open end).
void interval(std::string_view text) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) return;
    const auto from = boundary_round_trip(text.substr(0, slash));
    const auto to = boundary_round_trip(text.substr(slash + 1));
    if (!from || !to) return;
    alliance::period p{"ORG", "PTY", alliance::status::member, *from, *to};
    const char* problem = alliance::check(p);
    try {
        alliance::validate(p);
    } catch (const alliance::error& e) {
        ALLIANCE_FUZZ_CHECK(problem != nullptr, "validate() threw where check() found nothing");
        ALLIANCE_FUZZ_CHECK(e.id() == "alliance.period.invalid" || e.id() == "alliance.date.invalid", e.what());
        ALLIANCE_FUZZ_CHECK(std::string_view(e.what()).find(problem) != std::string_view::npos, e.what());
        return;
    }
    ALLIANCE_FUZZ_CHECK(problem == nullptr, std::string("check() found a problem validate() let pass: ") + problem);
    const auto certain = alliance::certain_days(p);
    const auto possible = alliance::possible_days(p);
    ALLIANCE_FUZZ_CHECK(!possible.empty(), "a valid period may hold on some day");
    ALLIANCE_FUZZ_CHECK(boost::icl::contains(possible, certain), "certain days outside the possible ones");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = as_text(data, size);
    partial_date_round_trip(text);
    boundary_round_trip(text);
    interval(text);
    return 0;
}
