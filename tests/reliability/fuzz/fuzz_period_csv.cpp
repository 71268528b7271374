// fuzz_period_csv.cpp — the library's own period CSV from arbitrary bytes.
//
// Properties:
//  - a read either succeeds or throws alliance::error; nothing else escapes;
//  - a successful read accounts for every row (rows = rows with periods +
//    rows without periods + rejected) and counts the periods it added;
//  - what is read writes back, and that text reads to a registry that writes
//    the very same bytes (export, read, export is byte-identical);
//  - a lenient read rejects rows only where a strict read fails, and keeps
//    everything a strict read keeps;
//  - every answer survives the round trip, unknown days included: each
//    (organisation, party) reads the same on every day, whole and for each
//    organisation exported alone (alliance::restricted), and each
//    organisation's export reads back and writes the same bytes.
#include "fuzz_support.hpp"

#include <alliance/error.hpp>
#include <alliance/io/period_csv.hpp>
#include <alliance/io/read.hpp>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>
#include <sstream>
#include <string>

namespace {

using alliance::fuzz::as_text;

struct outcome {
    std::optional<std::string> written;  // write_period_csv of the registry read; empty when the read failed
    alliance::io::read_report report;
    std::string error;
};

outcome read_and_write(std::string_view text, bool lenient) {
    outcome o;
    std::istringstream in{std::string(text)};
    try {
        const auto r = alliance::io::read_period_csv(in, "fuzz.csv", &o.report, alliance::io::read_options{lenient});
        ALLIANCE_FUZZ_CHECK(o.report.balanced(), "rows " + std::to_string(o.report.rows) + " != accounted " +
                                                     std::to_string(o.report.rows_accounted()));
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

// Every (organisation, party) of `a` reads in `b` as in `a` on every day
// (both layers, coverage applied); unless `b` may hold more, `b` has no
// timeline or alternative reading `a` lacks.
void same_answers(const alliance::registry& a, const alliance::registry& b, const std::string& what, bool b_may_hold_more = false) {
    ALLIANCE_FUZZ_CHECK(b_may_hold_more || a.timelines().size() == b.timelines().size(), what + ": as many timelines");
    ALLIANCE_FUZZ_CHECK(b_may_hold_more || a.alternatives().size() == b.alternatives().size(),
                        what + ": as many alternative readings");
    std::vector<std::pair<std::int32_t, alliance::detail::layered_reading>> ra, rb;
    std::vector<std::int32_t> points;
    const auto earliest = static_cast<std::int32_t>(alliance::beginning_of_time.time_since_epoch().count());
    for (const auto& [ids, line] : a.timelines()) {
        const auto o = b.find_organisation(a.key(ids.first));
        const auto p = b.find_party(a.key(ids.second));
        ALLIANCE_FUZZ_CHECK(o && p, what + ": the organisation and party are there");
        const auto* other = b.find_timeline(*o, *p);
        ALLIANCE_FUZZ_CHECK(other != nullptr, what + ": the timeline is there");
        alliance::detail::readings(line, a.coverage(ids.first), earliest, ra, points);
        alliance::detail::readings(*other, b.coverage(*o), earliest, rb, points);
        ALLIANCE_FUZZ_CHECK(ra == rb, what + ": every day reads the same for " + std::string(a.key(ids.first)) + " " +
                                          std::string(a.key(ids.second)));
    }
}

alliance::registry read_back(const std::string& text, const std::string& what) {
    std::istringstream in(text);
    try {
        return alliance::io::read_period_csv(in, "fuzz.csv");
    } catch (const alliance::error& e) {
        alliance::fuzz::property_failed(__FILE__, __LINE__, "an export reads back", what + ": " + e.what() + "\n" + text);
    }
}

std::string written(const alliance::registry& r) {
    std::ostringstream out;
    alliance::io::write_period_csv(out, r);
    return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = as_text(data, size);
    const outcome strict = read_and_write(text, false);
    const outcome lenient = read_and_write(text, true);

    if (strict.written) {
        ALLIANCE_FUZZ_CHECK(lenient.written && *lenient.written == *strict.written,
                            "a lenient read of a valid file differs from a strict one: " + lenient.error);
        ALLIANCE_FUZZ_CHECK(lenient.report.rejected == 0, "a lenient read rejected a row a strict read accepted");

        // Export, read, export: byte-identical.
        const outcome again = read_and_write(*strict.written, false);
        ALLIANCE_FUZZ_CHECK(again.written.has_value(), "what was written does not read back: " + again.error);
        ALLIANCE_FUZZ_CHECK(*again.written == *strict.written,
                            "written:\n" + *strict.written + "\nread and written again:\n" + *again.written);
        ALLIANCE_FUZZ_CHECK(again.report.periods == strict.report.periods, "the periods read back are as many");

        // Every answer survives, whole and per organisation.
        std::istringstream original{std::string(text)};
        const auto whole = alliance::io::read_period_csv(original, "fuzz.csv");
        same_answers(whole, read_back(*strict.written, "the whole export"), "the whole export");
        for (const auto o : whole.organisations()) {
            const std::string what = "the export of " + std::string(whole.key(o));
            const auto alone = alliance::restricted(whole, o);
            const std::string text_alone = written(alone);
            const auto back = read_back(text_alone, what);
            ALLIANCE_FUZZ_CHECK(written(back) == text_alone, what + ": export, read, export is byte-identical");
            same_answers(alone, back, what);
            same_answers(alone, whole, what + " (against the whole)", true);
            for (const auto& [ids, line] : whole.timelines())
                if (ids.first == o)
                    ALLIANCE_FUZZ_CHECK(back.find_party(whole.key(ids.second)).has_value(), what + ": every party is there");
        }

        // The format is recognised by its header, and read the same way.
        std::istringstream in{std::string(text)};
        alliance::io::read_report report;
        try {
            const auto r = alliance::io::read_stream(in, "fuzz.csv", "alliance-csv", &report);
            std::ostringstream out;
            alliance::io::write_period_csv(out, r);
            ALLIANCE_FUZZ_CHECK(out.str() == *strict.written, "read_stream and read_period_csv differ");
        } catch (const alliance::error& e) {
            alliance::fuzz::property_failed(__FILE__, __LINE__, "read_stream reads what read_period_csv reads", e.what());
        }
    } else if (lenient.written) {
        ALLIANCE_FUZZ_CHECK(lenient.report.rejected > 0,
                            "a lenient read succeeded without rejecting a row where a strict read failed: " + strict.error);
    }
    return 0;
}
