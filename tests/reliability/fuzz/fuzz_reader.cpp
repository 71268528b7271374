// fuzz_reader.cpp — one file reader (ALLIANCE_FUZZ_FORMAT) from arbitrary bytes.
//
// Built once per format ("cow-igo-state-year", "atop-member", ...). Properties:
//  - a read either succeeds or throws alliance::error; nothing else escapes;
//  - a successful read accounts for every row and every status cell
//    (read_report::balanced()) and counts the periods it added;
//  - a strict read rejects nothing; a lenient read keeps all a strict one keeps;
//  - whatever was read can be written in the library's own format and read
//    back to the same bytes.
#include "fuzz_support.hpp"

#include <alliance/error.hpp>
#include <alliance/io/period_csv.hpp>
#include <alliance/io/read.hpp>

#include <optional>
#include <sstream>
#include <string>

#ifndef ALLIANCE_FUZZ_FORMAT
#error "define ALLIANCE_FUZZ_FORMAT as the name of the format to read"
#endif

namespace {

struct outcome {
    std::optional<std::string> written;
    alliance::io::read_report report;
    std::string error;
};

std::string describe(const alliance::io::read_report& r) {
    return "rows " + std::to_string(r.rows) + " (with periods " + std::to_string(r.rows_with_periods) + ", without " +
           std::to_string(r.rows_without_periods) + ", rejected " + std::to_string(r.rejected) + "), cells " +
           std::to_string(r.cells) + " (in periods " + std::to_string(r.cells_in_periods) + ", none " +
           std::to_string(r.cells_none) + ", outside " + std::to_string(r.cells_outside) + ", missing " +
           std::to_string(r.cells_missing) + ")";
}

outcome read(std::string_view text, bool lenient) {
    outcome o;
    std::istringstream in{std::string(text)};
    try {
        const auto r = alliance::io::read_stream(in, "fuzz.csv", ALLIANCE_FUZZ_FORMAT, &o.report,
                                                 alliance::io::read_options{lenient});
        ALLIANCE_FUZZ_CHECK(o.report.balanced(), describe(o.report));
        ALLIANCE_FUZZ_CHECK(o.report.format == ALLIANCE_FUZZ_FORMAT, o.report.format);
        ALLIANCE_FUZZ_CHECK(o.report.periods == r.period_count(), "every period read is counted");
        ALLIANCE_FUZZ_CHECK(lenient || o.report.rejected == 0, "a strict read rejects nothing");
        std::ostringstream out;
        alliance::io::write_period_csv(out, r);
        o.written = out.str();
    } catch (const alliance::error& e) {
        ALLIANCE_FUZZ_CHECK(!e.id().empty(), e.what());
        o.error = e.what();
    }
    return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = alliance::fuzz::as_text(data, size);
    const outcome strict = read(text, false);
    const outcome lenient = read(text, true);
    if (strict.written) {
        ALLIANCE_FUZZ_CHECK(lenient.written && *lenient.written == *strict.written,
                            "a lenient read of a valid file differs from a strict one: " + lenient.error);
        std::istringstream in{*strict.written};
        try {
            const auto again = alliance::io::read_period_csv(in, "written.csv");
            std::ostringstream out;
            alliance::io::write_period_csv(out, again);
            ALLIANCE_FUZZ_CHECK(out.str() == *strict.written,
                                "written:\n" + *strict.written + "\nread and written again:\n" + out.str());
        } catch (const alliance::error& e) {
            alliance::fuzz::property_failed(__FILE__, __LINE__, "what a reader read can be written and read back",
                                            *strict.written + "\n" + e.what());
        }
    } else if (lenient.written) {
        ALLIANCE_FUZZ_CHECK(lenient.report.rejected > 0,
                            "a lenient read succeeded without rejecting a row where a strict read failed: " + strict.error);
    }
    return 0;
}
